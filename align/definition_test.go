package align

import (
	"os"
	"strings"
	"testing"

	"github.com/glossterm/gloss/align/internal/wordnet"
)

func needDictionaries(t *testing.T) (dict, wn string) {
	t.Helper()
	dict, wn = InstalledEDICT(), InstalledWordNet()
	if dict == "" || wn == "" {
		if os.Getenv("GLOSS_REQUIRE_INTEROP") != "" {
			t.Fatal("EDICT or WordNet is not installed (apt-get install edict wordnet-base); GLOSS_REQUIRE_INTEROP is set")
		}
		t.Skip("EDICT or WordNet is not installed")
	}
	return dict, wn
}

// TestDefinitionEvidence: no dictionary pairs 残虐行為 with one English word, and EDICT
// glosses its parts 残虐 "cruel" and 行為 "act"; WordNet defines atrocity as "an act of
// atrocious cruelty": the aligned segment's "atrocities" is definition evidence, at review,
// with the definition said. A noun whose definition holds only the head ("crime: an act
// punishable by law") is none, nor a noun that is a part's own gloss ("deeds" is 行為).
func TestDefinitionEvidence(t *testing.T) {
	dict, wn := needDictionaries(t)
	ja := "政府は、その残虐行為を強く非難した。"
	for _, tc := range []struct{ en, want string }{
		{"The government strongly condemned the atrocities.", "atrocities"},
		{"The government strongly condemned those crimes.", ""},
		{"The government strongly condemned those deeds.", ""},
	} {
		segs := []BitextSegment{{JA: ja, EN: tc.en, Doc: "statement", Line: 1, Origin: OriginParallel}}
		res, err := Run(nil, nil, segs, Options{EDICT: EDICTFile(dict), WordNet: wn})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, p := range res.Pairs {
			if p.JA != "残虐行為" || !hasType(p.Evidence, EvDefinition) {
				continue
			}
			got = p.EN
			if p.Status != Review {
				t.Errorf("%s = %s is %s (%.2f), want review: a definition alone is a paraphrase", p.JA, p.EN, p.Status, p.Score)
			}
			for _, e := range p.Evidence {
				if e.Type == EvDefinition && !strings.Contains(e.Detail, "an act of atrocious cruelty") {
					t.Errorf("detail %q does not say the definition", e.Detail)
				}
			}
		}
		if got != tc.want {
			t.Errorf("%q: definition evidence for 残虐行為 = %q, want %q", tc.en, got, tc.want)
		}
	}
}

// TestDefinitionExplains: which definition renders which parts. The genus (the first noun
// of the definition) renders the head, the rest the modifiers; a gloss of several words is
// met whole; a noun derived from a gloss word counts (cruel, cruelty); stop words never
// count; a compound of three parts needs its head and one modifier.
func TestDefinitionExplains(t *testing.T) {
	dir := InstalledWordNet()
	if dir == "" {
		t.Skip("WordNet is not installed")
	}
	w, err := wordnet.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	r := &run{wn: w}
	part := func(glosses ...string) constituent {
		c := constituent{}
		for _, g := range glosses {
			ws, h := glossWords(g)
			c.glosses, c.gheads = append(c.glosses, ws), append(c.gheads, h)
		}
		return c
	}
	noun := func(defs ...string) *defNoun {
		d := &defNoun{lemma: "x"}
		for _, t := range defs {
			d.senses = append(d.senses, r.readDefinition(t))
		}
		return d
	}
	cruel, act := part("cruel", "brutal"), part("act", "deed")
	for _, tc := range []struct {
		name string
		def  string
		cs   []constituent
		want bool
	}{
		{"genus and a derived noun", "an act of atrocious cruelty", []constituent{cruel, act}, true},
		{"only the head", "an act punishable by law", []constituent{cruel, act}, false},
		{"head met outside the genus", "the quality of a cruel act", []constituent{cruel, act}, false},
		{"a gloss met in part", "a country where people were born", []constituent{part("foreign country"), part("person")}, false},
		{"a stop word renders nothing", "an act of the state", []constituent{part("the"), act}, false},
		{"head and one modifier of three", "an act of cruelty", []constituent{part("military affairs"), cruel, act}, true},
		{"a parenthesis is no meaning", "an act (cruel in some countries)", []constituent{cruel, act}, false},
	} {
		if got := noun(tc.def).explains(tc.cs, nil, nil) != ""; got != tc.want {
			t.Errorf("%s: %q explains the parts = %v, want %v", tc.name, tc.def, got, tc.want)
		}
	}
}

// TestDefinitionParen: near the term, in parentheses after it, one English noun whose
// WordNet definition renders the compound's parts is the writer's gloss of the compound,
// not a related term (paren-loose): 残虐行為（atrocities）. A noun whose definition holds
// only the head stays a loose gloss: 残虐行為（crimes）, "an act punishable by law".
func TestDefinitionParen(t *testing.T) {
	dict, wn := needDictionaries(t)
	for _, tc := range []struct {
		en      string
		def     bool
		related bool
	}{
		{"atrocities", true, false},
		{"crimes", false, true},
	} {
		ja := []Doc{{Name: "ja.txt", Text: "政府は、その残虐行為（" + tc.en + "）を非難した。\n"}}
		res, err := Run(ja, nil, nil, Options{EDICT: EDICTFile(dict), WordNet: wn})
		if err != nil {
			t.Fatal(err)
		}
		var p *Pair
		for i := range res.Pairs {
			if res.Pairs[i].JA == "残虐行為" && res.Pairs[i].EN == tc.en {
				p = &res.Pairs[i]
			}
		}
		if p == nil {
			t.Errorf("残虐行為（%s）: no pair", tc.en)
			continue
		}
		if hasType(p.Evidence, EvDefinition) != tc.def || p.Related != tc.related {
			t.Errorf("残虐行為（%s）: evidence %+v, related %v; want definition %v, related %v", tc.en, p.Evidence, p.Related, tc.def, tc.related)
		}
	}
}
