package align

import (
	"slices"
	"testing"

	"github.com/glossterm/gloss/internal/lexicon"
)

// dictOf returns an EDICT stand-in that adds the given glosses.
func dictOf(m map[string]string) func(*lexicon.Lexicon, map[string]bool) (int, error) {
	return func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		for ja, en := range m {
			lx.Add(ja, en, "edict")
		}
		return len(m), nil
	}
}

// pairsOf runs align on one aligned segment pair and returns the English proposed for term.
// proposalCase is a sentence pair, a Japanese term, the English that must be proposed for
// it ("" for none required) and English that must not be.
type proposalCase struct {
	ja, en, term, want string
	not                []string
}

// checkProposals runs each case's sentence pair as an aligned segment and checks what is
// proposed for its term.
func checkProposals(t *testing.T, dict func(*lexicon.Lexicon, map[string]bool) (int, error), tests []proposalCase) {
	t.Helper()
	for _, tt := range tests {
		got := pairsOf(t, dict, tt.ja, tt.en, tt.term)
		if tt.want != "" && !slices.Contains(got, tt.want) {
			t.Errorf("%s: %s = %q not proposed: %q", tt.en, tt.term, tt.want, got)
		}
		for _, n := range tt.not {
			if slices.Contains(got, n) {
				t.Errorf("%s: %s = %q proposed: %q", tt.en, tt.term, n, got)
			}
		}
	}
}

func pairsOf(t *testing.T, dict func(*lexicon.Lexicon, map[string]bool) (int, error), ja, en, term string) []string {
	t.Helper()
	res, err := Run(nil, nil, []BitextSegment{{JA: ja, EN: en, Doc: "a.txt", Line: 1, Origin: "parallel"}}, Options{EDICT: dict})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, p := range res.Pairs {
		if p.JA == term {
			out = append(out, p.EN)
		}
	}
	return out
}

// TestGlossPhraseSpan: a part the dictionary glosses by a phrase (北大西洋条約機構 "North
// Atlantic Treaty Organization", 軍 "armed forces") is rendered by the whole phrase, however many words
// it has, where a part read word by word renders one word; the span stops where the
// gloss does. A name's gloss with a complement is met by its head phrase (アメリカ合衆国
// "United States of America" as "United States"), not by half of it (国防総省 "Department
// of Defense" is not "Department").
func TestGlossPhraseSpan(t *testing.T) {
	dict := dictOf(map[string]string{"北大西洋条約機構": "North Atlantic Treaty Organization", "教訓": "lesson",
		"アメリカ合衆国": "United States of America", "軍": "armed forces", "国防総省": "Department of Defense", "報告書": "report"})
	tests := []proposalCase{
		{"北大西洋条約機構の教訓を共有する。", "We share the lessons of the North Atlantic Treaty Organization.", "北大西洋条約機構",
			"North Atlantic Treaty Organization", nil},
		{"北大西洋条約機構の復興努力を支える。", "We support the North Atlantic Treaty Organization recovery effort.", "北大西洋条約機構",
			"North Atlantic Treaty Organization", []string{"North Atlantic Treaty Organization recovery", "North Atlantic Treaty Organization recovery effort"}},
		{"アメリカ合衆国軍に感謝する。", "We thank the United States Armed Forces.", "アメリカ合衆国軍", "United States Armed Forces", nil},
		{"国防総省の報告書を読んだ。", "We read the report of the Department.", "国防総省", "", []string{"Department"}},
	}
	checkProposals(t, dict, tests)
}

// TestAcronymPart: an acronym inside a Japanese term is written the same in the English
// (TCOG会合 = TCOG meeting, ＴＣＯＧ in full width too), letter for letter and in capitals: it
// does not meet another acronym, and alone it is its own English (see identicalLatin).
func TestAcronymPart(t *testing.T) {
	dict := dictOf(map[string]string{"会合": "meeting", "文書": "document"})
	tests := []proposalCase{
		{"本日のTCOG会合で合意した。", "We agreed at the TCOG meeting today.", "TCOG会合", "TCOG meeting", nil},
		{"ＴＣＯＧ文書を発出した。", "We issued a TCOG document.", "ＴＣＯＧ文書", "TCOG document", nil},
		{"本日のTCOG会合で合意した。", "We agreed at the TCGO meeting today.", "TCOG会合", "", []string{"TCGO meeting"}},
		{"TCOGは会合を開いた。", "The TCOG held a meeting.", "TCOG", "TCOG", nil},
		{"TCOGは会合を開いた。", "The TCGO held a meeting.", "TCOG", "", []string{"TCGO"}},
	}
	checkProposals(t, dict, tests)
}

// TestPersonSuffix: X者 names a person, so its English is an agent noun or a word for
// people, not the sense of X alone ("in charge" of 担当 is no rendering of 担当者).
func TestPersonSuffix(t *testing.T) {
	dict := dictOf(map[string]string{"担当": "being in charge", "研究": "research", "会議": "meeting", "計画": "plan"})
	tests := []proposalCase{
		{"研究者が会議に出席した。", "The researchers attended the meeting.", "研究者", "researchers", nil},
		{"担当者が計画を説明した。", "The officials in charge explained the plan.", "担当者", "", []string{"charge"}},
	}
	checkProposals(t, dict, tests)
}
