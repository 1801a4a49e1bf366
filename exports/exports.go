package exports

import (
	"errors"
	"fmt"
	"iter"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/glossterm/gloss"
	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/hashtab"
)

// Options are the choices every writer and reader shares.
type Options struct {
	// Source and Target are the glossary languages of a pair format (TMX, CSV pairs,
	// OmegaT, DeepL) and the order of languages in the others. Empty means the glossary's
	// first and second declared languages.
	Source, Target string

	// Locale says how language tags are written: "" or "bare" keeps the glossary's tags
	// (ja, en), "region" adds the usual region (ja-JP, en-US), and a list such as
	// "ja=ja-JP,en=en-GB" names each one.
	Locale string

	// Statuses are the concept statuses exported; nil means approved only.
	Statuses []glossary.ConceptStatus

	// Now is the time written into dated formats; the zero time means now, or
	// $SOURCE_DATE_EPOCH when it is set.
	Now time.Time

	// Profile picks a spreadsheet layout (xlsx): generic, memoq, trados, phrase, crowdin.
	Profile string

	// BOM puts a UTF-8 byte-order mark before CSV output, for Excel on Japanese Windows.
	BOM bool

	// Namespace overrides the TBX v3 namespace.
	Namespace string

	// Version is the program version written into file headers.
	Version string
}

// Source is what a writer writes: the languages, in order, and the concepts, which may
// be streamed one at a time from a reader (as gloss export --from does with EDICT).
type Source struct {
	Languages []string // the declared languages, then any other a concept uses
	Concepts  iter.Seq2[*glossary.Concept, error]
}

// FromGlossary returns g as a Source: its declared languages, then the others its
// concepts use, and its concepts in file order.
func FromGlossary(g *glossary.Glossary) Source {
	langs := append([]string(nil), g.Languages...)
	for _, c := range g.Concepts {
		for _, l := range c.LangOrder {
			if !contains(langs, l) {
				langs = append(langs, l)
			}
		}
	}
	return Source{Languages: langs, Concepts: func(yield func(*glossary.Concept, error) bool) {
		for _, c := range g.Concepts {
			if !yield(c, nil) {
				return
			}
		}
	}}
}

// FromIndex is [FromGlossary] on an indexed glossary. The concepts of a cached index are
// decoded one at a time as they are written and not kept, so that an export holds one
// concept at a time, not the glossary.
func FromIndex(ix *glossary.Index) Source {
	langs := append([]string(nil), ix.Languages()...)
	for _, l := range ix.TermLanguages() {
		if !contains(langs, l) {
			langs = append(langs, l)
		}
	}
	return Source{Languages: langs, Concepts: func(yield func(*glossary.Concept, error) bool) {
		for c := range ix.Concepts() {
			if !yield(c, nil) {
				return
			}
		}
	}}
}

// Pair returns the source and target languages: o.Source and o.Target, else the first
// two of langs.
func (o Options) Pair(langs []string) (src, tgt string) {
	src, tgt = o.Source, o.Target
	if src == "" && len(langs) > 0 {
		src = langs[0]
	}
	if tgt == "" {
		for _, l := range langs {
			if l != src {
				tgt = l
				break
			}
		}
	}
	return src, tgt
}

// Order returns the languages a multilingual format writes: source and target first,
// then the others of langs.
func (o Options) Order(langs []string) []string {
	src, tgt := o.Pair(langs)
	var out []string
	for _, l := range append([]string{src, tgt}, langs...) {
		if l != "" && !contains(out, l) {
			out = append(out, l)
		}
	}
	return out
}

// Selected reports whether c's status is among o.Statuses (approved by default).
func (o Options) Selected(c *glossary.Concept) bool {
	st := c.Status
	if st == "" {
		st = glossary.Proposed
	}
	if len(o.Statuses) == 0 {
		return st == glossary.Approved
	}
	for _, w := range o.Statuses {
		if st == w {
			return true
		}
	}
	return false
}

// ParseStatuses reads a comma-separated list of concept statuses; "all" means every status.
func ParseStatuses(s string) ([]glossary.ConceptStatus, error) {
	if s == "" {
		return nil, nil
	}
	if s == "all" {
		return []glossary.ConceptStatus{glossary.Approved, glossary.Proposed, glossary.Retired}, nil
	}
	var out []glossary.ConceptStatus
	for _, f := range strings.Split(s, ",") {
		st := glossary.ConceptStatus(strings.TrimSpace(f))
		if !st.Valid() {
			return nil, fmt.Errorf("unknown concept status %q: use approved, proposed, retired or all", f)
		}
		out = append(out, st)
	}
	return out, nil
}

// Time returns the export time, in UTC.
func (o Options) Time() time.Time {
	if !o.Now.IsZero() {
		return o.Now.UTC()
	}
	if s := os.Getenv("SOURCE_DATE_EPOCH"); s != "" {
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			return time.Unix(n, 0).UTC()
		}
	}
	return time.Now().UTC()
}

