package lint

import "testing"

// TestBothPost: ja → en, a post with a field after 両 (両外務大臣, 両外相, 両防衛大臣) is
// rendered by "the two" or "both" and the title's head noun in the plural, in either
// case; the singular, another noun, the head noun without a count, a post without 両, and
// the post left out are still missing.
func TestBothPost(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct{ name, ja, en, want string }{
		{name: "the two, lower case",
			ja: "両外務大臣は、地域の課題について意見を交わした。",
			en: "The two ministers exchanged views on challenges in the region."},
		{name: "the two, capitalized",
			ja: "両防衛大臣は、訓練の拡充で一致した。",
			en: "The two Ministers agreed to expand exercises."},
		{name: "both, short form",
			ja: "両外相は、次回の会合を東京で開くことで一致した。",
			en: "Both ministers agreed to hold the next meeting in Tokyo."},
		{name: "near miss: the singular",
			ja:   "両外務大臣は、地域の課題について意見を交わした。",
			en:   "The minister exchanged views on challenges in the region.",
			want: "missing-term/minister-for-foreign-affairs"},
		{name: "near miss: no count in the English",
			ja:   "両外務大臣は、地域の課題について意見を交わした。",
			en:   "The ministers exchanged views on challenges in the region.",
			want: "missing-term/minister-for-foreign-affairs"},
		{name: "near miss: another noun",
			ja:   "両防衛大臣は、訓練の拡充で一致した。",
			en:   "The two sides agreed to expand exercises.",
			want: "missing-term/minister-of-defense"},
		{name: "near miss: no 両 before the post",
			ja:   "外務大臣は、地域の課題について意見を交わした。",
			en:   "The two ministers exchanged views on challenges in the region.",
			want: "missing-term/minister-for-foreign-affairs"},
		{name: "omission: the post left out",
			ja:   "両外務大臣は、地域の課題について意見を交わした。",
			en:   "Views were exchanged on challenges in the region.",
			want: "missing-term/minister-for-foreign-affairs"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := rowFindings(t, l, "ja", "en", tc.ja, tc.en); got != tc.want {
				t.Errorf("findings %q, want %q", got, tc.want)
			}
		})
	}
}
