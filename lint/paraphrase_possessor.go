package lint

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossterm/gloss/internal/lexicon"
)

// A nation's adjective said by its possessor. English keeps the adjective of the nation
// in a term even where a possessive names the nation ("Japan's national security", "its
// national defense"); Japanese says the nation once, as the possessor before the noun
// (我が国の安全保障, 日本の防衛), and writes no 国家 besides. So, en → ja, where the
// English term follows a possessive, a Japanese possessor (a noun and の right before the
// rest of the term) renders the part that a morpheme of the concept's own Japanese term
// renders by the dictionary (国家, "state, country, nation", for "national"), when the
// possessor is a synonym of that morpheme by the dictionary (我が国, "our country") or a
// country's name where the morpheme glosses a country (日本). Without the English
// possessive, or with a possessor of another meaning, the part is still unrendered.

// possessed reports whether the English word right before offset at is a possessive: a
// word in 's or ’s, or its, our, their, his, her.
func possessed(src string, at int) bool {
	before := strings.TrimRightFunc(src[:at], unicode.IsSpace)
	if len(before) == len(src[:at]) {
		return false
	}
	i := len(before)
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(before[:i])
		if !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '.' {
			break
		}
		i -= n
	}
	w := strings.ToLower(before[i:])
	switch w {
	case "its", "our", "their", "his", "her":
		return true
	}
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")
}

// possessorRenderings returns the units of a Japanese target that render the English part
// p as a possessor: a noun followed by の, a synonym by the glosses of a morpheme of the
// concept's own Japanese terms (morphs) that renders p, or a country's name where that
// morpheme glosses "country".
func possessorRenderings(p part, termWords []string, tgt string, units []unit, morphs []string, glosses map[string][]string) [][2]int {
	if p.conj != "" || len(p.texts) == 0 {
		return nil
	}
	var roots [][]string // the glosses' words of each morph that renders p
	for _, m := range renderingMorphs(p, termWords, morphs, glosses) {
		var all []string
		for _, g := range glosses[m] {
			all = append(all, lexicon.EnglishWords(g)...)
		}
		roots = append(roots, all)
	}
	if roots == nil {
		return nil
	}
	country := lexicon.EnglishWords("country")
	var out [][2]int
	for i, u := range units {
		if !u.noun || i+1 >= len(units) || tgt[units[i+1].start:units[i+1].end] != "の" {
			continue
		}
		for _, r := range roots {
			if u.country && anySame(country, r) || synonym(glosses[u.norm], r) {
				out = append(out, [2]int{i, i + 1})
				break
			}
		}
	}
	return out
}

// synonym reports whether a word of one word's glosses is a word of another's glosses
// (我が国 "our country" and 国家 "state, country, nation" share "country").
func synonym(glosses []string, words []string) bool {
	for _, g := range glosses {
		if anySame(lexicon.EnglishWords(g), words) {
			return true
		}
	}
	return false
}
