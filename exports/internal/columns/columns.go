// Package columns says what the cells of a table's header row and the language tags of a
// file mean to gloss: the column kinds of the layouts it reads (its own, memoQ's,
// Trados's, …) and the mapping of file tags (ja-JP, ja_JP, JA, Japanese) onto a
// glossary's languages. The table reader and format detection share it.
package columns

import (
	"strings"

	"golang.org/x/text/language"
)

// Mapper maps the language tags found in a file (ja-JP, ja_JP, JA, Japanese) onto the
// tags a glossary uses (ja): a file tag whose primary language equals a known tag's maps to
// that tag; others are kept in canonical form.
type Mapper struct {
	Known []string
}

// Map returns the glossary tag for a file tag, or "" when the tag is not a language.
func (m Mapper) Map(tag string) string {
	tag = strings.TrimSpace(tag)
	if tag == "" {
		return ""
	}
	if l, ok := langNames[strings.ToLower(tag)]; ok {
		tag = l
	}
	tag = strings.ReplaceAll(tag, "_", "-")
	t, err := language.Parse(tag)
	if err != nil {
		return ""
	}
	for _, k := range m.Known {
		if strings.EqualFold(k, t.String()) {
			return k
		}
	}
	base, _ := t.Base()
	for _, k := range m.Known {
		if kt, err := language.Parse(k); err == nil {
			if kb, _ := kt.Base(); kb == base {
				return k
			}
		}
	}
	return t.String()
}

// langNames are the language names spreadsheet tools use as headers (Trados Glossary
// Converter, memoQ).
var langNames = map[string]string{
	"japanese": "ja", "english": "en", "日本語": "ja", "英語": "en",
	"english (united states)": "en-US", "english (united kingdom)": "en-GB",
	"japanese (japan)": "ja-JP", "korean": "ko", "chinese": "zh", "french": "fr",
	"german": "de", "spanish": "es", "chinese (simplified)": "zh-Hans",
	"chinese (traditional)": "zh-Hant", "italian": "it", "russian": "ru", "portuguese": "pt",
}

// Name returns the English name of a language for headers that want names (Trados):
// Japanese, English; "" when unknown.
func Name(tag string) string {
	t, err := language.Parse(tag)
	if err != nil {
		return ""
	}
	base, _ := t.Base()
	for name, code := range langNames {
		if code == base.String() && !strings.Contains(name, "(") && name[0] < 0x80 {
			return strings.ToUpper(name[:1]) + name[1:]
		}
	}
	return ""
}

// Column kinds.
const (
	ColID = iota + 1
	ColSubject
	ColStatus
	ColNote
	ColSources
	ColDefinition // concept-level definition in the first language
	ColTerm
	ColTermStatus
	ColVariants
	ColLangDefinition
	ColTermNote
	ColTermNotes
	ColPOS
	ColForbidden
	ColPreferred
	ColSkip
)

// Column is what a header cell names: a kind of column, and for a term or term-field
// column its language.
type Column struct {
	Kind int
	Lang string
}

var conceptHeaders = map[string]int{
	"id": ColID, "concept id": ColID, "concept": ColID, "cid": ColID, "entry_id": ColID, "entry id": ColID,
	"subject": ColSubject, "domain": ColSubject, "subject field": ColSubject, "entry_subject": ColSubject, "entry_domain": ColSubject,
	"status": ColStatus, "concept status": ColStatus,
	"note": ColNote, "notes": ColNote, "comment": ColNote, "comments": ColNote, "entry_note": ColNote, "concept note": ColNote, "conceptnote": ColNote,
	"source": ColSources, "sources": ColSources,
	"definition": ColDefinition, "description": ColDefinition,
}

var fieldWords = map[string]int{
	"term": ColTerm, "status": ColTermStatus, "variants": ColVariants, "synonyms": ColVariants,
	"definition": ColLangDefinition, "description": ColLangDefinition, "def": ColLangDefinition,
	"note": ColTermNote, "usage": ColTermNote, "notes": ColTermNotes, "pos": ColPOS, "part of speech": ColPOS, "partofspeech": ColPOS,
	"forbidden": ColForbidden, "preferred": ColPreferred,
}

// Headers the layouts of other tools have and gloss does not read.
var ignoredHeaders = map[string]bool{
	"entry_created": true, "entry_creator": true, "entry_lastmodified": true, "entry_modifier": true,
	"entry_clientid": true, "entry_projectid": true, "created": true, "modified": true, "url": true,
	"none": true, "source language": true, "target language": true,
}

// Header says what column a header cell names, and false when it names none gloss reads.
func (m Mapper) Header(h string) (Column, bool) {
	k := strings.ToLower(strings.TrimSpace(h))
	if k == "" {
		return Column{Kind: ColSkip}, true
	}
	if c, ok := conceptHeaders[k]; ok {
		return Column{Kind: c}, true
	}
	if ignoredHeaders[k] {
		return Column{Kind: ColSkip}, true
	}
	if l := m.Map(h); l != "" && isLangHeader(h) {
		return Column{Kind: ColTerm, Lang: l}, true
	}
	for word, kind := range fieldWords {
		for _, sep := range []string{" ", "_", "-"} {
			if strings.HasSuffix(k, sep+word) {
				if l := m.Map(h[:len(k)-len(sep+word)]); l != "" {
					return Column{Kind: kind, Lang: l}, true
				}
			}
			if strings.HasPrefix(k, word+sep) {
				if l := m.Map(h[len(word+sep):]); l != "" {
					return Column{Kind: kind, Lang: l}, true
				}
			}
		}
	}
	return Column{}, false
}

// isLangHeader keeps short words that happen to be language subtags out: a header is a
// language when it is a known language name or a tag of the form xx or xx-YY.
func isLangHeader(h string) bool {
	if _, ok := langNames[strings.ToLower(strings.TrimSpace(h))]; ok {
		return true
	}
	h = strings.ReplaceAll(strings.TrimSpace(h), "_", "-")
	base, _, _ := strings.Cut(h, "-")
	return len(base) == 2 || len(base) == 3 && strings.ToLower(base) == base
}
