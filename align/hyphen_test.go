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

// TestHyphenatedLiteral: a compound modifier written with hyphens may render the term
// word for word: 人と人 (people to people, two words apart, never the dictionary's 人人
// "everybody") and X級 (X-level, the suffix 級 of rank).
func TestHyphenatedLiteral(t *testing.T) {
	dict := map[string]string{"人": "person/people", "人人": "everybody/each person/people", "交流": "exchange", "首脳": "head/leader", "対話": "dialogue", "両国": "both countries"}
	tests := []renderingCase{
		{name: "two words with a particle between", ja: "両国は人と人との交流を広げる。",
			en: "The two countries broaden people-to-people exchanges.", wantJA: "人と人との交流", wantEN: "people-to-people exchanges", modes: []string{"bitext"}},
		{name: "rank", ja: "両国は首脳級の対話を続ける。",
			en: "The two countries continue a leader-level dialogue.", wantJA: "首脳級の対話", wantEN: "leader-level dialogue", modes: []string{"bitext"}},
		{name: "rank, not the head alone", ja: "両国は首脳級の対話を続ける。",
			en: "The two countries continue a leader-level dialogue.", wantJA: "首脳級の対話", notEN: "dialogue", modes: []string{"bitext"}},
	}
	runRenderingCases(t, tests, dict)
}
