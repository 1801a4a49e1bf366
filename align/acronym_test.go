package align

import (
	"testing"

	"github.com/glossterm/gloss/internal/lexicon"
)

// TestLatinAcronymInJapanese: a Latin acronym the Japanese writes as a word is paired with
// the name it abbreviates, when the English defines it or the aligned English writes a
// capitalized name whose initials spell it; letters alone pair with nothing.
func TestLatinAcronymInJapanese(t *testing.T) {
	tests := []struct {
		name, ja, en string
		acronym      string
		want         string // the English paired with the acronym, "" for none
		wantStatus   string
	}{
		{name: "defined by the English", ja: "両首脳はAPECの役割を確認した。",
			en:      "The leaders confirmed the role of the Asia-Pacific Economic Cooperation (APEC).",
			acronym: "APEC", want: "Asia-Pacific Economic Cooperation", wantStatus: Auto},
		{name: "full-width letters", ja: "両首脳はＡＰＥＣの役割を確認した。",
			en:      "The leaders confirmed the role of the Asia-Pacific Economic Cooperation (APEC).",
			acronym: "APEC", want: "Asia-Pacific Economic Cooperation", wantStatus: Auto},
		{name: "initials of a name in the aligned segment", ja: "首相はNSCの会合を開いた。",
			en:      "The Prime Minister convened a meeting of the National Security Council.",
			acronym: "NSC", want: "National Security Council", wantStatus: Auto},
		{name: "near miss: the English writes no name", ja: "首相はNSCの会合を開いた。",
			en:      "The Prime Minister convened a meeting of the national security council.",
			acronym: "NSC"},
		{name: "near miss: the initials differ", ja: "首相はIAEAの報告を受けた。",
			en:      "The Prime Minister received the report of the International Energy Agency.",
			acronym: "IAEA"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Run(nil, nil, []BitextSegment{{JA: tc.ja, EN: tc.en, Doc: "s.txt", Line: 1, Origin: "parallel"}}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			got, status := "", ""
			for _, p := range res.Pairs {
				if p.JA == tc.acronym && hasType(p.Evidence, EvAcronym) {
					got, status = p.EN, p.Status
				}
			}
			if got != tc.want || tc.want != "" && status != tc.wantStatus {
				t.Errorf("%s = %q (%s), want %q (%s)", tc.acronym, got, status, tc.want, tc.wantStatus)
			}
		})
	}
}

// TestShortFormOfJapaneseName: a Japanese name that the translation writes by the
// acronym of its English name is paired with that acronym too, for review; a term whose
// English no acronym abbreviates gets none.
func TestShortFormOfJapaneseName(t *testing.T) {
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		lx.Add("海洋", "ocean; sea; maritime", "edict")
		lx.Add("協力", "cooperation", "edict")
		lx.Add("計画", "plan; program", "edict")
		return 3, nil
	}
	tests := []struct {
		name string
		segs []BitextSegment
		want string // the acronym paired with 海洋協力計画, "" for none
	}{
		{name: "defined by the English", want: "MCP", segs: []BitextSegment{
			{JA: "両国は海洋協力計画を承認した。", EN: "The two countries approved the Maritime Cooperation Plan (MCP).", Doc: "a.txt", Line: 1, Origin: "parallel"},
			{JA: "海洋協力計画は三年間続く。", EN: "The MCP lasts three years.", Doc: "a.txt", Line: 2, Origin: "parallel"},
		}},
		{name: "initials in an aligned segment", want: "MCP", segs: []BitextSegment{
			{JA: "両国は海洋協力計画を承認した。", EN: "The two countries approved the Maritime Cooperation Plan.", Doc: "a.txt", Line: 1, Origin: "parallel"},
			{JA: "海洋協力計画は三年間続く。", EN: "The MCP lasts three years.", Doc: "a.txt", Line: 2, Origin: "parallel"},
		}},
		{name: "near miss: an acronym of something else", segs: []BitextSegment{
			{JA: "両国は海洋協力計画を承認した。", EN: "The two countries approved the Maritime Cooperation Plan.", Doc: "a.txt", Line: 1, Origin: "parallel"},
			{JA: "海洋協力計画は三年間続く。", EN: "The plan lasts three years under the IMO.", Doc: "a.txt", Line: 2, Origin: "parallel"},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Run(nil, nil, tc.segs, Options{EDICT: dict})
			if err != nil {
				t.Fatal(err)
			}
			full, got := false, ""
			for _, p := range res.Pairs {
				if p.JA != "海洋協力計画" {
					continue
				}
				if p.EN == "Maritime Cooperation Plan" {
					full = true
				}
				if hasType(p.Evidence, EvAcronym) && p.EN != "Maritime Cooperation Plan" {
					if p.Status != Review {
						t.Errorf("海洋協力計画 = %s is %s, want review (a short form)", p.EN, p.Status)
					}
					got = p.EN
				}
			}
			if !full {
				t.Error("海洋協力計画 = Maritime Cooperation Plan not proposed")
			}
			if got != tc.want {
				t.Errorf("short form %q, want %q", got, tc.want)
			}
		})
	}
}

// TestAcronymVotes: in the aligned segments of a document, the acronym the sources define
// for a rendering renders the term as the full name does: "the MCP" in two segments out of
// three makes "Maritime Cooperation Plan" the document's established rendering (parallel
// evidence); an acronym defined for something else does not.
func TestAcronymVotes(t *testing.T) {
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		lx.Add("海洋", "maritime", "edict")
		lx.Add("協力", "cooperation", "edict")
		lx.Add("計画", "plan", "edict")
		return 3, nil
	}
	tests := []struct {
		name    string
		acronym string
		want    bool // parallel evidence for 海洋協力計画 = Maritime Cooperation Plan
	}{
		{name: "the defined acronym", acronym: "MCP", want: true},
		{name: "near miss: another body's acronym", acronym: "IMO"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			segs := []BitextSegment{
				{JA: "両国は海洋協力計画を承認した。", EN: "The two countries approved the Maritime Cooperation Plan (MCP) and joined the International Maritime Organization (IMO).", Doc: "a.txt", Line: 1, Origin: "parallel"},
				{JA: "海洋協力計画は三年間続く。", EN: "The " + tc.acronym + " lasts three years.", Doc: "a.txt", Line: 2, Origin: "parallel"},
				{JA: "海洋協力計画は地域を守る。", EN: "The " + tc.acronym + " protects the region.", Doc: "a.txt", Line: 3, Origin: "parallel"},
			}
			res, err := Run(nil, nil, segs, Options{EDICT: dict})
			if err != nil {
				t.Fatal(err)
			}
			got := false
			for _, p := range res.Pairs {
				if p.JA == "海洋協力計画" && p.EN == "Maritime Cooperation Plan" {
					got = hasType(p.Evidence, EvParallel)
				}
			}
			if got != tc.want {
				t.Errorf("parallel evidence for 海洋協力計画 = Maritime Cooperation Plan: %v, want %v", got, tc.want)
			}
		})
	}
}
