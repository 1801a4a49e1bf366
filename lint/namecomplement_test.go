package lint

import (
	"strings"
	"testing"
)

// TestNameComplement: en → ja, a lowercase glossary term capitalized as the field of an
// office's name ("Secretary of National Defense") is the name, which the translation
// renders as a fixed name (国防大臣); the same words after a lowercase head or at the head
// of a sentence are the term and still need their rendering.
func TestNameComplement(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct{ en, ja, want string }{
		{en: "The minister met the Secretary of National Defense in Tokyo.", ja: "大臣は東京で国防大臣と会談した。"},
		{en: "The minister met Mr. Cruz, Secretary of National Defense.", ja: "大臣はクルス国防大臣と会談した。"},
		{en: "The minister said: \"Welcome, Mr. Secretary of National Defense.\"", ja: "大臣は「長官、ようこそ」と述べた。"},
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

// TestHeadBefore: the word before the "of" or "for" that ends a text before a field is the
// head of a post's or a body's name, read whole after a space, a quotation mark or a
// parenthesis; a text that ends otherwise has none.
func TestHeadBefore(t *testing.T) {
	for _, tc := range []struct{ name, text, head, lead string }{
		{name: "after a space", text: "the Secretary of National Defense", head: "Secretary", lead: "the "},
		{name: "for", text: "the Minister for Foreign Affairs", head: "Minister", lead: "the "},
		{name: "after an opening quotation mark", text: "the “Department of National Defense”", head: "Department", lead: "the “"},
		{name: "after a parenthesis", text: "(Secretary of National Defense)", head: "Secretary", lead: "("},
		{name: "the head opens the text", text: "Secretary of National Defense", head: "Secretary", lead: ""},
		{name: "near miss: another preposition", text: "the talks on National Defense", head: "", lead: ""},
		{name: "near miss: the preposition ends a word", text: "the Proof National Defense", head: "", lead: ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start := strings.Index(tc.text, "National") // the field's first word
			if start < 0 {
				start = strings.Index(tc.text, "Foreign")
			}
			head, lead := headBefore(tc.text, start)
			if head != tc.head || lead != tc.lead {
				t.Errorf("headBefore: %q, %q; want %q, %q", head, lead, tc.head, tc.lead)
			}
		})
	}
}
