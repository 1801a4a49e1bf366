package align

import (
	"testing"

	"github.com/glossterm/gloss/internal/lexicon"
)

// TestCoordination: a Japanese term that coordinates two parts (及び, 並びに, と, ・; 又は,
// 若しくは, 或いは, rendered by "or"; や, by either) is
// rendered by an English phrase that keeps its conjunction inside: "C of A and B", "A and B
// C", "A and B". The conjunction renders the coordinator, so the phrase needs no other
// license for its function words; an English coordination never renders a term that has
// none, unless every word is explained. An English closed compound renders a Japanese
// compound whose second word it ends with (上空|飛行 = overflight), in part only (review).
func TestCoordination(t *testing.T) {
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		for ja, en := range map[string]string{"航行": "navigation", "上空": "sky", "飛行": "flight", "自由": "freedom",
			"平和": "peace", "安定": "stability", "維持": "maintenance", "安全保障": "security", "防衛": "defense",
			"協力": "cooperation", "日本": "Japan", "米国": "United States", "関係": "relations",
			"力": "force", "威圧": "coercion", "現状": "status quo", "変更": "change"} {
			lx.Add(ja, en, "edict")
		}
		return 17, nil
	}
	tests := []struct {
		name, ja, en string
		wantJA       string
		wantEN       string // "" when nothing may be proposed for wantJA
		notEN        string // a rendering that must not be proposed for wantJA
	}{
		{name: "C of A and B, a closed compound", ja: "両国は航行及び上空飛行の自由を尊重する。",
			en: "Both countries respect freedom of navigation and overflight.", wantJA: "航行及び上空飛行の自由", wantEN: "freedom of navigation and overflight"},
		{name: "C of A and B", ja: "両国は平和及び安定の維持を約束した。",
			en: "Both countries committed to the maintenance of peace and stability.", wantJA: "平和及び安定の維持", wantEN: "maintenance of peace and stability"},
		{name: "A and B C", ja: "両国は安全保障及び防衛協力を進めた。",
			en: "Both countries advanced security and defense cooperation.", wantJA: "安全保障及び防衛協力", wantEN: "security and defense cooperation"},
		{name: "A and B with と", ja: "日本と米国の関係は強い。",
			en: "Relations between Japan and the United States are strong.", wantJA: "日本と米国", wantEN: "", notEN: "Japan and the United States relations"},
		{name: "A or B with 又は", ja: "我々は力又は威圧による現状変更に反対する。",
			en: "We oppose any change by force or coercion.", wantJA: "力又は威圧", wantEN: "force or coercion"},
		{name: "又は is not and", ja: "我々は力又は威圧に反対する。",
			en: "We oppose force and coercion.", wantJA: "力又は威圧", wantEN: "", notEN: "force and coercion"},
		{name: "A or B with や", ja: "我々は力や威圧による現状変更に反対する。",
			en: "We oppose any change by force or coercion.", wantJA: "力や威圧", wantEN: "force or coercion"},
		{name: "A and B with や", ja: "両国は平和や安定を求める。",
			en: "Both countries seek peace and stability.", wantJA: "平和や安定", wantEN: "peace and stability"},
		{name: "及び is not or", ja: "両国は平和及び安定を求める。",
			en: "Both countries seek peace or stability.", wantJA: "平和及び安定", wantEN: "", notEN: "peace or stability"},
		{name: "no coordination in the term", ja: "両国は上空飛行の自由を尊重する。",
			en: "Both countries respect navigation and overflight.", wantJA: "上空飛行の自由", notEN: "navigation and overflight"},
	}
	for _, tc := range tests {
		for _, mode := range []string{"bitext", "sources"} {
			t.Run(tc.name+"/"+mode, func(t *testing.T) {
				// an aligned segment, or a commentary and its English source
				var ja, en []Doc
				var bitext []BitextSegment
				if mode == "bitext" {
					bitext = []BitextSegment{{Doc: "b.tsv", Line: 2, ID: "1", JA: tc.ja, EN: tc.en}}
				} else {
					ja, en = []Doc{{Name: "ja.txt", Text: tc.ja + "\n"}}, []Doc{{Name: "en.txt", Text: tc.en + "\n"}}
				}
				res, err := Run(ja, en, bitext, Options{EDICT: dict})
				if err != nil {
					t.Fatal(err)
				}
				var got []string
				for _, p := range res.Pairs {
					if p.JA != tc.wantJA {
						continue
					}
					got = append(got, p.EN)
					if tc.notEN != "" && p.EN == tc.notEN {
						t.Errorf("%s proposed as %q (%s %.2f %+v)", p.JA, p.EN, p.Status, p.Score, p.Evidence)
					}
				}
				if tc.wantEN == "" {
					return
				}
				found := false
				for _, e := range got {
					found = found || e == tc.wantEN
				}
				if !found {
					t.Errorf("%s proposed as %q, want %q among them", tc.wantJA, got, tc.wantEN)
				}
			})
		}
	}
}

