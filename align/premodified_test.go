package align

import (
	"testing"

	"github.com/glossterm/gloss/internal/lexicon"
)

// TestPremodifiedVariants: a segment that says a "Head for Complement" name in the other
// word order and shorter, words of the complement before the head, gives the term that
// form, at review; a segment without the complement's words, or one where the term is part of a
// longer word, gives none.
func TestPremodifiedVariants(t *testing.T) {
	dict := map[string]string{"外務大臣": "Minister for Foreign Affairs", "声明": "statement", "発表": "announcement",
		"会談": "talks", "両国": "both countries", "会合": "meeting"}
	first := BitextSegment{Doc: "b", Line: 1, JA: "外務大臣は声明を発表した。", EN: "The Minister for Foreign Affairs issued a statement."}
	tests := []postVariantCase{
		{name: "the premodified plural",
			second: BitextSegment{Doc: "b", Line: 2, JA: "両国の外務大臣が会談した。", EN: "The foreign ministers of both countries held talks."},
			want:   "foreign ministers"},
		{name: "the head alone",
			second: BitextSegment{Doc: "b", Line: 2, JA: "両国の外務大臣が会談した。", EN: "The ministers of both countries held talks."},
			not:    "ministers"},
		{name: "inside a longer word",
			second: BitextSegment{Doc: "b", Line: 2, JA: "外務大臣会合が開かれた。", EN: "The Foreign Ministers' Meeting was held."},
			not:    "Foreign Ministers"},
	}
	runPostVariants(t, dict, first, tests)
}

// postVariantCase is a second segment for a post's variant (premodifiedVariants): the
// variant proposed at review, or a rendering the rule must not propose.
type postVariantCase struct {
	name   string
	second BitextSegment
	want   string // the variant proposed at review, "" for none
	not    string // a rendering this rule must not propose (the aligner may, by the dictionary)
}

// runPostVariants aligns first and each case's second segment with the dictionary dict
// and checks the variants the rule proposes for 外務大臣.
func runPostVariants(t *testing.T, dict map[string]string, first BitextSegment, tests []postVariantCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Run(nil, nil, []BitextSegment{first, tc.second}, Options{EDICT: func(lx *lexicon.Lexicon, _ map[string]bool) (int, error) {
				for j, e := range dict {
					lx.Add(j, e, "edict")
				}
				return len(dict), nil
			}})
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, p := range res.Pairs {
				if p.JA != "外務大臣" {
					continue
				}
				if tc.want != "" && p.EN == tc.want {
					found = true
					if p.Status != Review {
						t.Errorf("外務大臣 = %q is %s, want review", p.EN, p.Status)
					}
				}
				if tc.not != "" && p.EN == tc.not && hasType(p.Evidence, EvPremodified) {
					t.Errorf("外務大臣 = %q proposed (%s), want none by this rule", p.EN, p.Status)
				}
			}
			if tc.want != "" && !found {
				t.Errorf("外務大臣 = %q not proposed", tc.want)
			}
		})
	}
}

// TestPremodifiedOpening: a post that opens a compound (外務大臣|声明), said by the English
// as a title before a name the Japanese leaves out, is given that title, from the
// dictionary's name of the post alone, at review; the rest of the compound after the title,
// a post inside a longer word and a title before no name give none.
func TestPremodifiedOpening(t *testing.T) {
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		for _, e := range [][2]string{{"外務大臣", "Minister for Foreign Affairs"}, {"声明", "statement"},
			{"発表", "announcement"}, {"会合", "meeting"}, {"副", "deputy"}} {
			lx.Add(e[0], e[1], "edict")
		}
		return 5, nil
	}
	tests := []struct {
		name, ja, en string
		want         string // the title proposed for 外務大臣 by this rule, "" for none
	}{
		{name: "the title before a name the Japanese leaves out", ja: "外務大臣声明が発表された。",
			en: "A statement by Foreign Minister Tanabe was announced.", want: "Foreign Minister"},
		{name: "near miss: the rest of the compound after the title", ja: "外務大臣会合が開かれた。",
			en: "The Foreign Minister Meeting was held."},
		{name: "near miss: the post inside a longer word", ja: "副外務大臣声明が発表された。",
			en: "A statement by Deputy Foreign Minister Tanabe was announced."},
		{name: "near miss: no name after the title", ja: "外務大臣声明が発表された。",
			en: "A statement by the Foreign Minister was announced."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			for _, p := range runPairs(t, dict, tc.ja, tc.en) {
				if p.JA != "外務大臣" || !hasType(p.Evidence, EvPremodified) {
					continue
				}
				t.Logf("%s = %s %.2f %s", p.JA, p.EN, p.Score, p.Status)
				got = p.EN
				if p.Status != Review {
					t.Errorf("外務大臣 = %q is %s, want review", p.EN, p.Status)
				}
			}
			if got != tc.want {
				t.Errorf("外務大臣 given %q by the post's other word order, want %q", got, tc.want)
			}
		})
	}
}

// TestPremodifiedLongerName: the complement's words before the head are no variant of a
// name where the head opens a longer name of its own ("Japan Bank for International
// Cooperation" beside 日本銀行 "Bank of Japan"): that is another name, not the term's.
func TestPremodifiedLongerName(t *testing.T) {
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		for _, e := range [][2]string{{"日本銀行", "Bank of Japan"}, {"国際協力銀行", "Japan Bank for International Cooperation"},
			{"協定", "agreement"}, {"署名", "signature"}} {
			lx.Add(e[0], e[1], "edict")
		}
		return 4, nil
	}
	tests := []struct {
		name, ja, en string
		want         string // the variant proposed for 日本銀行 by this rule, "" for none
	}{
		{name: "the complement before the head", ja: "日本銀行は協定に署名した。",
			en: "The Japan Bank signed the agreement.", want: "Japan Bank"},
		{name: "near miss: the head opens a longer name", ja: "日本銀行と国際協力銀行が協定に署名した。",
			en: "The BOJ and the Japan Bank for International Cooperation signed the agreement."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			for _, p := range runPairs(t, dict, tc.ja, tc.en) {
				if p.JA != "日本銀行" || !hasType(p.Evidence, EvPremodified) {
					continue
				}
				t.Logf("%s = %s %.2f %s", p.JA, p.EN, p.Score, p.Status)
				got = p.EN
			}
			if got != tc.want {
				t.Errorf("日本銀行 given %q by the name's other word order, want %q", got, tc.want)
			}
		})
	}
}
