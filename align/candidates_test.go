package align

import (
	"testing"

	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/lexicon"
)

// TestCoversAcronym: an acronym of the English matches only a gloss that spells its
// letters, never a word it resembles once folded ("LAWS" is not "law").
func TestCoversAcronym(t *testing.T) {
	tests := []struct {
		name   string
		gloss  []string
		phrase string
		want   bool
	}{
		{name: "acronym is not a word", gloss: []string{"law"}, phrase: "LAWS", want: false},
		{name: "word in lower case", gloss: []string{"law"}, phrase: "laws", want: true},
		{name: "letters of the acronym", gloss: []string{"us"}, phrase: "U.S.", want: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			words, raw := enWords(tc.phrase)
			if len(words) != 1 {
				t.Fatalf("enWords(%q) = %v %v", tc.phrase, words, raw)
			}
			c := constituent{text: "X", words: tc.gloss}
			if got := covers(c, words[0], raw[0]); got != tc.want {
				t.Errorf("covers(%v, %q/%q) = %v, want %v", tc.gloss, words[0], raw[0], got, tc.want)
			}
		})
	}
}

// TestNameKeepsPrepositions: the title of a post keeps its prepositions and conjunctions,
// the one that opens it too ("Under Secretary"), when every word of it is explained,
// outside aligned segments too.
func TestNameKeepsPrepositions(t *testing.T) {
	g, err := glossary.Parse([]byte(`gloss: 1
languages: [ja, en]
concepts:
  - {id: war, status: approved, terms: {ja: [戦争], en: [war]}}
  - {id: policy, status: approved, terms: {ja: [政策], en: [policy]}}
  - {id: under-secretary, status: approved, terms: {ja: [次官], en: [under secretary]}}
  - {id: assistant-secretary, status: approved, terms: {ja: [次官補], en: [assistant secretary]}}
  - {id: defense, status: approved, terms: {ja: [国防], en: [defense]}}
  - {id: strategy, status: approved, terms: {ja: [戦略], en: [strategy]}}
  - {id: minister, status: approved, terms: {ja: [大臣], en: [minister]}}
  - {id: foreign-affairs, status: approved, terms: {ja: [外務], en: [foreign affairs]}}
`), "g.yaml")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, ja, en string
		wantJA       string
		wantEN       string
	}{
		{name: "Under Secretary", ja: "大統領は戦争政策次官を任命した。戦争政策次官は議会で証言した。",
			en:     "The President named the Under Secretary of War for Policy. The Under Secretary of War for Policy testified.",
			wantJA: "戦争政策次官", wantEN: "Under Secretary of War for Policy"},
		{name: "Assistant Secretary", ja: "国防次官補が来日した。国防次官補は会談した。",
			en:     "The Assistant Secretary of Defense arrived. The Assistant Secretary of Defense met them.",
			wantJA: "国防次官補", wantEN: "Assistant Secretary of Defense"},
		{name: "Minister for", ja: "外務大臣が来日した。外務大臣は会談した。",
			en:     "The Minister for Foreign Affairs arrived. The Minister for Foreign Affairs met them.",
			wantJA: "外務大臣", wantEN: "Minister for Foreign Affairs"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Run([]Doc{{Name: "ja.txt", Text: tc.ja}}, []Doc{{Name: "en.txt", Text: tc.en}}, nil, Options{Glossary: g})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range res.Pairs {
				if p.JA == tc.wantJA {
					got = append(got, p.EN+" "+p.Status)
				}
			}
			if len(got) != 1 || got[0] != tc.wantEN+" "+Auto {
				t.Errorf("%s proposed as %q, want only %q auto", tc.wantJA, got, tc.wantEN)
			}
		})
	}
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Under Secretary of War for Policy", true},
		{"Treaty of Mutual Cooperation and Security", true},
		{"country for decades", false},
		{"Golden Dome", false}, // no function word: an ordinary n-gram
	} {
		if got := isNamePhrase(tc.s); got != tc.want {
			t.Errorf("isNamePhrase(%q) = %v", tc.s, got)
		}
	}
}

