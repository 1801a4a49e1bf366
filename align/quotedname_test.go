package align

import (
	"testing"

	"github.com/glossterm/gloss/bitext"
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
			ja := bitext.Doc{Name: "ja.txt", Text: "彼らは「安全第一」を掲げた。"}
			en := bitext.Doc{Name: "en.txt", Text: tt.en}
			res, err := Run([]Doc{ja}, []Doc{en}, nil, Options{EDICT: dict})
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			for _, p := range res.Pairs {
				if p.JA == "安全第一" {
					got = p.EN
					break
				}
			}
			if got != tt.want {
				t.Errorf("安全第一 = %q, want %q: %+v", got, tt.want, res.Pairs)
			}
		})
	}
}
