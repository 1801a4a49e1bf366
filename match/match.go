package match

import (
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/english"
	"github.com/glossterm/gloss/internal/morph"
	"github.com/glossterm/gloss/internal/textnorm"
)

// Boundary policies, the values of a term's boundary field.
const (
	BoundaryAuto     = ""         // the default: see the package doc
	BoundaryNone     = "none"     // no check: a match may sit inside a longer word
	BoundaryScript   = "script"   // the characters beside the match are of another script
	BoundaryMorpheme = "morpheme" // the match starts and ends on kagome morpheme boundaries
	BoundaryWord     = "word"     // letters and digits do not continue the match
)

// Options tune Compile. The zero value compiles every language of every concept that is
// not retired, with inflections.
type Options struct {
	// Langs limits the matcher to these languages; nil means all.
	Langs []string
	// NoInflection turns off the compile-time expansion of English plurals and verb forms
	// and of Japanese verb stems; the terms and their listed forms are still matched.
	NoInflection bool
	// Derived compiles the other written forms of the preferred and admitted terms instead
	// of the terms: their short forms, verbs (with their inflections) and adjectives, each
	// occurrence marked with its Kind. lint keeps them in a matcher of their own, so that a
	// short form ("the Treaty") never hides the full term it starts ("the Treaty of Mutual
	// Cooperation and Security") from the leftmost-longest choice.
	Derived bool
	// Tokenize replaces kagome for terms with boundary: morpheme (tests use it). It must
	// return tokens with byte offsets into the text it is given.
	Tokenize func(text string) []morph.Token
}

// Occurrence is one term found in a text.
type Occurrence struct {
	Start, End int // byte offsets in the original text
	Concept    *glossary.Concept
	Term       *glossary.Term // the glossary term; the text may be one of its forms
	Lang       string
	Form       string // the normalized form that matched (a Key: the term, a listed form or an inflection)
	Inflected  bool   // the form was derived by the matcher, not written in the glossary
	Kind       Kind   // which written form of the term: the term itself, or (Options.Derived) a short form, verb or adjective
}

// Kind says which written form of a term an occurrence is.
type Kind uint8

// Kinds of occurrence.
const (
	KindTerm      Kind = iota // the term, one of its listed forms or an inflection
	KindShort                 // one of the term's short forms (the Alliance)
	KindVerb                  // the term's verb or an inflection of it (deter, deterred)
	KindAdjective             // the term's adjective (North Korean)
)

// Matcher finds glossary terms in text. It is safe for concurrent use.
type Matcher struct {
	ac       *automaton
	patterns []string  // sorted keys
	entries  [][]entry // pattern → what it stands for
	langs    map[string]bool
	needs    bool
	tokenize func(string) []morph.Token
	nForms   int
}

// entry is one (concept, term, form) behind a pattern.
// A large glossary has over a million: the small fields come last, so that an entry
// takes 96 bytes, not 112.
type entry struct {
	concept   *glossary.Concept
	term      *glossary.Term
	lang      string
	caseKey   string // non-empty: the match must equal this under KeyCase
	boundary  string
	except    []string // keys of the except phrases
	caseFixed bool     // KeyCase(caseKey) == caseKey: a match written as caseKey passes as it is
	inflected bool
	kind      Kind
}

