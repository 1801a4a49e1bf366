package align

import (
	"os"
	"strings"
	"testing"
)

// TestThesaurus: EDICT glosses 防衛費 "defense costs", the English writes "defense
// spending". WordNet puts spending one hypernym link above cost: with it the pair is
// proposed as thesaurus evidence, at review (a thesaurus step alone never reaches auto);
// without it "spending" is a word left over (partial evidence at best). A neighbour that only a stem
// or another word order would meet is no evidence ("posture force").
func TestThesaurus(t *testing.T) {
	dict, wn := InstalledEDICT(), InstalledWordNet()
	if dict == "" || wn == "" {
		if os.Getenv("GLOSS_REQUIRE_INTEROP") != "" {
			t.Fatal("EDICT or WordNet is not installed (apt-get install edict wordnet-base); GLOSS_REQUIRE_INTEROP is set")
		}
		t.Skip("EDICT or WordNet is not installed")
	}
	ja := []Doc{{Name: "ja.txt", Text: "韓国は防衛費を増やした。日本の防衛費も増えた。\n"}}
	en := []Doc{{Name: "en.txt", Text: "South Korea has high defense spending. The force posture changed.\n"}}
	find := func(opts Options) *Pair {
		res, err := Run(ja, en, nil, opts)
		if err != nil {
			t.Fatal(err)
		}
		for i, p := range res.Pairs {
			if p.JA == "防衛費" {
				return &res.Pairs[i]
			}
		}
		return nil
	}
	p := find(Options{EDICT: EDICTFile(dict), WordNet: wn})
	if p == nil || p.EN != "defense spending" {
		t.Fatalf("with WordNet: 防衛費 = %+v, want defense spending", p)
	}
	if p.Status != Review || !hasType(p.Evidence, EvThesaurus) {
		t.Errorf("with WordNet: status %s, evidence %+v; want review, thesaurus", p.Status, p.Evidence)
	}
	if d := p.Evidence[0].Detail; !strings.Contains(d, "cost") || !strings.Contains(d, "spending") || !strings.Contains(d, "WordNet") {
		t.Errorf("detail %q does not name the step cost ~ spending", d)
	}
	if p := find(Options{EDICT: EDICTFile(dict)}); p != nil && (hasType(p.Evidence, EvThesaurus) || p.Score > weights[EvPartial]) {
		t.Errorf("without WordNet: 防衛費 = %s %.2f %+v; want at most a partial rendering", p.EN, p.Score, p.Evidence)
	}
}

// TestThesaurusDefinition: EDICT's 本土 "country where one was born" is WordNet's
// definition of homeland; with 米国 = America beside it, 米国本土 = American Homeland, at
// review. "Homeland" alone, with nothing the dictionary explains beside it, is no evidence.
func TestThesaurusDefinition(t *testing.T) {
	dict, wn := InstalledEDICT(), InstalledWordNet()
	if dict == "" || wn == "" {
		if os.Getenv("GLOSS_REQUIRE_INTEROP") != "" {
			t.Fatal("EDICT or WordNet is not installed (apt-get install edict wordnet-base); GLOSS_REQUIRE_INTEROP is set")
		}
		t.Skip("EDICT or WordNet is not installed")
	}
	ja := []Doc{{Name: "ja.txt", Text: "米国本土の防衛が優先される。米国本土を守る。\n"}}
	for _, tc := range []struct{ en, want string }{
		{"Line of Effort 1: Defend the American Homeland.\n", "American Homeland"},
		{"We will protect the Homeland.\n", ""},
	} {
		res, err := Run(ja, []Doc{{Name: "en.txt", Text: tc.en}}, nil, Options{EDICT: EDICTFile(dict), WordNet: wn})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, p := range res.Pairs {
			if p.JA == "米国本土" && hasType(p.Evidence, EvThesaurus) {
				got = p.EN
				if p.Status != Review {
					t.Errorf("%s = %s is %s, want review", p.JA, p.EN, p.Status)
				}
			}
		}
		if got != tc.want {
			t.Errorf("English %q: 米国本土 by thesaurus = %q, want %q", tc.en, got, tc.want)
		}
	}
}

