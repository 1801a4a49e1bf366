package lint

import "testing"

// TestCommunityAfterNoun: ja → en, 国際社会 that modifies a noun with の is rendered by
// "worldwide" or the adverb after the noun ("peace and stability worldwide"); another
// modifier after the noun, or 国際社会 that modifies no noun, is not.
func TestCommunityAfterNoun(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct{ name, ja, en, want string }{
		{name: "worldwide after the noun", ja: "両国は国際社会の平和と安定に貢献する。", en: "The two countries contribute to peace and stability worldwide."},
		{name: "the adverb", ja: "両国は国際社会の繁栄に貢献する。", en: "The two countries contribute globally to prosperity."},
		{name: "near miss: another modifier after the noun", ja: "両国は国際社会の平和と安定に貢献する。", en: "The two countries contribute to peace and stability in the region.", want: "missing-term/international-community"},
		{name: "near miss: the community modifies no noun", ja: "両国は国際社会と協力する。", en: "The two countries cooperate worldwide.", want: "missing-term/international-community"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := rowFindings(t, l, "ja", "en", tc.ja, tc.en); got != tc.want {
				t.Errorf("findings %q, want %q", got, tc.want)
			}
		})
	}
}
