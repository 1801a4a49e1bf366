package glossary

import (
	"fmt"
	"hash/maphash"
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"

	"github.com/glossterm/gloss/internal/hashtab"
	"github.com/glossterm/gloss/internal/textnorm"
)

// Rules lists the validation rules by id, with what each checks.
var Rules = map[string]string{
	"id.duplicate":             "two concepts have the same id",
	"id.format":                "an id that is not lowercase letters, digits and hyphens (warning)",
	"id.unknown":               "homonyms or related name a concept that does not exist",
	"lang.invalid":             "a language tag that is not valid BCP 47",
	"lang.undeclared":          "terms or a definition in a language the file does not declare (warning)",
	"languages.missing":        "the file declares no languages",
	"status.concept":           "a concept status other than proposed, approved or retired",
	"status.term":              "a term status other than preferred, admitted, deprecated or forbidden",
	"concept.no-preferred":     "an approved concept without a preferred term in each declared language",
	"concept.no-source":        "an approved concept with no source",
	"concept.no-terms":         "a concept with no terms at all",
	"term.duplicate":           "the same normalized term, allowed (preferred or admitted), in two concepts that do not declare each other homonyms",
	"term.duplicate-in-entry":  "the same normalized term twice in one language of one concept",
	"term.preferred-forbidden": "one term both allowed and deprecated or forbidden in the same concept",
	"term.empty":               "an empty term",
	"term.space":               "a term with leading, trailing or repeated white space",
	"term.control":             "a term or field with control characters or line breaks",
	"term.invisible":           "a term with a bidirectional control or a zero-width character, which no text matches as typed and which can hide text (warning)",
	"term.fullwidth-ascii":     "full-width ASCII letters or digits inside a term (ＮＡＴＯ for NATO)",
	"term.halfwidth-katakana":  "half-width katakana inside a term",
	"term.option":              "a case, boundary or pos value gloss does not know, an except phrase that does not contain the term, or a short, verb or adjective form that is empty, the term itself, or on a term a translation may not use",
	"text.nfc":                 "text that is not in Unicode NFC",
	"source.no-doc":            "a source that does not name its document",
}

var idPattern = regexp.MustCompile(`^[a-z0-9]+(?:[-.][a-z0-9]+)*$`)

// Validate checks g and returns every problem, sorted by position. It never stops at the
// first problem.
func Validate(g *Glossary) []Problem {
	v := newValidator(g)
	for _, c := range g.Concepts {
		v.concept(c)
	}
	return v.problems()
}

// ValidateIndex is [Validate] for the glossary of ix, whose concepts it reads one at a time
// (see [Index.Concepts]): it keeps only what the checks across concepts need (each id, and
// the normalized terms with the concept and line of their first use), not the concepts,
// so that a large glossary is checked in a fraction of the memory of its model.
func ValidateIndex(ix *Index) []Problem {
	v := newValidator(&Glossary{Languages: ix.languages, File: ix.file})
	for c := range ix.Concepts() {
		v.concept(c)
	}
	return v.problems()
}

// ValidateFile reads the glossary file at path and validates it as [Validate] does, without
// holding the model of the whole glossary: from the compiled cache when there is one (see
// [OpenIndex]), else parsing and checking one concept at a time, even a file that [Parse]
// reads whole: comment lines in the concepts list, a list in flow style, an entry that is
// not a YAML document of its own (parsed with the entries after it), a syntax error
// (reported at the line where the parser meets it with what follows, as the whole file's
// parse reports it). Only an alias to an anchor of another entry, or a layout that does
// not split into entries, makes it parse the whole file. It returns the problems and
// the number of concepts; a file that cannot be read, or has problems that stop reading it,
// is an error as from [LoadFile].
func ValidateFile(path string) ([]Problem, int, error) {
	data, err := ReadFile(path)
	if err != nil {
		return nil, 0, err
	}
	return ValidateData(data, path)
}

