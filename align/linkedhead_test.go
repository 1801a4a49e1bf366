package align

import (
	"strings"
	"testing"

	"github.com/glossterm/gloss/internal/lexicon"
)

// TestLinkedHeads: a term with no rendering that heads a linked phrase is rendered by the
// head phrase the English writes before its complement's rendering and the preposition
// that renders the link; the bare attributive の only by "of"; a head coordinated with
// another is none. With WordNet, which decides that a lower-case head word is a noun, a
// plural head ("air strikes") is one by its singular.
func TestLinkedHeads(t *testing.T) {
	dict := map[string]string{"テロ組織": "terrorist organization", "空爆": "aerial bombing", "欧州": "Europe",
		"分断": "separation", "議論": "discussion"}
	tests := []struct {
		name, ja, en string
		term, head   string // the term, and the head phrase
		want         bool   // whether the head phrase is read as the term's rendering
		wordnet      bool   // run with WordNet, which tells the head's words are nouns
	}{
		{name: "with WordNet, a plural head by its singular", ja: "テロ組織に対する空爆が続いた。",
			en: "The air strikes against terrorist organizations continued.", term: "空爆", head: "air strikes", want: true, wordnet: true},
		{name: "with WordNet, near miss: an adjective opens the phrase", ja: "テロ組織に対する空爆が続いた。",
			en: "The heavy air strikes against terrorist organizations continued.", term: "空爆", head: "air strikes", wordnet: true},
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
			if tc.wordnet && InstalledWordNet() == "" {
				t.Skip("WordNet is not installed (Debian package wordnet-base)")
			}
			got := false
			for _, p := range linkedHeadPairs(t, tc.ja, tc.en, tc.term, dict, tc.wordnet) {
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

// linkedHeadPairs aligns one bitext segment with the dictionary dict, and WordNet when
// wordnet is set, and returns the pairs of the Japanese term ja.
func linkedHeadPairs(t *testing.T, jaText, enText, ja string, dict map[string]string, wordnet bool) []Pair {
	t.Helper()
	if !wordnet {
		return designationPairs(t, "bitext", jaText, enText, ja, dict)
	}
	load := func(lx *lexicon.Lexicon, _ map[string]bool) (int, error) {
		for j, e := range dict {
			lx.Add(j, e, "edict")
		}
		return len(dict), nil
	}
	res, err := Run(nil, nil, []BitextSegment{{Doc: "b.tsv", Line: 2, ID: "1", JA: jaText, EN: enText}},
		Options{EDICT: load, WordNet: InstalledWordNet()})
	if err != nil {
		t.Fatal(err)
	}
	var out []Pair
	for _, p := range res.Pairs {
		if p.JA == ja {
			out = append(out, p)
		}
	}
	return out
}