// TestThesaurusOneWordGloss: EDICT's 支出 is "expenditure" (one word per gloss), the
// English writes "defense spending". A one-word gloss is replaced only by a neighbour in
// the first sense of either word (spending is a synonym in expenditure's first sense),
// while 防衛 = defense anchors the phrase. A neighbour of a rarer sense is no evidence: 同盟国
// "ally" is not "state" (ally's first sense is a friendly nation, a hyponym of nothing
// named state).
func TestThesaurusOneWordGloss(t *testing.T) {
	dict, wn := InstalledEDICT(), InstalledWordNet()
	if dict == "" || wn == "" {
		if os.Getenv("GLOSS_REQUIRE_INTEROP") != "" {
			t.Fatal("EDICT or WordNet is not installed (apt-get install edict wordnet-base); GLOSS_REQUIRE_INTEROP is set")
		}
		t.Skip("EDICT or WordNet is not installed")
	}
	ja := []Doc{{Name: "ja.txt", Text: "韓国は防衛支出を増やした。同盟国の抑止力が問われる。\n"}}
	en := []Doc{{Name: "en.txt", Text: "South Korea has high defense spending. The United States will deter aggression.\n"}}
	res, err := Run(ja, en, nil, Options{EDICT: EDICTFile(dict), WordNet: wn})
	if err != nil {
		t.Fatal(err)
	}
	var got *Pair
	for i, p := range res.Pairs {
		switch p.JA {
		case "防衛支出":
			got = &res.Pairs[i]
		case "同盟国の抑止力":
			t.Errorf("同盟国の抑止力 = %q (%+v): a neighbour of a rare sense of ally", p.EN, p.Evidence)
		}
	}
	if got == nil || got.EN != "defense spending" || !hasType(got.Evidence, EvThesaurus) || got.Status != Review {
		t.Fatalf("防衛支出 = %+v, want defense spending, thesaurus, review", got)
	}
}

// TestThesaurusAligned: in an aligned segment too a gloss word may be met by a neighbour
// in its first sense (能力 "ability" = capability), read with the parts split finer where
// the dictionary's gloss of the compound does not fit (日|米 = Japan-U.S.); at review.
func TestThesaurusAligned(t *testing.T) {
	dict, wn := InstalledEDICT(), InstalledWordNet()
	if dict == "" || wn == "" {
		if os.Getenv("GLOSS_REQUIRE_INTEROP") != "" {
			t.Fatal("EDICT or WordNet is not installed (apt-get install edict wordnet-base); GLOSS_REQUIRE_INTEROP is set")
		}
		t.Skip("EDICT or WordNet is not installed")
	}
	segs := []BitextSegment{{JA: "閣僚は、日米同盟の能力を向上させる措置を決定した。", EN: "The Ministers decided upon steps to upgrade the capability of the Japan-U.S. Alliance.", Doc: "a.txt", Line: 1, Origin: "parallel"}}
	res, err := Run(nil, nil, segs, Options{EDICT: EDICTFile(dict), WordNet: wn})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Pairs {
		if p.JA == "日米同盟の能力" && p.EN == "capability of the Japan-U.S. Alliance" {
			if p.Status != Review || !hasType(p.Evidence, EvThesaurus) {
				t.Errorf("日米同盟の能力: %s %+v, want review with thesaurus evidence", p.Status, p.Evidence)
			}
			return
		}
	}
	t.Errorf("日米同盟の能力 = capability of the Japan-U.S. Alliance not proposed")
}

// TestNameSynonym: a term that is one name, glossed by a phrase of several words ("North
// Korea"), is rendered by another name of the same thing that WordNet lists in the
// phrase's only synset (Democratic People's Republic of Korea), at review (a thesaurus
// step). Inside a compound the part keeps the name its gloss gives.
func TestNameSynonym(t *testing.T) {
	wn := InstalledWordNet()
	if wn == "" {
		if os.Getenv("GLOSS_REQUIRE_INTEROP") != "" {
			t.Fatal("WordNet is not installed (apt-get install wordnet-base); GLOSS_REQUIRE_INTEROP is set")
		}
		t.Skip("WordNet is not installed")
	}
	dict := dictOf(map[string]string{"北朝鮮": "North Korea", "対話": "dialogue"})
	res, err := Run(nil, nil, []BitextSegment{{JA: "我々は北朝鮮との対話を続ける。", EN: "We continue the dialogue with the Democratic People's Republic of Korea.",
		Doc: "a.txt", Line: 1, Origin: "parallel"}}, Options{EDICT: dict, WordNet: wn})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, p := range res.Pairs {
		if p.JA == "北朝鮮" && p.EN == "Democratic People's Republic of Korea" {
			found = true
			if p.Status == Auto || !hasType(p.Evidence, EvThesaurus) {
				t.Errorf("北朝鮮 = %s: %s %.2f %+v, want review on thesaurus evidence", p.EN, p.Status, p.Score, p.Evidence)
			}
		}
	}
	if !found {
		t.Errorf("北朝鮮 = Democratic People's Republic of Korea not proposed: %+v", res.Pairs)
	}
}
