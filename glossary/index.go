package glossary

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"iter"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/glossterm/gloss/internal/editdist"
	"github.com/glossterm/gloss/internal/textnorm"
)

// Index answers lookups on a glossary by normalized term. Build it with [NewIndex], or
// open the cached index of a large file with [OpenIndex]; it is read-only and safe for
// concurrent use.
//
// Keys live in two sorted tables, one of [textnorm.Key] and one of the looser key
// ([textnorm.Loose] of the plural-folded key, with the spelling fold of [textnorm.Fold]:
// defence is defense, 三か国 is 3カ国, a variant match), each a byte blob with an offset array, so
// that a cached index is searched where it lies, without building maps.
type Index struct {
	langs     []string // language of each ref's lang number
	languages []string // the glossary's declared languages
	file      string   // the file the glossary was read from
	version   int      // the glossary's version and comment, for a cached index
	comment   string
	exact     table
	loose     table
	concept   func(i int32) *Concept    // the concept with index i
	all       func() *Glossary          // the whole glossary
	each      func(func(*Concept) bool) // the concepts in order, not kept
	lean      func(func(*Concept) bool) // each decoded without field positions (cache only)
	n         int                       // the number of concepts
	cached    string                    // the compiled cache it was read from, if any
	noDerived bool                      // no term has a short form, a verb or an adjective
}

// table is a sorted list of keys: key i is blob[offs[i]:offs[i+1]-1] (each key ends with
// '\n'), and refs[i] is the term it belongs to.
type table struct {
	blob []byte
	offs []uint32
	refs []ref
}

type ref struct {
	Concept int32
	Lang    uint16
	Term    uint16
}

// MatchKind says how a query met a term.
type MatchKind string

// Match kinds, best first.
const (
	ExactMatch   MatchKind = "exact"   // the same normalized text
	VariantMatch MatchKind = "variant" // equal but for spaces, hyphens, dots or an English plural
	PartialMatch MatchKind = "partial" // the query is a part of the term
)

// Match is one concept found by a lookup, with the term the query met.
type Match struct {
	Concept *Concept
	Lang    string
	Term    *Term
	Kind    MatchKind
	Score   float64 // 0–1; higher is better
}

// Result is the answer to one lookup.
type Result struct {
	Query       string
	Matches     []Match  // best first; one per concept
	Suggestions []string // "did you mean" terms, when nothing matched
}

// NewIndex indexes every term of g.
func NewIndex(g *Glossary) *Index {
	var b indexBuilder
	for _, c := range g.Concepts {
		b.add(c)
	}
	ix := b.index(g)
	setConcepts(ix, g)
	return ix
}

// conceptsIndex returns an index of g without lookup tables.
func conceptsIndex(g *Glossary) *Index {
	ix := &Index{languages: g.Languages, exact: table{offs: []uint32{0}}, loose: table{offs: []uint32{0}}}
	for _, c := range g.Concepts {
		for _, l := range c.LangOrder {
			if !slices.Contains(ix.langs, l) {
				ix.langs = append(ix.langs, l)
			}
		}
	}
	setConcepts(ix, g)
	return ix
}

// setConcepts points ix at the concepts of g.
func setConcepts(ix *Index, g *Glossary) {
	ix.n = len(g.Concepts)
	ix.file = g.File
	ix.concept = func(i int32) *Concept { return g.Concepts[i] }
	ix.all = func() *Glossary { return g }
	ix.each = func(yield func(*Concept) bool) {
		for _, c := range g.Concepts {
			if !yield(c) {
				return
			}
		}
	}
}

// indexBuilder collects the keys of concepts added one at a time, numbered in the order
// they come, so that a glossary can be indexed as it is parsed.
type indexBuilder struct {
	langs        []string
	langNum      map[string]uint16
	exact, loose []keyRef
	n            int32
	derived      bool // some term has a short form, a verb or an adjective
}

