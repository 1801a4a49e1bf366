package align

import (
	"testing"

	"github.com/glossterm/gloss/internal/lexicon"
)

// TestPrepositionArticle: a phrase with a modifier (X的な Y) whose English puts the
// complement after the head behind a preposition writes "the" there as syntax, when every
// word on both sides is explained; with an English word no part explains after the
// article, only the head's partial rendering remains.
func TestPrepositionArticle(t *testing.T) {
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		lx.Add("段階的", "gradual", "edict")
		lx.Add("役割", "role", "edict")
		lx.Add("分担", "division", "edict")
		return 3, nil
	}
	tests := []struct {
		name, en, want string
	}{
		{name: "the article after the preposition", en: "The allies agreed on a gradual division of the roles in the region.", want: "gradual division of the roles"},
		// only the partial rendering before the preposition: the span across "old" is none
		{name: "a word no part explains", en: "The allies agreed on a gradual division of the old roles in the region.", want: "gradual division"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := bestEN(t, "両国は段階的な役割分担で合意した。\n段階的な役割分担が進む。\n", tt.en, "段階的な役割分担", dict); got != tt.want {
				t.Errorf("段階的な役割分担 = %q, want %q", got, tt.want)
			}
		})
	}
}
