package glossary

import (
	"sort"
	"strings"
	"unicode/utf8"

	"gloss/internal/textnorm"
)

// Index answers lookups on a glossary by normalized term. Build it with [NewIndex]; it is
// read-only and safe for concurrent use.
type Index struct {
	g     *Glossary
	exact map[string][]ref // textnorm.Key → terms
	loose map[string][]ref // textnorm.Loose of the plural-folded key → terms
	all   []keyed          // every term key, for partial matches and suggestions
}

type ref struct {
	concept int32
	term    int32
	lang    string
}

type keyed struct {
	key string
	ref ref
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

	ci int32 // the concept's index in the glossary
}

// Result is the answer to one lookup.
type Result struct {
	Query       string
	Matches     []Match  // best first; one per concept
	Suggestions []string // "did you mean" terms, when nothing matched
}

// NewIndex indexes every term of g.
func NewIndex(g *Glossary) *Index {
	ix := &Index{g: g, exact: map[string][]ref{}, loose: map[string][]ref{}}
	for ci, c := range g.Concepts {
		for _, lang := range c.LangOrder {
			for ti, t := range c.Terms[lang] {
				r := ref{concept: int32(ci), term: int32(ti), lang: lang}
				key := textnorm.Key(t.Text)
				if key == "" {
					continue
				}
				ix.exact[key] = append(ix.exact[key], r)
				lk := textnorm.Loose(textnorm.Plural(key))
				ix.loose[lk] = append(ix.loose[lk], r)
				ix.all = append(ix.all, keyed{key, r})
			}
		}
	}
	return ix
}

// Glossary returns the indexed glossary.
func (ix *Index) Glossary() *Glossary { return ix.g }

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
			if seen[r.concept] {
				continue
			}
			seen[r.concept] = true
			res.Matches = append(res.Matches, ix.match(r, kind, score))
		}
	}
	add(ix.exact[key], ExactMatch, 1)
	add(ix.loose[textnorm.Loose(textnorm.Plural(key))], VariantMatch, 0.95)

	var partial []Match
	loose := textnorm.Loose(key)
	for _, k := range ix.all {
		if seen[k.ref.concept] || len(k.key) <= len(key) {
			continue
		}
		if !strings.Contains(k.key, key) && (loose == "" || !strings.Contains(textnorm.Loose(k.key), loose)) {
			continue
		}
		m := ix.match(k.ref, PartialMatch, partialScore(key, k.key))
		partial = append(partial, m)
	}
	sortMatches(partial)
	for _, m := range partial {
		if !seen[m.ci] {
			seen[m.ci] = true
			res.Matches = append(res.Matches, m)
		}
	}
	sortMatches(res.Matches)
	if len(res.Matches) == 0 {
		res.Suggestions = ix.suggest(key, 5)
	}
	return res
}

func (ix *Index) match(r ref, kind MatchKind, score float64) Match {
	c := ix.g.Concepts[r.concept]
	t := c.Terms[r.lang][r.term]
	switch t.Status { // a preferred term is a better answer than a forbidden one
	case Admitted:
		score -= 0.01
	case Deprecated, Forbidden:
		score -= 0.02
	}
	if c.Status != Approved {
		score -= 0.01
	}
	return Match{Concept: c, Lang: r.lang, Term: t, Kind: kind, Score: score, ci: r.concept}
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
	for _, k := range ix.all {
		kr := []rune(textnorm.Kana(k.key))
		if abs(len(kr)-len(q)) > limit {
			continue
		}
		d := editDistance(q, kr, limit)
		if d > limit {
			continue
		}
		text := ix.g.Concepts[k.ref.concept].Terms[k.ref.lang][k.ref.term].Text
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
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			best = min(best, cur[j])
		}
		if best > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
