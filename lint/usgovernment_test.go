package lint

import "testing"

// TestGovernmentInitialism: 米国政府 is rendered by "the USG", the initialism official
// texts on the alliance write for the U.S. Government, as by its name; a lowercase word
// that spells the letters is not it, and a translation that drops the government is
// still missing the term.
func TestGovernmentInitialism(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct{ name, src, tgt, ja, en, want string }{
		{name: "initialism ja → en", src: "ja", tgt: "en", ja: "米国政府は支援を継続する。", en: "The USG will continue its support."},
		{name: "name ja → en", src: "ja", tgt: "en", ja: "米国政府は支援を継続する。", en: "The U.S. Government will continue its support."},
		{name: "initialism en → ja", src: "en", tgt: "ja", ja: "米国政府は支援を継続する。", en: "The USG will continue its support."},
		{name: "omission en → ja: the initialism is the term", src: "en", tgt: "ja", ja: "米国は支援を継続する。", en: "The USG will continue its support.", want: "missing-term/government-of-the-united-states"},
		{name: "near miss: lowercase letters", src: "ja", tgt: "en", ja: "米国政府は支援を継続する。", en: "The usg team will continue its support.", want: "missing-term/government-of-the-united-states"},
		{name: "omission: the country alone", src: "ja", tgt: "en", ja: "米国政府は支援を継続する。", en: "The United States will continue its support.", want: "missing-term/government-of-the-united-states"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, g := tc.ja, tc.en
			if tc.src == "en" {
				s, g = tc.en, tc.ja
			}
			if got := rowFindings(t, l, tc.src, tc.tgt, s, g); got != tc.want {
				t.Errorf("findings %q, want %q", got, tc.want)
			}
		})
	}
}
