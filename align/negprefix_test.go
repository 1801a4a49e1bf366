package align

import "testing"

// TestNegPrefixSpelling: a dictionary gloss that writes the prefix non- solid (nuclear
// nonproliferation) meets the English that hyphenates it (nuclear non-proliferation), and
// still the solid form; the prefix is never dropped (nuclear proliferation is its opposite).
func TestNegPrefixSpelling(t *testing.T) {
	dict := map[string]string{"核不拡散": "nuclear nonproliferation", "不介入": "nonintervention", "両国": "both countries", "取組": "efforts", "強化": "strengthening", "内戦": "civil war"}
	tests := []renderingCase{
		{name: "hyphenated", ja: "両国は核不拡散の取組を強化する。",
			en: "The two countries strengthen their nuclear non-proliferation efforts.", wantJA: "核不拡散", wantEN: "nuclear non-proliferation", modes: []string{"bitext"}},
		{name: "solid", ja: "両国は核不拡散の取組を強化する。",
			en: "The two countries strengthen their nuclear nonproliferation efforts.", wantJA: "核不拡散", wantEN: "nuclear nonproliferation", modes: []string{"bitext"}},
		{name: "one word hyphenated", ja: "両国は内戦への不介入を確認した。",
			en: "The two countries confirmed non-intervention in the civil war.", wantJA: "不介入", wantEN: "non-intervention", modes: []string{"bitext"}},
		{name: "the prefix is not dropped", ja: "両国は核不拡散の取組を強化する。",
			en: "The two countries strengthen efforts against nuclear proliferation.", wantJA: "核不拡散", notEN: "nuclear proliferation", modes: []string{"bitext"}},
	}
	runRenderingCases(t, tests, dict)
}

// TestNegPrefixed: only non- and a word of five letters or more is split.
func TestNegPrefixed(t *testing.T) {
	tests := []struct {
		word, rest string
		ok         bool
	}{
		{word: "nonproliferation", rest: "proliferation", ok: true},
		{word: "nonaggression", rest: "aggression", ok: true},
		{word: "nonetheless", ok: false},
		{word: "nonce", ok: false},
		{word: "nominal", ok: false},
	}
	for _, tc := range tests {
		_, rest, ok := negPrefixed(tc.word)
		if ok != tc.ok || rest != tc.rest {
			t.Errorf("negPrefixed(%q) = %q, %v; want %q, %v", tc.word, rest, ok, tc.rest, tc.ok)
		}
	}
}
