package align

import (
	"testing"

	"github.com/glossterm/gloss/internal/lexicon"
)

// TestQuotedName: a quoted Japanese slogan is rendered by the English phrase in title case
// that explains its parts, not by a span of running text that explains them in another
// sense; without a rendering in title case the best one stays.
func TestQuotedName(t *testing.T) {
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		lx.Add("安全", "safety", "edict")
		lx.Add("第一", "first", "edict")
		lx.Add("第一", "import to", "edict")
		lx.Add("掲げる", "to hoist", "edict")
		return 4, nil
	}
	tests := []struct {
		name, en, want string
	}{
		{name: "the slogan in title case", en: "Their motto was Safety First, and they said so.\n\nIts relative import to safety experts grew.",
			want: "Safety First"},
		{name: "no title case rendering: the best one stays", en: "Their motto was about safety.\n\nIts relative import to safety experts grew.",
			want: "import to safety"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := bestEN(t, "彼らは「安全第一」を掲げた。", tt.en, "安全第一", dict); got != tt.want {
				t.Errorf("安全第一 = %q, want %q", got, tt.want)
			}
		})
	}
}
