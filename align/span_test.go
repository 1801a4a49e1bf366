package align

import (
	"os"
	"strings"
	"testing"

	"github.com/glossterm/gloss/internal/lexicon"
)

// TestNameHead: a term whose parts leave the head of an English name unexplained is a
// modifier inside that name, not its translation: 国家安全保障 is "national security", not
// "National Security Strategy".
func TestNameHead(t *testing.T) {
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		lx.Add("国家", "nation", "edict")
		lx.Add("安全保障", "security guarantee", "edict")
		return 2, nil
	}
	ja := []Doc{{Name: "ja.txt", Text: "国家安全保障が重要だ。\n国家安全保障を守る。\n"}}
	en := []Doc{{Name: "en.txt", Text: "The National Security Strategy says so.\nIt protects American national security.\n"}}
	res, err := Run(ja, en, nil, Options{EDICT: dict})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range res.Pairs {
		if p.JA == "国家安全保障" {
			got = append(got, p.EN)
			if p.EN == "National Security Strategy" {
				t.Errorf("国家安全保障 proposed as %q (%s %.2f)", p.EN, p.Status, p.Score)
			}
		}
	}
	if len(got) == 0 {
		t.Errorf("国家安全保障 not proposed; want national security")
	}
	t.Log(got)
}

// TestAbleSuffix: X可能 is X-able, the suffix of the English word that renders X; 可能
// must be rendered, so the plain noun is no rendering.
func TestAbleSuffix(t *testing.T) {
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		lx.Add("管理", "management; control", "edict")
		lx.Add("可能", "possible", "edict")
		lx.Add("脅威", "threat", "edict")
		return 3, nil
	}
	for _, tc := range []struct{ en, want, not string }{
		{"Russia remains a persistent but manageable threat.", "manageable threat", ""},
		{"The management threat is new.", "", "management threat"},
	} {
		res, err := Run([]Doc{{Name: "ja.txt", Text: "ロシアは管理可能な脅威である。\n"}}, []Doc{{Name: "en.txt", Text: tc.en + "\n"}}, nil, Options{EDICT: dict})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, p := range res.Pairs {
			if p.JA != "管理可能な脅威" {
				continue
			}
			found = found || p.EN == tc.want
			if p.EN == tc.not {
				t.Errorf("管理可能な脅威 proposed as %q", p.EN)
			}
		}
		if tc.want != "" && !found {
			t.Errorf("管理可能な脅威 not proposed as %q", tc.want)
		}
	}
}

// TestPhraseWord: a word whose dictionary gives a phrase that the English writes whole is a
// term, not vocabulary, even when the commentary writes it only inside longer terms.
func TestPhraseWord(t *testing.T) {
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		lx.Add("冷戦", "cold war", "edict")
		return 1, nil
	}
	ja := []Doc{{Name: "ja.txt", Text: "冷戦期の米ソ二極抑止とは異なる。\n冷戦後の戦略が誤りであった。\n"}}
	en := []Doc{{Name: "en.txt", Text: "The alliance was tested through the long years of the Cold War.\n"}}
	res, err := Run(ja, en, nil, Options{EDICT: dict})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Pairs {
		if p.JA == "冷戦" && p.EN == "Cold War" {
			return
		}
	}
	t.Errorf("冷戦 not proposed as Cold War: %+v", res.Pairs)
}

// TestGerundHead: a verbal noun with an の dependent is written as a gerund with its object
// after it: 北朝鮮の抑止 = deterring North Korea. A noun that is no verbal noun keeps its
// head last.
func TestGerundHead(t *testing.T) {
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		lx.Add("北朝鮮", "North Korea", "edict")
		lx.Add("抑止", "deterrence", "edict")
		lx.Add("民主主義", "democracy", "edict")
		lx.Add("再活性化", "revitalization", "edict")
		return 4, nil
	}
	ja := []Doc{{Name: "ja.txt", Text: "韓国が北朝鮮の抑止に責任を負う。\n民主主義の再活性化が課題だ。\n"}}
	en := []Doc{{Name: "en.txt", Text: "It takes primary responsibility for deterring North Korea.\nChallenges such as revitalizing democracy remain.\n"}}
	res, err := Run(ja, en, nil, Options{EDICT: dict})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"北朝鮮の抑止": "deterring North Korea", "民主主義の再活性化": "revitalizing democracy"}
	for _, p := range res.Pairs {
		if want[p.JA] == p.EN {
			delete(want, p.JA)
		}
	}
	for ja, en := range want {
		t.Errorf("%s not proposed as %q", ja, en)
	}
}