// ValidateData is [ValidateFile] for the bytes of a glossary file read already (standard
// input, say, read with [ReadAll]); file names it in positions.
func ValidateData(data []byte, path string) ([]Problem, int, error) {
	if cp := cachePath(data); cp != "" {
		if ix, err := openCached(cp, path, false); err == nil {
			return ValidateIndex(ix), ix.Len(), nil
		}
	}
	ps := &problems{file: path}
	if !checkEncoding(data, ps) {
		return nil, 0, &LoadError{ps.list}
	}
	var v *validator
	n := 0
	start := func(g *Glossary) {
		g.File = path
		v = newValidator(g)
	}
	each := func(c *Concept) {
		n++
		if len(ps.list) == 0 { // once the file has a problem, only the problems count
			v.concept(c)
		}
	}
	// one entry at a time: streamEach reads what parseEach reads and, for validation, also
	// what parseEach leaves to the whole parse (comments in the list, flow style, an entry
	// that is not a document of its own, a syntax error), so a file is read once
	ok := len(data) >= chunkedMin && streamEach(data, ps, start, each)
	if !ok {
		if validateWhole != nil {
			validateWhole()
		}
		g, err := Parse(data, path)
		if err != nil {
			return nil, 0, err
		}
		return Validate(g), len(g.Concepts), nil
	}
	if len(ps.list) > 0 {
		sortProblems(ps.list)
		return nil, 0, &LoadError{ps.list}
	}
	return v.problems(), n, nil
}

// validateWhole, when not nil, is called when ValidateData parses a file whole (for tests).
var validateWhole func()

// newValidator returns a validator for the glossary whose head (languages, file) is g; its
// concepts are given to concept one by one.
func newValidator(g *Glossary) *validator {
	v := &validator{g: g, ps: &problems{file: g.File}, tags: map[string]bool{},
		seed: maphash.MakeSeed(), homonyms: map[int32][]string{}, hints: map[int32]string{}}
	v.languages()
	return v
}

// validator checks a glossary's concepts one by one and keeps what the checks across
// concepts need, as little as they allow, for a glossary checked one concept at a time can
// have a million (gloss import --merge checks the merged glossary as it writes it): the
// ids one after the other in one block of bytes, and tables keyed by 64-bit hashes
// (hashtab.Table). An id's hash is confirmed against the id itself, so that id.duplicate and
// id.unknown are exact; a term's is not, so that two different terms whose hashes collide would be reported as
// term.duplicate, a chance of about 1 in 10^7 for two million terms, and a different one
// each run (the hash's seed is random).
type validator struct {
	g      *Glossary // the head: languages and file
	ps     *problems
	tags   map[string]bool      // language tags already checked, and whether they are valid
	owners hashtab.Table[owner] // hash of language + normalized term → the first concept allowing it
	seed   maphash.Seed         // of the hashes of owners

	n        int32                // the concepts seen
	ids      hashtab.Table[owner] // hash of each id → the first concept with it and its line
	moreIDs  map[string]int       // an id whose hash is another id's → the line of its first concept
	idBytes  []byte               // the ids of the concepts seen, one after the other
	idEnd    []uint32             // where each concept's id ends in idBytes
	homonyms map[int32][]string   // the homonyms of the concepts seen that have some
	refs     []idRef              // homonyms and related, checked once every id is known
	hints    map[int32]string     // the hint of term.duplicate for each concept named by one
	key      []byte               // the key of owners being looked up
}

// owner is a concept (its number) and a line: that of the first allowed use of a term, or
// of the concept.
type owner struct {
	c    int32
	line int32
}

// idOf returns the id of concept c.
func (v *validator) idOf(c int32) string {
	start := uint32(0)
	if c > 0 {
		start = v.idEnd[c-1]
	}
	return string(v.idBytes[start:v.idEnd[c]])
}

// idLine returns the line of the first concept with id, and whether there is one.
func (v *validator) idLine(id string) (int, bool) {
	if o, ok := v.ids.Get(idHash(id)); ok && v.sameID(o.c, id) {
		return int(o.line), true
	}
	line, ok := v.moreIDs[id]
	return line, ok
}

// sameID reports whether concept c's id is id.
func (v *validator) sameID(c int32, id string) bool {
	start := uint32(0)
	if c > 0 {
		start = v.idEnd[c-1]
	}
	return string(v.idBytes[start:v.idEnd[c]]) == id
}

// addID records the id of concept c, the next one, and its line when it is the first with it.
func (v *validator) addID(c int32, id string, line int, first bool) {
	v.idBytes = append(v.idBytes, id...)
	v.idEnd = append(v.idEnd, uint32(len(v.idBytes)))
	if !first {
		return
	}
	if _, taken := v.ids.GetOrAdd(idHash(id), owner{c, int32(line)}); !taken {
		return
	}
	if v.moreIDs == nil {
		v.moreIDs = map[string]int{}
	}
	v.moreIDs[id] = line
}

