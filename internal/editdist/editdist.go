// Package editdist is gloss's one edit distance: Levenshtein's dynamic program with the
// costs a caller needs (lookup's "did you mean", the transliteration scores of align).
package editdist

// Costs weigh the edits from a to b. A nil field costs 1 for every edit of its kind.
type Costs[T comparable] struct {
	// Sub is what replacing x of a with y of b costs when x != y.
	Sub func(x, y T) float64
	// Ins is what inserting y of b costs.
	Ins func(y T) float64
}

// Distance is the cheapest sequence of deletions from a (each 1), insertions of b's
// elements and substitutions that turns a into b. Once no prefix of a can stay within
// limit, it stops and returns a value above limit; a negative limit means none.
func Distance[T comparable](a, b []T, c Costs[T], limit float64) float64 {
	ins := func(y T) float64 {
		if c.Ins == nil {
			return 1
		}
		return c.Ins(y)
	}
	prev := make([]float64, len(b)+1)
	cur := make([]float64, len(b)+1)
	for j := 1; j <= len(b); j++ {
		prev[j] = prev[j-1] + ins(b[j-1])
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = float64(i)
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			sub := prev[j-1]
			if x, y := a[i-1], b[j-1]; x != y {
				if c.Sub == nil {
					sub++
				} else {
					sub += c.Sub(x, y)
				}
			}
			cur[j] = min(sub, prev[j]+1, cur[j-1]+ins(b[j-1]))
			best = min(best, cur[j])
		}
		if limit >= 0 && best > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