func TestConjunctions(t *testing.T) {
	for _, tc := range []struct {
		s            string
		max          int
		want, wantOr int
	}{
		{"freedom of navigation and overflight", 1, 1, 0},
		{"security and defense cooperation", 1, 1, 0},
		{"peace, security and stability", 2, 1, 0},
		{"land, sea or air forces", 2, 1, 1},
		{"force or coercion and pressure", 2, 2, 1},
		{"Japan and the United States", 1, 0, 0}, // next to an article: it joins phrases
		{"freedom of navigation and overflight", 0, 0, 0},
		{"navigation", 1, 0, 0},
	} {
		if got, or := conjunctions(tc.s, tc.max); got != tc.want || or != tc.wantOr {
			t.Errorf("conjunctions(%q, %d) = %d, %d; want %d, %d", tc.s, tc.max, got, or, tc.want, tc.wantOr)
		}
	}
}

// TestCaseLink: a link of a case particle and の (への, との) is rendered by a preposition,
// never by a bare compound or a coordination of the two sides.
func TestCaseLink(t *testing.T) {
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		for ja, en := range map[string]string{"日本": "Japan", "扱い": "treatment", "地域": "region", "リバランス": "rebalance", "中国": "China", "対話": "dialogue"} {
			lx.Add(ja, en, "edict")
		}
		return 6, nil
	}
	for _, tc := range []struct{ ja, en, wantJA, wantEN, notEN string }{
		{"米国の地域へのリバランスを歓迎する。", "They welcome the U.S. rebalance to the region.", "地域へのリバランス", "rebalance to the region", ""},
		{"中国との対話を続ける。", "We continue our dialogue with China.", "中国との対話", "dialogue with China", ""},
		{"日本との扱いを変える。", "The Japan treatment changed.", "日本との扱い", "", "Japan treatment"},
	} {
		res, err := Run(nil, nil, []BitextSegment{{Doc: "b.tsv", Line: 2, ID: "1", JA: tc.ja, EN: tc.en}}, Options{EDICT: dict})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, p := range res.Pairs {
			if p.JA != tc.wantJA {
				continue
			}
			found = found || p.EN == tc.wantEN
			if tc.notEN != "" && p.EN == tc.notEN {
				t.Errorf("%s proposed as %q", p.JA, p.EN)
			}
		}
		if tc.wantEN != "" && !found {
			t.Errorf("%s not proposed as %q", tc.wantJA, tc.wantEN)
		}
	}
}