// idHash is the 64-bit FNV-1a hash of id (a variable, so that a test can make every id
// collide).
var idHash = func(id string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(id); i++ {
		h ^= uint64(id[i])
		h *= 1099511628211
	}
	return h
}

// idRef is a homonym or related id a concept names, where, and which concept.
type idRef struct {
	c         string
	id, field string
	pos, at   Pos
}

// problems checks the references to ids, now that all are known, and returns the
// problems sorted.
func (v *validator) problems() []Problem {
	for _, r := range v.refs {
		if _, ok := v.idLine(r.id); !ok {
			v.ps.add(r.pos, SevError, "id.unknown", "name the id of an existing concept", "concept %q refers to unknown concept %q", r.c, r.id)
			v.ps.list[len(v.ps.list)-1].Concept = r.c
		}
	}
	sortProblems(v.ps.list)
	return v.ps.list
}

func (v *validator) add(c *Concept, pos Pos, sev Severity, rule, hint, format string, args ...any) {
	if !pos.IsValid() && c != nil {
		pos = c.Pos
	}
	v.ps.add(pos, sev, rule, hint, format, args...)
	if c != nil {
		v.ps.list[len(v.ps.list)-1].Concept = c.ID
	}
}

func (v *validator) languages() {
	if len(v.g.Languages) == 0 {
		v.add(nil, Pos{Line: 1, Col: 1}, SevError, "languages.missing", "add for example: languages: [ja, en]", "the glossary declares no languages")
	}
	for _, l := range v.g.Languages {
		v.tag(nil, Pos{}, l, "languages")
	}
}

func (v *validator) tag(c *Concept, pos Pos, tag, where string) bool {
	valid, seen := v.tags[tag]
	if !seen {
		_, err := language.Parse(tag)
		valid = err == nil && strings.TrimSpace(tag) == tag && tag != ""
		v.tags[tag] = valid
	}
	if !valid {
		if !pos.IsValid() {
			pos = Pos{Line: 1, Col: 1}
		}
		v.add(c, pos, SevError, "lang.invalid", "use a BCP 47 tag such as ja, en, en-US or zh-Hant",
			"%q in %s is not a valid BCP 47 language tag", tag, where)
		return false
	}
	return true
}

func (v *validator) concept(c *Concept) {
	ci := v.n
	v.n++
	line, dup := v.idLine(c.ID)
	if dup && c.ID != "" {
		v.add(c, c.FieldPos["id"], SevError, "id.duplicate", "give each concept its own id, or merge the two entries",
			"duplicate concept id %q (first at line %d)", c.ID, line)
	}
	v.addID(ci, c.ID, c.Pos.Line, !dup)
	if len(c.Homonyms) > 0 {
		v.homonyms[ci] = c.Homonyms
	}
	if c.ID != "" && !idPattern.MatchString(c.ID) {
		v.add(c, c.FieldPos["id"], SevWarning, "id.format", "use lowercase letters, digits and hyphens, e.g. "+suggestID(c.ID),
			"id %q is not lowercase letters, digits and hyphens", c.ID)
	}
	if !c.Status.Valid() {
		v.add(c, c.FieldPos["status"], SevError, "status.concept", "use proposed, approved or retired",
			"unknown concept status %q", c.Status)
	}
	for _, field := range []string{"homonyms", "related"} {
		list := c.Homonyms
		if field == "related" {
			list = c.Related
		}
		for _, id := range list {
			pos := c.FieldPos[field]
			if !pos.IsValid() {
				pos = c.Pos
			}
			v.refs = append(v.refs, idRef{c: c.ID, id: id, field: field, pos: pos})
		}
	}
	v.text(c, c.FieldPos["subject"], c.Subject, "subject")
	v.text(c, c.FieldPos["note"], c.Note, "note")
	for lang, d := range c.Definition {
		pos := c.FieldPos["definition."+lang]
		if v.tag(c, pos, lang, "definition") && !contains(v.g.Languages, lang) && len(v.g.Languages) > 0 {
			v.add(c, pos, SevWarning, "lang.undeclared", "add it to languages: at the top of the file", "definition in %q, which the glossary does not declare", lang)
		}
		v.text(c, pos, d, "definition")
	}
	total := 0
	for _, lang := range c.LangOrder {
		pos := c.FieldPos["terms."+lang]
		if v.tag(c, pos, lang, "terms") && !contains(v.g.Languages, lang) && len(v.g.Languages) > 0 {
			v.add(c, pos, SevWarning, "lang.undeclared", "add it to languages: at the top of the file", "terms in %q, which the glossary does not declare", lang)
		}
		v.terms(c, ci, lang)
		total += len(c.Terms[lang])
	}
	if total == 0 {
		v.add(c, c.Pos, SevError, "concept.no-terms", "add terms: with at least one term per language", "concept %q has no terms", c.ID)
	}
	if c.Status == Approved {
		for _, lang := range v.g.Languages {
			if c.Preferred(lang) == nil {
				v.add(c, c.FieldPos["status"], SevError, "concept.no-preferred",
					"add a preferred term in "+lang+", or set status: proposed until one is agreed",
					"approved concept %q has no preferred term in %s", c.ID, lang)
			}
		}
		if len(c.Sources) == 0 {
			v.add(c, c.FieldPos["status"], SevError, "concept.no-source",
				"add sources: with the document and the quote that attests the terms",
				"approved concept %q has no source", c.ID)
		}
	}
	for _, s := range c.Sources {
		if strings.TrimSpace(s.Doc) == "" {
			v.add(c, s.Pos, SevError, "source.no-doc", "name the document the evidence comes from (doc: ...)", "a source of %q names no document", c.ID)
		}
		if s.Lang != "" {
			v.tag(c, s.Pos, s.Lang, "a source")
		}
		for _, f := range []string{s.Doc, s.Quote, s.Loc, s.URL} {
			v.text(c, s.Pos, f, "a source")
		}
	}
}

