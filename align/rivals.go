package align

import (
	"math"
	"strings"
)

// partialRivals caps at review an automatic pair whose English stands, as whole words,
// inside the English of another automatic pair of the same Japanese term: "Economic
// Partnership Agreement" beside "EU-Japan Economic Partnership Agreement" for
// 日EU経済連携協定. Both renderings cannot be the whole term; the longer one writes the
// words that the shorter one leaves out, and the Japanese has a part that renders them
// (日EU), so the shorter is a part of the name, not the name: a span that drops a word
// the Japanese renders. The longer keeps its score. Pairs of the glossary are left alone:
// the glossary has chosen already.
func partialRivals(out []Pair) {
	byJA := map[string][]int{}
	for i, p := range out {
		if p.Status == Auto && !p.Known {
			byJA[p.JA] = append(byJA[p.JA], i)
		}
	}
	var cut []int
	for _, idx := range byJA {
		for _, i := range idx {
			en := strings.ToLower(out[i].EN)
			for _, j := range idx {
				if o := strings.ToLower(out[j].EN); o != en && hasPhrase(o, en) {
					cut = append(cut, i)
					break
				}
			}
		}
	}
	for _, i := range cut {
		out[i].Score = math.Min(out[i].Score, 0.85)
		out[i].Status = Review
	}
}
