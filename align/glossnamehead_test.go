package align

import (
	"strings"
	"testing"

	"github.com/glossterm/gloss/internal/lexicon"
)

// TestGlossNameHead: a one-word term the dictionary glosses by a name of two capitalized
// words ("National Diet") is rendered, partially and for review, by the name's head where
// the aligned segments write it alone with its capital ("the Diet"); a gloss in lower case
// is no name, and its head alone renders nothing.
func TestGlossNameHead(t *testing.T) {
	segs := []BitextSegment{
		{Doc: "p.txt", Line: 1, JA: "国会は新しい予算を承認した。", EN: "The Diet approved the new budget.", Origin: "parallel"},
		{Doc: "p.txt", Line: 2, JA: "政府は国会に法案を提出した。", EN: "The government submitted the bill to the Diet.", Origin: "parallel"},
	}
	base := map[string]string{"予算": "budget", "新しい": "new", "承認": "approval/approve", "政府": "government",
		"法案": "bill", "提出": "submission/submit"}
	tests := []struct {
		name  string
		gloss string // the dictionary's glosses of 国会
		want  bool   // 国会 = Diet proposed
	}{
		{name: "a name's head", gloss: "National Diet/parliament", want: true},
		{name: "near miss: a gloss in lower case", gloss: "national diet/parliament"},
		{name: "near miss: a modifier in lower case", gloss: "national Diet/parliament"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dict := map[string]string{"国会": tc.gloss}
			for k, v := range base {
				dict[k] = v
			}
			load := func(lx *lexicon.Lexicon, _ map[string]bool) (int, error) {
				for j, e := range dict {
					for _, g := range strings.Split(e, "/") {
						lx.Add(j, g, "edict")
					}
				}
				return len(dict), nil
			}
			res, err := Run(nil, nil, segs, Options{EDICT: load})
			if err != nil {
				t.Fatal(err)
			}
			got, status := false, ""
			for _, p := range res.Pairs {
				if p.JA == "国会" && p.EN == "Diet" {
					got, status = true, p.Status
				}
			}
			if got != tc.want || got && status != Review {
				t.Errorf("国会 = Diet proposed %v (%s), want %v (review)", got, status, tc.want)
			}
		})
	}
}
