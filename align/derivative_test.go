package align

import (
	"testing"

	"github.com/glossterm/gloss/internal/lexicon"
)

// TestRDerivative: a noun in -er or -re and a word derived from it without the e (center →
// centrality, filter → filtration) are one word to cover; a word that merely begins like
// the noun's stem (century, centaur) is not.
func TestRDerivative(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"center", "centrality", true},
		{"centre", "central", true},
		{"filter", "filtration", true},
		{"hinder", "hindrance", true},
		{"center", "century", false},
		{"center", "centaur", false},
		{"order", "ordinance", false},
	}
	for _, tc := range tests {
		a, b := lexicon.Norm(tc.a), lexicon.Norm(tc.b)
		if got := lexicon.SameWord(a, b) || rDerivative(a, b); got != tc.want {
			t.Errorf("%s (%s) and %s (%s): same word %v, want %v", tc.a, a, tc.b, b, got, tc.want)
		}
	}
}

// TestDerivedSuffixRendering: X性 (-ity) of a noun in -er is rendered by the derived word
// (中心性 = centrality), inside a dotted coordination with a shared modifier too.
func TestDerivedSuffixRendering(t *testing.T) {
	dict := map[string]string{"中心": "center", "結束": "unity", "支持": "support", "表明": "expression", "両国": "both countries"}
	tests := []renderingCase{
		{name: "a derived word", ja: "両国はNATO結束・中心性への支持を表明した。",
			en:     "Both countries expressed support for NATO’s unity and centrality.",
			wantJA: "NATO結束・中心性", wantEN: "NATO’s unity and centrality"},
		{name: "a word that only begins alike", ja: "両国はNATO結束・中心性への支持を表明した。",
			en:     "Both countries expressed support for NATO’s unity for a century.",
			wantJA: "NATO結束・中心性", notEN: "NATO’s unity for a century"},
	}
	runRenderingCases(t, tests, dict)
}
