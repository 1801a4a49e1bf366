package match

import (
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/maphash"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

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
	// Tokenize replaces kagome (morph.TokenizeLean) for terms with boundary: morpheme
	// (tests use it). It must return tokens with byte offsets into the text it is given.
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
	ac      *automaton
	patBlob string   // the sorted keys one after the other,
	patOffs []uint32 // key p at patBlob[patOffs[p]:patOffs[p+1]]
	start   []uint32 // pattern p stands for entries[start[p]:start[p+1]]
	entries []entry
	// caseKeys and excepts hold the strings of the entries that have them, [0] none;
	// langNames the languages of the entries.
	caseKeys  []string
	excepts   [][]string
	langNames []string
	concept   func(i int32) *glossary.Concept // an entry's concept, the same pointer each time
	langs     map[string]bool
	needs     bool
	tokenize  func(string) []morph.Token
	nForms    int
	// splits says whether SplitAt may cut a text after 。 (ok) and after an English
	// sentence end (en): no pattern or except phrase holds the mark; found once asked.
	splits struct {
		once   sync.Once
		ok, en bool
	}
}

// entry is one (concept, term, form) behind a pattern. A large glossary has millions: an
// entry names its concept and term by number, its strings by their index in the
// matcher's tables, and takes 20 bytes.
type entry struct {
	concept  int32  // index in the glossary
	caseKey  int32  // index in caseKeys; non-zero: the match must equal that key under KeyCase
	except   int32  // index in excepts: the keys of the except phrases
	lang     uint16 // index in langNames
	term     uint16 // index of the term in the concept's terms in lang
	boundary uint8  // index in boundaries
	flags    uint8
	kind     Kind
}

// Entry flags.
const (
	caseFixed  uint8 = 1 << iota // KeyCase(caseKey) == caseKey: a match written as caseKey passes as it is
	inflected                    // the form was derived by the matcher
	termText                     // the form is the term's own text, not a listed form or an inflection
	approved                     // the term is preferred or admitted
	determined                   // a short form's head noun: a determiner or a possessive must precede it, and the match starts there
	spelled                      // the glossary writes the form's key in two spellings: caseKey holds the form unfolded, which the match must equal
	caseless                     // with spelled: the form is compared in any case (textnorm.Key), not as written (textnorm.KeyCase)
	capHead                      // a determined head declared capitalized ("the Alliance"): written in lower case, it needs a definite determiner
)

// boundaries are the boundary policies by their number in an entry.
var boundaries = []string{BoundaryAuto, BoundaryNone, BoundaryScript, BoundaryMorpheme, BoundaryWord}

// The numbers of the boundary policies.
const (
	boundaryAuto uint8 = iota
	boundaryNone
	boundaryScript
	boundaryMorpheme
	boundaryWord
)

// Compile builds a matcher over every term and form of g's concepts.
func Compile(g *glossary.Glossary, opts Options) (*Matcher, error) {
	if g == nil {
		return nil, errors.New("match: no glossary")
	}
	each := func(yield func(int, *glossary.Concept) bool) {
		for i, c := range g.Concepts {
			if !yield(i, c) {
				return
			}
		}
	}
	concepts := g.Concepts
	return compileFrom(each, func(i int32) *glossary.Concept { return concepts[i] }, opts)
}

// CompileIndex is [Compile] for the glossary of ix, read one concept at a time: the
// matcher holds no concept, and decodes the concept of an occurrence ([glossary.Index.At])
// when it finds one. A large glossary checked against a small text needs a few of its
// concepts, not hundreds of thousands. For an index from the compiled cache the matcher is
// kept beside it and mapped from there the next time (see cache.go).
func CompileIndex(ix *glossary.Index, opts Options) (*Matcher, error) {
	if ix == nil {
		return nil, errors.New("match: no glossary")
	}
	concept := func(i int32) *glossary.Concept { return ix.At(int(i)) }
	if opts.Derived && ix.NoDerivedForms() {
		// no short form, verb or adjective anywhere: an empty matcher, no concept read
		return compileFrom(func(func(int, *glossary.Concept) bool) {}, concept, opts)
	}
	compile := func() (*Matcher, error) { return compileFrom(ix.Lean(), concept, opts) }
	file := ix.CacheFile(cacheName(opts))
	if file == "" {
		return compile()
	}
	m, err := cachedMatcher(file, compile)
	if err != nil {
		return nil, err
	}
	m.concept, m.tokenize = concept, opts.Tokenize
	if m.tokenize == nil {
		m.tokenize = morph.TokenizeLean
	}
	return m, nil
}

