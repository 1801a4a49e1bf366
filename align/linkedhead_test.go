package align

import (
	"strings"
	"testing"
)

// TestLinkedHeads: a term with no rendering that heads a linked phrase is rendered by the
// head phrase the English writes before its complement's rendering and the preposition
// that renders the link; the bare attributive の only by "of"; a head coordinated with
// another is none.
func TestLinkedHeads(t *testing.T) {
	dict := map[string]string{"テロ組織": "terrorist organization", "空爆": "aerial bombing", "欧州": "Europe",
		"分断": "separation", "議論": "discussion"}
	tests := []struct {
		name, ja, en string
		term, head   string // the term, and the head phrase
		want         bool   // whether the head phrase is read as the term's rendering
	}{
		{name: "a link in kana and a verb, the head before against", ja: "テロ組織に対する空爆が続いた。",
			en: "The air strikes against terrorist organizations continued.", term: "空爆", head: "air strikes", want: true},
		{name: "the attributive の, the head before of", ja: "欧州の分断が終わった。",
			en: "The division of Europe ended.", term: "分断", head: "division", want: true},
		{name: "near miss: の is no other preposition", ja: "欧州の分断が終わった。",
			en: "The division in Europe ended.", term: "分断", head: "division"},
		{name: "near miss: a coordinated head", ja: "欧州の分断を議論した。",
			en: "They discussed unity and division of Europe.", term: "分断", head: "division"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := false
			for _, p := range designationPairs(t, "bitext", tc.ja, tc.en, tc.term, dict) {
				for _, e := range p.Evidence {
					if p.EN == tc.head && e.Type == EvPartial && strings.HasPrefix(e.Detail, "head "+tc.term+" written "+tc.head+" before ") {
						got = true
					}
				}
			}
			if got != tc.want {
				t.Errorf("%s read as %q before its complement: %v, want %v", tc.term, tc.head, got, tc.want)
			}
		})
	}
}