// TestAdjectiveEnd: with WordNet, an English phrase that ends in an adjective with no noun
// sense stops before its head, unless the Japanese is adjectival itself or glossed by that
// very adjective: 安全保障協議 is not "Security Consultative" (the Committee is its head),
// but 二国間 is "bilateral".
func TestAdjectiveEnd(t *testing.T) {
	wn := InstalledWordNet()
	if wn == "" {
		if os.Getenv("GLOSS_REQUIRE_INTEROP") != "" {
			t.Fatal("WordNet is not installed (apt-get install wordnet-base); GLOSS_REQUIRE_INTEROP is set")
		}
		t.Skip("WordNet is not installed")
	}
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		lx.Add("安全保障", "security", "edict")
		lx.Add("協議", "consultation", "edict")
		lx.Add("二国間", "bilateral", "edict")
		lx.Add("協力", "cooperation", "edict")
		return 4, nil
	}
	bt := []BitextSegment{
		{Doc: "b.tsv", Line: 2, ID: "1", JA: "安全保障協議委員会の会合で、二国間協力を歓迎した。", EN: "At the Security Consultative Committee meeting, they welcomed bilateral cooperation."},
		{Doc: "b.tsv", Line: 3, ID: "2", JA: "安全保障協議の結果、二国間の関係が深まった。", EN: "The Security Consultative talks deepened bilateral ties."},
	}
	res, err := Run(nil, nil, bt, Options{EDICT: dict, WordNet: wn})
	if err != nil {
		t.Fatal(err)
	}
	bilateral := false
	for _, p := range res.Pairs {
		if p.JA == "安全保障協議" && p.EN == "Security Consultative" {
			t.Errorf("安全保障協議 proposed as %q (%s)", p.EN, p.Status)
		}
		bilateral = bilateral || p.JA == "二国間協力" && p.EN == "bilateral cooperation"
	}
	if !bilateral {
		t.Errorf("二国間協力 not proposed as bilateral cooperation")
	}
}

// TestAlignedLongSpan: in an aligned segment a term's English may take seven words (a
// prepositional complement and a fixed expression), and a span never ends in a possessive.
func TestAlignedLongSpan(t *testing.T) {
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		lx.Add("一方的", "one-sided; unilateral", "edict")
		lx.Add("現状", "present condition; status quo", "edict")
		lx.Add("変更", "change", "edict")
		lx.Add("試み", "attempt", "edict")
		lx.Add("日本", "Japan", "edict")
		lx.Add("努力", "effort", "edict")
		lx.Add("同盟", "alliance", "edict")
		return 7, nil
	}
	segs := []BitextSegment{
		{JA: "我々は一方的な現状変更の試みに反対する。", EN: "We oppose unilateral attempts to change the status quo.", Doc: "a.txt", Line: 1, Origin: "parallel"},
		{JA: "同盟及び日本の努力を歓迎する。", EN: "They welcome the alliance and Japan's efforts.", Doc: "a.txt", Line: 2, Origin: "parallel"},
	}
	res, err := Run(nil, nil, segs, Options{EDICT: dict})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, p := range res.Pairs {
		if p.JA == "一方的な現状変更の試み" && p.EN == "unilateral attempts to change the status quo" {
			found = true
		}
		if strings.HasSuffix(p.EN, "'s") {
			t.Errorf("%s = %q ends in a possessive", p.JA, p.EN)
		}
	}
	if !found {
		t.Errorf("一方的な現状変更の試み = unilateral attempts to change the status quo not proposed")
	}
}

// TestCoordinationRepeatsWord: a term without a coordinator names one thing; an English
// coordination that writes a word on both sides of the conjunction names two ("Strategy
// and National Defense Strategy" is not 国家防衛戦略).
func TestCoordinationRepeatsWord(t *testing.T) {
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		lx.Add("国家", "nation; state; national", "edict")
		lx.Add("防衛", "defense", "edict")
		lx.Add("安全保障", "security", "edict")
		lx.Add("戦略", "strategy", "edict")
		return 4, nil
	}
	segs := []BitextSegment{{JA: "米国の国家安全保障戦略及び国家防衛戦略を歓迎した。",
		EN: "They welcomed the National Security Strategy and National Defense Strategy of the United States.", Doc: "a.txt", Line: 1, Origin: "parallel"}}
	res, err := Run(nil, nil, segs, Options{EDICT: dict})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Pairs {
		if (p.JA == "国家防衛戦略" || p.JA == "国家安全保障戦略") && strings.Contains(p.EN, " and ") {
			t.Errorf("%s = %q (%s)", p.JA, p.EN, p.Status)
		}
	}
}
