package align

import (
	"testing"

	"github.com/glossterm/gloss/internal/lexicon"
)

// TestGlossModifierAlone: a one-word term whose two-word gloss names an act of a body
// ("council meeting") is rendered, for review, by the body alone when the aligned
// English writes it as a noun of its own; not by the gloss's head, not by a word of a
// longer name.
func TestGlossModifierAlone(t *testing.T) {
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		lx.Add("評議", "council meeting", "edict")
		return 1, nil
	}
	tests := []struct {
		name, en string
		want     string // the English paired with 評議, "" for none
	}{
		{name: "the body for its meeting", en: "The plan was approved by the council.", want: "council"},
		{name: "near miss: a word of a longer name", en: "The plan was approved by the Council Budget Office."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pairs := runPairs(t, dict, "計画は評議で承認された。", tc.en)
			got := ""
			for _, p := range pairs {
				if p.JA == "評議" {
					if p.Status != Review {
						t.Errorf("評議 = %s is %s, want review", p.EN, p.Status)
					}
					got = p.EN
				}
			}
			if got != tc.want {
				t.Errorf("評議 paired with %q, want %q", got, tc.want)
			}
		})
	}
}
