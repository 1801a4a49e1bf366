package align

import (
	"strings"
	"testing"
)

// TestUnglossedHeadFirst: a compound with no rendering of its own whose modifier has one
// (here from the parentheses) is paired, for review, with the head phrase the aligned
// segment writes before "of", "to" or "for" and the modifier's English; not when the
// segment writes the head's own gloss, when another Japanese word glosses the head
// phrase, nor when the English joins head and modifier without a preposition.
func TestUnglossedHeadFirst(t *testing.T) {
	dict := map[string]string{"国境": "border", "警備": "guard/defense", "隊長": "commander/captain",
		"両国": "both countries", "重視": "importance", "会談": "talks", "長官": "chief", "山田": "Yamada"}
	const mod = "両国は国境警備(Border Guard)を重視し、"
	tests := []struct {
		name, ja, en string
		want         string // the head-first English proposed for 国境警備隊長 ("" for none)
		not          string // the head-first English that must not be proposed
	}{
		{name: "a head phrase before of and the modifier", ja: mod + "国境警備隊長と会談した。",
			en:   "Both countries stressed the Border Guard and held talks with the Chief of the Border Guard.",
			want: "Chief of the Border Guard"},
		{name: "a head phrase opening the sentence", ja: mod + "国境警備隊長と会談した。",
			en:   "Deputy Chief of the Border Guard, in talks, thanked both countries, which stressed the Border Guard.",
			want: "Deputy Chief of the Border Guard"},
		{name: "near miss: the head's own gloss written", ja: mod + "国境警備隊長と会談した。",
			en:  "Both countries stressed the Border Guard and held talks with the Chief of the Border Guard, its commander.",
			not: "Chief of the Border Guard"},
		{name: "near miss: another word glosses the head phrase", ja: mod + "長官の国境警備隊長と会談した。",
			en:  "Both countries stressed the Border Guard and held talks with the Chief of the Border Guard.",
			not: "Chief of the Border Guard"},
		{name: "near miss: no preposition before the modifier", ja: mod + "国境警備隊長と会談した。",
			en:  "Both countries stressed the Border Guard and held talks with the Border Guard Chief.",
			not: "Border Guard Chief"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			found := false
			for _, p := range designationPairs(t, "bitext", tc.ja, tc.en, "国境警備隊長", dict) {
				if p.EN == tc.want {
					found = true
					if p.Status != Review {
						t.Errorf("国境警備隊長 = %q is %s, want review", p.EN, p.Status)
					}
				}
				if p.EN == tc.not && hasDetail(p, "before") {
					t.Errorf("国境警備隊長 = %q proposed head first: %+v", p.EN, p.Evidence)
				}
			}
			if tc.want != "" && !found {
				t.Errorf("国境警備隊長 = %q not proposed", tc.want)
			}
		})
	}
}

// hasDetail reports whether a piece of p's partial evidence has a detail holding s.
func hasDetail(p Pair, s string) bool {
	for _, e := range p.Evidence {
		if e.Type == EvPartial && strings.Contains(e.Detail, s) {
			return true
		}
	}
	return false
}