// regions are the regions "region" style adds to a bare language.
var regions = map[string]string{
	"ja": "JP", "en": "US", "ko": "KR", "zh": "CN", "fr": "FR", "de": "DE", "es": "ES",
	"it": "IT", "pt": "BR", "ru": "RU", "nl": "NL", "pl": "PL", "uk": "UA", "vi": "VN",
}

// CheckLocale reports whether a --locale value is well formed.
func CheckLocale(s string) error {
	switch s {
	case "", "bare", "region":
		return nil
	}
	for _, f := range strings.Split(s, ",") {
		k, v, ok := strings.Cut(f, "=")
		if !ok || strings.TrimSpace(k) == "" {
			return fmt.Errorf("locale %q: use bare, region, or a list such as ja=ja-JP,en=en-GB", s)
		}
		if _, err := language.Parse(strings.TrimSpace(v)); err != nil {
			return fmt.Errorf("locale %q: %q is not a BCP 47 tag", s, v)
		}
	}
	return nil
}

// Tag renders a glossary language tag in the chosen locale style, in canonical BCP 47 case
// with hyphens (never en_US).
func (o Options) Tag(lang string) string {
	switch o.Locale {
	case "", "bare":
		return canonical(lang)
	case "region":
		if !strings.Contains(lang, "-") {
			if r, ok := regions[strings.ToLower(lang)]; ok {
				return strings.ToLower(lang) + "-" + r
			}
		}
		return canonical(lang)
	}
	for _, f := range strings.Split(o.Locale, ",") {
		k, v, _ := strings.Cut(f, "=")
		if strings.EqualFold(strings.TrimSpace(k), lang) {
			return canonical(strings.TrimSpace(v))
		}
	}
	return canonical(lang)
}

func canonical(tag string) string {
	tag = strings.ReplaceAll(tag, "_", "-")
	if t, err := language.Parse(tag); err == nil {
		return t.String()
	}
	return tag
}

// Report lists what an export could not carry, or what an import could not read.
type Report struct {
	Format  string
	Written int            // concepts written or read
	Dropped map[string]int // what was left out → how many
	order   []string
}

// Drop records n items of what the format leaves out.
func (r *Report) Drop(what string, n int) {
	if n <= 0 {
		return
	}
	if r.Dropped == nil {
		r.Dropped = map[string]int{}
	}
	if _, ok := r.Dropped[what]; !ok {
		r.order = append(r.order, what)
	}
	r.Dropped[what] += n
}

// Keys are the kinds of dropped items, in the order they were first seen.
func (r *Report) Keys() []string {
	keys := append([]string(nil), r.order...)
	if len(keys) != len(r.Dropped) {
		keys = keys[:0]
		for k := range r.Dropped {
			keys = append(keys, k)
		}
		sort.Strings(keys)
	}
	return keys
}

// Lines renders the dropped items, one per line, in the order they were first seen.
func (r *Report) Lines() []string {
	keys := r.Keys()
	out := make([]string, 0, len(keys))
	for _, k := range keys {
		out = append(out, fmt.Sprintf("%d %s", r.Dropped[k], k))
	}
	return out
}

// DropConceptFields records the concept fields no export format carries as such.
func (r *Report) DropConceptFields(c *glossary.Concept, keep ...string) {
	kept := map[string]bool{}
	for _, k := range keep {
		kept[k] = true
	}
	if c.Translate != nil && !kept["translate"] {
		r.Drop("translate flags", 1)
	}
	if len(c.Homonyms) > 0 && !kept["homonyms"] {
		r.Drop("homonym links", len(c.Homonyms))
	}
	if len(c.Related) > 0 && !kept["related"] {
		r.Drop("related links", len(c.Related))
	}
	if c.Comment != "" && !kept["comment"] {
		r.Drop("comments", 1)
	}
	for _, ts := range c.Terms {
		for _, t := range ts {
			if t.Case != "" && !kept["case"] {
				r.Drop("term case options", 1)
			}
			if t.Boundary != "" && !kept["boundary"] {
				r.Drop("term boundary options", 1)
			}
			if len(t.Except) > 0 && !kept["except"] {
				r.Drop("term except phrases", len(t.Except))
			}
			if len(t.Forms) > 0 && !kept["forms"] {
				r.Drop("term forms", len(t.Forms))
			}
			if len(t.Short) > 0 && !kept["short"] {
				r.Drop("term short forms", len(t.Short))
			}
			if t.Verb != "" && !kept["verb"] {
				r.Drop("term verbs", 1)
			}
			if t.Adjective != "" && !kept["adjective"] {
				r.Drop("term adjectives", 1)
			}
		}
	}
}

// Error is a reader's error at a position in its input: the one positioned error type of
// gloss, [gloss.Error], whose Err says the kind of problem when it is known.
type Error = gloss.Error

// Errorf returns an *Error.
func Errorf(file string, line, col int, hint, format string, args ...any) *Error {
	return gloss.Errorf(nil, file, line, col, hint, format, args...)
}

