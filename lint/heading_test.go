package lint

import "testing"

// TestHeadingMissingTerm: a term a heading has and the translation's heading does not
// (a row of a few words with no sentence punctuation on both sides) is a note; in a
// sentence, or where only one side is a heading, it is still an error, and a forbidden
// term in a heading is still reported.
func TestHeadingMissingTerm(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct{ name, src, tgt, row, want string }{
		{name: "en → ja: both headings",
			src: "en", tgt: "ja",
			row:  "Regional Security\t地域情勢",
			want: "info/missing-term/regional-security"},
		{name: "ja → en: both headings, numbered",
			src: "ja", tgt: "en",
			row:  "2. 地域の安全保障\t2. The Situation in the Region",
			want: "info/missing-term/regional-security"},
		{name: "near miss: a sentence",
			src: "en", tgt: "ja",
			row:  "They discussed regional security.\t双方は地域情勢について議論した。",
			want: "error/missing-term/regional-security"},
		{name: "near miss: a heading rendered by a sentence",
			src: "en", tgt: "ja",
			row:  "Regional Security\t双方は地域情勢について議論した。",
			want: "error/missing-term/regional-security"},
		{name: "near miss: a lowercase fragment",
			src: "en", tgt: "ja",
			row:  "regional security\t地域情勢",
			want: "error/missing-term/regional-security"},
		{name: "a forbidden term in a heading",
			src: "ja", tgt: "en",
			row:  "拡大抑止\tExpanded Deterrence",
			want: "error/forbidden-term/extended-deterrence"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := rowsSeverities(t, l, tc.src, tc.tgt, []string{tc.row}); got != tc.want {
				t.Errorf("findings %q, want %q", got, tc.want)
			}
		})
	}
}
