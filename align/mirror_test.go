package align

import "testing"

// TestParenMirror: the one parenthetical noun phrase of an aligned segment's Japanese
// pairs with the one parenthetical phrase of its English, at review; numbers, list numbers
// and acronyms are set aside, and two parentheticals on a side pair nothing.
func TestParenMirror(t *testing.T) {
	tests := []struct {
		name, ja, en string
		want         string // the English paired with 三首脳会談, "" for none
	}{
		{name: "one on each side", ja: "首相は安全保障会議(三首脳会談)を開いた。",
			en: "The Prime Minister held the security meeting (talks among three leaders).", want: "talks among three leaders"},
		{name: "a time and a list number set aside", ja: "(1)首相は午後2時(現地時間午後2時)に安全保障会議(三首脳会談)を開いた。",
			en: "The Prime Minister held the security meeting (talks among three leaders) at 2 p.m. (2 p.m. local time).", want: "talks among three leaders"},
		{name: "near miss: two on the English side", ja: "首相は安全保障会議(三首脳会談)を開いた。",
			en: "The Prime Minister held the security meeting (talks among three leaders) in the capital (the old city)."},
		{name: "near miss: a clause in the English parenthesis", ja: "首相は安全保障会議(三首脳会談)を開いた。",
			en: "The Prime Minister held the security meeting (as agreed, with three leaders)."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Run(nil, nil, []BitextSegment{{JA: tc.ja, EN: tc.en, Doc: "s.txt", Line: 1, Origin: "parallel"}}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			for _, p := range res.Pairs {
				if p.JA == "三首脳会談" && hasType(p.Evidence, EvParenMirror) {
					if p.Status != Review {
						t.Errorf("%s = %s is %s, want review", p.JA, p.EN, p.Status)
					}
					got = p.EN
				}
			}
			if got != tc.want {
				t.Errorf("三首脳会談 paired with %q, want %q", got, tc.want)
			}
		})
	}
}