func TestModifierEnd(t *testing.T) {
	for w, want := range map[string]bool{"strategically": true, "increasingly": true, "unimpeded": true, "demonstrated": true,
		"family": false, "ally": false, "assembly": false, "supply": false, "deterrence": false, "spending": false, "proceed": false} {
		if got := modifierEnd(w); got != want {
			t.Errorf("modifierEnd(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestModifierBefore: English coordinates the modifiers of one head ("free and democratic
// nations"), so a span that starts after "W and", W a word the term renders but the span
// does not, leaves a modifier out: 自由民主主義国家 is not "democratic nations". A
// modifier the term does not name ("stable") leaves the partial rendering standing.
func TestModifierBefore(t *testing.T) {
	dict := dictOf(map[string]string{"自由民主主義": "liberal democracy", "自由": "freedom", "民主": "democracy",
		"主義": "doctrine", "国家": "nation"})
	proposed := func(en string) bool {
		segs := []BitextSegment{{JA: "自由民主主義国家は協力する。", EN: en, Doc: "a.txt", Line: 1, Origin: "parallel"}}
		res, err := Run(nil, nil, segs, Options{EDICT: dict})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range res.Pairs {
			if p.JA == "自由民主主義国家" && p.EN == "democratic nations" {
				return true
			}
		}
		return false
	}
	if proposed("Free and democratic nations cooperate.") {
		t.Error(`自由民主主義国家 = "democratic nations" proposed after "Free and"`)
	}
	if !proposed("Stable and democratic nations cooperate.") {
		t.Error(`自由民主主義国家 = "democratic nations" not proposed after "Stable and", which the term does not render`)
	}
}

// TestCoordinatedModifiers: Japanese writes the attributive な once, after the last of
// coordinated modifiers (政治的及び経済的な協力); English coordinates the adjectives before
// the head: "political and economic cooperation".
func TestCoordinatedModifiers(t *testing.T) {
	dict := dictOf(map[string]string{"政治的": "political", "経済的": "economic", "協力": "cooperation"})
	checkProposals(t, dict, []proposalCase{
		{"政治的及び経済的な協力を深める。", "We deepen political and economic cooperation.", "政治的及び経済的な協力",
			"political and economic cooperation", nil},
	})
}

// TestConcurrentPosts: 兼 joins the posts one person holds, the English "and" between them
// (首相兼外務大臣 = Prime Minister and Minister for Foreign Affairs); a span that names one
// post only is no rendering of both.
func TestConcurrentPosts(t *testing.T) {
	dict := dictOf(map[string]string{"首相": "Prime Minister", "外務大臣": "Minister for Foreign Affairs", "兼": "concurrently"})
	checkProposals(t, dict, []proposalCase{
		{"首相兼外務大臣が訪問した。", "The Prime Minister and Minister for Foreign Affairs visited.", "首相兼外務大臣",
			"Prime Minister and Minister for Foreign Affairs", []string{"Minister for Foreign Affairs", "Prime Minister"}},
	})
	// 兼 is rendered by the "and", no word of its own left unmet: the rendering is full
	res, err := Run(nil, nil, []BitextSegment{{JA: "首相兼外務大臣が訪問した。", EN: "The Prime Minister and Minister for Foreign Affairs visited.",
		Doc: "a.txt", Line: 1, Origin: "parallel"}}, Options{EDICT: dict})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Pairs {
		if p.JA == "首相兼外務大臣" && p.EN == "Prime Minister and Minister for Foreign Affairs" && !hasType(p.Evidence, EvCompositional) {
			t.Errorf("兼 left unrendered: %s = %s, %+v", p.JA, p.EN, p.Evidence)
		}
	}
}

// TestNounAndModifier: a noun coordinated with a modifier before their shared な modifies
// the head as the adjective does (地域及び国際的な課題 = regional and international
// challenges); where the English coordinates two noun phrases instead, the noun is a
// member of its own and the phrase no term with a rendering at auto.
func TestNounAndModifier(t *testing.T) {
	dict := dictOf(map[string]string{"地域": "region", "国際的": "international", "課題": "challenge", "日本": "Japan",
		"模範的": "exemplary", "同盟国": "ally"})
	checkProposals(t, dict, []proposalCase{
		{"地域及び国際的な課題に取り組む。", "We address regional and international challenges.", "地域及び国際的な課題",
			"regional and international challenges", nil},
	})
	res, err := Run(nil, nil, []BitextSegment{{JA: "日本及び模範的な同盟国と協力する。", EN: "We cooperate with Japan and exemplary allies.",
		Doc: "a.txt", Line: 1, Origin: "parallel"}}, Options{EDICT: dict})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Pairs {
		if p.JA == "日本及び模範的な同盟国" && p.Status == Auto {
			t.Errorf("a name read as a modifier: %s = %s %s %.2f", p.JA, p.EN, p.Status, p.Score)
		}
	}
}
