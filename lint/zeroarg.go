package lint

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossterm/gloss/match"
)

// A possessor or an adjunct left to the context. English says whose a thing is and whom
// an act is aimed at at each mention ("North Korea's previous nuclear test", "pressure
// on North Korea"); Japanese leaves a possessor or a target that the text has already
// established to the context (前回核実験, 圧力を強化する), as it drops a subject. An English
// name that possesses the noun after it ('s) or is the object of a preposition that aims
// an act at it (against, toward, and on after a noun of pressure), with no counterpart in
// the Japanese segment and no other country or place in its slot there, is
// settled at the document's end (weNamesPass): no finding where the Japanese names the
// concept in a segment before, the antecedent the context supplies; a note where it names
// it only after; an error where it never does. A name in any other role (the subject, a
// verb's object) is demanded as before.

// aimPrepositions aim an act at the name after them.
var aimPrepositions = []string{"on", "against", "toward", "towards", "upon"}

// pressureNouns are the nouns of pressure and measures that "on" and "upon" aim at a
// name ("sanctions on North Korea"), with the participle that puts them on it after them
// ("the measures imposed on North Korea"); after another word "on" says what a thing is
// about ("views on North Korea") or where it is ("stability on the Korean Peninsula"), a
// complement Japanese writes out.
var pressureNouns = []string{"pressure", "sanctions", "sanction", "measures", "measure", "imposed"}

// argumentLeftOut reports whether the English source term at o is a name (it opens with a
// capital) that possesses the word after it ('s, ’s) or follows a preposition of
// aimPrepositions, after "the" at most ("on" and "upon" after a noun of pressureNouns),
// and the Japanese target tgt fills no such slot with another place's name (otherPlace).
func (l *Linter) argumentLeftOut(src string, o match.Occurrence, tgt string) bool {
	return argumentRole(src, o) && !l.otherPlace(tgt)
}

// argumentRole reports whether the English term at o of src is a name in the role of a
// possessor or the aim of an act (see argumentLeftOut).
func argumentRole(src string, o match.Occurrence) bool {
	r, _ := utf8.DecodeRuneInString(src[o.Start:])
	if !unicode.IsUpper(r) {
		return false
	}
	after := src[o.End:]
	if strings.HasPrefix(after, "'s ") || strings.HasPrefix(after, "’s ") {
		return true
	}
	before := strings.TrimRight(src[:o.Start], " ")
	if b, ok := strings.CutSuffix(before, " the"); ok {
		before = b
	}
	for _, p := range aimPrepositions {
		rest, ok := strings.CutSuffix(before, p)
		if !ok || rest != "" && rest[len(rest)-1] != ' ' {
			continue
		}
		if p != "on" && p != "upon" {
			return true
		}
		words := strings.Fields(rest)
		return len(words) > 0 && slices.Contains(pressureNouns, strings.ToLower(words[len(words)-1]))
	}
	return false
}

// otherPlace reports whether the Japanese text names a country or place (kagome's 固有名詞
// 地域) as a possessor or an aim, before の, に or へ: the slot the English name fills is
// filled by another name (中国のミサイル発射, 中国に制裁を科す), and the English name is no
// argument left to the context but one the translation changed.
func (l *Linter) otherPlace(text string) bool {
	toks := l.tokenize(text)
	for i, t := range toks[:max(0, len(toks)-1)] {
		if t.POSAt(1) != "固有名詞" || t.POSAt(2) != "地域" {
			continue
		}
		if n := toks[i+1]; n.Start == t.End && n.POSAt(0) == "助詞" {
			switch n.Surface {
			case "の", "に", "へ":
				return true
			}
		}
	}
	return false
}