func (v *validator) terms(c *Concept, ci int32, lang string) {
	seen := map[string]*Term{}
	for _, t := range c.Terms[lang] {
		key := textnorm.Key(t.Text)
		v.term(c, lang, t, key)
		if key == "" {
			continue
		}
		v.duplicate(c, ci, lang, t, key)
		if prev, dup := seen[key]; dup {
			if prev.Status.Allowed() != t.Status.Allowed() {
				v.add(c, t.Pos, SevError, "term.preferred-forbidden", "decide: a term is either allowed or to be avoided",
					"%q is %s here and %s at line %d", t.Text, t.Status, prev.Status, prev.Pos.Line)
			} else {
				v.add(c, t.Pos, SevError, "term.duplicate-in-entry", "remove the repeated term",
					"%q appears twice in %s (first at line %d)", t.Text, lang, prev.Pos.Line)
			}
			continue
		}
		seen[key] = t
	}
}

func (v *validator) term(c *Concept, lang string, t *Term, key string) {
	if !t.Status.Valid() {
		v.add(c, fieldPos(t.FieldPos, "status", t.Pos), SevError, "status.term", "use preferred, admitted, deprecated or forbidden",
			"unknown term status %q", t.Status)
	}
	if strings.TrimSpace(t.Text) == "" {
		v.add(c, t.Pos, SevError, "term.empty", "write the term, or remove the line", "empty term in %s", lang)
		return
	}
	if strings.TrimSpace(t.Text) != t.Text || strings.Contains(t.Text, "  ") {
		v.add(c, t.Pos, SevError, "term.space", "remove the extra spaces", "term %q has leading, trailing or repeated spaces", t.Text)
	}
	if hasControl(t.Text) {
		v.add(c, t.Pos, SevError, "term.control", "remove tabs, line breaks and control characters", "term %q contains control characters", t.Text)
	}
	if i, r, ok := invisible(t.Text); ok {
		v.add(c, t.Pos, SevWarning, "term.invisible", "remove it: write "+quote(stripInvisible(t.Text)),
			"term %q has the invisible character %U (%s) at character %d", t.Text, r, invisibleName(r), i)
	}
	if !norm.NFC.IsNormalString(t.Text) {
		v.add(c, t.Pos, SevError, "text.nfc", "write it in NFC: "+quote(norm.NFC.String(t.Text)), "term %q is not in Unicode NFC", t.Text)
	}
	if r, ok := firstRune(t.Text, isFullwidthASCII); ok {
		v.add(c, t.Pos, SevError, "term.fullwidth-ascii", "write "+quote(narrow(t.Text)),
			"term %q has the full-width character %q", t.Text, r)
	}
	if r, ok := firstRune(t.Text, isHalfwidthKatakana); ok {
		v.add(c, t.Pos, SevError, "term.halfwidth-katakana", "write "+quote(norm.NFKC.String(t.Text)),
			"term %q has the half-width katakana %q", t.Text, r)
	}
	if t.Case != "" && t.Case != "sensitive" && t.Case != "insensitive" {
		v.add(c, fieldPos(t.FieldPos, "case", t.Pos), SevError, "term.option", "use case: sensitive or case: insensitive", "unknown case %q", t.Case)
	}
	switch t.Boundary {
	case "", "none", "script", "morpheme", "word":
	default:
		v.add(c, fieldPos(t.FieldPos, "boundary", t.Pos), SevError, "term.option", "use none, script, morpheme or word", "unknown boundary %q", t.Boundary)
	}
	switch t.PartOfSpeech {
	case "", "noun", "verb", "adjective", "adverb", "properNoun", "other":
	default:
		v.add(c, fieldPos(t.FieldPos, "pos", t.Pos), SevError, "term.option", "use noun, verb, adjective, adverb, properNoun or other", "unknown part of speech %q", t.PartOfSpeech)
	}
	for _, e := range t.Except {
		if !strings.Contains(textnorm.Key(e), key) {
			v.add(c, fieldPos(t.FieldPos, "except", t.Pos), SevError, "term.option", "an except phrase is a longer text that contains the term",
				"except phrase %q does not contain %q", e, t.Text)
		}
	}
	for _, f := range append(append([]string{}, t.Forms...), t.Except...) {
		v.text(c, fieldPos(t.FieldPos, "forms", t.Pos), f, "a term option")
	}
	v.derived(c, t, key)
	v.text(c, fieldPos(t.FieldPos, "note", t.Pos), t.Note, "a term note")
}