func compileFrom(each func(func(int, *glossary.Concept) bool), concept func(int32) *glossary.Concept, opts Options) (*Matcher, error) {
	m := &Matcher{tokenize: opts.Tokenize, concept: concept, caseKeys: []string{""}, excepts: [][]string{nil}}
	if m.tokenize == nil {
		m.tokenize = morph.TokenizeLean
	}
	if opts.Langs != nil {
		m.langs = map[string]bool{}
		for _, l := range opts.Langs {
			m.langs[l] = true
		}
	}
	langNum := map[string]uint16{}
	// Each key's entries, found with one lookup a form: a large glossary has hundreds of
	// thousands of keys, and every lookup is a cache miss. The keys are held one after
	// the other in one block (keyTable), not a string each: EDICT has a million, and a
	// string each, with a Go map over them, made a million small objects for the
	// collector to trace on every cycle of the compile. The entries are in one array in
	// the order they are added, each key's chained by next from head to tail (a slice of
	// entries for each key made as many objects again).
	type chain struct {
		head, tail int32 // the key's first and last entry in flat, -1 for none
	}
	var keys keyTable
	var chains []chain // by key number
	var flat []entry
	var next []int32 // the next entry of the same key in flat, -1 for none
	// The unfolded keys of the entries whose form the fold changes (see spelled), by
	// their index in flat: most forms have none, and an entry without one has its key
	// and caseKey as its unfolded keys.
	type rawKey struct {
		key, caseKey string
		list         int32 // the index of the entry's key in keys
	}
	rawDiff := map[int32]rawKey{}
	rawOf := func(fi int32, li int32) rawKey {
		if r, ok := rawDiff[fi]; ok {
			return r
		}
		r := rawKey{key: keys.key(li), list: li}
		if e := &flat[fi]; e.caseKey != 0 {
			r.caseKey = m.caseKeys[e.caseKey]
		}
		return r
	}
	// addEntry adds the entry base with form, written as in term t, under the form's key,
	// unless the key has it already; it reports whether the form has a key.
	addEntry := func(base entry, t *glossary.Term, form string, flags uint8, kind Kind) bool {
		raw := textnorm.QuickKey(form)
		k := textnorm.Fold(raw)
		if k == "" {
			return false
		}
		e := base
		e.flags |= flags
		e.kind = kind
		caseKey := ""
		if caseSensitive(t, form) {
			caseKey = textnorm.Fold(textnorm.KeyCase(form))
			if textnorm.Fold(textnorm.KeyCase(caseKey)) == caseKey {
				e.flags |= caseFixed
			}
		}
		li, added := keys.add(k)
		if added {
			chains = append(chains, chain{-1, -1})
		}
		for i := chains[li].head; i >= 0; i = next[i] {
			old := &flat[i]
			if old.concept == e.concept && old.lang == e.lang && old.term == e.term && m.caseKeys[old.caseKey] == caseKey && old.kind == kind {
				return true
			}
		}
		if caseKey != "" {
			e.caseKey = int32(len(m.caseKeys))
			m.caseKeys = append(m.caseKeys, caseKey)
		}
		fi := int32(len(flat))
		flat = append(flat, e)
		next = append(next, -1)
		if kl := &chains[li]; kl.tail >= 0 {
			next[kl.tail] = fi
			kl.tail = fi
		} else {
			kl.head, kl.tail = fi, fi
		}
		rawCase := ""
		if caseKey != "" {
			rawCase = textnorm.KeyCase(form)
		}
		if raw != k || rawCase != caseKey {
			rawDiff[fi] = rawKey{key: raw, caseKey: rawCase, list: li}
		}
		m.nForms++
		return true
	}
	// English forms respelled with a space or nothing for a hyphen between letters, or
	// with a pair of country names in the other order, added once every written form has
	// its key (see hyphenVariants and orderVariants).
	type respelling struct {
		base  entry
		t     *glossary.Term
		form  string
		flags uint8
	}
	var respelled []respelling
	var err error
	each(func(ci int, c *glossary.Concept) bool {
		if c.Status == glossary.Retired {
			return true
		}
		for lang, terms := range c.Terms {
			if m.langs != nil && !m.langs[lang] {
				continue
			}
			ln, ok := langNum[lang]
			if !ok {
				if len(m.langNames) > 0xFFFF {
					err = fmt.Errorf("match: more than %d languages", 0xFFFF)
					return false
				}
				ln = uint16(len(m.langNames))
				langNum[lang] = ln
				m.langNames = append(m.langNames, lang)
			}
			for ti, t := range terms {
				if err = checkBoundary(t.Boundary); err != nil {
					err = fmt.Errorf("match: concept %s, term %q: %w", c.ID, t.Text, err)
					return false
				}
				if ti > 0xFFFF {
					err = fmt.Errorf("match: concept %s has more than %d terms in %s", c.ID, 0xFFFF, lang)
					return false
				}
				if t.Boundary == BoundaryMorpheme {
					m.needs = true
				}
				exceptAt := int32(0)
				for _, x := range t.Except {
					if k := textnorm.Fold(textnorm.QuickKey(x)); k != "" {
						if exceptAt == 0 {
							exceptAt = int32(len(m.excepts))
							m.excepts = append(m.excepts, nil)
						}
						m.excepts[exceptAt] = append(m.excepts[exceptAt], k)
					}
				}
				base := entry{concept: int32(ci), lang: ln, term: uint16(ti), except: exceptAt,
					boundary: uint8(slices.Index(boundaries, t.Boundary))}
				if t.Status.Allowed() {
					base.flags |= approved
				}
				add := func(form string, flags uint8, kind Kind) {
					if addEntry(base, t, form, flags, kind) && !opts.NoInflection && kind == KindTerm && isEnglish(lang) {
						for _, v := range append(hyphenVariants(form, !t.Status.Allowed()), orderVariants(form)...) {
							respelled = append(respelled, respelling{base: base, t: t, form: v, flags: flags | inflected})
						}
					}
				}
				if opts.Derived {
					if !t.Status.Allowed() {
						continue
					}
					for _, f := range t.Short {
						if head, ok := articleHead(lang, f); ok {
							// "the Alliance": "an Alliance", "our Alliance", "the
							// Alliance's", "our two countries' Alliance" (determinerBefore)
							flags := determined
							if r, _ := utf8.DecodeRuneInString(head); unicode.IsUpper(r) {
								flags |= capHead
							}
							add(head, flags, KindShort)
							continue
						}
						add(f, 0, KindShort)
						if up := capitalized(f); up != f && caseSensitive(t, f) {
							add(up, 0, KindShort) // a short form opens a sentence capitalized
						}
					}
					if t.Verb != "" {
						add(t.Verb, 0, KindVerb)
						if !opts.NoInflection {
							for _, x := range inflect(lang, t.Verb, "verb") {
								add(x, inflected, KindVerb)
							}
						}
					}
					if t.Adjective != "" {
						add(t.Adjective, 0, KindAdjective)
					}
					continue
				}
				for fi, f := range append([]string{t.Text}, t.Forms...) {
					if fi == 0 {
						add(f, termText, KindTerm)
					} else {
						add(f, 0, KindTerm)
					}
					if opts.NoInflection {
						continue
					}
					for _, x := range inflect(lang, f, t.PartOfSpeech) {
						add(x, inflected, KindTerm)
					}
				}
			}
		}
		return true
	})
	if err != nil {
		return nil, err
	}
	// A respelling whose key is a form of its own in the glossary is not added: where the
	// glossary writes both spellings (nonproliferation, non-proliferation), possibly with
	// different statuses, the spelling decides. A form written with the respelling's
	// unfolded key has the folded one, so it is among that key's entries.
	nWritten := int32(len(flat))
	writtenAs := func(raw string) bool {
		li := keys.find(textnorm.Fold(raw))
		if li < 0 {
			return false
		}
		for i := chains[li].head; i >= 0 && i < nWritten; i = next[i] {
			if rawOf(i, li).key == raw {
				return true
			}
		}
		return false
	}
	for _, r := range respelled {
		if writtenAs(textnorm.QuickKey(r.form)) {
			continue
		}
		addEntry(r.base, r.t, r.form, r.flags, KindTerm)
	}
	respelled = nil
	keys.slots = nil
	// Where the glossary writes one key in two spellings that the fold makes one
	// (Ministry of Defense preferred, Ministry of Defence forbidden: a house style), the
	// spelling decides, as it does for hyphens: each entry under that key matches only
	// its own spelling.
	// Only a key with an entry whose fold changed its form can have two.
	var folded []int32
	for _, r := range rawDiff {
		folded = append(folded, r.list)
	}
	slices.Sort(folded)
	for _, li := range slices.Compact(folded) {
		first := rawOf(chains[li].head, li).key
		two := false
		for i := next[chains[li].head]; i >= 0 && !two; i = next[i] {
			two = rawOf(i, li).key != first
		}
		if !two {
			continue
		}
		for i := chains[li].head; i >= 0; i = next[i] {
			e, r := &flat[i], rawOf(i, li)
			e.flags |= spelled
			e.flags &^= caseFixed
			key := r.caseKey
			if key == "" {
				key = r.key
				e.flags |= caseless
				e.flags |= caseFixed // Key(key) == key
			} else if textnorm.KeyCase(key) == key {
				e.flags |= caseFixed
			}
			e.caseKey = int32(len(m.caseKeys))
			m.caseKeys = append(m.caseKeys, key)
		}
	}
	rawDiff = nil
	// Sort by the first 16 bytes held as two integers beside each key, and by the whole
	// strings only where those tie: comparing strings scattered over the heap costs a
	// cache miss each, which on a large glossary outweighs the comparing.
	type sortable struct {
		hi, lo uint64
		k      int32 // index in keys
	}
	n := keys.len()
	order := make([]sortable, n)
	for i := range order {
		var b [16]byte
		copy(b[:], keys.key(int32(i)))
		order[i] = sortable{binary.BigEndian.Uint64(b[:8]), binary.BigEndian.Uint64(b[8:]), int32(i)}
	}
	slices.SortFunc(order, func(a, b sortable) int {
		if c := cmp.Compare(a.hi, b.hi); c != 0 {
			return c
		}
		if c := cmp.Compare(a.lo, b.lo); c != 0 {
			return c
		}
		return strings.Compare(keys.key(a.k), keys.key(b.k))
	})
	// The keys in pattern order, in one block as a matcher read from its file has them,
	// and the entries in one array in the same order: one allocation each.
	blob := make([]byte, 0, len(keys.blob))
	m.patOffs = make([]uint32, n+1)
	m.start = make([]uint32, n+1)
	m.entries = make([]entry, 0, m.nForms)
	for i, o := range order {
		m.patOffs[i] = uint32(len(blob))
		blob = append(blob, keys.key(o.k)...)
		m.start[i] = uint32(len(m.entries))
		for e := chains[o.k].head; e >= 0; e = next[e] {
			m.entries = append(m.entries, flat[e])
		}
	}
	m.patOffs[n] = uint32(len(blob))
	m.start[n] = uint32(len(m.entries))
	m.patBlob = unsafe.String(unsafe.SliceData(blob), len(blob))     // never written again
	keys, chains, flat, next, order = keyTable{}, nil, nil, nil, nil // let go before the automaton is built
	m.ac = build(patSet{m.patBlob, m.patOffs})
	return m, nil
}

