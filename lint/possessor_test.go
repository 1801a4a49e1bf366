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
		{name: "near miss: no noun after the modifier and の", en: of, ja: "海賊行為は国際の、平和と安全を脅かす。", enja: true, want: "missing-term/international-community"},
		{name: "omission: no modifier", en: of, ja: "海賊行為は平和と安全を脅かす。", enja: true, want: "missing-term/international-community"},
		{name: "near miss: a capitalized name keeps its head", en: "They reviewed the goals of the National Defense Strategy.", ja: "両者は国家防衛の目標を検討した。", enja: true, want: "missing-term/national-defense-strategy"},
	})
}

// TestPossessiveAsAdjective: en → ja, a term that possesses a noun through the
// possessive 's ("the international community's efforts") is its modifier too, and the
// modifier may take 的な for の (国際的な取組). The adjective without a possessive in the
// source, the adverb 国際的に, or no modifier leaves the term missing.
func TestPossessiveAsAdjective(t *testing.T) {
	l := defaultLinter(t)
	const poss = "The two countries will lead the international community's efforts on climate."
	runJaEn(t, l, []jaEnCase{
		{name: "the possessive, the modifier with 的な", en: poss, ja: "両国は気候に関する国際的な取組を主導する。", enja: true},
		{name: "the possessive, the modifier with の", en: poss, ja: "両国は気候に関する国際の取組を主導する。", enja: true},
		{name: "the of-possessor, the modifier with 的な", en: "Piracy threatens the security of the international community.", ja: "海賊行為は国際的な安全を脅かす。", enja: true},
		{name: "near miss: no possessive in the source", en: "The international community condemned piracy.", ja: "海賊行為は国際的な非難を受けた。", enja: true, want: "missing-term/international-community"},
		{name: "near miss: the adverb", en: poss, ja: "両国は気候に関し国際的に取り組む。", enja: true, want: "missing-term/international-community"},
		{name: "near miss: a closing quote is no possessive", en: "They spoke of an 'international community' at large.", ja: "両者は国際的な共同体について述べた。", enja: true, want: "missing-term/international-community"},
		{name: "near miss: the modifier belongs to another noun's possessor", en: poss, ja: "両国は国際的な会議の取組を主導する。", enja: true, want: "missing-term/international-community"},
		{name: "omission: no modifier", en: poss, ja: "両国は気候に関する取組を主導する。", enja: true, want: "missing-term/international-community"},
	})
}

// TestCountryAdjectiveInCompound: ja → en, a country's name compounded with the noun
// after it (韓国国民) may be rendered by the country's adjective ("Korean citizens"); the
// name standing alone, or another country's adjective ("North Korean"), still needs the
// name.
func TestCountryAdjectiveInCompound(t *testing.T) {
	l := defaultLinter(t)
	runJaEn(t, l, []jaEnCase{
		{name: "the name compounded, the adjective", ja: "首相は韓国国民の安全を重視する。", en: "The Prime Minister values the safety of Korean citizens."},
		{name: "near miss: the name alone, the adjective", ja: "首相は韓国の安全を重視する。", en: "The Prime Minister values Korean safety.", want: "missing-term/south-korea"},
		{name: "near miss: another country's adjective", ja: "首相は韓国国民の安全を重視する。", en: "The Prime Minister values the safety of North Korean citizens.", want: "missing-term/south-korea"},
		{name: "omission: no country at all", ja: "首相は韓国国民の安全を重視する。", en: "The Prime Minister values the safety of citizens.", want: "missing-term/south-korea"},
	})
}
