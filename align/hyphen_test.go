package align

import "testing"

// TestHyphenatedCompound: an English compound modifier written with hyphens
// (people-to-people) is one word: left unexplained beside a part of the term left
// unexplained, it is one hypothesis (partial, review), its inner "to" no function word of
// the phrase; and a span that leaves a part unrendered right after such a compound is cut
// from its modifier.
func TestHyphenatedCompound(t *testing.T) {
	dict := map[string]string{"つながり": "connection/ties", "人的": "human/personal", "両国": "both countries", "交流": "exchange"}
	tests := []renderingCase{
		{name: "the compound and the part left over", ja: "両国の人的つながりは深まった。",
			en: "The people-to-people ties of both countries have deepened.", wantJA: "人的つながり", wantEN: "people-to-people ties"},
		{name: "not the head alone", ja: "両国の人的つながりは深まった。",
			en: "The people-to-people ties of both countries have deepened.", wantJA: "人的つながり", notEN: "ties"},
	}
	runRenderingCases(t, tests, dict)
	for _, p := range designationPairs(t, "bitext", "両国の人的つながりは深まった。", "The people-to-people ties of both countries have deepened.", "人的つながり", dict) {
		if p.Status == Auto {
			t.Errorf("%s = %s is auto; the compound is a hypothesis", p.JA, p.EN)
		}
	}
}
