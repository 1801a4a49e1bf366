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

// TestListedConjunctsJapanese: en → ja, a coordinated term (平和及び安定, "peace and
// stability") whose members the Japanese writes as whole items of one list of three or
// more is rendered; a list with 又は, a member followed by a verb's ending, a member inside
// a longer item, or one member alone leave it missing.
func TestListedConjunctsJapanese(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct{ name, en, ja, want string }{
		{name: "the comma, then 及び", en: "We seek peace and stability in Asia.", ja: "アジアの平和、安定及び繁栄を求める。"},
		{name: "commas only", en: "We seek peace and stability in Asia.", ja: "アジアの平和、安定、繁栄を求める。"},
		{name: "the members apart and in the other order", en: "We seek peace and stability in Asia.", ja: "アジアの安定、繁栄及び平和を求める。"},
		{name: "the list ends the sentence", en: "The goal is peace and stability.", ja: "目標は繁栄、安定及び平和。"},
		{name: "near miss: a choice", en: "We seek peace and stability in Asia.", ja: "アジアの平和、安定又は繁栄を求める。", want: "missing-term/peace-and-stability"},
		{name: "near miss: a verb's ending after a member", en: "We seek peace and stability in Asia.", ja: "アジアの平和、繁栄、安定した成長を求める。", want: "missing-term/peace-and-stability"},
		{name: "near miss: a member inside a longer item", en: "We seek peace and stability in Asia.", ja: "アジアの平和、繁栄、安定成長を求める。", want: "missing-term/peace-and-stability"},
		{name: "near miss: one member only", en: "We seek peace and stability in Asia.", ja: "アジアの平和、繁栄及び成長を求める。", want: "missing-term/peace-and-stability"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := rowFindings(t, l, "en", "ja", tc.en, tc.ja); got != tc.want {
				t.Errorf("findings %q, want %q", got, tc.want)
			}
		})
	}
}
