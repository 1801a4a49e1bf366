package align

import (
	"os"
	"slices"
	"testing"

	"github.com/glossterm/gloss/internal/lexicon"
)

// TestWholeName: a Japanese name that leaves out a word of the English name (防衛計画の大綱
// = National Defense Program Guidelines) is paired with the whole name, not the piece its
// parts explain, and the possessor before the name stays out; a term written right after
// another Japanese noun (日米豪戦略対話 共同ステートメント) keeps its own English, the
// capitalized words before it rendering that noun.
func TestWholeName(t *testing.T) {
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		for ja, en := range map[string]string{"防衛": "defense", "計画": "program", "大綱": "outline", "共同": "joint",
			"ステートメント": "statement", "戦略": "strategy", "対話": "dialogue", "閣僚": "minister"} {
			lx.Add(ja, en, "edict")
		}
		return 8, nil
	}
	segs := []BitextSegment{
		{JA: "閣僚は日本の防衛計画の大綱を歓迎した。", EN: "The Ministers welcomed Japan's National Defense Program Guidelines.", Doc: "a.txt", Line: 1, Origin: "parallel"},
		{JA: "日米豪戦略対話 共同ステートメント", EN: "Trilateral Strategic Dialogue Joint Statement", Doc: "a.txt", Line: 2, Origin: "parallel"},
	}
	res, err := Run(nil, nil, segs, Options{EDICT: dict})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, p := range res.Pairs {
		got[p.JA] = append(got[p.JA], p.EN)
	}
	want := map[string]string{"防衛計画の大綱": "National Defense Program Guidelines", "共同ステートメント": "Joint Statement"}
	for ja, en := range want {
		if len(got[ja]) != 1 || got[ja][0] != en {
			t.Errorf("%s = %q, want only %q", ja, got[ja], en)
		}
	}
}

// TestCountryList: one part naming three countries (日米豪, glossed "Japan-America-Australia")
// renders the names the official English writes, "Japan-United States-Australia", more
// words than the other parts: the span's length bound allows them, and America meets the
// United States.
func TestCountryList(t *testing.T) {
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		for ja, en := range map[string]string{"日米豪": "Japan-America-Australia", "閣僚級": "cabinet-level", "戦略": "strategy", "対話": "dialogue"} {
			lx.Add(ja, en, "edict")
		}
		return 4, nil
	}
	segs := []BitextSegment{
		{JA: "日米豪閣僚級戦略対話を開催した。", EN: "They held the Japan-United States-Australia Trilateral Strategic Dialogue.", Doc: "a.txt", Line: 1, Origin: "parallel"},
	}
	res, err := Run(nil, nil, segs, Options{EDICT: dict})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Pairs {
		if p.JA == "日米豪閣僚級戦略対話" && p.EN == "Japan-United States-Australia Trilateral Strategic Dialogue" {
			if p.Status == "auto" {
				t.Errorf("%s = %s is auto: 閣僚級 and Trilateral are not explained", p.JA, p.EN)
			}
			return
		}
	}
	t.Errorf("日米豪閣僚級戦略対話 = Japan-United States-Australia Trilateral Strategic Dialogue not proposed: %+v", res.Pairs)
}

// TestNameBeforeDate: a name is widened over an of-phrase of capitalized words, but a month
// or a day of the week dates the act, it names no body: 国際刑事裁判所 is the
// "International Criminal Court", not the "International Criminal Court of June".
func TestNameBeforeDate(t *testing.T) {
	dict := dictOf(map[string]string{"国際刑事裁判所": "International Criminal Court", "決定": "decision"})
	checkProposals(t, dict, []proposalCase{
		{"国際刑事裁判所の決定を尊重する。", "We respect the decision of the International Criminal Court of June 3.",
			"国際刑事裁判所", "International Criminal Court", []string{"International Criminal Court of June"}},
	})
}

// TestCountryOwnedName: a name written after a country's name and の (ドイツの防衛白書) is
// rendered without the country's adjective that English writes before the name ("the
// German Defense White Paper"): the adjective renders the の-phrase, not the term. Where
// English writes the country as a possessor ("Germany's"), the capitalized word after it
// belongs to the name; a term after an ordinary noun and の keeps the widening.
func TestCountryOwnedName(t *testing.T) {
	dict := dictOf(map[string]string{"防衛": "defense", "白書": "white paper", "計画": "program", "大綱": "outline",
		"政府": "government", "閣僚": "minister"})
	checkProposals(t, dict, []proposalCase{
		{ja: "閣僚はドイツの防衛白書を読んだ。", en: "The ministers read the German Defense White Paper.",
			term: "防衛白書", want: "Defense White Paper", not: []string{"German Defense White Paper"}},
		{ja: "閣僚はドイツの防衛計画の大綱を読んだ。", en: "The ministers read Germany's Federal Defense Program Guidelines.",
			term: "防衛計画の大綱", want: "Federal Defense Program Guidelines", not: []string{"Defense Program Guidelines"}},
		{ja: "閣僚は政府の防衛計画の大綱を読んだ。", en: "The ministers read the Federal Defense Program Guidelines.",
			term: "防衛計画の大綱", want: "Federal Defense Program Guidelines", not: []string{"Defense Program Guidelines"}},
	})
}

