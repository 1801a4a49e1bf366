package align

import "testing"

// TestNamedBody: a body the dictionary names in title case (防衛庁 "Japan Defense Agency")
// keeps its bounds before the post of its head (防衛庁|長官), though the dictionary also
// lists the body with the post as one word (防衛庁長官); a word the dictionary glosses in
// lower case, a common noun, is still cut there.
func TestNamedBody(t *testing.T) {
	tests := []struct {
		name, term, gloss, en string
		want                  string // the English wanted for the term, "" for none
	}{
		{name: "a body named in title case", term: "防衛庁", gloss: "Japan Defense Agency",
			en:   "The Director General of the Japan Defense Agency held a press conference.",
			want: "Japan Defense Agency"},
		{name: "near miss: a common noun", term: "防衛庁", gloss: "defense agency",
			en: "The director general of the defense agency held a press conference."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dict := map[string]string{tc.term: tc.gloss, "防衛庁長官": "Director General of Defence Agency", "長官": "chief/director",
				"防衛": "defense", "記者会見": "press conference"}
			got := ""
			for _, p := range designationPairs(t, "bitext", "防衛庁長官は記者会見を行った。", tc.en, tc.term, dict) {
				if got == "" || p.EN == tc.want {
					got = p.EN
				}
			}
			if got != tc.want {
				t.Errorf("%s = %q, want %q", tc.term, got, tc.want)
			}
		})
	}
}
