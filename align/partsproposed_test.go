package align

import (
	"slices"
	"strings"
	"testing"

	"github.com/glossterm/gloss/internal/lexicon"
)

// TestPartsProposed: a post with no rendering of its own, two of whose parts the
// dictionary lacks but the text renders (EU, which the English spells out; 上級代表, the
// one term left on each side of two segments), is rendered for review by the whole name
// the aligned segment writes; the parts keep their proposals. A segment that writes the
// parts' English and not the whole name gives the whole nothing, and a phrase that a
// particle joins (上級代表と会談) is no name.
func TestPartsProposed(t *testing.T) {
	dict := map[string]string{"通商": "trade", "投資": "investment", "政策": "policy", "来日": "coming to Japan",
		"首相": "prime minister", "会談": "talks", "外相": "foreign minister"}
	load := func(lx *lexicon.Lexicon, _ map[string]bool) (int, error) {
		for j, e := range dict {
			lx.Add(j, e, "edict")
		}
		return len(dict), nil
	}
	const whole = "Ms. Maria Rossi, High Representative of the European Union for Trade and Investment Policy, visited Japan and explained the position of the European Union (EU)."
	tests := []struct {
		name, first, ja, wantEN, notEN string
	}{
		{name: "the whole name", first: whole, ja: "EU通商・投資政策上級代表",
			wantEN: "High Representative of the European Union for Trade and Investment Policy"},
		{name: "a part keeps its own", first: whole, ja: "上級代表", wantEN: "High Representative"},
		{name: "near miss: only the parts written", ja: "EU通商・投資政策上級代表",
			first: "Ms. Maria Rossi visited Japan and explained the position of the European Union (EU).", notEN: "European Union"},
		{name: "near miss: a phrase joined by a particle", first: whole, ja: "上級代表と会談", notEN: "talks with the High Representative"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			segs := []BitextSegment{
				{JA: "マリア・ロッシEU通商・投資政策上級代表が来日し、欧州連合(EU)の立場を説明した。", EN: tc.first, Doc: "s.txt", Line: 1, Origin: "parallel"},
				{JA: "首相は上級代表と会談した。", EN: "The Prime Minister held talks with the High Representative.", Doc: "s.txt", Line: 2, Origin: "parallel"},
				{JA: "外相も上級代表と会談した。", EN: "The Foreign Minister also held talks with the High Representative.", Doc: "s.txt", Line: 3, Origin: "parallel"},
			}
			res, err := Run(nil, nil, segs, Options{EDICT: load})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range res.Pairs {
				if p.JA != tc.ja {
					continue
				}
				got = append(got, p.EN+" ("+string(p.Status)+")")
				if tc.notEN != "" && strings.Contains(p.EN, tc.notEN) {
					t.Errorf("%s = %q (%s), want no %q", tc.ja, p.EN, p.Status, tc.notEN)
				}
			}
			if tc.wantEN != "" && !containsPrefix(got, tc.wantEN+" (") {
				t.Errorf("%s proposed as %v, want %q", tc.ja, got, tc.wantEN)
			}
		})
	}
}

func containsPrefix(ss []string, p string) bool {
	for _, s := range ss {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// TestPartsProposedPartial: where the sure renderings of the parts render no whole, a part's
// partial one (五者会合 = Five-Party Talks, the number and its counter unglossed) is read
// too; the whole must still be written in the segment.
func TestPartsProposedPartial(t *testing.T) {
	dict := map[string]string{"共同": "joint", "宣言": "declaration", "会合": "meeting/talks", "採択": "adoption"}
	load := func(lx *lexicon.Lexicon, _ map[string]bool) (int, error) {
		for j, e := range dict {
			for _, g := range strings.Split(e, "/") {
				lx.Add(j, g, "edict")
			}
		}
		return len(dict), nil
	}
	tests := []struct {
		name, first, want string
	}{
		{name: "the whole name", first: "The countries adopted the Joint Declaration of the Five-Party Talks.",
			want: "Joint Declaration of the Five-Party Talks"},
		{name: "near miss: the whole not written", first: "The countries adopted the Joint Declaration."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			segs := []BitextSegment{
				{JA: "各国は五者会合共同宣言を採択した。", EN: tc.first, Doc: "s.txt", Line: 1, Origin: "parallel"},
				{JA: "五者会合は毎年開かれる。", EN: "The Five-Party Talks are held every year.", Doc: "s.txt", Line: 2, Origin: "parallel"},
			}
			res, err := Run(nil, nil, segs, Options{EDICT: load})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range res.Pairs {
				if p.JA == "五者会合共同宣言" {
					got = append(got, p.EN)
				}
			}
			if tc.want == "" && len(got) > 0 || tc.want != "" && (len(got) != 1 || got[0] != tc.want) {
				t.Errorf("五者会合共同宣言 proposed as %q, want %q", got, tc.want)
			}
		})
	}
}

// TestPartsProposedOwnRendering: a part's proposal that already holds the rest of the
// term's English (首脳会談 = "regular summit meeting", read where the text said no 定例) is
// that part's rendering, not the whole's: 定例首脳会談 must not take that same English.
// Where the part's proposal is its own ("summit meeting"), the whole is rendered by it.
func TestPartsProposedOwnRendering(t *testing.T) {
	dict := map[string]string{"定例": "regular", "開催": "holding", "両国": "both countries", "東京": "Tokyo"}
	load := func(lx *lexicon.Lexicon, _ map[string]bool) (int, error) {
		for j, e := range dict {
			lx.Add(j, e, "edict")
		}
		return len(dict), nil
	}
	tests := []struct {
		name, part, want, notEN string
	}{
		{name: "the part's own rendering", part: "summit meeting", want: "regular summit meeting"},
		{name: "near miss: the part's rendering holds the whole's", part: "regular summit meeting", notEN: "regular summit meeting"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			segs := []BitextSegment{
				{JA: "両国は東京で定例首脳会談を開催した。", EN: "The two countries held a regular summit meeting in Tokyo.", Doc: "s.txt", Line: 1, Origin: "parallel"},
				{JA: "両国は首脳会談を開催した。", EN: "The two countries held the " + tc.part + ".", Doc: "s.txt", Line: 2, Origin: "parallel"},
				{JA: "両国は首脳会談を再び開催した。", EN: "The two countries held the " + tc.part + " again.", Doc: "s.txt", Line: 3, Origin: "parallel"},
			}
			res, err := Run(nil, nil, segs, Options{EDICT: load})
			if err != nil {
				t.Fatal(err)
			}
			var got, part []string
			for _, p := range res.Pairs {
				switch p.JA {
				case "定例首脳会談":
					got = append(got, p.EN)
				case "首脳会談":
					part = append(part, p.EN)
				}
			}
			if !slices.Contains(part, tc.part) {
				t.Fatalf("首脳会談 proposed as %q, want %q", part, tc.part)
			}
			if tc.want != "" && !slices.Contains(got, tc.want) {
				t.Errorf("定例首脳会談 proposed as %q, want %q", got, tc.want)
			}
			if tc.notEN != "" && slices.Contains(got, tc.notEN) {
				t.Errorf("定例首脳会談 proposed as %q, want no %q", got, tc.notEN)
			}
		})
	}
}