func (b *indexBuilder) add(c *Concept) {
	if b.langNum == nil {
		b.langNum = map[string]uint16{}
	}
	ci := b.n
	b.n++
	for _, lang := range c.LangOrder {
		n, ok := b.langNum[lang]
		if !ok {
			n = uint16(len(b.langs))
			b.langNum[lang] = n
			b.langs = append(b.langs, lang)
		}
		for ti, t := range c.Terms[lang] {
			if len(t.Short) > 0 || t.Verb != "" || t.Adjective != "" {
				b.derived = true
			}
			key := textnorm.Key(t.Text)
			if key == "" || ti > 0xFFFF {
				continue
			}
			r := ref{ci, n, uint16(ti)}
			exact := keyRef{key, r}
			b.exact = append(b.exact, exact)
			if loose := textnorm.Loose(textnorm.Plural(textnorm.Fold(key))); loose == key {
				b.loose = append(b.loose, exact)
			} else {
				b.loose = append(b.loose, keyRef{loose, r})
			}
		}
	}
}

// index returns the tables of the keys added, for a glossary whose head is g; its
// concept functions are the caller's to set.
func (b *indexBuilder) index(g *Glossary) *Index {
	ix := &Index{languages: g.Languages, langs: b.langs, noDerived: !b.derived}
	done := make(chan struct{})
	go func() { // the two tables sort on two cores
		ix.loose = buildTable(b.loose)
		close(done)
	}()
	ix.exact = buildTable(b.exact)
	<-done
	b.exact, b.loose = nil, nil
	return ix
}

type keyRef struct {
	key string
	ref ref
}

func buildTable(list []keyRef) table {
	// The first eight bytes of each key, big-endian, decide most comparisons without
	// reaching the key's bytes elsewhere in memory.
	type sortRef struct {
		head uint64
		i    int32
	}
	keys := make([]sortRef, len(list))
	for i, kr := range list {
		var h [8]byte
		copy(h[:], kr.key)
		keys[i] = sortRef{binary.BigEndian.Uint64(h[:]), int32(i)}
	}
	compare := func(x, y sortRef) int {
		if x.head != y.head {
			return cmp.Compare(x.head, y.head)
		}
		kx, ky := &list[x.i], &list[y.i]
		if len(kx.key) > 8 || len(ky.key) > 8 {
			if c := strings.Compare(kx.key, ky.key); c != 0 {
				return c
			}
		} else if c := cmp.Compare(len(kx.key), len(ky.key)); c != 0 {
			return c
		}
		a, b := kx.ref, ky.ref
		return cmp.Or(cmp.Compare(a.Concept, b.Concept), cmp.Compare(a.Lang, b.Lang), cmp.Compare(a.Term, b.Term))
	}
	// The heads are sorted by radix, a byte at a time from the last (stable), which costs
	// eight passes over the list whatever its order; only runs of equal heads are then
	// sorted by comparison, on the rest of the key and the ref. On EDICT's million keys
	// sorting by comparison alone took some 0.4 s.
	if len(keys) <= 1<<10 {
		slices.SortFunc(keys, compare)
	} else {
		tmp := make([]sortRef, len(keys))
		for shift := 0; shift < 64; shift += 8 {
			var count [257]int
			for _, k := range keys {
				count[byte(k.head>>shift)+1]++
			}
			if count[byte(keys[0].head>>shift)+1] == len(keys) {
				continue // every key has the same byte here
			}
			for b := 1; b < 257; b++ {
				count[b] += count[b-1]
			}
			for _, k := range keys {
				d := byte(k.head >> shift)
				tmp[count[d]] = k
				count[d]++
			}
			keys, tmp = tmp, keys
		}
		for lo := 0; lo < len(keys); {
			hi := lo + 1
			for hi < len(keys) && keys[hi].head == keys[lo].head {
				hi++
			}
			if hi-lo > 1 {
				slices.SortFunc(keys[lo:hi], compare)
			}
			lo = hi
		}
	}
	t := table{offs: make([]uint32, 0, len(list)+1), refs: make([]ref, 0, len(list))}
	var blob bytes.Buffer
	for _, k := range keys {
		kr := &list[k.i]
		t.offs = append(t.offs, uint32(blob.Len()))
		blob.WriteString(kr.key)
		blob.WriteByte('\n')
		t.refs = append(t.refs, kr.ref)
	}
	t.offs = append(t.offs, uint32(blob.Len()))
	t.blob = blob.Bytes()
	return t
}

