package align

import (
	"strings"
	"testing"

	"github.com/glossterm/gloss/internal/lexicon"

	"github.com/glossterm/gloss/glossary"
)

func TestRunSmall(t *testing.T) {
	ja := Doc{Name: "ja.txt", Text: "政権は「力による平和(Peace through Strength)」を掲げた。これは古典的な相互確証破壊(MAD)を前提とする。\n模範的な同盟国（model allies）との協力を優先する。ゴールデンドームを配備する。"}
	en := Doc{Name: "en.txt", Text: "To further the goal of peace through strength. Israel is a model ally.\nThe Golden Dome will include sensors. Mutual assured destruction (MAD) kept the peace."}
	res, err := Run([]Doc{ja}, []Doc{en}, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"力による平和": "peace through strength", "模範的な同盟国": "model ally", "相互確証破壊": "Mutual assured destruction", "ゴールデンドーム": "Golden Dome"}
	got := map[string]string{}
	for _, p := range res.Pairs {
		if _, ok := want[p.JA]; ok && got[p.JA] == "" {
			got[p.JA] = p.EN
		}
		if strings.HasPrefix(p.JA, "これは") || strings.HasPrefix(p.JA, "古典的") {
			t.Errorf("bad left edge: %s = %s", p.JA, p.EN)
		}
	}
	for ja, en := range want {
		if !strings.EqualFold(got[ja], en) {
			t.Errorf("%s = %q, want %q", ja, got[ja], en)
		}
	}
	// the acronym is the short form of the expansion found in the sources, not the
	// translation: proposed for review
	for _, p := range res.Pairs {
		if p.JA == "相互確証破壊" && p.EN == "MAD" && p.Status != Review {
			t.Errorf("相互確証破壊 = MAD is %s (%.2f), want review", p.Status, p.Score)
		}
	}
}

func TestKnownPairsShow(t *testing.T) {
	g, err := glossary.Parse([]byte("gloss: 1\nlanguages: [ja, en]\nconcepts:\n  - id: integrated-deterrence\n    status: approved\n    terms:\n      ja: [統合抑止]\n      en: [integrated deterrence]\n"), "g.yaml")
	if err != nil {
		t.Fatal(err)
	}
	ja := Doc{Name: "ja.txt", Text: "統合抑止を推進する。統合抑止が柱である。"}
	en := Doc{Name: "en.txt", Text: "Integrated deterrence entails working seamlessly across domains."}
	res, err := Run([]Doc{ja}, []Doc{en}, nil, Options{Glossary: g})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Pairs {
		if p.JA == "統合抑止" && p.EN == "integrated deterrence" && p.Known && p.ConceptID == "integrated-deterrence" {
			return
		}
	}
	t.Errorf("known pair not proposed: %+v", res.Pairs)
}

// TestAcronymShortFormByInitials: an acronym verified by the initials of the parts'
// translations is the short form of a full Japanese name whose full English rendering is
// proposed too: review, the expansion the translation.
func TestAcronymShortFormByInitials(t *testing.T) {
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		lx.Add("国家", "nation", "edict")
		lx.Add("防衛", "defense", "edict")
		lx.Add("戦略", "strategy", "edict")
		return 3, nil
	}
	ja := Doc{Name: "ja.txt", Text: "国家防衛戦略(NDS)が公表された。国家防衛戦略は同盟を重視する。\n"}
	en := Doc{Name: "en.txt", Text: "The National Defense Strategy was released. The NDS puts allies first.\n"}
	res, err := Run([]Doc{ja}, []Doc{en}, nil, Options{EDICT: dict})
	if err != nil {
		t.Fatal(err)
	}
	var full, acr *Pair
	for i, p := range res.Pairs {
		if p.JA != "国家防衛戦略" {
			continue
		}
		switch p.EN {
		case "National Defense Strategy":
			full = &res.Pairs[i]
		case "NDS":
			acr = &res.Pairs[i]
		}
	}
	if full == nil || acr == nil {
		t.Fatalf("国家防衛戦略: full %+v, acronym %+v; want both proposed", full, acr)
	}
	if acr.Status != Review {
		t.Errorf("国家防衛戦略 = NDS is %s (%.2f) %+v, want review: the short form of National Defense Strategy", acr.Status, acr.Score, acr.Evidence)
	}
}