// keyTable is a set of keys numbered in the order they are added: the keys one after the
// other in blob, found through an open-addressing table of their hashes.
type keyTable struct {
	blob  []byte
	offs  []uint32 // key i at blob[offs[i]:offs[i+1]]; empty until the first key
	slots []uint64 // the low 32 bits of a key's hash, then its number plus one; 0 is free
	seed  maphash.Seed
}

// len returns the number of keys.
func (t *keyTable) len() int { return max(len(t.offs)-1, 0) }

// key returns key i. The string shares the table's memory, which is never written over.
func (t *keyTable) key(i int32) string {
	b := t.blob[t.offs[i]:t.offs[i+1]]
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// find returns the number of k, or -1.
func (t *keyTable) find(k string) int32 {
	if len(t.slots) == 0 {
		return -1
	}
	h := uint32(maphash.String(t.seed, k))
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			return -1
		}
		if uint32(s>>32) == h && t.key(int32(uint32(s)-1)) == k {
			return int32(uint32(s) - 1)
		}
	}
}

// add returns the number of k, adding it if it is new (added).
func (t *keyTable) add(k string) (i int32, added bool) {
	if len(t.slots) == 0 {
		t.seed = maphash.MakeSeed()
		t.slots = make([]uint64, 1<<10)
		t.offs = []uint32{0}
	}
	h := uint32(maphash.String(t.seed, k))
	mask := uint32(len(t.slots) - 1)
	j := h & mask
	for ; t.slots[j] != 0; j = (j + 1) & mask {
		if s := t.slots[j]; uint32(s>>32) == h && t.key(int32(uint32(s)-1)) == k {
			return int32(uint32(s) - 1), false
		}
	}
	i = int32(t.len())
	t.blob = append(t.blob, k...)
	t.offs = append(t.offs, uint32(len(t.blob)))
	t.slots[j] = uint64(h)<<32 | uint64(i+1)
	if 2*t.len() > len(t.slots) { // at most half full
		t.grow()
	}
	return i, true
}