func (t *table) len() int { return len(t.refs) }

func (t *table) key(i int) []byte { return t.blob[t.offs[i] : t.offs[i+1]-1] }

// find returns the refs of the terms whose key is exactly key.
func (t *table) find(key string) []ref {
	i := sort.Search(t.len(), func(i int) bool { return string(t.key(i)) >= key })
	j := i
	for j < t.len() && string(t.key(j)) == key {
		j++
	}
	return t.refs[i:j]
}

// containing calls f for every key longer than q that contains q.
func (t *table) containing(q string, f func(i int)) {
	if q == "" || strings.IndexByte(q, '\n') >= 0 {
		return
	}
	needle := []byte(q)
	for from := 0; from < len(t.blob); {
		k := bytes.Index(t.blob[from:], needle)
		if k < 0 {
			return
		}
		at := from + k
		// The key that holds the match: the last offset at or before it.
		i := sort.Search(t.len(), func(i int) bool { return int(t.offs[i+1]) > at })
		if len(t.key(i)) > len(q) {
			f(i)
		}
		from = int(t.offs[i+1]) // go on with the next key
	}
}

// Languages returns the glossary's declared languages.
func (ix *Index) Languages() []string { return ix.languages }

// Glossary returns the indexed glossary. For a cached index it decodes every concept.
func (ix *Index) Glossary() *Glossary { return ix.all() }

// Concepts returns the concepts of the glossary in file order. A cached index decodes
// each as it is reached and does not keep it, so a caller that handles one concept at a
// time (an export) holds one at a time instead of the whole glossary.
func (ix *Index) Concepts() iter.Seq[*Concept] { return ix.each }

// At returns the concept with index i (0 ≤ i < Len), in file order; a cached index
// decodes it the first time and returns the same pointer after.
func (ix *Index) At(i int) *Concept { return ix.concept(int32(i)) }

// Lean returns the concepts with their indices, for a caller that keeps what it needs of
// each and not the concept (a matcher compiled from the index): a cached index decodes
// each without the positions of its fields and does not keep it, unless [Index.At] has.
func (ix *Index) Lean() iter.Seq2[int, *Concept] {
	each := ix.lean
	if each == nil {
		each = ix.each
	}
	return func(yield func(int, *Concept) bool) {
		i := 0
		for c := range each {
			if !yield(i, c) {
				return
			}
			i++
		}
	}
}

// CacheFile returns the path of a file that a caller keeps beside the compiled cache the
// index was read from, for what it compiles from the glossary (match keeps its automaton
// there): name tells the caller's files apart, and the path changes with the glossary's
// bytes as the cache's does. It returns "" when the index is not from the cache.
func (ix *Index) CacheFile(name string) string {
	if ix.cached == "" {
		return ""
	}
	return strings.TrimSuffix(ix.cached, ".idx") + "." + name
}

// NoDerivedForms reports that no term of the glossary has a short form, a verb or an
// adjective, as its compiled cache records: a matcher of those forms (lint's) has nothing
// to read, and EDICT's 257,000 concepts need not be read for it. It is false for an index
// not read from the cache, and for a cache that does not say.
func (ix *Index) NoDerivedForms() bool { return ix.cached != "" && ix.noDerived }

// Len returns the number of concepts.
func (ix *Index) Len() int { return ix.n }

// TermLanguages returns the languages the concepts have terms in, in the order they first
// occur.
func (ix *Index) TermLanguages() []string { return ix.langs }

