package align

import (
	"testing"

	"github.com/glossterm/gloss/internal/lexicon"
)

// TestStemTaken: a suffix binds to the noun it is written against, so a dictionary word
// across の that would take the suffix's stem (共通価値, leaving 観) gives way to the reading
// that nests to the right (共通|価値観 = common values); where the stem and the suffix make
// no word, the longer word stays.
func TestStemTaken(t *testing.T) {
	tests := []struct {
		name  string
		words [][2]string
		want  string
	}{
		{name: "the stem and the suffix make a word", want: "common values",
			words: [][2]string{{"共通", "common"}, {"共通価値", "public value"}, {"価値", "value"}, {"価値観", "values"}}},
		// 共通価値 read whole ("public value"): only "values" is explained
		{name: "no word of stem and suffix: the longer word stays", want: "values",
			words: [][2]string{{"共通", "common"}, {"共通価値", "public value"}, {"価値", "value"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
				for _, w := range tt.words {
					lx.Add(w[0], w[1], "edict")
				}
				return len(tt.words), nil
			}
			if got := bestEN(t, "両国は共通の価値観を確かめた。\n共通の価値観が同盟を支える。\n", "The two countries are bound by common values and a shared history.", "共通の価値観", dict); got != tt.want {
				t.Errorf("共通の価値観 = %q, want %q", got, tt.want)
			}
		})
	}
}
