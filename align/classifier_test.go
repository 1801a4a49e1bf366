package align

import (
	"testing"

	"github.com/glossterm/gloss/internal/morph"

	"github.com/glossterm/gloss/internal/lexicon"
)

// TestImplicitHead: a compound whose head names the kind of thing the term is (構想 a
// plan, 装置 a device) is rendered by the English of its modifier alone, at review
// (partial); not when the head is an act done to the term (強化), a person (局長), or
// when the modifier is one word, the dictionary's vocabulary.
func TestImplicitHead(t *testing.T) {
	if InstalledWordNet() == "" {
		t.Skip("WordNet is not installed (Debian package wordnet-base)")
	}
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		for ja, en := range map[string]string{"宇宙": "space", "監視": "surveillance", "構想": "plan", "装置": "equipment",
			"強化": "strengthening", "局長": "director", "両国": "both countries", "進める": "to advance"} {
			lx.Add(ja, en, "edict")
		}
		return 8, nil
	}
	tests := []struct {
		name, ja, en, term, want string
		rendered                 bool
	}{
		{name: "a plan the English leaves implicit", ja: "両国は宇宙監視構想を進める。", en: "Both countries advance space surveillance.",
			term: "宇宙監視構想", want: "space surveillance", rendered: true},
		{name: "a device the English leaves implicit", ja: "両国は宇宙監視装置を進める。", en: "Both countries advance space surveillance.",
			term: "宇宙監視装置", want: "space surveillance", rendered: true},
		{name: "an act done to the term is rendered", ja: "両国は宇宙監視強化を進める。", en: "Both countries advance space surveillance.",
			term: "宇宙監視強化", want: "space surveillance", rendered: false},
		{name: "a person is no kind of the term", ja: "両国は宇宙監視局長を進める。", en: "Both countries advance space surveillance.",
			term: "宇宙監視局長", want: "space surveillance", rendered: false},
		{name: "one modifier word is vocabulary", ja: "両国は監視構想を進める。", en: "Both countries advance surveillance.",
			term: "監視構想", want: "surveillance", rendered: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pairs := runPairsWith(t, Options{EDICT: dict, WordNet: InstalledWordNet()}, tt.ja, tt.en)
			got := false
			for _, p := range pairs {
				if p.JA != tt.term || p.EN != tt.want {
					continue
				}
				if p.Status == Auto {
					t.Errorf("%s = %s is auto: a head left implicit is a partial rendering, for review", tt.term, tt.want)
				}
				for _, e := range p.Evidence {
					if e.Type == EvPartial || e.Type == EvParallel {
						got = true
					}
				}
			}
			if got != tt.rendered {
				t.Errorf("%s = %s rendered %v, want %v: %+v", tt.term, tt.want, got, tt.rendered, pairs)
			}
		})
	}
}

// TestPlacesOnly: a modifier of place names only (日米 before 同盟) names whose the thing
// is; a name of another kind (ゴールデンドーム) or a common noun beside the place is a term.
func TestPlacesOnly(t *testing.T) {
	place := morph.Token{Surface: "日", POS: []string{"名詞", "固有名詞", "地域", "国"}}
	name := morph.Token{Surface: "ゴールデン", POS: []string{"名詞", "固有名詞", "一般", "*"}}
	common := morph.Token{Surface: "宇宙", POS: []string{"名詞", "一般", "*", "*"}}
	tests := []struct {
		name string
		cs   []constituent
		want bool
	}{
		{name: "two countries", cs: []constituent{{units: []morph.Token{place, place}}}, want: true},
		{name: "a name of another kind", cs: []constituent{{units: []morph.Token{name}}}, want: false},
		{name: "a place and a common noun", cs: []constituent{{units: []morph.Token{place}}, {units: []morph.Token{common}}}, want: false},
		{name: "an affix only", cs: []constituent{{affix: true, units: []morph.Token{place}}}, want: false},
	}
	for _, tt := range tests {
		if got := placesOnly(tt.cs); got != tt.want {
			t.Errorf("%s: placesOnly = %v, want %v", tt.name, got, tt.want)
		}
	}
}
