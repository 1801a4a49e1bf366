package lint

import (
	"strings"

	"github.com/glossterm/gloss/match"
)

// A part of a body named by its initials. Japanese names a part of a body by a noun put
// before the body's name (航空自衛隊, 陸上自衛隊: the Air and the Ground Self-Defense
// Force); English writes such a part by its initials, which keep the body's acronym as
// their last letters (ASDF, GSDF; JASDF). So where a Japanese term is the head of a
// longer compound, a noun right before it, and the English translation writes, as a word
// of its own, a Latin acronym that ends with an allowed acronym of the term's concept
// after one or two more capitals, the translation renders the term inside that name. The
// body's term alone (自衛隊 for "the ASDF", a narrower body) and an acronym that does not
// end with the concept's (SDFA) render nothing.

// partAcronym reports whether the English target writes the Japanese source term at o,
// the head of a longer compound, inside the initials of that compound's name.
func (l *Linter) partAcronym(src string, o match.Occurrence, target string, group []match.Occurrence, lang string, s *sentences) bool {
	headed := false
	for _, t := range l.tokensAround(src, o, s) {
		if t.End == o.Start {
			headed = contentNoun(t)
		}
	}
	if !headed {
		return false
	}
	for _, g := range group {
		for _, t := range g.Concept.Terms[lang] {
			if !t.Status.Allowed() || !isAcronym(t.Text) {
				continue
			}
			for _, w := range strings.FieldsFunc(target, func(r rune) bool {
				return !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
			}) {
				extra := len(w) - len(t.Text)
				if extra >= 1 && extra <= 2 && strings.HasSuffix(w, t.Text) && strings.ToUpper(w) == w && isAcronym(w) {
					return true
				}
			}
		}
	}
	return false
}
