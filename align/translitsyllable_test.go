package align

import "testing"

// TestTranslitSyllables: of English words that sound like a loanword consonant for
// consonant, the one with as many syllables is its rendering (コロラリー is corollary, not
// Korea, though both reduce to "kr").
func TestTranslitSyllables(t *testing.T) {
	tests := []renderingCase{
		{name: "the word with the syllables", ja: "韓国はその原則のコロラリーを受け入れた。",
			en:     "Korea accepted the corollary of the principle.",
			modes:  []string{"sources"},
			wantJA: "コロラリー", wantEN: "corollary", notEN: "Korea"},
		{name: "the short word for the short loanword", ja: "コリアの原則が示された。",
			en:     "The corollary of the Korea principle was shown.",
			modes:  []string{"sources"},
			wantJA: "コリア", wantEN: "Korea", notEN: "corollary"},
	}
	runRenderingCases(t, tests, nil)
}
