package serve

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/textnorm"
)

// searcher answers search-as-you-type on glossaries of any size. It folds text exactly as
// glossary.Index.Lookup does (textnorm.Key, and textnorm.Loose of the plural-folded key for
// variants) and ranks the same way: exact, then variant, then partial matches by the share
// of the term the query covers. Unlike Lookup, which builds every partial match, it scores
// the terms containing the query in place and keeps the best few, so that a query such as
// "deter", part of tens of thousands of terms, stays fast: the keys that can contain the
// query come from a trigram index (a query under 3 bytes scans the packed keys).
type searcher struct {
	exact, loose    map[string][]sref
	blob            string  // every distinct key, each followed by "\x00"
	looseBlob       string  // every distinct loose key, likewise
	starts          []int32 // where each key of blob starts
	looseStarts     []int32
	refs            packedRefs // the terms of each key of blob
	looseRefs       packedRefs
	langs           []string  // sref.lang → language tag
	freq, looseFreq *[256]int // how often each byte occurs in blob and looseBlob
	tri, looseTri   *trigrams // which keys of blob and looseBlob hold each 3-byte sequence
	pool            sync.Pool // of []int32 indexed by concept
	idRank          []int32   // concept → its place in id order, to break ties as Lookup does
}

// sref is a term of a concept: indexes into Glossary.Concepts and the concept's terms, and
// how much the term's status takes off its score.
type sref struct {
	concept int32
	term    int32
	lang    uint8
	penalty float64
}

// packedRefs holds the terms of key k at all[off[k]:off[k+1]], in one array so that a scan
// over many keys reads memory in order.
type packedRefs struct {
	all []sref
	off []int32
}

func (p *packedRefs) of(k int) []sref { return p.all[p.off[k]:p.off[k+1]] }

// penalty is what Lookup takes off a term's score: a preferred term is a better answer
// than a forbidden one, and an approved concept than one still proposed.
func penalty(c *glossary.Concept, t *glossary.Term) float64 {
	p := 0.0
	switch t.Status {
	case glossary.Admitted:
		p = 0.01
	case glossary.Deprecated, glossary.Forbidden:
		p = 0.02
	}
	if c.Status != glossary.Approved {
		p += 0.01
	}
	return p
}

func newSearcher(g *glossary.Glossary) *searcher {
	s := &searcher{exact: map[string][]sref{}, loose: map[string][]sref{}}
	li := map[string]uint8{}
	for ci, c := range g.Concepts {
		for lang, ts := range c.Terms {
			l, ok := li[lang]
			if !ok {
				if len(s.langs) == 255 {
					continue
				}
				l = uint8(len(s.langs))
				li[lang] = l
				s.langs = append(s.langs, lang)
			}
			for ti, t := range ts {
				r := sref{int32(ci), int32(ti), l, penalty(c, t)}
				k := textnorm.Key(t.Text)
				if k == "" {
					continue
				}
				s.exact[k] = append(s.exact[k], r)
				lk := textnorm.Loose(textnorm.Plural(k))
				s.loose[lk] = append(s.loose[lk], r)
			}
		}
	}
	s.blob, s.starts, s.refs = pack(s.exact)
	s.looseBlob, s.looseStarts, s.looseRefs = pack(s.loose)
	s.freq, s.looseFreq = histogram(s.blob), histogram(s.looseBlob)
	s.tri, s.looseTri = buildTrigrams(s.blob, s.starts), buildTrigrams(s.looseBlob, s.looseStarts)
	order := make([]int32, len(g.Concepts))
	for i := range order {
		order[i] = int32(i)
	}
	sort.SliceStable(order, func(i, j int) bool { return g.Concepts[order[i]].ID < g.Concepts[order[j]].ID })
	s.idRank = make([]int32, len(order))
	for r, c := range order {
		s.idRank[c] = int32(r)
	}
	return s
}

func histogram(s string) *[256]int {
	var h [256]int
	for i := 0; i < len(s); i++ {
		h[s[i]]++
	}
	return &h
}