// TestDictionaryPhrase: a term that is one dictionary word, whose gloss of several words
// the English writes whole, is a phrase translation (auto); a one-word gloss met is a sense
// of a word (review). A proper noun is a name, not vocabulary, even as one kagome unit.
func TestDictionaryPhrase(t *testing.T) {
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		for ja, en := range map[string]string{"国際秩序": "international order", "韓国": "Republic of Korea", "抑止力": "deterrence"} {
			lx.Add(ja, en, "edict")
		}
		return 3, nil
	}
	ja := Doc{Name: "ja.txt", Text: "国際秩序の維持が課題だ。韓国は抑止力を高める。抑止力が韓国に重要だ。"}
	en := Doc{Name: "en.txt", Text: "Maintaining the international order matters. The Republic of Korea raises deterrence. Deterrence matters to the Republic of Korea."}
	res, err := Run([]Doc{ja}, []Doc{en}, nil, Options{EDICT: dict})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"国際秩序\x00international order": Auto, "韓国\x00Republic of Korea": Auto, "抑止力\x00deterrence": Review}
	for _, p := range res.Pairs {
		k := p.JA + "\x00" + p.EN
		if st, ok := want[k]; ok {
			if p.Status != st {
				t.Errorf("%s = %s: %s %.2f, want %s (%+v)", p.JA, p.EN, p.Status, p.Score, st, p.Evidence)
			}
			delete(want, k)
		}
	}
	for k := range want {
		t.Errorf("not proposed: %q", k)
	}
}

// TestNumbers: the numbers of numbered parts, Japanese (digits of either width, kanji) and
// English (digits, roman numerals).
func TestNumbers(t *testing.T) {
	for s, want := range map[string]int{"5": 5, "５": 5, "五": 5, "十": 10, "十二": 12, "二十": 20, "三十五": 35, "条": 0} {
		if got := jaNumber(s); got != want {
			t.Errorf("jaNumber(%q) = %d, want %d", s, got, want)
		}
	}
	for s, want := range map[string]int{"5": 5, "v": 5, "iv": 4, "vi": 6, "ix": 9, "xii": 12, "article": 0, "0": 0} {
		if got := enNumber(s); got != want {
			t.Errorf("enNumber(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestNumberedPart: 第5条 of a treaty is its Article V (or 5), the counter rendered; the
// parties of a joint statement (日米) are its "our"; a slice of the term that starts inside
// one of its words (保障条約 inside 日米安全保障条約) is proposed for nothing.
func TestNumberedPart(t *testing.T) {
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		for ja, en := range map[string]string{"日米": "Japan and the United States", "安全保障": "security", "保障": "security",
			"条約": "treaty", "条": "article", "安全保障条約": "security treaty", "尖閣諸島": "Senkaku Islands"} {
			lx.Add(ja, en, "edict")
		}
		return 7, nil
	}
	bt := []BitextSegment{
		{Doc: "a.tsv", Line: 1, JA: "閣僚は、日米安全保障条約第5条の下での日本の防衛について議論した。",
			EN: "They discussed the defense of Japan under Article V of our security treaty."},
		{Doc: "a.tsv", Line: 2, JA: "日米安全保障条約第5条は尖閣諸島に適用される。",
			EN: "Article V of our security treaty applies to the Senkaku Islands."},
	}
	res, err := Run(nil, nil, bt, Options{EDICT: dict})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, p := range res.Pairs {
		switch p.JA {
		case "日米安全保障条約第5条":
			if p.EN == "Article V of our security treaty" {
				found = true
			} else {
				t.Errorf("%s = %s proposed", p.JA, p.EN)
			}
		case "保障条約", "保障条約第5条", "安全保障条約第5":
			t.Errorf("slice %s = %s proposed", p.JA, p.EN)
		}
	}
	if !found {
		t.Errorf("日米安全保障条約第5条 = Article V of our security treaty not proposed: %+v", res.Pairs)
	}
}

// TestLoanwordInTranslation: a katakana word whose sound and whose aligned segments name
// the same English word is auto, though it is one word; by sound alone it stays at review.
func TestLoanwordInTranslation(t *testing.T) {
	bt := []BitextSegment{{Doc: "a.tsv", Line: 1, JA: "閣僚は米国のリバランスを歓迎した。", EN: "The Ministers welcomed the U.S. rebalance."}}
	res, err := Run(nil, nil, bt, Options{})
	if err != nil {
		t.Fatal(err)
	}
	st := ""
	for _, p := range res.Pairs {
		if p.JA == "リバランス" && p.EN == "rebalance" {
			st = p.Status
		}
	}
	if st != Auto {
		t.Errorf("リバランス = rebalance: %q, want auto (%+v)", st, res.Pairs)
	}
	res, err = Run([]Doc{{Name: "ja.txt", Text: "米国のリバランスを歓迎した。リバランスは続く。"}},
		[]Doc{{Name: "en.txt", Text: "They welcomed the rebalance. The rebalance goes on."}}, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Pairs {
		if p.JA == "リバランス" && p.Status == Auto {
			t.Errorf("リバランス = %s auto by sound alone", p.EN)
		}
	}
}
