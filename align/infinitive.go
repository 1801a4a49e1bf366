package align

import (
	"strings"
	"unicode"
)

// An English noun phrase ends in its head noun, or in a complement of it: a span that ends
// in "to" and a word that is no noun ("dialogue to discuss") ends in an infinitive, a clause
// of purpose the sentence adds after the term, which a Japanese term without a verb does not
// hold (地域情勢を協議する政治・安全保障対話: 協議する is outside the term 政治・安全保障対話,
// whose English is "political and security dialogue"). "to" before a noun or a name is a
// preposition ("visit to Japan", "return to normalcy") and stays.

// infinitiveEnd reports whether an English span ends in "to" and a word in lower case that
// WordNet knows as no noun.
func infinitiveEnd(surface string, isNoun func(string) bool) bool {
	s := strings.TrimRight(surface, " ")
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return false
	}
	head := strings.TrimRight(s[:i], " ")
	if !strings.HasSuffix(head, " to") && !strings.HasSuffix(head, " To") {
		return false
	}
	last := strings.Trim(s[i+1:], ".,;:()\"'’”")
	if last == "" || !unicode.IsLower([]rune(last)[0]) {
		return false
	}
	return !isNoun(last)
}

// holdsVerb reports whether a term has a verb among its units (a clause inside the term:
// 現状を変更しようとする試み = "attempt to change the status quo").
func holdsVerb(jc *jaCand) bool {
	for _, u := range jc.units {
		if u.POSAt(0) == "動詞" {
			return true
		}
	}
	return false
}