// grow doubles the table, placing each key by the hash bits its slot holds.
func (t *keyTable) grow() {
	slots := make([]uint64, 2*len(t.slots))
	mask := uint32(len(slots) - 1)
	for _, s := range t.slots {
		if s == 0 {
			continue
		}
		j := uint32(s>>32) & mask
		for slots[j] != 0 {
			j = (j + 1) & mask
		}
		slots[j] = s
	}
	t.slots = slots
}

// entriesOf returns the entries of pattern p.
func (m *Matcher) entriesOf(p int32) []entry { return m.entries[m.start[p]:m.start[p+1]] }

// langOf returns the number of lang in the entries, or -1 when no entry has it.
func (m *Matcher) langOf(lang string) int {
	return slices.Index(m.langNames, lang)
}

// term returns the concept and term of e.
func (m *Matcher) term(e *entry) (*glossary.Concept, *glossary.Term) {
	c := m.concept(e.concept)
	terms := c.Terms[m.langNames[e.lang]]
	if int(e.term) >= len(terms) {
		return c, &glossary.Term{} // a damaged cache record decodes as an empty concept
	}
	return c, terms[e.term]
}

// Concepts returns the concepts that have a form of the given kind in the matcher, each
// once, in glossary order (KindShort in a matcher compiled with Options.Derived: the
// concepts with short forms of preferred or admitted terms).
func (m *Matcher) Concepts(kind Kind) []*glossary.Concept {
	var idx []int32
	for i := range m.entries {
		if e := &m.entries[i]; e.kind == kind {
			idx = append(idx, e.concept)
		}
	}
	slices.Sort(idx)
	idx = slices.Compact(idx)
	out := make([]*glossary.Concept, len(idx))
	for i, ci := range idx {
		out[i] = m.concept(ci)
	}
	return out
}