// derived checks a term's short forms and its verb and adjective: each is a written form of
// its own, not the term, and only an allowed term has them (a translation may not use the
// others in any form).
func (v *validator) derived(c *Concept, t *Term, key string) {
	type form struct{ field, text string }
	var forms []form
	for _, s := range t.Short {
		forms = append(forms, form{"short", s})
	}
	if _, ok := t.FieldPos["verb"]; ok || t.Verb != "" {
		forms = append(forms, form{"verb", t.Verb})
	}
	if _, ok := t.FieldPos["adjective"]; ok || t.Adjective != "" {
		forms = append(forms, form{"adjective", t.Adjective})
	}
	for _, f := range forms {
		pos := fieldPos(t.FieldPos, f.field, t.Pos)
		switch {
		case strings.TrimSpace(f.text) == "":
			v.add(c, pos, SevError, "term.option", "write the form, or remove the field", "empty %s form of %q", f.field, t.Text)
			continue
		case strings.TrimSpace(f.text) != f.text || strings.Contains(f.text, "  "):
			v.add(c, pos, SevError, "term.space", "remove the extra spaces", "%s form %q has leading, trailing or repeated spaces", f.field, f.text)
		case textnorm.Key(f.text) == key:
			v.add(c, pos, SevWarning, "term.option", "remove it: the term itself is always matched", "the %s form %q is the term itself", f.field, f.text)
		}
		if !t.Status.Allowed() && t.Status.Valid() {
			v.add(c, pos, SevWarning, "term.option", "move it to a preferred or admitted term of the concept",
				"the %s form %q belongs to a %s term, and lint only counts the forms of preferred and admitted terms", f.field, f.text, t.Status)
		}
		v.text(c, pos, f.text, "a "+f.field+" form")
	}
}

// text checks a free-text field: NFC, and no control characters but line breaks and tabs.
func (v *validator) text(c *Concept, pos Pos, s, where string) {
	if s == "" {
		return
	}
	if !norm.NFC.IsNormalString(s) {
		v.add(c, pos, SevError, "text.nfc", "save the text in NFC (most editors do; `uconv -x nfc` converts)", "%s is not in Unicode NFC", where)
	}
	for _, r := range s {
		if unicode.IsControl(r) && r != '\n' && r != '\t' {
			v.add(c, pos, SevError, "term.control", "remove the control character", "%s contains the control character %U", where, r)
			return
		}
	}
}