// Compile builds a matcher over every term and form of g's concepts.
func Compile(g *glossary.Glossary, opts Options) (*Matcher, error) {
	if g == nil {
		return nil, errors.New("match: no glossary")
	}
	m := &Matcher{tokenize: opts.Tokenize}
	if m.tokenize == nil {
		m.tokenize = morph.Tokenize
	}
	if opts.Langs != nil {
		m.langs = map[string]bool{}
		for _, l := range opts.Langs {
			m.langs[l] = true
		}
	}
	n := 0
	for _, c := range g.Concepts {
		for _, terms := range c.Terms {
			n += len(terms)
		}
	}
	// Each key's entries, found with one map lookup a form: a large glossary has
	// hundreds of thousands of keys, and every lookup is a cache miss.
	type keyed struct {
		key  string
		list int32 // index in lists
	}
	byKey := make(map[string]int32, 2*n)
	var keys []keyed
	var lists [][]entry
	for _, c := range g.Concepts {
		if c.Status == glossary.Retired {
			continue
		}
		for lang, terms := range c.Terms {
			if m.langs != nil && !m.langs[lang] {
				continue
			}
			for _, t := range terms {
				if err := checkBoundary(t.Boundary); err != nil {
					return nil, fmt.Errorf("match: concept %s, term %q: %w", c.ID, t.Text, err)
				}
				if t.Boundary == BoundaryMorpheme {
					m.needs = true
				}
				var excepts []string
				for _, x := range t.Except {
					if k := textnorm.QuickKey(x); k != "" {
						excepts = append(excepts, k)
					}
				}
				add := func(form string, inflected bool, kind Kind) {
					k := textnorm.QuickKey(form)
					if k == "" {
						return
					}
					e := entry{concept: c, term: t, lang: lang, boundary: t.Boundary, except: excepts, inflected: inflected, kind: kind}
					if caseSensitive(t, form) {
						e.caseKey = textnorm.KeyCase(form)
						e.caseFixed = textnorm.KeyCase(e.caseKey) == e.caseKey
					}
					li, seen := byKey[k]
					if !seen {
						li = int32(len(lists))
						byKey[k] = li
						keys = append(keys, keyed{k, li})
						lists = append(lists, nil)
					}
					for _, old := range lists[li] {
						if old.concept == c && old.term == t && old.caseKey == e.caseKey && old.kind == kind {
							return
						}
					}
					lists[li] = append(lists[li], e)
					m.nForms++
				}
				if opts.Derived {
					if !t.Status.Allowed() {
						continue
					}
					for _, f := range t.Short {
						for _, d := range determined(lang, f) {
							add(d, false, KindShort)
							if up := capitalized(d); up != d && caseSensitive(t, d) {
								add(up, false, KindShort) // "the Alliance" opens a sentence as "The Alliance"
							}
						}
					}
					if t.Verb != "" {
						add(t.Verb, false, KindVerb)
						if !opts.NoInflection {
							for _, x := range inflect(lang, t.Verb, "verb") {
								add(x, true, KindVerb)
							}
						}
					}
					if t.Adjective != "" {
						add(t.Adjective, false, KindAdjective)
					}
					continue
				}
				forms := append([]string{t.Text}, t.Forms...)
				for _, f := range forms {
					add(f, false, KindTerm)
					if opts.NoInflection {
						continue
					}
					for _, x := range inflect(lang, f, t.PartOfSpeech) {
						add(x, true, KindTerm)
					}
				}
			}
		}
	}
	// Sort by the first 16 bytes held as two integers beside each key, and by the whole
	// strings only where those tie: comparing strings scattered over the heap costs a
	// cache miss each, which on a large glossary outweighs the comparing.
	type sortable struct {
		hi, lo uint64
		k      int32 // index in keys
	}
	order := make([]sortable, len(keys))
	for i, k := range keys {
		var b [16]byte
		copy(b[:], k.key)
		order[i] = sortable{binary.BigEndian.Uint64(b[:8]), binary.BigEndian.Uint64(b[8:]), int32(i)}
	}
	slices.SortFunc(order, func(a, b sortable) int {
		if c := cmp.Compare(a.hi, b.hi); c != 0 {
			return c
		}
		if c := cmp.Compare(a.lo, b.lo); c != 0 {
			return c
		}
		return strings.Compare(keys[a.k].key, keys[b.k].key)
	})
	m.patterns = make([]string, len(keys))
	m.entries = make([][]entry, len(keys))
	// The entries in one array, in pattern order: one allocation instead of one a key.
	flat := make([]entry, 0, m.nForms)
	for i, o := range order {
		k := keys[o.k]
		at := len(flat)
		flat = append(flat, lists[k.list]...)
		lists[k.list] = nil
		m.patterns[i], m.entries[i] = k.key, flat[at:len(flat):len(flat)]
	}
	m.ac = build(m.patterns)
	return m, nil
}

func checkBoundary(b string) error {
	switch b {
	case BoundaryAuto, BoundaryNone, BoundaryScript, BoundaryMorpheme, BoundaryWord:
		return nil
	}
	return fmt.Errorf("unknown boundary %q (want none, script, morpheme or word)", b)
}

