package lint

import (
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
// an act at it (on, against, toward), with no counterpart in the Japanese segment, is
// settled at the document's end (weNamesPass): no finding where the Japanese names the
// concept in a segment before, the antecedent the context supplies; a note where it names
// it only after; an error where it never does. A name in any other role (the subject, a
// verb's object) is demanded as before.

// aimPrepositions aim an act at the name after them.
var aimPrepositions = []string{"on", "against", "toward", "towards", "upon"}

// argumentLeftOut reports whether the English source term at o is a name (it opens with a
// capital) that possesses the word after it ('s, ’s) or follows a preposition of
// aimPrepositions, after "the" at most.
func argumentLeftOut(src string, o match.Occurrence) bool {
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
		if rest, ok := strings.CutSuffix(before, p); ok && (rest == "" || rest[len(rest)-1] == ' ') {
			return true
		}
	}
	return false
}
