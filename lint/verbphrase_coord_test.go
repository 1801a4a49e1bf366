package lint

import "testing"

// TestCoordinatedObject: en → ja, the head of "common values" (価値観) is the object of
// 共有 when it is one of the verb's coordinated objects (価値観とともに利益を共有している,
// 価値観と利益を共有する) or modified by an adjective in 的 (基本的価値観), before を or a
// coordinator alike; a head cut
// from the verb by a predicate, another object's を or a sentence end, or dropped, is
// still missing.
func TestCoordinatedObject(t *testing.T) {
	l := defaultLinter(t)
	const en = "Japan and Australia share common values and strategic interests."
	for _, tc := range []struct{ name, en, ja, want string }{
		{name: "とともに, an adjective in 的 before the head",
			en: en, ja: "日豪両国は、基本的価値観とともに戦略的利益を共有している。"},
		{name: "を right after the head, an adjective in 的 before it",
			en: "Japan and Australia share common values.", ja: "日豪両国は、基本的価値観を共有している。"},
		{name: "と, coordinated objects",
			en: en, ja: "日豪両国は、価値観と戦略的な利益を共有している。"},
		{name: "とともに and a comma",
			en: en, ja: "日豪両国は、価値観とともに、戦略的利益を共有している。"},
		{name: "a relative clause over coordinated objects, no verb in the English",
			en: "We are partners with shared values and interests.", ja: "我々は価値観と利益を共有するパートナーである。"},
		{name: "near miss: a predicate between",
			en: en, ja: "日豪両国は、価値観が異なり、戦略的利益を共有している。", want: "missing-term/shared-values"},
		{name: "near miss: a predicate after the coordinator",
			en: en, ja: "日豪両国は、価値観と異なり、戦略的利益を共有している。", want: "missing-term/shared-values"},
		{name: "near miss: another verb's object between",
			en: en, ja: "日豪両国は、価値観とともに政策を調整し戦略的利益を共有している。", want: "missing-term/shared-values"},
		{name: "near miss: another sentence",
			en: en, ja: "日豪両国には価値観がある。戦略的利益を共有している。", want: "missing-term/shared-values"},
		{name: "near miss: the head of a longer noun",
			en: en, ja: "日豪両国は、付加価値とともに戦略的利益を共有している。", want: "missing-term/shared-values"},
		{name: "omission: the values dropped",
			en: en, ja: "日豪両国は、戦略的利益を共有している。", want: "missing-term/shared-values"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if g := rowFindings(t, l, "en", "ja", tc.en, tc.ja); g != tc.want {
				t.Errorf("findings %q, want %q", g, tc.want)
			}
		})
	}
}
