package align

import (
	"encoding/csv"
	"errors"
	"io"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/textfile"
	"github.com/glossterm/gloss/internal/textnorm"
)

// Attestation says where a preferred term of an approved concept occurs in a corpus.
type Attestation struct {
	Concept string   `json:"concept"`
	Lang    string   `json:"lang"`
	Term    string   `json:"term"`
	Where   []string `json:"where"`            // file:line, at most 3; empty when not attested
	Source  string   `json:"source,omitempty"` // else a source of the concept, outside the corpus, that quotes the term
	Why     string   `json:"why,omitempty"`    // else the term's note, saying why no document attests it
}

// Attested reports whether a document of the corpus attests the term.
func (a Attestation) Attested() bool { return len(a.Where) > 0 }

// Quoted reports whether the term, absent from the corpus, is quoted by one of the
// concept's sources: a document outside the corpus, named with its words.
func (a Attestation) Quoted() bool { return len(a.Where) == 0 && a.Source != "" }

// Explained reports whether a term that neither the corpus nor a source attests says why
// in its note.
func (a Attestation) Explained() bool { return len(a.Where) == 0 && a.Source == "" && a.Why != "" }

// Missing reports whether nothing attests the term and nothing says why.
func (a Attestation) Missing() bool { return len(a.Where) == 0 && a.Source == "" && a.Why == "" }

// SkippedFile is a file below the corpus directory that Attest did not read as a document.
type SkippedFile struct {
	File   string `json:"file"`
	Reason string `json:"reason"`
}

// AttestResult is what Attest found.
type AttestResult struct {
	Attestations []Attestation
	Skipped      []SkippedFile
	Documents    int // the files read as documents
}

// maxWhere bounds the places reported for one term.
const maxWhere = 3

// Attest checks that each preferred term of each approved concept occurs in a document of
// the corpus under dir, in its own language: a Japanese term in Japanese text, an English
// term in English text (an English source or an official translation), never in the other
// language's text (the English in a Japanese commentary's parentheses does not attest a
// term) and never in a term list.
//
// Documents are the .txt files below dir, each Japanese or English by the script most of
// its letters are in, and the .tsv bitexts whose header names exactly the columns id, ja
// and en, each column in its language. Any other .tsv file is a term list or a table, not
// a document: it is skipped and listed in Skipped with the reason. Other files are ignored.
//
// Japanese terms are found in the text folded with textnorm.Key; English terms as a run of
// whole words, case, width, punctuation and plural folded (an acronym only as written).
//
// A preferred term that no document of the corpus attests may be quoted by one of the
// concept's sources in its language (a document outside the corpus, with its words): that
// source is returned as Source. A preferred term that no document attests may say why in
// its note (a title the corpus only paraphrases, a coinage of the commentary); the note is
// returned as Why.
//
// Only regular files are read. A .txt or .tsv file that is a named pipe, a device, a
// socket or a dangling link is an error (one for each, joined, each wrapping
// gloss.ErrNotRegular), and no result is returned: opening it could block for ever, and
// leaving it out would attest terms against less than the corpus.
func Attest(g *glossary.Glossary, dir string) (*AttestResult, error) {
	c := newAttestCorpus()
	res := &AttestResult{}
	var irregular []error
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		ext := filepath.Ext(path)
		if d.IsDir() || (ext != ".txt" && ext != ".tsv") {
			return nil
		}
		if !textfile.Regular(path, d) {
			irregular = append(irregular, textfile.NotRegularInput(path, d))
			return nil
		}
		if len(irregular) > 0 {
			return nil // no result will be given: only the other irregular files are sought
		}
		text, err := textfile.ReadPlain(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		rel = filepath.ToSlash(rel)
		if ext == ".txt" {
			lang := "en"
			if isJapanese(text) {
				lang = "ja"
			}
			for i, l := range strings.Split(text, "\n") {
				c.add(lang, rel+":"+itoa(i+1), l)
			}
			res.Documents++
			return nil
		}
		rows, reason := readBitextColumns(text)
		if reason != "" {
			res.Skipped = append(res.Skipped, SkippedFile{rel, reason})
			return nil
		}
		for _, r := range rows {
			where := rel + ":" + itoa(r.line)
			c.add("ja", where, r.ja)
			c.add("en", where, r.en)
		}
		res.Documents++
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(irregular) > 0 {
		return nil, errors.Join(irregular...)
	}
	for _, con := range g.Concepts {
		if con.Status != glossary.Approved {
			continue
		}
		for _, lang := range con.Langs(g.Languages) {
			for _, t := range con.Terms[lang] {
				if t.Status != glossary.Preferred {
					continue
				}
				a := Attestation{Concept: con.ID, Lang: lang, Term: t.Text, Where: c.find(lang, t.Text)}
				if len(a.Where) == 0 {
					a.Source = quotedBy(con.Sources, lang, t.Text)
				}
				if len(a.Where) == 0 && a.Source == "" {
					a.Why = t.Note
				}
				res.Attestations = append(res.Attestations, a)
			}
		}
	}
	return res, nil
}

// quotedBy returns the first source in lang whose quote contains term, as "doc (url or
// loc)", or "".
func quotedBy(sources []*glossary.Source, lang, term string) string {
	for _, s := range sources {
		if s.Lang != lang || s.Quote == "" {
			continue
		}
		c := newAttestCorpus()
		c.add(lang, "", s.Quote)
		if len(c.find(lang, term)) == 0 {
			continue
		}
		switch {
		case s.URL != "":
			return s.Doc + " (" + s.URL + ")"
		case s.Loc != "":
			return s.Doc + " (" + s.Loc + ")"
		}
		return s.Doc
	}
	return ""
}

// attestCorpus holds the document lines by language: Japanese lines folded for substring
// search, English lines as word sequences.
type attestCorpus struct {
	ja map[string][]attestLine
	en []attestLine
}

type attestLine struct {
	where string
	key   string       // textnorm.Key of the line (Japanese and other languages)
	words []attestWord // the words of an English line
}

// attestWord is one English word: folded (case, width, plural) and as written, so that an
// acronym matches only as written ("LAWS" is not "laws").
type attestWord struct{ fold, raw string }

func newAttestCorpus() *attestCorpus {
	return &attestCorpus{ja: map[string][]attestLine{}}
}

func (c *attestCorpus) add(lang, where, line string) {
	if strings.TrimSpace(line) == "" {
		return
	}
	if lang == "en" {
		c.en = append(c.en, attestLine{where: where, words: attestWords(line)})
		return
	}
	c.ja[lang] = append(c.ja[lang], attestLine{where: where, key: textnorm.Key(line)})
}

// attestWords splits English text into words at every character that is not a letter or a
// digit, so that "burden-sharing" and "burden sharing", or "U.S." and "U. S.", meet.
func attestWords(s string) []attestWord {
	var out []attestWord
	for _, f := range strings.FieldsFunc(textnorm.KeyCase(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		out = append(out, attestWord{fold: textnorm.Singular(strings.ToLower(f)), raw: f})
	}
	return out
}

// isAcronymWord reports whether w is written in capitals (two or more letters, maybe
// with digits: NC3, ICBM).
func isAcronymWord(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsDigit(r):
		default:
			return false
		}
	}
	return letters >= 2
}