// index is strings.Index(s, q) that looks for q's rarest byte in the keys first: a query
// starting with a common letter ("extended deterrence") would otherwise stop at every e.
func index(s, q string, freq *[256]int) int {
	j := 0
	for k := 1; k < len(q); k++ {
		if freq[q[k]] < freq[q[j]] {
			j = k
		}
	}
	if freq[q[j]] > len(s)/32 {
		return strings.Index(s, q)
	}
	for from := 0; from+len(q) <= len(s); {
		i := strings.IndexByte(s[from+j:len(s)-len(q)+j+1], q[j])
		if i < 0 {
			return -1
		}
		p := from + i
		if s[p:p+len(q)] == q {
			return p
		}
		from = p + 1
	}
	return -1
}

func pack(m map[string][]sref) (string, []int32, packedRefs) {
	keys := make([]string, 0, len(m))
	n := 0
	for k := range m {
		keys = append(keys, k)
		n += len(k) + 1
	}
	sort.Strings(keys)
	var b strings.Builder
	b.Grow(n)
	starts := make([]int32, len(keys))
	refs := packedRefs{off: make([]int32, len(keys)+1)}
	for i, k := range keys {
		starts[i] = int32(b.Len())
		b.WriteString(k)
		b.WriteByte(0)
		refs.all = append(refs.all, m[k]...)
		refs.off[i+1] = int32(len(refs.all))
	}
	return b.String(), starts, refs
}

// hit is a concept a search found, with the term that met the query.
type hit struct {
	concept int32
	term    int32
	kind    int8 // exact, variant, partial
	lang    uint8
	score   float64
}

// Match kinds by rank, best first.
const (
	exact int8 = iota
	variant
	partialMatch
)

var kinds = [...]glossary.MatchKind{glossary.ExactMatch, glossary.VariantMatch, glossary.PartialMatch}

// search returns the best limit concepts for the query, best first, and how many it found
// in all; without partial, only the concepts with a term equal to the query (exact or
// variant).
func (s *searcher) search(g *glossary.Glossary, query string, limit int, partial bool) ([]hit, int) {
	key := textnorm.Key(query)
	if key == "" || strings.IndexByte(key, 0) >= 0 {
		return nil, 0
	}
	// at maps a concept to 1 + its index in hits; it comes zeroed from the pool and goes
	// back zeroed.
	at, _ := s.pool.Get().([]int32)
	if len(at) != len(g.Concepts) {
		at = make([]int32, len(g.Concepts))
	}
	var hits []hit
	defer func() {
		for _, h := range hits {
			at[h.concept] = 0
		}
		s.pool.Put(at)
	}()
	add := func(r sref, kind int8, score float64) {
		h := hit{r.concept, r.term, kind, r.lang, score - r.penalty}
		if i := at[r.concept]; i > 0 {
			if better(h, hits[i-1]) {
				hits[i-1] = h
			}
			return
		}
		hits = append(hits, h)
		at[r.concept] = int32(len(hits))
	}
	for _, r := range s.exact[key] {
		add(r, exact, 1)
	}
	for _, r := range s.loose[textnorm.Loose(textnorm.Plural(key))] {
		add(r, variant, 0.95)
	}
	// Terms that contain the query: every occurrence in the packed keys, walked forward.
	scan := func(blob string, starts []int32, refs *packedRefs, freq *[256]int, tri *trigrams, q string) {
		if q == "" {
			return
		}
		qn := float64(utf8.RuneCountInString(q))
		score := func(k int) {
			term := keyAt(blob, starts, k)
			sc := 0.3 + 0.5*qn/float64(utf8.RuneCountInString(term))
			if strings.HasPrefix(term, q) || strings.HasSuffix(term, q) {
				sc += 0.1
			}
			for _, r := range refs.of(k) {
				add(r, partialMatch, sc)
			}
		}
		if len(q) >= 3 {
			// Only the keys that hold the query's rarest 3-byte sequence can hold the query.
			for _, k := range tri.candidates(q) {
				if strings.Contains(keyAt(blob, starts, int(k)), q) {
					score(int(k))
				}
			}
			return
		}
		k := 0
		for from := 0; ; {
			i := index(blob[from:], q, freq)
			if i < 0 {
				return
			}
			pos := from + i
			for k+1 < len(starts) && int(starts[k+1]) <= pos {
				k++
			}
			score(k)
			from = int(starts[k]) + len(keyAt(blob, starts, k)) + 1
		}
	}
	if partial {
		scan(s.blob, s.starts, &s.refs, s.freq, s.tri, key)
		scan(s.looseBlob, s.looseStarts, &s.looseRefs, s.looseFreq, s.looseTri, textnorm.Loose(key))
	}
	total := len(hits)
	less := func(a, b hit) bool {
		if better(a, b) {
			return true
		}
		if better(b, a) {
			return false
		}
		return s.idRank[a.concept] < s.idRank[b.concept]
	}
	// Keep the best limit in order, inserting into a short sorted list.
	top := make([]hit, 0, limit+1)
	for _, h := range hits {
		if len(top) == limit && !less(h, top[limit-1]) {
			continue
		}
		i := sort.Search(len(top), func(j int) bool { return less(h, top[j]) })
		top = append(top, hit{})
		copy(top[i+1:], top[i:])
		top[i] = h
		if len(top) > limit {
			top = top[:limit]
		}
	}
	return top, total
}

