package lint

import (
	"strings"

	"github.com/glossterm/gloss/match"
)

// insideHyphenedTerm reports whether the English source term at o is a word of a longer
// glossary term that the source writes with a hyphen for one of its spaces ("unilateral
// attempts to change the status-quo by coercion": status quo hyphenated as a compound
// often is), and the translation has a term of that longer concept: the longer term wins
// the match, as it does when written open, and "coercion" there renders no 威圧 of its
// own. The longer term's own rendering is what the translation has to show.
func (l *Linter) insideHyphenedTerm(src string, o match.Occurrence, tgt, srcLang, tgtLang string) bool {
	ss, se := match.SentenceAround(src, o.Start, o.End)
	sent := src[ss:se]
	b := []byte(sent)
	n := 0
	for i := 1; i+1 < len(b); i++ {
		if b[i] == '-' && isASCIILetter(b[i-1]) && isASCIILetter(b[i+1]) {
			b[i] = ' '
			n++
		}
	}
	if n == 0 {
		return false
	}
	for _, x := range l.m.FindLang(string(b), srcLang) {
		if x.Concept == o.Concept || x.Start+ss > o.Start || x.End+ss < o.End || x.End-x.Start <= o.End-o.Start {
			continue
		}
		if string(b[x.Start:x.End]) == sent[x.Start:x.End] {
			continue // no hyphen read as a space inside it: the match as written had it
		}
		for _, t := range x.Concept.Terms[tgtLang] {
			if t.Status.Allowed() && t.Text != "" && strings.Contains(tgt, t.Text) {
				return true
			}
		}
	}
	return false
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
