package lint

import "testing"

// TestClassifierDropped: a katakana loanword with the classifier 国 is the loanword's
// state noun; kanji or hiragana before 国 is not.
func TestClassifierDropped(t *testing.T) {
	for _, tc := range []struct {
		name, noun, base string
		ok               bool
	}{
		{name: "katakana loanword", noun: "パートナー国", base: "パートナー", ok: true},
		{name: "near miss: kanji compound", noun: "同盟国"},
		{name: "near miss: hiragana before 国", noun: "ひの国"},
		{name: "near miss: 国 alone", noun: "国"},
		{name: "near miss: no classifier", noun: "パートナー"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if base, ok := classifierDropped(tc.noun); ok != tc.ok || ok && base != tc.base {
				t.Errorf("classifierDropped(%q) = %q, %v, want %q, %v", tc.noun, base, ok, tc.base, tc.ok)
			}
		})
	}
}
