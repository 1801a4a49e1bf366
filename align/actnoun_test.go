package align

import "testing"

// TestActNoun: X行為 (X a verbal noun, the head glossed "act") is written as X in the
// plural, the generic head left out; not in the singular, and not after a noun that names no
// act.
func TestActNoun(t *testing.T) {
	dict := map[string]string{"挑発": "provocation", "行為": "act/deed", "双方": "both sides", "非難": "criticism", "文化": "culture"}
	tests := []renderingCase{
		{name: "the plural", ja: "双方は挑発行為を非難した。",
			en: "Both sides criticized the provocations.", wantJA: "挑発行為", wantEN: "provocations", modes: []string{"bitext"}},
		{name: "the singular names one act", ja: "双方は挑発行為を非難した。",
			en: "Both sides criticized the provocation.", wantJA: "挑発行為", notEN: "provocation", modes: []string{"bitext"}},
		{name: "a noun that names no act", ja: "双方は文化行為を非難した。",
			en: "Both sides criticized the cultures.", wantJA: "文化行為", notEN: "cultures", modes: []string{"bitext"}},
	}
	runRenderingCases(t, tests, dict)
}
