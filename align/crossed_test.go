package align

import "testing"

// TestCrossedConjunction: a term with no coordinator of its own renders an English "and" only
// between the names of the parties one of its parts lists (日仏 = "Japan and France"). Between
// other words the conjunction joins two noun phrases: a span from the head of one name across
// "and the" into the next name crossed the term's edge, though each of its words is a gloss
// of a part.
func TestCrossedConjunction(t *testing.T) {
	dict := map[string]string{"日仏": "Japan and France", "海洋": "maritime", "経済": "economic", "協定": "agreement",
		"両国": "both countries", "署名": "signature", "協力": "cooperation", "推進": "promotion"}
	tests := []renderingCase{
		{name: "the head of the name before", ja: "両国は日仏海洋協定及び日仏経済協定に署名した。",
			en:    "Both countries signed the Japan-France Maritime Agreement and the Japan-France Economic Agreement.",
			modes: []string{"bitext"}, wantJA: "日仏経済協定", wantEN: "Japan-France Economic Agreement",
			notEN: "Agreement and the Japan-France Economic"},
		{name: "the parties joined by the conjunction", ja: "両国は日仏協力を推進する。",
			en:    "Both countries promote cooperation of Japan and France.",
			modes: []string{"bitext"}, wantJA: "日仏協力", wantEN: "cooperation of Japan and France"},
	}
	runRenderingCases(t, tests, dict)
}