// TestTitleBeforeName: a post written right after a person's name (マイヤー首相) is widened
// over the capitalized words before its rendering when the English writes the name right
// after it ("Federal Chancellor Meier"): English puts the title before the name, so those
// words are the title's own. Where no name follows the rendering, the words before it may
// render the noun before the term, and the rendering stays bare; in a list of titled
// persons the title stops at the name of the person before it.
func TestTitleBeforeName(t *testing.T) {
	dict := dictOf(map[string]string{"首相": "chancellor", "会談": "talks", "演説": "speech"})
	tests := []struct {
		name, ja, en string
		want         string
		not          string
	}{
		{name: "title before the name", ja: "マイヤー首相は会談に臨んだ。", en: "Federal Chancellor Meier joined the talks.",
			want: "Federal Chancellor"},
		{name: "name before the title", ja: "マイヤー首相は会談に臨んだ。", en: "Meier, the Federal Chancellor, joined the talks.",
			want: "Chancellor", not: "Federal Chancellor"},
		{name: "a list of titled persons", ja: "ブラウン外相とマイヤー首相は会談に臨んだ。", en: "Foreign Minister Brown Chancellor Meier joined the talks.",
			want: "Chancellor", not: "Foreign Minister Brown Chancellor"},
	}
	for _, tt := range tests {
		segs := []BitextSegment{
			{JA: tt.ja, EN: tt.en, Doc: "a.txt", Line: 1, Origin: "parallel"},
			{JA: "首相は演説した。", EN: "The Chancellor gave a speech.", Doc: "a.txt", Line: 2, Origin: "parallel"},
			{JA: "首相は会談を終えた。", EN: "The Chancellor ended the talks.", Doc: "a.txt", Line: 3, Origin: "parallel"},
		}
		res, err := Run(nil, nil, segs, Options{EDICT: dict})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range res.Pairs {
			if p.JA == "首相" {
				got = append(got, p.EN)
			}
		}
		if !slices.Contains(got, tt.want) {
			t.Errorf("%s: 首相 = %q not proposed: %q", tt.name, tt.want, got)
		}
		if tt.not != "" && slices.Contains(got, tt.not) {
			t.Errorf("%s: 首相 = %q proposed: %q", tt.name, tt.not, got)
		}
	}
}

// TestModifiedAfterLongVowel: a term written right after a katakana noun that ends in the
// long-vowel mark (セミナー) follows a noun as much as after any other katakana: the
// capitalized word before its English renders that noun, and the term keeps its own English.
func TestModifiedAfterLongVowel(t *testing.T) {
	dict := dictOf(map[string]string{"最終": "final", "報告書": "report"})
	checkProposals(t, dict, []proposalCase{
		{ja: "セミナー 最終報告書", en: "Seminar Final Report", term: "最終報告書", want: "Final Report", not: []string{"Seminar Final Report"}},
		{ja: "最終報告書", en: "Seminar Final Report", term: "最終報告書", want: "Seminar Final Report"},
	})
}

// TestPartiesBeforeName: official English writes the parties of a meeting before its name
// ("a Japan-Philippines Foreign Ministers' Meeting") where Japanese leaves them to the
// context (外相会談): a term that names no country is the name after the pair, not a cut of
// the name with it; a term that names the parties (日比外相会談) keeps them.
func TestPartiesBeforeName(t *testing.T) {
	dict, wn := InstalledEDICT(), InstalledWordNet()
	if dict == "" || wn == "" {
		if os.Getenv("GLOSS_REQUIRE_INTEROP") != "" {
			t.Fatal("EDICT or WordNet is not installed (apt-get install edict wordnet-base); GLOSS_REQUIRE_INTEROP is set")
		}
		t.Skip("EDICT or WordNet is not installed")
	}
	const en = "The minister held a Japan-Philippines Foreign Ministers’ Meeting with the Secretary for Foreign Affairs of the Philippines."
	for _, tt := range []struct {
		name, ja, term, want string
	}{
		{"the parties left to the context", "大臣はフィリピン外務大臣と外相会談を行った。", "外相会談", "Foreign Ministers’ Meeting"},
		{"the parties named", "大臣はフィリピン外務大臣と日比外相会談を行った。", "日比外相会談", "Japan-Philippines Foreign Ministers’ Meeting"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Run(nil, nil, []BitextSegment{{JA: tt.ja, EN: en, Doc: "a.txt", Line: 1, Origin: "parallel"}},
				Options{EDICT: EDICTFile(dict), WordNet: wn})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range res.Pairs {
				if p.JA == tt.term {
					got = append(got, p.EN)
				}
			}
			if !slices.Contains(got, tt.want) {
				t.Errorf("%s = %q, want %q among them", tt.term, got, tt.want)
			}
		})
	}
}