// AllowedElsewhere reports whether the text with the given key (textnorm.Key) is the
// preferred or admitted term in lang of a concept other than c. It answers for the
// terms the matcher was compiled with (not with Options.Derived).
func (m *Matcher) AllowedElsewhere(key, lang string, c *glossary.Concept) bool {
	key = textnorm.Fold(key)
	p, ok := sort.Find(m.numPatterns(), func(i int) int { return strings.Compare(key, m.pattern(i)) })
	if !ok {
		return false
	}
	ln := m.langOf(lang)
	for i := range m.entriesOf(int32(p)) {
		e := &m.entriesOf(int32(p))[i]
		if int(e.lang) == ln && e.flags&(termText|approved) == termText|approved && m.concept(e.concept) != c {
			return true
		}
	}
	return false
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

// determiners are the English words that open a noun phrase whose head is a short form's
// head: a short form declared with the article ("the Alliance") names its concept with
// any of them ("an Alliance that has become a cornerstone", "our Alliance", "this
// Treaty"), as the article only says how the writer refers to it.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"our": true, "your": true, "their": true, "its": true, "his": true, "her": true, "my": true,
	"each": true, "every": true, "another": true}

// indefinite are the determiners that introduce a new referent: a short form's head after
// one, in lower case, is the common noun, not the name ("an alliance", "every alliance").
var indefinite = map[string]bool{"a": true, "an": true, "another": true, "each": true, "every": true}

