package lint

import "testing"

// TestPartyNeutralWordings: the default glossary admits the wordings official Japanese
// uses where the English says "bilateral" or "global" of parties that are no two states
// or of the whole world: 二者間協力 (between the two parties, one of them the EU) for
// "bilateral cooperation", 世界の安全保障 for "global security". Another noun, or the
// modifier alone, is not the term.
func TestPartyNeutralWordings(t *testing.T) {
	l := defaultLinter(t)
	const coop = "The partnership will enhance bilateral cooperation in key areas."
	const sec = "They stressed the importance of closer cooperation on regional and global security."
	runJaEn(t, l, []jaEnCase{
		{name: "二者間協力", en: coop, ja: "このパートナーシップは重要分野における二者間協力を強化する。", enja: true},
		{name: "omission: 二者間 before another noun", en: coop, ja: "このパートナーシップは重要分野における二者間対話を強化する。", enja: true, want: "missing-term/bilateral-cooperation"},
		{name: "世界の安全保障 in a coordination", en: sec, ja: "両者は地域及び世界の安全保障に関する協力の重要性を強調した。", enja: true},
		{name: "omission: the world without its security", en: sec, ja: "両者は地域の安全保障及び世界の平和に関する協力の重要性を強調した。", enja: true, want: "missing-term/international-security"},
	})
}
