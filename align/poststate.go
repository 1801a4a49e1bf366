package align

import (
	"github.com/glossterm/gloss/align/internal/wordnet"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A post's name and the state it belongs to.
//
// English writes the name of a post in two ways: before a person's name, as a title
// ("Prime Minister Abe", "Minister Hayashi"), and on its own with the state or body it
// belongs to after it ("Mr. KISHIDA Fumio, Prime Minister of Japan"). The title is a slice
// of the person's name, and the post with its of-phrase is the post's whole name: where
// the aligned segments holding a term write its rendering only in these two ways, never
// alone, the bare rendering names the post in no sentence of the translation, and the
// choice between it and the whole name (proposed beside it, see keepsBareName) is the
// terminologist's. A post the translation names on its own somewhere ("Ministry of
// Foreign Affairs," in a list of delegates) keeps its tier; so does one no segment writes
// with an of-phrase (国務長官 = "Secretary of State Blinken" every time: a title, and the
// post's name as the English has it).

// bareOfState reports whether the title-case rendering en of the Japanese term with key
// jk is written, in the aligned segments that hold the term, only before a capitalized
// word (a title before a name) or before an of-phrase of capitalized words (the post with
// its state), the of-phrase at least once.
func (r *run) bareOfState(jk, en string) bool {
	if !titleCase(en) || strings.Contains(en, " of ") || strings.Contains(en, " for ") {
		// a name with its complement already ("Minister for Foreign Affairs"): a second
		// of-phrase names the state, not the post (see wholeName)
		return false
	}
	if !r.postNoun(en) {
		return false
	}
	withState := false
	for i, seg := range r.bitext {
		if !r.bitJA[i][jk] {
			continue
		}
		s := seg.EN
		for from := 0; ; {
			k := strings.Index(s[from:], en)
			if k < 0 {
				break
			}
			at, end := from+k, from+k+len(en)
			from = end
			if at > 0 {
				if c, _ := utf8.DecodeLastRuneInString(s[:at]); unicode.IsLetter(c) || c == '-' {
					continue // inside a word
				}
			}
			if at > 1 && s[at-1] == ' ' && nameWord(s[strings.LastIndexAny(s[:at-1], " \t(“\"")+1:at-1]) {
				continue // a slice of a longer name ("Deputy Prime Minister"), another post's
			}
			rest := s[end:]
			if c, _ := utf8.DecodeRuneInString(rest); unicode.IsLetter(c) || c == '-' {
				continue // inside a word
			}
			switch {
			case ofState(rest):
				withState = true
			case titleBefore(rest):
			default:
				return false // the post on its own
			}
		}
	}
	return withState
}

// titleBefore reports whether the text after a title-case span starts with a capitalized
// word after a blank: the name the title is written before ("Prime Minister Abe").
func titleBefore(rest string) bool {
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	c, _ := utf8.DecodeRuneInString(rest[1:])
	return unicode.IsUpper(c)
}

// ofState reports whether the text after a title-case span opens an of-phrase of a
// capitalized name, with or without the article, that names no date: " of Japan", " of
// the Republic of Lithuania", not " of March 16".
func ofState(rest string) bool {
	t, ok := strings.CutPrefix(rest, " of ")
	if !ok {
		return false
	}
	t = strings.TrimPrefix(t, "the ")
	w, _, _ := strings.Cut(t, " ")
	w = strings.TrimRight(w, ".,;:)")
	c, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(c) && !calendarWords[w]
}

// postNoun reports whether the last word of an English rendering is, in its first WordNet
// sense, a person (minister, president, secretary): a post, which English writes before
// its holder's name. A place or a body ("Republic" of "the Republic of Lithuania") is
// no title.
func (r *run) postNoun(en string) bool {
	if r.wn == nil {
		return false
	}
	w := strings.Fields(en)
	lemma := r.wn.Lemma(w[len(w)-1])
	return lemma != "" && r.wn.LexFile(lemma) == wordnet.LexPerson
}
