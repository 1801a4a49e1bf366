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
	// A glossary term is a phrase, not a paragraph: the words around o are enough, and a
	// long unpunctuated line costs no more than a sentence.
	ss, se = max(ss, o.Start-termReach), min(se, o.End+termReach)
	for ss > 0 && ss < o.Start && isASCIILetter(src[ss-1]) {
		ss++
	}
	for se < len(src) && se > o.End && isASCIILetter(src[se]) {
		se--
	}
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

// termReach is how far before or after a term, in bytes, a longer glossary term around it
// may reach.
const termReach = 160

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
