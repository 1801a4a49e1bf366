package align

import "testing"

// TestDotlessCompound: a middle dot between kanji members abbreviates the coordination that
// the compound written without it names (中・東欧 = 中東欧, "Central and Eastern Europe"):
// the dictionary's word for the compound renders the dotted term, which neither member
// says alone. A dot beside kana separates a name's words and joins no dictionary word.
func TestDotlessCompound(t *testing.T) {
	dict := map[string]string{"中東欧": "Central and Eastern Europe", "東欧": "Eastern Europe", "中": "middle",
		"ポーランド": "Poland", "雄": "leader", "協力": "cooperation", "両国": "both countries", "地域": "region"}
	tests := []renderingCase{
		{name: "the compound without the dot", ja: "ポーランドは中・東欧の雄である。",
			en:     "Poland is the leader of Central and Eastern Europe.",
			wantJA: "中・東欧", wantEN: "Central and Eastern Europe"},
		{name: "inside a longer term", ja: "両国は中・東欧地域の協力を進める。",
			en:    "Both countries promote cooperation in the Central and Eastern Europe region.",
			modes: []string{"bitext"}, wantJA: "中・東欧地域", wantEN: "Central and Eastern Europe region"},
		{name: "a member not rendered", ja: "ポーランドは中・東欧の雄である。",
			en:     "Poland is the leader of Eastern Europe.",
			wantJA: "中・東欧", notEN: "Eastern Europe", notAuto: true},
	}
	runRenderingCases(t, tests, dict)
}

func TestDotless(t *testing.T) {
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{name: "between kanji", in: "中・東欧", want: "中東欧", ok: true},
		{name: "no dot", in: "東欧", want: "東欧", ok: false},
		{name: "between katakana", in: "キャンプ・デービッド", want: "キャンプ・デービッド", ok: false},
		{name: "before Latin letters", in: "日EU・EPA", want: "日EU・EPA", ok: false},
		{name: "at an edge", in: "中・", want: "中・", ok: false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := dotless(tc.in)
			if got != tc.want || ok != tc.ok {
				t.Errorf("dotless(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
			}
		})
	}
}
