package align

import (
	"strings"
	"testing"

	"github.com/glossterm/gloss/align/internal/enterm"
	"github.com/glossterm/gloss/internal/lexicon"
)

// TestCoordinationSpans: an English span holds "and" only where the Japanese term has a
// coordinator (及び, かつ) or a part glossed as a coordination (日米), and no part of the
// term explains two English words.
func TestCoordinationSpans(t *testing.T) {
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		for ja, en := range map[string]string{"国家": "national", "安全保障": "security", "戦略": "strategy", "防衛": "defense",
			"自由": "free", "公正": "fair", "市場": "market", "日米": "Japan and the United States", "協力": "cooperation"} {
			lx.Add(ja, en, "edict")
		}
		return 9, nil
	}
	ja := []Doc{{Name: "ja.txt", Text: "米国の国家安全保障戦略及び国家防衛戦略を歓迎した。\n国家防衛戦略を読んだ。\n" +
		"自由かつ公正な市場を重視する。\n自由かつ公正な市場が重要である。\n日米協力を進める。\n日米協力は重要だ。\n"}}
	en := []Doc{{Name: "en.txt", Text: "They welcomed the United States' National Security Strategy and National Defense Strategy.\n" +
		"We value free and fair markets.\nCooperation between Japan and the United States grows.\n"}}
	res, err := Run(ja, en, nil, Options{EDICT: dict})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, p := range res.Pairs {
		got[p.JA] = append(got[p.JA], p.EN)
		if strings.Contains(p.EN, " and ") && !strings.ContainsAny(p.JA, "及かと・") && !strings.Contains(p.JA, "日米") {
			t.Errorf("%s = %q: an English coordination for a term without one", p.JA, p.EN)
		}
	}
	for ja, en := range map[string]string{"国家防衛戦略": "National Defense Strategy", "自由かつ公正な市場": "free and fair markets"} {
		found := false
		for _, e := range got[ja] {
			found = found || e == en
		}
		if !found {
			t.Errorf("%s: proposed %q, want %q", ja, got[ja], en)
		}
	}
}

func TestExplainsTwice(t *testing.T) {
	cs := []constituent{{text: "国家", words: []string{"national"}}, {text: "防衛", words: []string{"defense"}}, {text: "戦略", words: []string{"strategy"}}}
	words, raw := lexicon.Split("Strategy and National Defense Strategy")
	if !explainsTwice(cs, words, raw) {
		t.Error("Strategy … Strategy: 戦略 explains two words")
	}
	words, raw = lexicon.Split("National Defense Strategy")
	if explainsTwice(cs, words, raw) {
		t.Error("National Defense Strategy: each part explains one word")
	}
	cs = append(cs, constituent{text: "戦略", words: []string{"strategy"}})
	words, raw = lexicon.Split("Defense Strategy and National Strategy")
	if explainsTwice(cs, words, raw) || partOnceRendered(cs, words, raw, false) {
		t.Error("two parts 戦略, two words strategy")
	}
	words, raw = lexicon.Split("National Strategy and National Defense")
	if !partOnceRendered(cs, words, raw, false) {
		t.Error("two parts 戦略, one word strategy: one is left out")
	}
	// a part written again inside a longer part: 教育 in 教育省 and 教育政策 (own example,
	// a ministry and its education policy bureau)
	gloss := func(s string) []string { w, _ := lexicon.Split(s); return w }
	cs = []constituent{{text: "教育省", words: gloss("ministry education")}, {text: "教育", words: gloss("education")},
		{text: "政策", words: gloss("policy")}, {text: "局", words: gloss("bureau"), affix: true}}
	words, raw = lexicon.Split("Education Policy Bureau")
	if !partOnceRendered(cs, words, raw, true) {
		t.Error("教育省教育政策局 = Education Policy Bureau: the ministry is left out")
	}
	if partOnceRendered(cs, words, raw, false) {
		t.Error("across a coordination only parts written alike count")
	}
	words, raw = lexicon.Split("Education Policy Bureau, Ministry of Education")
	if partOnceRendered(cs, words, raw, true) {
		t.Error("both written: the office and its ministry")
	}
}

// TestCutShort: a span is cut short when a word that a part of the term renders stands
// right before it, or after it across "of the"; not across a conjunction, nor a word
// further away.
func TestCutShort(t *testing.T) {
	cs := []constituent{{text: "海洋法", words: []string{"law", "sea"}, glosses: [][]string{{"law", "of", "the", "sea"}}}, {text: "条約", words: []string{"convention", "treaty"}}}
	ng := func(surface, sentence string) *enterm.NGram {
		ix := enterm.NewIndex()
		ix.AddSentence("en.txt", 1, sentence)
		g := ix.Lookup(surface)
		if g == nil {
			t.Fatalf("%q not indexed", surface)
		}
		return g
	}
	for _, tc := range []struct {
		surface, sentence string
		want              bool
	}{
		{"Convention on the Law", "They cited the Convention on the Law of the Sea here.", true},
		{"Law", "The Sea Law is old.", true},
		{"Law of the Sea Convention", "They cited the Law of the Sea Convention here.", false},
		{"Convention", "The Convention and the Sea are old.", false},
	} {
		if got := cutShort(cs, ng(tc.surface, tc.sentence)); got != tc.want {
			t.Errorf("cutShort(%q in %q) = %v, want %v", tc.surface, tc.sentence, got, tc.want)
		}
	}
}