// articleHead returns the head noun phrase of an English short form declared with a
// leading article ("the Alliance": "Alliance").
func articleHead(lang, form string) (string, bool) {
	if !(lang == "en" || strings.HasPrefix(lang, "en-")) {
		return "", false
	}
	for _, a := range []string{"the ", "The ", "a ", "an "} {
		if rest, ok := strings.CutPrefix(form, a); ok && strings.TrimSpace(rest) != "" {
			return rest, true
		}
	}
	return "", false
}

// determinerBefore returns the start of the word before the match at s of the shadow st
// when it is a determiner (determiners) or a possessive ("Japan's", "our two countries'"),
// which makes the match the head of a noun phrase the word opens.
func determinerBefore(st string, s int) (int, bool) {
	if s < 2 || st[s-1] != ' ' {
		return 0, false
	}
	e := s - 1
	i := e
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(st[:i])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && r != '.' && r != '-' {
			break
		}
		i -= n
	}
	w := st[i:e]
	if determiners[w] {
		return i, true
	}
	for _, p := range []string{"'s", "’s", "s'", "s’"} {
		if strings.HasSuffix(w, p) && len(w) > len(p) {
			return i, true
		}
	}
	return 0, false
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
// will load kagome's lean dictionary (about 0.2 s and 18 MiB of heap) the first time such a term is a candidate.
func (m *Matcher) NeedsMorphology() bool { return m.needs }

// Patterns returns the number of distinct normalized patterns and of automaton states.
func (m *Matcher) Patterns() (patterns, states int) { return m.numPatterns(), m.ac.nodes() }

func (m *Matcher) numPatterns() int { return len(m.patOffs) - 1 }

// pattern returns key p.
func (m *Matcher) pattern(p int) string { return m.patBlob[m.patOffs[p]:m.patOffs[p+1]] }

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
	sc.sh.Fold()
	out := m.findShadow(dst, text, sc, lang, false)
	scratches.Put(sc) // the occurrences point into text, never into the scratch
	return out
}

