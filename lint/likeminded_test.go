package lint

import "testing"

// TestLikeMinded: "like-minded partners" is an admitted English of 同志国's concept, a
// longer term that holds "partners", so partner is no separate term inside it; the longer
// term is still demanded both ways, and "partners" alone still needs パートナー.
func TestLikeMinded(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct{ name, src, tgt, s, g, want string }{
		{name: "en → ja: like-minded partners", src: "en", tgt: "ja",
			s: "The two ministers will work with allies and like-minded partners.",
			g: "両大臣は同盟国・同志国と協力していく。"},
		{name: "ja → en: like-minded countries", src: "ja", tgt: "en",
			s: "両大臣は同志国との協力を深める。",
			g: "The two ministers will deepen cooperation with like-minded countries."},
		{name: "near miss: en → ja, the like-minded left out", src: "en", tgt: "ja",
			s:    "The two ministers will work with allies and like-minded partners.",
			g:    "両大臣は同盟国と協力していく。",
			want: "missing-term/like-minded-countries"},
		{name: "near miss: ja → en, partners alone", src: "ja", tgt: "en",
			s:    "両大臣は同志国との協力を深める。",
			g:    "The two ministers will deepen cooperation with partners.",
			want: "missing-term/like-minded-countries"},
		{name: "near miss: partners alone still need パートナー", src: "en", tgt: "ja",
			s:    "The two ministers will work with partners.",
			g:    "両大臣は各国と協力していく。",
			want: "missing-term/partner"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := rowFindings(t, l, tc.src, tc.tgt, tc.s, tc.g); got != tc.want {
				t.Errorf("findings %q, want %q", got, tc.want)
			}
		})
	}
}
