package lint

import "testing"

// TestNameComplement: en → ja, a lowercase glossary term capitalized as the field of an
// office's name ("Secretary of National Defense") is the name, which the translation
// renders as a fixed name (国防大臣); the same words after a lowercase head or at the head
// of a sentence are the term and still need their rendering.
func TestNameComplement(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct{ en, ja, want string }{
		{en: "The minister met the Secretary of National Defense in Tokyo.", ja: "大臣は東京で国防大臣と会談した。"},
		{en: "The minister met Mr. Cruz, Secretary of National Defense.", ja: "大臣はクルス国防大臣と会談した。"},
		{en: "They stressed the importance of National Defense.", ja: "両者は国防の重要性を強調した。", want: "missing-term/national-defense"},
		{en: "Strengthening of National Defense is the first task.", ja: "国防の強化が最優先である。", want: "missing-term/national-defense"},
		{en: "They stressed the importance of national defense.", ja: "両者は国防の重要性を強調した。", want: "missing-term/national-defense"},
	} {
		t.Run(tc.en, func(t *testing.T) {
			if g := rowFindings(t, l, "en", "ja", tc.en, tc.ja); g != tc.want {
				t.Errorf("findings %q, want %q", g, tc.want)
			}
		})
	}
}
