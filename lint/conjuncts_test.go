package lint

import "testing"

// TestListedConjuncts: ja → en, a coordinated term (平和と安定, "peace and stability") whose
// members the translation writes as items of one longer list closed by "and" is rendered;
// a list closed by "or", members in two lists or clauses, a member inside a longer item,
// or one member alone leave it missing.
func TestListedConjuncts(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct{ name, ja, en, want string }{
		{name: "a third item after the members, serial comma", ja: "地域の平和と安定、繁栄に貢献する。", en: "We contribute to peace, stability, and prosperity in the region."},
		{name: "a third item, no serial comma", ja: "地域の平和と安定、繁栄に貢献する。", en: "We contribute to regional peace, stability and prosperity."},
		{name: "a third item before the members", ja: "繁栄、平和と安定を確保する。", en: "We secure prosperity, peace, and stability."},
		{name: "the members apart and in the other order", ja: "平和と安定、繁栄を目指す。", en: "We seek stability, prosperity, and peace."},
		{name: "the list ends the text", ja: "平和と安定、繁栄", en: "peace, stability and prosperity"},
		{name: "near miss: a list closed by or", ja: "平和と安定を目指す。", en: "We seek peace, stability, or prosperity.", want: "missing-term/peace-and-stability"},
		{name: "near miss: one member only", ja: "平和と安定を目指す。", en: "We seek peace, prosperity, and growth.", want: "missing-term/peace-and-stability"},
		{name: "near miss: the members in two clauses", ja: "平和と安定を目指す。", en: "We seek peace; stability, growth and trade follow.", want: "missing-term/peace-and-stability"},
		{name: "near miss: a member inside a longer item", ja: "平和と安定を目指す。", en: "We seek peace, stability operations, and prosperity.", want: "missing-term/peace-and-stability"},
		{name: "near miss: commas but no list", ja: "平和と安定を目指す。", en: "For peace, stability matters.", want: "missing-term/peace-and-stability"},
		{name: "near miss: an and that joins clauses", ja: "平和と安定を目指す。", en: "We seek peace, stability and the leaders will meet again next year.", want: "missing-term/peace-and-stability"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := rowFindings(t, l, "ja", "en", tc.ja, tc.en); got != tc.want {
				t.Errorf("findings %q, want %q", got, tc.want)
			}
		})
	}
}
