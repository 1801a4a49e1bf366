package align

import (
	"testing"

	"github.com/glossterm/gloss/internal/lexicon"
)

// TestAspectSuffix: X上のY and X面のY ("Y in terms of X") are written "X Y" in English, X a
// plain premodifier (安全保障上の課題 = security challenges, 経済面の協力 = economic
// cooperation): the aspect suffix and its の need no English word. 海上 (maritime) is a word
// of its own, not the suffix, and keeps its rendering.
func TestAspectSuffix(t *testing.T) {
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		for ja, en := range map[string]string{"安全保障": "security", "課題": "challenge", "懸念": "concern",
			"経済": "economy; economic", "協力": "cooperation", "海上": "maritime", "安全": "safety", "上": "above"} {
			lx.Add(ja, en, "edict")
		}
		return 8, nil
	}
	tests := []struct{ ja, en, term, want string }{
		{"安全保障上の課題に対処する。", "We address security challenges together.", "安全保障上の課題", "security challenges"},
		{"安全保障上の懸念を共有した。", "They shared security concerns.", "安全保障上の懸念", "security concerns"},
		{"経済面の協力を進める。", "We advance economic cooperation.", "経済面の協力", "economic cooperation"},
		{"海上の安全を確保する。", "We ensure maritime safety.", "海上の安全", "maritime safety"},
	}
	for _, tt := range tests {
		wantProposed(t, dict, tt.ja, tt.en, tt.term, tt.want)
	}
}