// Lookup finds the concepts whose terms equal the query, then those whose terms contain it.
// With no match at all it suggests near terms.
func (ix *Index) Lookup(query string) Result {
	res := Result{Query: query}
	key := textnorm.Key(query)
	if key == "" {
		return res
	}
	seen := map[int32]bool{}
	add := func(refs []ref, kind MatchKind, score float64) {
		for _, r := range refs {
			if !seen[r.Concept] {
				seen[r.Concept] = true
				res.Matches = append(res.Matches, ix.match(r, kind, score))
			}
		}
	}
	add(ix.exact.find(key), ExactMatch, 1)
	add(ix.loose.find(textnorm.Loose(textnorm.Plural(textnorm.Fold(key)))), VariantMatch, 0.95)

	// Terms that contain the query, best term per concept.
	var partial []Match
	at := map[int32]int{} // concept → its entry in partial
	consider := func(t *table, q string) {
		t.containing(q, func(i int) {
			m := ix.match(t.refs[i], PartialMatch, partialScore(q, string(t.key(i))))
			c := t.refs[i].Concept
			if seen[c] {
				return
			}
			if k, ok := at[c]; ok {
				if m.Score > partial[k].Score {
					partial[k] = m
				}
				return
			}
			at[c] = len(partial)
			partial = append(partial, m)
		})
	}
	consider(&ix.exact, key)
	consider(&ix.loose, textnorm.Loose(textnorm.Fold(key)))
	sortMatches(partial)
	res.Matches = append(res.Matches, partial...)
	sortMatches(res.Matches)
	if len(res.Matches) == 0 {
		res.Suggestions = ix.suggest(key, 5)
	}
	return res
}

func (ix *Index) match(r ref, kind MatchKind, score float64) Match {
	c := ix.concept(r.Concept)
	lang := ix.langs[r.Lang]
	t := &Term{}
	if terms := c.Terms[lang]; int(r.Term) < len(terms) { // always, but for a damaged cache
		t = terms[r.Term]
	}
	switch t.Status { // a preferred term is a better answer than a forbidden one
	case Admitted:
		score -= 0.01
	case Deprecated, Forbidden:
		score -= 0.02
	}
	if c.Status != Approved {
		score -= 0.01
	}
	return Match{Concept: c, Lang: lang, Term: t, Kind: kind, Score: score}
}

// partialScore ranks a term that contains the query: the larger the share of the term the
// query covers, the better, and a term that starts or ends with it ranks higher.
func partialScore(q, term string) float64 {
	s := 0.3 + 0.5*float64(utf8.RuneCountInString(q))/float64(utf8.RuneCountInString(term))
	if strings.HasPrefix(term, q) || strings.HasSuffix(term, q) {
		s += 0.1
	}
	return s
}

func sortMatches(ms []Match) {
	rank := map[MatchKind]int{ExactMatch: 0, VariantMatch: 1, PartialMatch: 2}
	sort.SliceStable(ms, func(i, j int) bool {
		a, b := ms[i], ms[j]
		if rank[a.Kind] != rank[b.Kind] {
			return rank[a.Kind] < rank[b.Kind]
		}
		if a.Score != b.Score {
			return a.Score > b.Score
		}
		return a.Concept.ID < b.Concept.ID
	})
}

// suggest returns up to n term texts within a small edit distance of key, katakana and
// hiragana folded, nearest first.
func (ix *Index) suggest(key string, n int) []string {
	q := []rune(textnorm.Kana(key))
	limit := max(1, len(q)/3)
	type cand struct {
		text string
		d    int
	}
	var cands []cand
	seen := map[string]bool{}
	for i := 0; i < ix.exact.len(); i++ {
		k := ix.exact.key(i)
		if n := utf8.RuneCount(k); n > len(q)+limit || n < len(q)-limit {
			continue
		}
		d := editDistance(q, []rune(textnorm.Kana(string(k))), limit)
		if d > limit {
			continue
		}
		text := ix.match(ix.exact.refs[i], ExactMatch, 0).Term.Text
		if !seen[text] {
			seen[text] = true
			cands = append(cands, cand{text, d})
		}
	}
	sort.Slice(cands, func(i, j int) bool {
		if cands[i].d != cands[j].d {
			return cands[i].d < cands[j].d
		}
		return cands[i].text < cands[j].text
	})
	out := []string{}
	for i := 0; i < len(cands) && i < n; i++ {
		out = append(out, cands[i].text)
	}
	return out
}

// editDistance is the Levenshtein distance of a and b, or limit+1 once it exceeds limit.
func editDistance(a, b []rune, limit int) int {
	return int(editdist.Distance(a, b, editdist.Costs[rune]{}, float64(limit)))
}
