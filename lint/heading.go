package lint

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Headings. A row of a few words with no sentence punctuation on both sides is a heading
// ("Regional Security" / 地域情勢), a title a translator renders freely: it announces the
// section, whose text names the concept in full. A term the source heading has and the
// translation's heading does not is at most a note; a wrong rendering or a forbidden term
// in a heading is still reported, as anywhere.

// headingWords is the most words an English heading has, headingRunes the most characters
// a Japanese one has.
const (
	headingWords = 8
	headingRunes = 20
)

// isHeading reports whether text, in lang, reads as a heading: a few words (or, in
// Japanese, characters) with no sentence punctuation, neither a full stop nor a question
// or exclamation mark nor a colon or semicolon at its end, and no Japanese full stop; in
// English, opening with a capital.
func isHeading(text, lang string) bool {
	s := strings.TrimSpace(text)
	if s == "" || strings.ContainsAny(s, "。．！？;；") {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(".!?:：,、", last) {
		return false
	}
	if isJapanese(lang) {
		return utf8.RuneCountInString(s) <= headingRunes
	}
	if strings.Contains(s, ". ") || strings.Contains(s, "? ") || strings.Contains(s, "! ") {
		// Two sentences, unless the period closes an abbreviation (U.S. Forces).
		for _, w := range strings.Fields(s) {
			if strings.HasSuffix(w, ".") && !strings.Contains(strings.TrimSuffix(w, "."), ".") && utf8.RuneCountInString(w) > 3 {
				return false
			}
		}
	}
	words := strings.Fields(s)
	if len(words) > headingWords {
		return false
	}
	// A heading opens with a capital, after a number or a label if any ("2. Regional
	// Security"); a fragment in lower case is a phrase, not a title.
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) {
			return unicode.IsUpper(r)
		}
	}
	return false
}
