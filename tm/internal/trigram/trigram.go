// Package trigram is the candidate index the memory's engines share: a key's character
// trigrams, the padding that lets one- and two-character queries use them, the counts of
// the units each trigram occurs in, and the choice of the trigrams that vote for
// fuzzy-match candidates. tm/sqlite and tm/postgres both index with it, so the two
// propose the same candidates for a query.
//
//	f := trigram.NewFreq()
//	f.Add(jaKey, enKey) // count a unit's trigrams, f.N[0] Japanese, f.N[1] English
//	probes := trigram.Probes(trigram.Of(key), df, total) // the rarest trigrams vote
package trigram

import "sort"

// Of returns the distinct three-character substrings of s in order: the units of
// the candidate search that every engine indexes.
func Of(s string) []string {
	var starts []int
	for i := range s {
		starts = append(starts, i)
	}
	starts = append(starts, len(s))
	seen := map[string]bool{}
	var out []string
	for i := 0; i+3 < len(starts); i++ {
		if g := s[starts[i]:starts[i+3]]; !seen[g] {
			seen[g] = true
			out = append(out, g)
		}
	}
	return out
}

// The candidate search of Similar: the rarest trigrams of the key (at most maxProbes; past
// minProbes, none in more than maxDocShare of the units) vote for the units that have
// them, each vote weighted by its IDF.
const (
	maxProbes   = 24
	minProbes   = 4
	maxDocShare = 0.2
)

// Probes picks the trigrams of a key that vote in the candidate search, rarest first:
// grams are the key's trigrams, df the units that have each, total the units in the
// memory. The common trigrams vote for too many units to rank them, so they are left out,
// unless the key has nothing rarer. Every engine picks with this one function, so they
// propose the same candidates.
func Probes(grams []string, df map[string]int, total int) []string {
	var probes []string
	for _, g := range grams {
		if df[g] > 0 {
			probes = append(probes, g)
		}
	}
	sort.SliceStable(probes, func(i, j int) bool { return df[probes[i]] < df[probes[j]] })
	for i, g := range probes {
		if i >= minProbes && float64(df[g]) > maxDocShare*float64(total) {
			probes = probes[:i]
			break
		}
	}
	if len(probes) > maxProbes {
		probes = probes[:maxProbes]
	}
	return probes
}

// Pad is a key as the index has it: two U+0001 after it, so that every character of the
// key starts a trigram and a one- or two-character query can be answered from the
// trigrams that start with it.
func Pad(key string) string { return key + "\x01\x01" }

// Freq counts, by side (0 Japanese, 1 English), the units each trigram occurs in, a
// trigram being three runes packed in a uint64 (21 bits each).
type Freq struct {
	N    [2]map[uint64]int
	unit map[uint64]bool // the trigrams of the key being counted
}

// NewFreq returns an empty count.
func NewFreq() Freq {
	return Freq{N: [2]map[uint64]int{{}, {}}, unit: map[uint64]bool{}}
}

// Add counts the trigrams of one unit's padded keys.
func (f Freq) Add(ja, en string) { f.count(ja, en, 1) }

// Sub takes back what Add counted for these keys.
func (f Freq) Sub(ja, en string) { f.count(ja, en, -1) }

// Merge adds the counts of g to f.
func (f Freq) Merge(g Freq) {
	for side, m := range g.N {
		for k, n := range m {
			if n != 0 {
				f.N[side][k] += n
			}
		}
	}
}

func (f Freq) count(ja, en string, sign int) {
	for side, key := range []string{ja, en} {
		clear(f.unit)
		var a, b uint64
		i := 0
		for _, r := range Pad(key) {
			g := a<<42 | b<<21 | uint64(r)
			a, b = b, uint64(r)
			if i++; i < 3 || f.unit[g] {
				continue
			}
			f.unit[g] = true
			f.N[side][g] += sign
		}
	}
}

// Unpack is the trigram a packed count key stands for.
func Unpack(g uint64) string {
	return string([]rune{rune(g >> 42), rune(g >> 21 & (1<<21 - 1)), rune(g & (1<<21 - 1))})
}