// MaxInput is the largest file a reader accepts (the EDICT dictionary is about 10 MB).
const MaxInput = 256 << 20

// MainTerm returns the term a one-term-per-language format shows for a concept in lang: the
// first preferred term, else the first admitted one, else nil.
func MainTerm(c *glossary.Concept, lang string) *glossary.Term {
	if t := c.Preferred(lang); t != nil {
		return t
	}
	for _, t := range c.Terms[lang] {
		if t.Status == glossary.Admitted {
			return t
		}
	}
	return nil
}

// Allowed returns a concept's preferred and admitted terms in lang, preferred first.
func Allowed(c *glossary.Concept, lang string) []*glossary.Term {
	var pref, adm []*glossary.Term
	for _, t := range c.Terms[lang] {
		switch t.Status {
		case glossary.Preferred:
			pref = append(pref, t)
		case glossary.Admitted:
			adm = append(adm, t)
		}
	}
	return append(pref, adm...)
}

// NewGlossary returns an empty glossary with the given languages.
func NewGlossary(langs ...string) *glossary.Glossary {
	return &glossary.Glossary{Version: glossary.FormatVersion, Languages: langs}
}

// TermPair is a concept as the term-pair formats (TMX, OmegaT, DeepL) see it: the target's
// main term and the source's allowed terms.
type TermPair struct {
	Concept *glossary.Concept
	Target  *glossary.Term
	Sources []*glossary.Term
}

// TermPairs yields the concepts of source that opt selects and that have an allowed term in
// both languages, counting each one written in rep and each one skipped as a drop.
func TermPairs(source Source, opt Options, rep *Report, src, tgt string) iter.Seq2[TermPair, error] {
	return func(yield func(TermPair, error) bool) {
		for c, err := range source.Concepts {
			if err != nil {
				yield(TermPair{}, err)
				return
			}
			if !opt.Selected(c) {
				continue
			}
			p := TermPair{Concept: c, Target: MainTerm(c, tgt), Sources: Allowed(c, src)}
			if p.Target == nil || len(p.Sources) == 0 {
				rep.Drop("concepts without an allowed term in both languages", 1)
				continue
			}
			rep.Written++
			rep.DropConceptFields(c)
			if !yield(p, nil) {
				return
			}
		}
	}
}

// DropTermFields counts what a format without term statuses, notes, parts of speech and
// sources loses of c: its deprecated and forbidden terms, term notes, parts of speech and
// sources. langs limits the count to those languages; none means all.
func (r *Report) DropTermFields(c *glossary.Concept, langs ...string) {
	for lang, ts := range c.Terms {
		if len(langs) > 0 && !slices.Contains(langs, lang) {
			continue
		}
		for _, t := range ts {
			if !t.Status.Allowed() {
				r.Drop("deprecated and forbidden terms", 1)
			}
			if t.Note != "" {
				r.Drop("term notes", 1)
			}
			if t.PartOfSpeech != "" {
				r.Drop("parts of speech", 1)
			}
		}
	}
	if len(c.Sources) > 0 {
		r.Drop("sources", len(c.Sources))
	}
}

// ErrNotStreamed is what a streaming reader yields when a file cannot be read one concept
// at a time after all: the parts of one concept lie apart in it (rows with the same id,
// with others between), or its languages were not what its first look said. Nothing it
// yielded is final; the caller reads the file whole instead (the reader's Read).
var ErrNotStreamed = errors.New("the file cannot be read one concept at a time")

// IDSet is a set of ids kept as 64-bit hashes (FNV-1a: the same in every run, so that
// output never depends on the run), in a [hashtab.Table] of 10 to 13 bytes an id in a large set, where
// the ids themselves took some 65 (a Go map of the hashes held some 33 MB for a million
// ids: the largest share of a million-row import's heap). A streaming reader uses it to notice an id met again
// without holding every id, and [Adder] to give free ids. Two ids with one hash (some one
// in 10^7 for a million ids) make the second look met: a reader then reads the file
// whole, never giving a wrong result; an Adder gives it a suffix, -2, that a whole read
// would not. The zero IDSet is empty and ready to use.
type IDSet struct {
	t hashtab.Table[struct{}]
}

// NewIDSet returns an empty IDSet.
func NewIDSet() *IDSet { return &IDSet{} }

// Add adds id and reports whether it was new.
func (s *IDSet) Add(id string) bool {
	_, met := s.t.GetOrAdd(idHash(id), struct{}{})
	return !met
}

// Has reports whether id was added.
func (s *IDSet) Has(id string) bool {
	_, ok := s.t.Get(idHash(id))
	return ok
}

// idHash is the 64-bit FNV-1a hash of id (a variable, so that a test can give ids the
// hash 0 or make them collide).
var idHash = func(id string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(id); i++ {
		h ^= uint64(id[i])
		h *= 1099511628211
	}
	return h
}
