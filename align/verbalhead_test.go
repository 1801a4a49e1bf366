package align

import "testing"

// TestAttributiveBeforeVerbalHead: a verbal noun after の whose dependent is its object
// (負担の分担) is rendered by its participle before the object's noun ("shared burdens"),
// and an attributive before the object (より大きな) stands before both in English too:
// より大きな負担の分担 = greater shared burdens. Without より it is no comparative.
func TestAttributiveBeforeVerbalHead(t *testing.T) {
	dict := map[string]string{"大きな": "big/large/great", "負担": "burden/load", "分担": "sharing/apportionment",
		"両国": "both countries", "目標": "goal"}
	tests := []renderingCase{
		{name: "comparative attributive and participle", ja: "両国はより大きな負担の分担を目標とする。",
			en: "Both countries set greater shared burdens as their goal.", modes: []string{"bitext"},
			wantJA: "より大きな負担の分担", wantEN: "greater shared burdens"},
		{name: "no comparative without yori", ja: "両国は大きな負担の分担を目標とする。",
			en: "Both countries set greater shared burdens as their goal.", modes: []string{"bitext"},
			wantJA: "大きな負担の分担", notEN: "greater shared burdens"},
	}
	runRenderingCases(t, tests, dict)
}