// duplicate reports an allowed term that an earlier concept allows too, unless the two
// declare each other homonyms.
func (v *validator) duplicate(c *Concept, ci int32, lang string, t *Term, key string) {
	if !t.Status.Allowed() || c.Status == Retired {
		return
	}
	v.key = append(append(append(v.key[:0], lang...), 0), key...)
	h := maphash.Bytes(v.seed, v.key)
	prev, dup := v.owners.GetOrAdd(h, owner{ci, int32(t.Pos.Line)})
	if !dup {
		return
	}
	prevID := v.idOf(prev.c)
	if prev.c == ci || contains(c.Homonyms, prevID) || contains(v.homonyms[prev.c], c.ID) {
		return
	}
	hint, ok := v.hints[prev.c] // one string for the many duplicates of a large glossary's concept
	if !ok {
		hint = fmt.Sprintf("merge the concepts, or declare homonyms: [%s] if they are different meanings", prevID)
		v.hints[prev.c] = hint
	}
	v.add(c, t.Pos, SevError, "term.duplicate", hint,
		"%s term %q is also in concept %q (line %d)", lang, t.Text, prevID, prev.line)
}

func fieldPos(m map[string]Pos, key string, def Pos) Pos {
	if p, ok := m[key]; ok {
		return p
	}
	return def
}

func hasControl(s string) bool {
	for _, r := range s {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return true
		}
	}
	return false
}

func firstRune(s string, f func(rune) bool) (rune, bool) {
	for _, r := range s {
		if f(r) {
			return r, true
		}
	}
	return 0, false
}

// isFullwidthASCII reports full-width letters and digits. Full-width punctuation such as
// （） is normal in Japanese terms and stays allowed.
func isFullwidthASCII(r rune) bool {
	return r >= '０' && r <= '９' || r >= 'Ａ' && r <= 'Ｚ' || r >= 'ａ' && r <= 'ｚ'
}

func isHalfwidthKatakana(r rune) bool { return r >= '\uFF61' && r <= '\uFF9F' }

func narrow(s string) string {
	return strings.Map(func(r rune) rune {
		if isFullwidthASCII(r) {
			return r - 0xFF01 + '!'
		}
		return r
	}, s)
}

func suggestID(id string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(id) {
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	if b.Len() == 0 {
		return "my-concept"
	}
	return b.String()
}

// invisible finds the first character of s that changes how text displays or joins without
// showing itself: a bidirectional embedding, override, isolate or mark (U+202A–U+202E,
// U+2066–U+2069, U+200E, U+200F, U+061C), a zero-width space or word joiner (U+200B,
// U+2060, U+FEFF, U+180E), or a zero-width joiner or non-joiner (U+200C, U+200D) in a term
// with no letters of the scripts that spell with them (Arabic and Syriac, the Indic
// scripts, Mongolian) nor an emoji. It returns its 1-based character index. Such a term
// matches no text typed normally, and a bidi override can make a term display as another.
func invisible(s string) (int, rune, bool) {
	joinerScript := false
	for _, r := range s {
		if (r >= 0x0600 && r <= 0x08FF) || (r >= 0x0900 && r <= 0x0DFF) || (r >= 0x1800 && r <= 0x18AF) || unicode.Is(unicode.So, r) {
			joinerScript = true
			break
		}
	}
	i := 0
	for _, r := range s {
		i++
		switch {
		case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069, r == 0x200E, r == 0x200F, r == 0x061C,
			r == 0x200B, r == 0x2060, r == 0xFEFF, r == 0x180E:
			return i, r, true
		case (r == 0x200C || r == 0x200D) && !joinerScript:
			return i, r, true
		}
	}
	return 0, 0, false
}

func stripInvisible(s string) string {
	for {
		_, r, ok := invisible(s)
		if !ok {
			return s
		}
		s = strings.ReplaceAll(s, string(r), "")
	}
}

func invisibleName(r rune) string {
	switch {
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069, r == 0x200E, r == 0x200F, r == 0x061C:
		return "a bidirectional control"
	case r == 0x200C:
		return "zero-width non-joiner"
	case r == 0x200D:
		return "zero-width joiner"
	case r == 0xFEFF:
		return "zero-width no-break space"
	}
	return "a zero-width character"
}
