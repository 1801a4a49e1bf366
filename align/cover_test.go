package align

import (
	"slices"
	"strings"
	"testing"
)

// TestCoverMemo checks the coverage of the English n-grams that compose rates, read from
// the rows of a coverMemo and worked out word by word (coverage2), against coverageRef,
// the direct reading of every constituent and gloss word, on the corpus.
func TestCoverMemo(t *testing.T) {
	if testing.Short() {
		t.Skip("runs align on the corpus")
	}
	ja, en, bt := loadCorpus(t)
	opts := Options{}
	if dict := InstalledEDICT(); dict != "" {
		opts.EDICT = EDICTFile(dict)
	}
	_, r, err := runAll(ja, en, bt, opts)
	if err != nil {
		t.Fatal(err)
	}
	keys := make([]string, 0, len(r.ja))
	for k := range r.ja {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	rated, some := 0, 0
	for _, k := range keys {
		jc := r.ja[k]
		if len(jc.units) == 0 || len(jc.units) > 8 {
			continue
		}
		cs := r.constituents(jc.units)
		memo := r.newCoverMemo(cs)
		seen := map[int]bool{}
		for _, c := range cs {
			for _, w := range c.words {
				for _, id := range r.en.WithWord(w) {
					if seen[id] {
						continue
					}
					seen[id] = true
					g := r.en.Get(id)
					info := r.ngInfo(g)
					if info.ids == nil {
						info.ids = r.wordIDs(g.Raw)
					}
					type cov struct {
						covered, ue, uj int
						headOK          bool
						half, explained int
					}
					var want, got, direct cov
					want.covered, want.ue, want.uj, want.headOK, want.half, want.explained = coverageRef(cs, g.Words, g.Raw, info.heads)
					got.covered, got.ue, got.uj, got.headOK, got.half, got.explained = coverageRows(&memo.coverLayout, memo.rows(info.ids, g.Words, g.Raw), g.Raw, info.heads)
					direct.covered, direct.ue, direct.uj, direct.headOK, direct.half, direct.explained = coverage2(cs, g.Words, g.Raw, info.heads)
					if got != want || direct != want {
						t.Fatalf("%s against %q: memo %+v, coverage2 %+v, want %+v", jc.text, g.Surface, got, direct, want)
					}
					rated++
					if want.covered > 0 && want.half+want.explained > 0 {
						some++
					}
				}
			}
		}
	}
	if rated < 1000 || some == 0 {
		t.Fatalf("%d n-grams rated, %d of them met in part: the corpus did not exercise the memo", rated, some)
	}
}

// coverageRef is coverage2 as first written: every constituent and gloss word against
// every English word of the n-gram.
func coverageRef(cs []constituent, words, raw []string, heads []int) (covered, ue, uj int, headOK bool, half, explained int) {
	used := make([]bool, len(cs))
	coveredBy := make([]int, len(words))
	gap := -1
	for i, w := range words {
		coveredBy[i] = -1
		for j, c := range cs {
			if covers(c, w, raw[i]) {
				used[j] = true
				if coveredBy[i] < 0 {
					coveredBy[i] = j
				}
				if c.head && (heads == nil || slices.Contains(heads, i) || gerundHead(raw, i) && verbalNoun(c)) {
					headOK = true
				}
			}
		}
		if coveredBy[i] >= 0 {
			covered++
		} else {
			ue++
			gap = i
		}
	}
	// an English closed compound renders a Japanese compound of two words, the second
	// translated by the compound's last part: 上空|飛行 "overflight" (flight), 核|拡散 …
	// The first word's share is inferred, so both count as met in part only (half).
	for i := range words {
		if coveredBy[i] >= 0 {
			continue
		}
		for j := 1; j < len(cs); j++ {
			if used[j] || used[j-1] || !closedCompound(cs[j-1], cs[j], raw[i]) {
				continue
			}
			used[j-1], used[j] = true, true
			coveredBy[i] = j
			covered++
			ue--
			if cs[j].head && (heads == nil || slices.Contains(heads, i)) {
				headOK = true
			}
			break
		}
	}
	if ue == 0 {
		gap = -1
	}
	for j, c := range cs {
		if !used[j] {
			if !c.affix || c.required {
				uj++
			}
			// a gap on both sides at the head: 核不拡散|体制 against nonproliferation|regime
			if c.head && ue == 1 && gap >= 0 && (heads == nil || slices.Contains(heads, gap)) {
				headOK = true
			}
			continue
		}
		if c.affix || len(c.glosses) == 0 {
			continue
		}
		complete, missAfter, best := false, true, -1
		for gi0, g := range c.glosses {
			matched, firstMatch, firstMiss := 0, -1, -1
			for gi, gw := range g {
				hit := false
				for i, w := range words {
					if glossMeets(&c, gw, w, raw[i]) {
						hit = true
						break
					}
				}
				if hit {
					matched++
					if firstMatch < 0 {
						firstMatch = gi
					}
				} else if firstMiss < 0 {
					firstMiss = gi
				}
			}
			if in := initials(g); in != "" {
				for _, w := range raw {
					if strings.HasPrefix(w, "^") && strings.ReplaceAll(w[1:], ".", "") == in {
						and := slices.Index(g, "and")
						matched, firstMatch, firstMiss = len(g), 0, -1
						if and > 0 {
							matched, firstMiss = and, and+1
						}
					}
				}
			}
			if firstMiss < 0 || (matched*2 >= len(g) && isHeadMatched(&c, g[c.gheads[gi0]], words, raw)) {
				complete = true
				break
			}
			if matched > best {
				best = matched
				missAfter = firstMiss > firstMatch
			}
		}
		if !complete {
			half++
			// the gap is explained when it follows the words this part covers, where its
			// gloss has the word it lacks: 防衛費 "defense costs" → defense spending
			if gap >= 0 && ue == 1 && missAfter && gap > 0 && coveredBy[gap-1] == j {
				explained = 1
				if c.head && (heads == nil || slices.Contains(heads, gap)) {
					headOK = true
				}
			}
		}
	}
	return
}