// find returns up to maxWhere places of term in the lines of lang.
func (c *attestCorpus) find(lang, term string) []string {
	where := []string{}
	if lang == "en" {
		tw := attestWords(term)
		if len(tw) == 0 {
			return where
		}
		for _, l := range c.en {
			if containsWords(l.words, tw) {
				where = append(where, l.where)
				if len(where) == maxWhere {
					break
				}
			}
		}
		return where
	}
	k := textnorm.Key(term)
	for _, l := range c.ja[lang] {
		if strings.Contains(l.key, k) {
			where = append(where, l.where)
			if len(where) == maxWhere {
				break
			}
		}
	}
	return where
}

// containsWords reports whether the term's words occur in a row in line.
func containsWords(line, term []attestWord) bool {
outer:
	for i := 0; i+len(term) <= len(line); i++ {
		for j, w := range term {
			got := line[i+j]
			if got.fold != w.fold || (isAcronymWord(w.raw) && got.raw != w.raw) {
				continue outer
			}
		}
		return true
	}
	return false
}

// isJapanese reports whether most letters of text are Japanese (as bitext.ReadDoc counts:
// a tenth of the letters in kanji or kana makes a text Japanese; English sources quote a
// Japanese word at most).
func isJapanese(text string) bool {
	ja, latin := textnorm.Scripts(text)
	return ja > 0 && ja*10 >= ja+latin
}

type bitextRow struct {
	line   int
	ja, en string
}

// readBitextColumns reads a bitext document: a tab-separated file whose header names the
// columns id, ja and en and no others. Anything else returns the reason it is not one.
func readBitextColumns(text string) ([]bitextRow, string) {
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = '\t'
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	header, err := r.Read()
	if err != nil {
		return nil, "not a bitext: no header line"
	}
	cols := map[string]int{}
	var names []string
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(h))
		cols[h] = i
		names = append(names, h)
	}
	ja, okJA := cols["ja"]
	en, okEN := cols["en"]
	_, okID := cols["id"]
	if !okJA || !okEN || !okID || len(header) != 3 {
		sort.Strings(names)
		return nil, "not a bitext document (its columns are " + strings.Join(names, ", ") + "; a bitext has id, ja and en): a term list is not evidence"
	}
	var out []bitextRow
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, "not a bitext: " + err.Error()
		}
		line, _ := r.FieldPos(0)
		row := bitextRow{line: line}
		if ja < len(rec) {
			row.ja = rec[ja]
		}
		if en < len(rec) {
			row.en = rec[en]
		}
		out = append(out, row)
	}
	return out, ""
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}
