package align

import (
	"slices"
	"strings"
	"testing"

	"github.com/glossterm/gloss/internal/lexicon"
	"github.com/glossterm/gloss/internal/morph"
)

// designationPairs runs the aligner on one aligned segment, or on a commentary and its English
// source, with a small dictionary (several glosses of a word separated by "/", as EDICT
// writes them), and returns the English proposed for ja.
func designationPairs(t *testing.T, mode, jaText, enText, ja string, dict map[string]string) []Pair {
	t.Helper()
	load := func(lx *lexicon.Lexicon, _ map[string]bool) (int, error) {
		for j, e := range dict {
			for _, g := range strings.Split(e, "/") {
				lx.Add(j, g, "edict")
			}
		}
		return len(dict), nil
	}
	var jd, ed []Doc
	var bitext []BitextSegment
	if mode == "bitext" {
		bitext = []BitextSegment{{Doc: "b.tsv", Line: 2, ID: "1", JA: jaText, EN: enText}}
	} else {
		jd, ed = []Doc{{Name: "ja.txt", Text: jaText + "\n" + jaText + "\n"}}, []Doc{{Name: "en.txt", Text: enText + "\n"}}
	}
	res, err := Run(jd, ed, bitext, Options{EDICT: load})
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

// renderingCase is a sentence pair and the English that align must (wantEN) or must not
// (notEN) propose for wantJA; modes are designationPairs' ("bitext", "sources": both when nil).
type renderingCase struct {
	name, ja, en string
	modes        []string
	wantJA       string
	wantEN       string // "" when nothing may be proposed for wantJA
	notEN        string // a rendering that must not be proposed for wantJA
	notAuto      bool   // notEN may be proposed, at review
}

// runRenderingCases runs each case in each of its modes with the dictionary dict.
func runRenderingCases(t *testing.T, tests []renderingCase, dict map[string]string) {
	for _, tc := range tests {
		modes := tc.modes
		if modes == nil {
			modes = []string{"bitext", "sources"}
		}
		for _, mode := range modes {
			t.Run(tc.name+"/"+mode, func(t *testing.T) {
				ps := designationPairs(t, mode, tc.ja, tc.en, tc.wantJA, dict)
				if tc.notAuto {
					ps = autoOnly(ps)
				}
				checkRendering(t, ps, tc.wantJA, tc.wantEN, tc.notEN)
			})
		}
	}
}

// autoOnly returns the auto pairs of ps.
func autoOnly(ps []Pair) []Pair {
	var out []Pair
	for _, p := range ps {
		if p.Status == "auto" {
			out = append(out, p)
		}
	}
	return out
}

// checkRendering fails the test unless wantEN is among the English proposed for wantJA
// (when wantEN is not ""), and if notEN is.
func checkRendering(t *testing.T, ps []Pair, wantJA, wantEN, notEN string) {
	t.Helper()
	found := false
	var got []string
	for _, p := range ps {
		got = append(got, p.EN)
		found = found || p.EN == wantEN
		if notEN != "" && p.EN == notEN {
			t.Errorf("%s proposed as %q (%s %.2f %+v)", p.JA, p.EN, p.Status, p.Score, p.Evidence)
		}
	}
	if wantEN != "" && !found {
		t.Errorf("%s proposed as %q, want %q among them", wantJA, got, wantEN)
	}
}

// TestDesignations: a designation of Latin letters and digits (Ｆ－３５, ５Ｇ, ＳＭ－３) is one
// unit of a Japanese term, which kagome splits into a letter, a sign and a number, and it
// renders itself in the English, letter for letter and in capitals; a lexicon word that
// kagome reads as more units than a part may have is translated whole (新型コロナウイルス感染症 =
// COVID-19); a number in full-width digits is one number, which kagome reads digit by digit
// (第１０条 = Article 10, 決議第２３９７号 = Resolution 2397). A different designation or number,
// or the same letters in other words, is no rendering.
func TestDesignations(t *testing.T) {
	dict := map[string]string{"戦闘機": "fighter", "通信網": "network", "新型コロナウイルス感染症": "COVID-19",
		"新型": "new type", "コロナウイルス": "coronavirus", "感染症": "infectious disease", "対応": "response", "迎撃": "interception",
		"ミサイル": "missile", "両国": "both countries",
		"安保理": "Security Council", "決議": "resolution", "条約": "treaty", "履行": "implementation", "終了": "termination", "条": "article"}
	tests := []renderingCase{
		{name: "a lexicon word of five units", ja: "両国は新型コロナウイルス感染症への対応で協力した。",
			en: "Both countries cooperated in their response to COVID-19.", wantJA: "新型コロナウイルス感染症", wantEN: "COVID-19"},
		{name: "letter, hyphen and number", ja: "日本はＦ－３５戦闘機を追加で取得する。",
			en: "Japan will acquire additional F-35 fighters.", wantJA: "Ｆ－３５戦闘機", wantEN: "F-35 fighters"},
		{name: "number and counter", ja: "両国は５Ｇ通信網の安全性を重視する。",
			en: "Both countries value the security of 5G networks.", wantJA: "５Ｇ通信網", wantEN: "5G networks"},
		{name: "letters, hyphen, number and a Roman numeral", ja: "両国はＳＭ－３ブロックⅡＡ迎撃ミサイルを共同開発した。",
			en: "The two countries jointly developed the SM-3 Block IIA interceptor missile.", wantJA: "ＳＭ－３ブロックⅡＡ迎撃ミサイル", notEN: "Block IIA interceptor missile"},
		{name: "a numbered resolution", ja: "両国は安保理決議第２３９７号の完全な履行を求める。",
			en: "Both countries call for the full implementation of Security Council Resolution 2397.", wantJA: "安保理決議第２３９７号", wantEN: "Security Council Resolution 2397"},
		{name: "an article of two digits", ja: "同条約第１０条は条約の終了を定める。",
			en: "Article 10 of the Treaty provides for its termination.", modes: []string{"bitext"}, wantJA: "条約第１０条", wantEN: "Article 10 of the Treaty"},
		{name: "another number", ja: "同条約第１０条は条約の終了を定める。",
			en: "Article 11 of the Treaty provides for its termination.", wantJA: "条約第１０条", notEN: "Article 11 of the Treaty"},
		{name: "another designation", ja: "日本はＦ－２戦闘機を改修する。",
			en: "Japan will upgrade its F-35 fighters.", wantJA: "Ｆ－２戦闘機", notEN: "F-35 fighters"},
		{name: "not the letter alone", ja: "日本はＦ－３５戦闘機を追加で取得する。",
			en: "Japan will acquire additional F fighters.", wantJA: "Ｆ－３５戦闘機", notEN: "F fighters"},
	}
	runRenderingCases(t, tests, dict)
}

// TestJoinDesignations: kagome's tokens of a designation are joined into one noun; a
// number alone, a range of numbers and letters in words stay as they are.
func TestJoinDesignations(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string // the joined token, "" when none
	}{
		{"Ｆ－３５戦闘機", "Ｆ－３５"},
		{"５Ｇ通信網", "５Ｇ"},
		{"ブロックⅡＡ", "ⅡＡ"},
		{"「２＋２」", "２＋２"},
		{"２０２２－２０２３年", "２０２２"}, // two numbers
		{"第１０条", "１０"},
		{"第５条", ""},
		{"五十年", ""},
	} {
		toks, plain := tokenize(tc.text), morph.Tokenize(tc.text)
		if tc.want == "" {
			if len(toks) != len(plain) {
				t.Errorf("tokenize(%q) joined tokens: %d of kagome's %d", tc.text, len(toks), len(plain))
			}
			continue
		}
		found := false
		for _, tok := range toks {
			found = found || tok.Surface == tc.want && tok.POSAt(0) == "名詞"
		}
		if !found {
			t.Errorf("tokenize(%q): no noun %q among %v", tc.text, tc.want, toks)
		}
	}
}

// bestEN aligns the Japanese text jaText against the English enText in corpus mode, with
// the lexicon load, and returns the English of the first (best) proposal for the term ja,
// "" for none.
func bestEN(t *testing.T, jaText, enText, ja string, load func(*lexicon.Lexicon, map[string]bool) (int, error)) string {
	t.Helper()
	res, err := Run([]Doc{{Name: "ja.txt", Text: jaText}}, []Doc{{Name: "en.txt", Text: enText}}, nil, Options{EDICT: load})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Pairs {
		if p.JA == ja {
			return p.EN
		}
	}
	return ""
}

// checkSegmentProposals runs designationPairs on one aligned segment and reports an error
// where want (when set) is not among the English proposed for term, or not (when set) is.
func checkSegmentProposals(t *testing.T, ja, en, term string, dict map[string]string, want, not string) {
	t.Helper()
	var got []string
	for _, p := range designationPairs(t, "bitext", ja, en, term, dict) {
		got = append(got, p.EN)
	}
	if want != "" && !slices.Contains(got, want) {
		t.Errorf("%s = %q not proposed: %q", term, want, got)
	}
	if not != "" && slices.Contains(got, not) {
		t.Errorf("%s = %q proposed: %q", term, not, got)
	}
}
