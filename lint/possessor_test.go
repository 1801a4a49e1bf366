package lint

import "testing"

// TestPossessorAsModifier: en → ja, a term that possesses a noun through "of" may be
// rendered by its Japanese modifier and の before the noun (国際の平和 for "the peace of
// the international community"). The modifier without the source's "of", the modifier
// inside a longer word, or no modifier at all leaves the term missing.
func TestPossessorAsModifier(t *testing.T) {
	l := defaultLinter(t)
	const of = "Piracy threatens the peace and security of the international community."
	runJaEn(t, l, []jaEnCase{
		{name: "the modifier and の before the possessed noun", en: of, ja: "海賊行為は国際の平和と安全を脅かす。", enja: true},
		{name: "the term as written", en: of, ja: "海賊行為は国際社会の平和と安全を脅かす。", enja: true},
		{name: "near miss: the source has no of", en: "The international community condemned piracy.", ja: "国際の平和のため海賊行為が非難された。", enja: true, want: "missing-term/international-community"},
		{name: "near miss: the modifier inside a longer word", en: of, ja: "海賊行為は非国際の平和と安全を脅かす。", enja: true, want: "missing-term/international-community"},
		{name: "omission: no modifier", en: of, ja: "海賊行為は平和と安全を脅かす。", enja: true, want: "missing-term/international-community"},
	})
}