// better reports whether a outranks b: a better kind, then a higher score.
func better(a, b hit) bool {
	if a.kind != b.kind {
		return a.kind < b.kind
	}
	return a.score > b.score
}

// suggest returns up to n terms for a query that found nothing: the terms whose keys begin
// with the longest prefix of the query's key that begins any key. Keys are sorted, so each
// prefix costs a binary search; a typo late in a word ("extended deterence") finds the
// words it was meant to be.
func (s *searcher) suggest(g *glossary.Glossary, query string, n int) []string {
	key := textnorm.Key(query)
	keyAt := func(k int) string { return keyAt(s.blob, s.starts, k) }
	for p := len(key); p > 0; p-- {
		if p < len(key) && !utf8.RuneStart(key[p]) {
			continue
		}
		prefix := key[:p]
		if utf8.RuneCountInString(prefix) < 2 {
			break
		}
		k := sort.Search(len(s.starts), func(j int) bool { return keyAt(j) >= prefix })
		var out []string
		for ; k < len(s.starts) && strings.HasPrefix(keyAt(k), prefix) && len(out) < n; k++ {
			r := s.refs.of(k)[0]
			text := g.Concepts[r.concept].Terms[s.langs[r.lang]][r.term].Text
			if !slices.Contains(out, text) {
				out = append(out, text)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// keyAt returns key k of a packed blob.
func keyAt(blob string, starts []int32, k int) string {
	end := len(blob)
	if k+1 < len(starts) {
		end = int(starts[k+1])
	}
	return blob[starts[k] : end-1]
}

// trigrams lists, for every 3-byte sequence of the keys of a blob, the keys that hold it,
// in key order: the postings of grams[i] are keys[off[i]:off[i+1]].
type trigrams struct {
	grams []uint32
	off   []int32
	keys  []int32
}

func gram(s string, i int) uint32 { return uint32(s[i])<<16 | uint32(s[i+1])<<8 | uint32(s[i+2]) }

// buildTrigrams indexes the keys by sorting (trigram, key) pairs.
func buildTrigrams(blob string, starts []int32) *trigrams {
	n := 0
	for k := range starts {
		n += max(0, len(keyAt(blob, starts, k))-2)
	}
	pairs := make([]uint64, 0, n)
	for k := range starts {
		key := keyAt(blob, starts, k)
		for i := 0; i+3 <= len(key); i++ {
			pairs = append(pairs, uint64(gram(key, i))<<32|uint64(k))
		}
	}
	slices.Sort(pairs)
	pairs = slices.Compact(pairs)
	t := &trigrams{keys: make([]int32, len(pairs))}
	for i, p := range pairs {
		if g := uint32(p >> 32); len(t.grams) == 0 || t.grams[len(t.grams)-1] != g {
			t.grams = append(t.grams, g)
			t.off = append(t.off, int32(i))
		}
		t.keys[i] = int32(uint32(p))
	}
	t.off = append(t.off, int32(len(pairs)))
	return t
}

// candidates returns the keys holding q's rarest 3-byte sequence (q has at least 3 bytes).
func (t *trigrams) candidates(q string) []int32 {
	var best []int32
	for i := 0; i+3 <= len(q); i++ {
		var p []int32
		if j, ok := slices.BinarySearch(t.grams, gram(q, i)); ok {
			p = t.keys[t.off[j]:t.off[j+1]]
		}
		if i == 0 || len(p) < len(best) {
			best = p
		}
		if len(best) == 0 {
			break
		}
	}
	return best
}