// AppendNested is [Matcher.AppendLang] without the leftmost-longest choice: it appends
// every occurrence that passes the case, boundary and except checks, those inside or
// overlapping a longer one included (防衛協力 in 日米防衛協力のための指針), ordered by
// start and then longest first. A caller asks what a text contains with it, where the
// longest term says what the text means but each term inside it is still written there.
func (m *Matcher) AppendNested(dst []Occurrence, text, lang string) []Occurrence {
	sc := scratches.Get().(*scratch)
	sc.sh.Reset(text)
	sc.sh.Fold()
	out := m.findShadow(dst, text, sc, lang, true)
	scratches.Put(sc)
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

func (m *Matcher) findShadow(out []Occurrence, text string, sc *scratch, lang string, nested bool) []Occurrence {
	sh := &sc.sh
	cands := sc.cands[:0]
	defer func() { sc.cands = cands[:0] }()
	var bounds map[int]bool // morpheme boundaries, computed on demand
	st := sh.Text
	ln := -1
	if lang != "" {
		if ln = m.langOf(lang); ln < 0 {
			return out // no term in lang
		}
	}
	m.ac.scan(st, func(p int32, end int) {
		start := end - int(m.ac.patLen[p])
		os, oe := sh.Span(start, end)
		entries := m.entriesOf(p)
		for ei := range entries {
			e := &entries[ei]
			if ln >= 0 && int(e.lang) != ln {
				continue
			}
			if e.caseKey != 0 && !m.caseOK(e, text[os:oe]) {
				continue
			}
			if !m.boundaryOK(e, st, start, end, text, os, oe, &bounds) {
				continue
			}
			if e.except != 0 && excepted(m.excepts[e.except], st, start, end) {
				continue
			}
			if e.flags&determined != 0 {
				ds, ok := determinerBefore(st, start)
				if !ok {
					continue
				}
				if r, _ := utf8.DecodeRuneInString(text[os:oe]); e.flags&capHead != 0 && unicode.IsLower(r) && indefinite[st[ds:start-1]] {
					// The name's head in lower case is a common noun ("an alliance with
					// shared values"), unless a definite determiner or a possessive
					// points back at the named one ("the alliance", "our alliance").
					continue
				}
				dos, _ := sh.Span(ds, end)
				cands = append(cands, cand{s: ds, e: end, os: dos, oe: oe, pat: p, ent: ei})
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
		if c.s < lastEnd && !same && !nested {
			continue
		}
		e := &m.entriesOf(c.pat)[c.ent]
		concept, term := m.term(e)
		if same && len(out) > first && out[len(out)-1].Concept == concept && out[len(out)-1].Term == term {
			continue // another form of the same term on the same span
		}
		out = append(out, Occurrence{Start: c.os, End: c.oe, Concept: concept, Term: term, Lang: m.langNames[e.lang], Form: m.pattern(int(c.pat)), Inflected: e.flags&inflected != 0, Kind: e.kind})
		lastS, lastE, lastEnd = c.s, c.e, c.e
	}
	return out
}

// SplitAt returns the first offset at or after from where text may be cut in two so that
// AppendLang finds in the two parts (the second's offsets moved by the cut) just what it
// finds in the whole, or len(text) where there is none. A caller bounds the memory of
// matching a text of many megabytes, a paragraph written as one line, by matching it a
// part at a time: what one Find call holds (the normalized text, its map back, the
// candidates and occurrences) grows with its text.
//
// A Japanese cut is just after a 。 followed by kana or kanji, when no term and no except
// phrase holds a 。: no match then reaches across it, the automaton is back at its start
// after it, a term's edge and determiner are judged alike on either side (a 。 is no
// letter, no space, no determiner, and kana and kanji combine with nothing before them
// under NFKC), and a sentence a morpheme boundary tokenizes ends there anyway.
//
// An English cut is just after the space of ". ", "? " or "! " followed by an upper-case
// ASCII letter, the word before the mark a lower-case word of three letters or more (a
// sentence end, not U.S. or Gen.), when no term and no except phrase could match across
// it (spansEnglishEnd: their keys fold every run of white space to one) and no term asks
// for morpheme boundaries (the sentence tokenized around such a term reaches across an
// English sentence end). No match then reaches across the cut; a term's edge is judged
// alike after a space as at the start of a text (neither is a letter, a digit or
// katakana); a determiner before a term is a word right before it, and the word before
// the first one of the second part ends in the mark, which no determiner or possessive
// does; the word folds (spelling, counters) stop at the mark; and the letter after the
// space combines with nothing before it under NFKC.
func (m *Matcher) SplitAt(text string, from int) int {
	m.splits.once.Do(func() {
		m.splits.ok = !m.holds(splitMark)
		m.splits.en = !m.needs && !m.spansEnglishEnd()
	})
	end := len(text)
	if m.splits.ok {
		end = jaSplit(text, from)
	}
	if m.splits.en {
		end = enSplit(text, from, end)
	}
	return end
}

// jaSplit returns the first offset at or after from just after a 。 followed by kana or
// kanji, or len(text).
func jaSplit(text string, from int) int {
	for i := from; i < len(text); {
		k := strings.Index(text[i:], splitMark)
		if k < 0 {
			break
		}
		i += k + len(splitMark)
		if r, _ := utf8.DecodeRuneInString(text[i:]); r >= 0x3041 && r <= 0x3096 || r >= 0x30A1 && r <= 0x30FA || r >= 0x4E00 && r <= 0x9FFF {
			return i
		}
	}
	return len(text)
}

// enSplit returns the first offset at or after from, and before end, just after an
// English sentence end (., ? or ! and a space) followed by an upper-case ASCII letter, the word
// before the mark a lower-case word of three letters or more, after no letter, digit,
// period or non-ASCII byte; end where there is none.
func enSplit(text string, from, end int) int {
	for p := max(from-1, 0); p < end; p++ { // p: a space, the cut just after it
		k := strings.IndexByte(text[p:end], ' ')
		if k < 0 {
			break
		}
		p += k
		c := p + 1
		if p < 1 || c >= end || !isEnMark(text[p-1]) || text[c] < 'A' || text[c] > 'Z' {
			continue
		}
		w := p - 1 // the start of the word before the mark
		for w > 0 && text[w-1] >= 'a' && text[w-1] <= 'z' {
			w--
		}
		if p-1-w < 3 {
			continue
		}
		if w > 0 {
			if b := text[w-1]; b >= utf8.RuneSelf || b == '.' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' {
				continue // part of a longer word or of an abbreviation
			}
		}
		return c
	}
	return end
}

func isEnMark(c byte) bool { return c == '.' || c == '?' || c == '!' }

// splitMark is the mark after which SplitAt cuts a Japanese text.
const splitMark = "。"

// spansEnglishEnd reports whether a pattern or an except phrase of m could match across
// a cut of enSplit: whether it holds a mark of enSplitMarks whose word before, in the key,
// runs back to the key's start, or is of three letters or more after something that is
// no letter, digit or period. A key's word before a mark is folded like the text's (to
// lower case, in the same spelling), so a key that matched across the cut would hold,
// before the mark, the whole lower-case word of three letters or more of the text and the
// byte before it, or an end of that word: "u.s. forces japan" never matches there, "gen.
// smith" and "forces. japan" might.
func (m *Matcher) spansEnglishEnd() bool {
	spans := func(key string) bool {
		for i := 0; i+1 < len(key); i++ {
			if key[i+1] != ' ' || !isEnMark(key[i]) {
				continue
			}
			w := i
			for w > 0 && isASCIILetter(key[w-1]) {
				w--
			}
			if w == 0 {
				return true
			}
			if b := key[w-1]; i-w >= 3 && b != '.' && (b < '0' || b > '9') {
				return true
			}
		}
		return false
	}
	return m.anyKey(spans)
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// holds reports whether a pattern or an except phrase of m contains s.
func (m *Matcher) holds(s string) bool {
	return m.anyKey(func(k string) bool { return strings.Contains(k, s) })
}

// anyKey reports whether f holds for a pattern or an except phrase of m.
func (m *Matcher) anyKey(f func(string) bool) bool {
	for p := range m.numPatterns() {
		if f(m.pattern(p)) {
			return true
		}
	}
	for _, x := range m.excepts {
		for _, p := range x {
			if f(p) {
				return true
			}
		}
	}
	return false
}

// sentenceEnds are the marks after which a Japanese sentence ends.
var sentenceEnds = []string{"\n", "。", "！", "？"}

// SentenceAround returns the sentence of text that holds [os, oe): from just after the
// last sentence end before os to just after the first one at or after oe. It reads from
// os back and from oe on only as far as those ends: a line of many megabytes with no line
// break is read a sentence per call, not to its start and its end for every match.
func SentenceAround(text string, os, oe int) (start, end int) {
	for start = os; start > 0 && !endsSentence(text[:start]); start-- {
	}
	for end = oe; end < len(text); end++ {
		if m, ok := sentenceEndAt(text, end); ok {
			return start, end + len(m)
		}
	}
	return start, len(text)
}

// endsSentence reports whether s ends with one of sentenceEnds.
func endsSentence(s string) bool {
	switch s[len(s)-1] {
	case '\n', 0x82, 0x81, 0x9f: // the last bytes of sentenceEnds
		for _, m := range sentenceEnds {
			if strings.HasSuffix(s, m) {
				return true
			}
		}
	}
	return false
}

// sentenceEndAt returns the one of sentenceEnds that starts at text[i], if one does.
func sentenceEndAt(text string, i int) (string, bool) {
	switch text[i] {
	case '\n', 0xe3, 0xef: // the first bytes of sentenceEnds
		for _, m := range sentenceEnds {
			if strings.HasPrefix(text[i:], m) {
				return m, true
			}
		}
	}
	return "", false
}

// caseOK reports whether the original text of a match of a case-sensitive entry keeps the
// term's capitals: Fold(KeyCase(orig)) == caseKey, without normalizing orig when it is
// written exactly as the key (the normalization is idempotent there, which Compile
// checked); for a spelled entry, whether it keeps the form's spelling too.
func (m *Matcher) caseOK(e *entry, orig string) bool {
	key := m.caseKeys[e.caseKey]
	if e.flags&caseFixed != 0 && orig == key {
		return true
	}
	switch {
	case e.flags&spelled == 0:
		return textnorm.Fold(textnorm.KeyCase(orig)) == key
	case e.flags&caseless != 0:
		return textnorm.Key(orig) == key
	}
	return textnorm.KeyCase(orig) == key
}

// excepted reports whether the match [s, e) of st lies inside one of the except phrases.
func excepted(except []string, st string, s, e int) bool {
	form := st[s:e]
	for _, x := range except {
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
	case boundaryNone:
		return true
	case boundaryWord:
		return wordEdge(first, before) && wordEdge(last, after)
	case boundaryScript:
		return scriptEdge(first, before) && scriptEdge(last, after)
	case boundaryMorpheme:
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
