package align

import "testing"

// TestOwnedName: Japanese names its own country's bodies without the country (海上自衛隊),
// English with it ("the Japan Maritime Self-Defense Force"): a full rendering widened on
// the left by "Japan" alone, after the article that a body's name takes, is that body's
// whole name, proposed for review. "Japan" after another word ends a phrase of its own
// ("V4 plus Japan Exchange Year"), no part of the name.
func TestOwnedName(t *testing.T) {
	dict := map[string]string{"海上自衛隊": "Maritime Self-Defense Force", "艦艇": "vessel", "寄港": "port call",
		"交流年": "Exchange Year", "記念": "celebration", "日本": "Japan"}
	tests := []renderingCase{
		{name: "the body's whole name", ja: "海上自衛隊の艦艇が寄港した。",
			en:    "A vessel of the Japan Maritime Self-Defense Force made a port call.",
			modes: []string{"bitext"}, wantJA: "海上自衛隊", wantEN: "Japan Maritime Self-Defense Force"},
		{name: "Japan after another word", ja: "「V4+日本」交流年を記念する。",
			en:    "We celebrate the V4 plus Japan Exchange Year.",
			modes: []string{"bitext"}, wantJA: "交流年", notEN: "Japan Exchange Year"},
		{name: "Japan after another word, no quotation before the term", ja: "東京と海上自衛隊の艦艇が寄港した。",
			en:    "Vessels of Tokyo plus Japan Maritime Self-Defense Force made a port call.",
			modes: []string{"bitext"}, wantJA: "海上自衛隊", notEN: "Japan Maritime Self-Defense Force"},
	}
	runRenderingCases(t, tests, dict)
}
