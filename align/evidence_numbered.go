package align

import (
	"regexp"
	"unicode/utf8"

	"github.com/glossterm/gloss/internal/lexicon"
)

// numberedDesignation is an acronym, a space and a number of one to three digits written
// in Latin script (TICAD 9, COP 28): the name of one session of a series.
var numberedDesignation = regexp.MustCompile(`[A-Z][A-Z0-9.]*[A-Z] [0-9]{1,3}`)

// numberedDesignations pairs an acronym that the Japanese writes with a session's number
// after a space (TICAD 9を見据え) with the same words in the English: Japanese borrows the
// name of a numbered meeting or document in its English form, the space included, as it
// borrows an acronym alone (see identicalLatin), and kagome reads the acronym and the
// number as two words, so that the name is no candidate. The designation must stand
// between Japanese script or punctuation on both sides (not inside cited English) and
// the English sources must write it identically, capitals and space included. Review
// tier, as identical.
func (r *run) numberedDesignations() {
	seen := map[string]bool{}
	for _, s := range r.sents {
		for _, m := range numberedDesignation.FindAllStringIndex(s.text, -1) {
			w := s.text[m[0]:m[1]]
			before, _ := utf8.DecodeLastRuneInString(s.text[:m[0]])
			after, _ := utf8.DecodeRuneInString(s.text[m[1]:])
			if m[0] > 0 && !japaneseRune(before) || m[1] < len(s.text) && !japaneseRune(after) {
				continue
			}
			if !lexicon.IsAcronym(w[:len(w)-len(w[lastSpace(w):])]) {
				continue
			}
			g := r.en.Lookup(w)
			if g == nil || !g.Written(w) {
				continue
			}
			ev := Evidence{Type: EvIdentical, Doc: s.doc, Line: s.line, Quote: quote(s.text),
				Detail: "the English writes " + w + " too, the session's number after the acronym (" + g.First.Doc + ":" + itoa(g.First.Line) + ")"}
			if !seen[w+"\x00"+s.doc] {
				seen[w+"\x00"+s.doc] = true
				r.add(w, w, ev)
			}
		}
	}
}

// lastSpace returns the index of the last space of w.
func lastSpace(w string) int {
	for i := len(w) - 1; i >= 0; i-- {
		if w[i] == ' ' {
			return i
		}
	}
	return len(w)
}
