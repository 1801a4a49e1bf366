package align

import (
	"testing"

	"github.com/glossterm/gloss/align/internal/lexicon"
	"github.com/glossterm/gloss/glossary"
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

// TestNameKeepsPrepositions: a name keeps its prepositions and conjunctions when every
// word of it is explained, outside aligned segments too.
func TestNameKeepsPrepositions(t *testing.T) {
	g, err := glossary.Parse([]byte(`gloss: 1
languages: [ja, en]
concepts:
  - {id: war, status: approved, terms: {ja: [戦争], en: [war]}}
  - {id: policy, status: approved, terms: {ja: [政策], en: [policy]}}
  - {id: under-secretary, status: approved, terms: {ja: [次官], en: [under secretary]}}
`), "g.yaml")
	if err != nil {
		t.Fatal(err)
	}
	ja := Doc{Name: "ja.txt", Text: "大統領は戦争政策次官を任命した。戦争政策次官は議会で証言した。"}
	en := Doc{Name: "en.txt", Text: "The President named the Under Secretary of War for Policy. The Under Secretary of War for Policy testified."}
	res, err := Run([]Doc{ja}, []Doc{en}, nil, Options{Glossary: g})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, p := range res.Pairs {
		// (no n-gram starts with a function word, so "Under" is not part of it)
		if p.JA == "戦争政策次官" && p.EN == "Secretary of War for Policy" && p.Status == Auto {
			found = true
		}
	}
	if !found {
		t.Errorf("name not proposed: %+v", res.Pairs)
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
