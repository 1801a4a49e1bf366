package align

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// An acronym the translation keeps.
//
// Japanese writes an international body, an agreement or a technology by its English
// acronym (TPPの発効, AIの活用); where the aligned English segment writes the same acronym
// as a word of its own ("the TPP", "AI (artificial intelligence)"), the translator kept the
// acronym, and the Japanese term's English is the acronym: the expansion names the same
// thing, but it is the sources' definition, not this text's rendering. Only an acronym
// that the segment writes inside parentheses after a name ("Trans-Pacific Partnership
// (TPP)") is spelled out by the translation itself.

// writtenAcronymNote marks the acronym evidence of a pair whose every sentence has an
// aligned English that writes the acronym itself (see acronymKept).
const writtenAcronymNote = "; the aligned English writes the acronym itself"

// writesAcronym reports whether en writes the acronym a as a word of its own, outside
// the parentheses that define it after a name: "under the TPP" and "AI (artificial
// intelligence)" do, "Trans-Pacific Partnership (TPP)" and "TPP11" do not.
func writesAcronym(en, a string) bool {
	return anyIndex(en, a, func(k int) bool {
		end := k + len(a)
		before, _ := utf8.DecodeLastRuneInString(en[:k])
		after, _ := utf8.DecodeRuneInString(en[end:])
		return (k == 0 || !wordRune(before) && before != '(' && before != '-') &&
			(end == len(en) || !wordRune(after) && after != '-')
	})
}

func wordRune(c rune) bool { return unicode.IsLetter(c) || unicode.IsDigit(c) }

// acronymKept reports whether the acronym evidence of evs says that every sentence of the
// pair has an aligned English writing the acronym itself (latinAcronyms decides it over
// all of them): the pair of the acronym with its expansion is then the sources'
// definition, a reviewer's call.
func acronymKept(evs []Evidence) bool {
	n := 0
	for _, e := range evs {
		if e.Type != EvAcronym {
			continue
		}
		if !strings.HasSuffix(e.Detail, writtenAcronymNote) {
			return false
		}
		n++
	}
	return n > 0
}
