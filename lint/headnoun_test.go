package lint

import "testing"

// TestHeadNounAdded: ja → en, an "X of Y" term (在日米軍再編: "realignment of U.S. forces
// in Japan") is rendered with one noun added after X, which the Japanese leaves to the
// context ("the realignment plan of the U.S. forces in Japan"); no X, another link or
// more than one word added is no rendering.
func TestHeadNounAdded(t *testing.T) {
	l := defaultLinter(t)
	const ja = "両外相は、在日米軍再編を着実に推進していくことで一致しました。"
	for _, tc := range []struct{ name, en, want string }{
		{name: "a plan of the realignment",
			en: "The two ministers concurred on steady implementation of the realignment plan of the U.S. forces in Japan."},
		{name: "the term itself",
			en: "The two ministers concurred on steady implementation of the realignment of U.S. forces in Japan."},
		{name: "no head",
			en: "The two ministers concurred on steady implementation of the plan of the U.S. forces in Japan.", want: "missing-term/realignment-of-us-forces-in-japan"},
		{name: "a conjunction after the head",
			en: "The two ministers concurred on the realignment and the relocation plan of the U.S. forces in Japan.", want: "missing-term/realignment-of-us-forces-in-japan"},
		{name: "another preposition",
			en: "The two ministers concurred on the realignment costs for the U.S. forces in Japan.", want: "missing-term/realignment-of-us-forces-in-japan"},
		{name: "two words added",
			en: "The two ministers concurred on the realignment roadmap implementation of the U.S. forces in Japan.", want: "missing-term/realignment-of-us-forces-in-japan"},
		{name: "an adverb added",
			en: "The two ministers concurred on the realignment steadily of the U.S. forces in Japan.", want: "missing-term/realignment-of-us-forces-in-japan"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if g := rowFindings(t, l, "ja", "en", ja, tc.en); g != tc.want {
				t.Errorf("findings %q, want %q", g, tc.want)
			}
		})
	}
}
