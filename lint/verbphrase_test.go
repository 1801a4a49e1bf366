package lint

import "testing"

// TestVerbPhraseVariant: en → ja, a term of a noun modified by a サ変 noun ("common
// values", 共通の価値) after the verb of its participle in the English clause ("share
// common values") is rendered by the clause of the noun's verb or its synonym's with the
// head as its object (価値を共有している), or, with no such verb, by that clause modifying
// a noun (価値観を共有するパートナー); a clause that modifies nothing with no English verb,
// another Japanese verb, the verb's noun with no conjugation, the head of a longer noun,
// or the head alone is still missing.
func TestVerbPhraseVariant(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct{ name, en, ja, want string }{
		{name: "the synonym's verb, progressive",
			en: "The two democracies share common values and interests.",
			ja: "両民主主義国は利益と価値を共有している。"},
		{name: "the verb in the plain form, after a list",
			en: "Our countries have long shared common values such as freedom.",
			ja: "両国は長く自由といった価値観を共有してきた。"},
		{name: "a relative clause for the participle, no verb in the English",
			en: "We are partners with shared values such as freedom and the rule of law.",
			ja: "我々は自由や法の支配といった価値観を共有するパートナーである。"},
		{name: "near miss: no verb in the English, the clause ending the sentence",
			en: "We are partners with shared values such as freedom and the rule of law.",
			ja: "我々はパートナーであり、自由や法の支配といった価値観を共有する。", want: "missing-term/shared-values"},
		{name: "near miss: the verb in another clause",
			en: "The two democracies share a border; their common values are old.",
			ja: "両民主主義国は国境を接し、価値を共有している。", want: "missing-term/shared-values"},
		{name: "near miss: another verb",
			en: "The two democracies share common values and interests.",
			ja: "両民主主義国は利益と価値を尊重している。", want: "missing-term/shared-values"},
		{name: "near miss: the noun without a conjugation",
			en: "The two democracies share common values.",
			ja: "両民主主義国の価値を共有。", want: "missing-term/shared-values"},
		{name: "near miss: the head of a longer noun",
			en: "The two firms share common values.",
			ja: "両社は付加価値を共有する。", want: "missing-term/shared-values"},
		{name: "near miss: the values left out",
			en: "The two democracies share common values and interests.",
			ja: "両民主主義国は利益を共有している。", want: "missing-term/shared-values"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if g := rowFindings(t, l, "en", "ja", tc.en, tc.ja); g != tc.want {
				t.Errorf("findings %q, want %q", g, tc.want)
			}
		})
	}
}
