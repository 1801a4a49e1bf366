package align

import (
	"testing"

	"github.com/glossterm/gloss/internal/lexicon"
)

// TestNameSlice: an English span written only inside a longer name, right next to
// another capitalized word of it, is no rendering to accept unseen; the span written on
// its own keeps its score.
func TestNameSlice(t *testing.T) {
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		lx.Add("貿易", "trade", "edict")
		lx.Add("体制", "system", "edict")
		lx.Add("体制", "organization", "edict")
		lx.Add("国際", "international", "edict")
		lx.Add("世界", "world", "edict")
		return 4, nil
	}
	tests := []struct {
		name       string
		segs       []BitextSegment
		ja, en     string
		wantStatus string
	}{
		{name: "inside a longer name", ja: "貿易体制", en: "Trade Organization", wantStatus: Review, segs: []BitextSegment{
			{JA: "両国は国際貿易体制の改革を支持した。", EN: "The two countries supported reform of the World Trade Organization.", Doc: "a.txt", Line: 1, Origin: "parallel"}}},
		{name: "near miss: on its own", ja: "貿易体制", en: "Trade Organization", wantStatus: Auto, segs: []BitextSegment{
			{JA: "両国は国際貿易体制の改革を支持した。", EN: "The two countries supported reform of the Trade Organization.", Doc: "a.txt", Line: 1, Origin: "parallel"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Run(nil, nil, tc.segs, Options{EDICT: dict})
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			for _, p := range res.Pairs {
				if p.JA == tc.ja && p.EN == tc.en {
					got = p.Status
				}
			}
			if got != tc.wantStatus {
				t.Errorf("%s = %s: status %q, want %q", tc.ja, tc.en, got, tc.wantStatus)
			}
		})
	}
}

// TestWithinLonger: a name's slice is the rendering of the Japanese name's slice when the
// longer Japanese is translated by the longer name; a partial rendering of the longer
// term, or a longer English that does not hold the slice, is no such support.
func TestWithinLonger(t *testing.T) {
	comp := []Evidence{{Type: EvCompositional}, {Type: EvParallel}}
	part := []Evidence{{Type: EvPartial}, {Type: EvBitext}}
	tests := []struct {
		name   string
		longJA string
		longEN string
		longEv []Evidence
		want   bool
	}{
		{name: "translated longer name", longJA: "国家防衛戦略", longEN: "National Defense Strategy", longEv: comp, want: true},
		{name: "near miss: a partial rendering", longJA: "国家防衛戦略", longEN: "National Defense Strategy", longEv: part},
		{name: "near miss: other English", longJA: "国家防衛戦略", longEN: "national strategy", longEv: comp},
		{name: "near miss: other Japanese", longJA: "防衛計画", longEN: "Defense Strategy Review", longEv: comp},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := &Pair{JA: "防衛戦略", EN: "Defense Strategy", Evidence: comp}
			q := &Pair{JA: tc.longJA, EN: tc.longEN, Evidence: tc.longEv}
			r := &run{pairs: map[string]*Pair{"p": p, "q": q}}
			if got := r.withinLonger(p); got != tc.want {
				t.Errorf("withinLonger = %v, want %v", got, tc.want)
			}
		})
	}
}