// caseSensitive applies the case policy: "sensitive" and "insensitive" say so; otherwise a
// term written with a capital letter matches exactly and a lowercase one in any case.
func caseSensitive(t *glossary.Term, form string) bool {
	switch t.Case {
	case "sensitive":
		return true
	case "insensitive":
		return false
	}
	for _, r := range form {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// definite are the English determiners that take the place of "the" before a short form:
// "our Alliance", "this Treaty" refer back as "the Alliance", "the Treaty" do.
var definite = []string{"our", "this", "its", "their", "that", "your"}

// determined returns an English short form starting with "the" with each definite
// determiner in its place, after the form itself; other forms as they are.
func determined(lang, form string) []string {
	rest, ok := strings.CutPrefix(form, "the ")
	if !ok || !(lang == "en" || strings.HasPrefix(lang, "en-")) {
		return []string{form}
	}
	out := []string{form}
	for _, d := range definite {
		out = append(out, d+" "+rest)
	}
	return out
}

// capitalized returns s with its first letter in upper case.
func capitalized(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// inflect returns the forms the matcher derives from a glossary form.
func inflect(lang, form, pos string) []string {
	switch {
	case lang == "en" || strings.HasPrefix(lang, "en-"):
		return english.Forms(form, pos)
	case lang == "ja" || strings.HasPrefix(lang, "ja-"):
		return japaneseStems(form, pos)
	}
	return nil
}

// NeedsMorphology reports whether some term asks for morpheme boundaries, so that Find
// will load kagome (about a second and 100 MiB) the first time such a term is a candidate.
func (m *Matcher) NeedsMorphology() bool { return m.needs }

// Patterns returns the number of distinct normalized patterns and of automaton states.
func (m *Matcher) Patterns() (patterns, states int) { return len(m.patterns), m.ac.nodes() }

// Find returns the occurrences of terms of every language in text, leftmost-longest.
func (m *Matcher) Find(text string) []Occurrence { return m.FindLang(text, "") }

// FindLang returns the occurrences of lang's terms in text ("" for every language), ordered
// by start. Overlapping candidates are resolved leftmost-longest after the case, boundary and
// except checks; when several concepts share the chosen span, each gets an occurrence.
func (m *Matcher) FindLang(text, lang string) []Occurrence { return m.AppendLang(nil, text, lang) }

// AppendLang appends the occurrences FindLang returns to dst and returns the extended
// slice: a caller that matches many texts and keeps no occurrence reuses one buffer.
func (m *Matcher) AppendLang(dst []Occurrence, text, lang string) []Occurrence {
	sc := scratches.Get().(*scratch)
	sc.sh.Reset(text)
	out := m.findShadow(dst, text, sc, lang)
	scratches.Put(sc) // the occurrences point into text, never into the scratch
	return out
}

// scratch is the memory one Find call works in: the normalized copy of the text and the
// candidate matches. It is recycled: a large document is matched paragraph by paragraph,
// and fresh memory for each costs more than the matching.
type scratch struct {
	sh    textnorm.Shadow
	cands []cand
}

var scratches = sync.Pool{New: func() any { return new(scratch) }}

type cand struct {
	s, e   int // shadow offsets
	os, oe int // original offsets
	pat    int32
	ent    int
}

func (m *Matcher) findShadow(out []Occurrence, text string, sc *scratch, lang string) []Occurrence {
	sh := &sc.sh
	cands := sc.cands[:0]
	defer func() { sc.cands = cands[:0] }()
	var bounds map[int]bool // morpheme boundaries, computed on demand
	st := sh.Text
	m.ac.scan(st, func(p int32, end int) {
		start := end - int(m.ac.patLen[p])
		os, oe := sh.Span(start, end)
		for ei := range m.entries[p] {
			e := &m.entries[p][ei]
			if lang != "" && e.lang != lang {
				continue
			}
			if e.caseKey != "" && !e.caseOK(text[os:oe]) {
				continue
			}
			if !m.boundaryOK(e, st, start, end, text, os, oe, &bounds) {
				continue
			}
			if excepted(e, st, start, end) {
				continue
			}
			cands = append(cands, cand{s: start, e: end, os: os, oe: oe, pat: p, ent: ei})
		}
	})
	if len(cands) == 0 {
		return out
	}
	slices.SortStableFunc(cands, func(a, b cand) int {
		if a.s != b.s {
			return a.s - b.s
		}
		return b.e - a.e
	})
	if out == nil {
		out = make([]Occurrence, 0, len(cands))
	}
	first := len(out)
	lastEnd, lastS, lastE := -1, -1, -1
	for _, c := range cands {
		same := c.s == lastS && c.e == lastE
		if c.s < lastEnd && !same {
			continue
		}
		e := &m.entries[c.pat][c.ent]
		if same && len(out) > first && out[len(out)-1].Concept == e.concept && out[len(out)-1].Term == e.term {
			continue // another form of the same term on the same span
		}
		out = append(out, Occurrence{Start: c.os, End: c.oe, Concept: e.concept, Term: e.term, Lang: e.lang, Form: m.patterns[c.pat], Inflected: e.inflected, Kind: e.kind})
		lastS, lastE, lastEnd = c.s, c.e, c.e
	}
	return out
}

// sentenceEnds are the marks after which a Japanese sentence ends.
var sentenceEnds = []string{"\n", "。", "！", "？"}

// SentenceAround returns the sentence of text that holds [os, oe): from just after the
// last sentence end before os to just after the first one at or after oe.
func SentenceAround(text string, os, oe int) (start, end int) {
	end = len(text)
	for _, m := range sentenceEnds {
		if k := strings.LastIndex(text[:os], m); k >= 0 && k+len(m) > start {
			start = k + len(m)
		}
		if k := strings.Index(text[oe:], m); k >= 0 && oe+k+len(m) < end {
			end = oe + k + len(m)
		}
	}
	return start, end
}

// caseOK reports whether the original text of a match of a case-sensitive entry keeps the
// term's capitals: KeyCase(orig) == caseKey, without normalizing orig when it is written
// exactly as the key (KeyCase is idempotent there, which Compile checked).
func (e *entry) caseOK(orig string) bool {
	if e.caseFixed && orig == e.caseKey {
		return true
	}
	return textnorm.KeyCase(orig) == e.caseKey
}

// excepted reports whether the match [s, e) of st lies inside one of the entry's except phrases.
func excepted(en *entry, st string, s, e int) bool {
	form := st[s:e]
	for _, x := range en.except {
		for k := strings.Index(x, form); k >= 0; {
			a := s - k
			if a >= 0 && a+len(x) <= len(st) && st[a:a+len(x)] == x {
				return true
			}
			n := strings.Index(x[k+1:], form)
			if n < 0 {
				break
			}
			k += 1 + n
		}
	}
	return false
}

// runeAt is the rune that starts at s[i], decoded only when it is not ASCII.
func runeAt(s string, i int) rune {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c)
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

// runeBefore is the rune that ends at s[i-1], decoded only when it is not ASCII.
func runeBefore(s string, i int) rune {
	if c := s[i-1]; c < utf8.RuneSelf {
		return rune(c)
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

// boundaryOK applies the entry's boundary policy to the match [s, e) of the shadow st,
// which is [os, oe) of text.
func (m *Matcher) boundaryOK(en *entry, st string, s, e int, text string, os, oe int, bounds *map[int]bool) bool {
	first, last := runeAt(st, s), runeBefore(st, e)
	var before, after rune = -1, -1
	if s > 0 {
		before = runeBefore(st, s)
	}
	if e < len(st) {
		after = runeAt(st, e)
	}
	switch en.boundary {
	case BoundaryNone:
		return true
	case BoundaryWord:
		return wordEdge(first, before) && wordEdge(last, after)
	case BoundaryScript:
		return scriptEdge(first, before) && scriptEdge(last, after)
	case BoundaryMorpheme:
		// Tokenize only the sentence around the match, once per Find call: kagome's
		// lattice does not reach across 。 or a line break, and a long paragraph with
		// one term costs one sentence.
		if *bounds == nil {
			*bounds = map[int]bool{}
		}
		ss, se := SentenceAround(text, os, oe)
		if !(*bounds)[-1-ss] { // a negative key marks a sentence already tokenized
			(*bounds)[-1-ss] = true
			(*bounds)[ss], (*bounds)[se] = true, true
			for _, t := range m.tokenize(text[ss:se]) {
				(*bounds)[ss+t.Start] = true
				(*bounds)[ss+t.End] = true
			}
		}
		return (*bounds)[os] && (*bounds)[oe]
	}
	// Auto: Latin letters and digits need word edges, katakana needs script edges
	// (ワード must not fire inside パスワード), kanji and kana compound freely.
	return autoEdge(first, before) && autoEdge(last, after)
}
