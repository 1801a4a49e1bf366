package align

import "testing"

// TestNestedOfPhrases: a term X の Y whose X is rendered by a dictionary phrase with a
// complement of its own (大量破壊兵器 = "weapon of mass destruction") is "Y of X" with two
// of's: the inner one is the syntax of one noun, the dictionary's, and only the outer one
// is the term's. A second "of" that no gloss holds still crosses the term's boundary.
func TestNestedOfPhrases(t *testing.T) {
	dict := map[string]string{"大量破壊兵器": "weapon of mass destruction", "拡散": "proliferation", "核兵器": "nuclear weapon",
		"両国": "both countries", "防止": "prevention", "懸念": "concern", "貯蔵": "stockpile"}
	tests := []renderingCase{
		{name: "an inner dictionary phrase", ja: "両国は大量破壊兵器の拡散の防止に努める。",
			en:     "Both countries strive for the prevention of the proliferation of weapons of mass destruction.",
			wantJA: "大量破壊兵器の拡散", wantEN: "proliferation of weapons of mass destruction"},
		{name: "the inner phrase in the plural, another head", ja: "両国は大量破壊兵器の貯蔵に懸念を示した。",
			en:     "Both countries expressed concern about stockpiles of weapons of mass destruction.",
			wantJA: "大量破壊兵器の貯蔵", wantEN: "stockpiles of weapons of mass destruction"},
		{name: "a second of that no gloss holds", ja: "両国は核兵器の拡散に懸念を示した。",
			en:     "Both countries expressed concern about the proliferation of nuclear weapons of the region.",
			wantJA: "核兵器の拡散", notEN: "proliferation of nuclear weapons of the region"},
	}
	runRenderingCases(t, tests, dict)
}
