package align

import (
	"slices"
	"testing"

	"github.com/glossterm/gloss/internal/lexicon"
)

// TestOwnerBody: a title the Japanese names alone, where the sentence names the body it
// belongs to outside the term, is proposed with the English of-phrase that names the body
// beside the bare title; a body the Japanese does not name, a state, a name that goes on
// after the body and a title in lower case get no such proposal.
func TestOwnerBody(t *testing.T) {
	tests := []struct {
		name, ja, en, term string
		whole              string    // the English proposed for term beside the bare title, "" for none
		place              [2]string // a name and its gloss
	}{
		{name: "the body named outside the term", ja: "理事会の会合で議長が報告した。",
			en: "At the meeting of the Board, the President of the Board reported.", term: "議長",
			whole: "President of the Board"},
		{name: "a body whose head the dictionary's gloss ends in -ion", ja: "委員会の会合で議長が報告した。",
			en: "At the meeting, the President of the Commission reported.", term: "議長",
			whole: "President of the Commission"},
		{name: "a participle a title capitalizes ends the body", ja: "理事会の会合の後、議長が声明を発表した。",
			en: "Statement by the President of the Board Following the Meeting", term: "議長",
			whole: "President of the Board"},
		{name: "near miss: the title inside a longer word", ja: "理事会の会合で議長が報告した。",
			en: "At the meeting of the Board, the Vice-President of the Board and the President reported.", term: "議長"},
		{name: "near miss: the body is a place the dictionary names whole", ja: "南スーダンの会合で議長が報告した。",
			en: "At the meeting, the President of the South Sudan reported.", term: "議長",
			place: [2]string{"南スーダン", "South Sudan"}},
		{name: "near miss: the body is a person's name", ja: "田中の会合で議長が報告した。",
			en: "At the meeting, the President of the Tanaka reported.", term: "議長",
			place: [2]string{"田中", "Tanaka"}},
		{name: "near miss: the body is a place inside a longer word", ja: "米国議会の会合で議長が報告した。",
			en: "At the meeting of Congress, the President of the United States reported.", term: "議長"},
		{name: "near miss: the body named inside the term only", ja: "理事長が報告した。",
			en: "The President of the Board reported.", term: "理事長", place: [2]string{"理事長", "president"}},
		{name: "near miss: the Japanese names no body", ja: "会合で議長が報告した。",
			en: "At the meeting, the President of the Board reported.", term: "議長"},
		{name: "near miss: the body is a state", ja: "米国の会合で議長が報告した。",
			en: "At the meeting in the United States, the President of the United States reported.", term: "議長"},
		{name: "near miss: the name goes on after the body", ja: "理事会の会合で議長が報告した。",
			en: "At the meeting of the Board, the President of the Board of Trade reported.", term: "議長"},
		{name: "near miss: a title in lower case", ja: "理事会の会合で議長が報告した。",
			en: "At the meeting of the Board, the president of the Board reported.", term: "議長"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
				for _, e := range [][2]string{{"理事会", "board"}, {"議長", "president"}, {"会合", "meeting"},
					{"理事", "board"}, {"報告", "report"}, {"米国", "United States"}, {"委員会", "commission"}, {"声明", "statement"},
					{"発表", "announcement"}, tc.place} {
					if e[1] != "" {
						lx.Add(e[0], e[1], "edict")
					}
				}
				return 10, nil
			}
			bare, whole := false, ""
			for _, p := range runPairs(t, dict, tc.ja, tc.en) {
				if p.JA != tc.term {
					continue
				}
				t.Logf("%s = %s %.2f %s", p.JA, p.EN, p.Score, p.Status)
				switch {
				case p.EN == "President" || p.EN == "president":
					bare = true
				case len(p.EN) > len("President of the") && p.EN[:len("President of the")] == "President of the":
					whole = p.EN
					if p.Status == Auto {
						t.Errorf("%s = %s is auto, want review", p.JA, p.EN)
					}
				}
			}
			if !bare {
				t.Errorf("%s not paired with its bare title", tc.term)
			}
			if whole != tc.whole {
				t.Errorf("%s proposed with %q beside its title, want %q", tc.term, whole, tc.whole)
			}
		})
	}
}

// TestOwnerBodyPostOnly: only a post belongs to a body in an of-phrase; a meeting or a
// paper of a body ("Meeting of the Board") and a post whose "body" is another post, a
// person ("Secretary of the President"), get no whole name from the rule.
func TestOwnerBodyPostOnly(t *testing.T) {
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		for _, e := range [][2]string{{"理事会", "board"}, {"議長", "president"}, {"会合", "meeting"},
			{"報告", "report"}, {"首相", "Prime Minister"}, {"声明", "statement"}, {"発表", "announcement"},
			{"大統領", "president"}, {"秘書官", "secretary"}} {
			lx.Add(e[0], e[1], "edict")
		}
		return 9, nil
	}
	tests := []struct {
		name, ja, en string
		terms        []string // the terms the rule must not give not
		not          string
	}{
		{name: "near miss: a meeting of the body", ja: "理事会の会合で議長が報告した。",
			en: "At the Meeting of the Board, the President reported.", terms: []string{"会合"}, not: "Meeting of the Board"},
		{name: "near miss: a statement of a post", ja: "首相の声明が発表された。",
			en: "The Statement of the Prime Minister was released.", terms: []string{"声明", "発表"}, not: "Statement of the Prime Minister"},
		{name: "near miss: the body is a person's title", ja: "大統領の秘書官が報告した。",
			en: "The Secretary of the President reported.", terms: []string{"秘書官"}, not: "Secretary of the President"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, p := range runPairs(t, dict, tc.ja, tc.en) {
				t.Logf("%s = %s %.2f %s", p.JA, p.EN, p.Score, p.Status)
				if slices.Contains(tc.terms, p.JA) && p.EN == tc.not {
					t.Errorf("%s = %q proposed, want no whole name", p.JA, p.EN)
				}
			}
		})
	}
}
