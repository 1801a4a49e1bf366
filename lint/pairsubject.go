package lint

import (
	"strings"

	"github.com/glossterm/gloss/match"
)

// Two parties as the subject of a clause, left to the two who speak. A readout of two
// parties' meeting says what they will do together: English names them, "the two
// ministers reaffirmed that Japan and the ROK will maximize pressure"; Japanese leaves the
// clause's subject to its collective noun for the two (両大臣は…圧力を最大限まで高めるべき
// ことを確認し), who speak for their countries. Where the Japanese document has named the
// party before, the collective refers to it and nothing is missing; where it has not, the
// finding stays (weNamesPass).

// pairCollectives are the Japanese collective nouns for the two parties of a meeting or
// their holders.
var pairCollectives = []string{"両大臣", "両外相", "両首脳", "両首相", "両長官", "両国", "両者", "双方"}

// pairLeftToCollective reports whether the English source term at o is one of two names
// coordinated by "and" as the subject of a clause (at the start of a sentence, or after
// "that" or a comma; a finite verb or a modal after them) and the Japanese target has a
// collective noun for two (pairCollectives).
func pairLeftToCollective(src string, o match.Occurrence, tgt string) bool {
	if !startsUpper(src[o.Start:]) {
		return false // a name: "the ROK", "Japan"
	}
	before, after := cutArticle(src[:o.Start]), src[o.End:]
	pair := false
	if rest, ok := strings.CutPrefix(after, " and "); ok {
		// the term first: "the ROK and Japan will"
		n := nameWords(rest)
		pair = n > 0 && clauseStart(before) && clauseVerb(rest[n:])
	} else if rest, ok := strings.CutSuffix(before, " and "); ok {
		// the term second: "Japan and the ROK will"
		n := nameWordsBefore(rest)
		pair = n > 0 && clauseStart(cutArticle(rest[:len(rest)-n])) && clauseVerb(after)
	}
	if !pair {
		return false
	}
	for _, c := range pairCollectives {
		if strings.Contains(tgt, c) {
			return true
		}
	}
	return false
}

// cutArticle cuts "the " or "The " from the end of s.
func cutArticle(s string) string {
	if t, ok := strings.CutSuffix(s, "the "); ok {
		return t
	}
	if t, ok := strings.CutSuffix(s, "The "); ok {
		return t
	}
	return s
}

// nameWords returns the length in bytes of the name s opens with, after "the" at most:
// one to three capitalized words ("Japan", "the United States", "the U.S.").
func nameWords(s string) int {
	n := 0
	if strings.HasPrefix(s, "the ") {
		n = len("the ")
	}
	words := 0
	for words < 3 {
		w := s[n:]
		if i := strings.IndexAny(w, " ,"); i >= 0 {
			w = w[:i]
		}
		if !startsUpper(w) {
			break
		}
		n += len(w)
		words++
		if !strings.HasPrefix(s[n:], " ") {
			break
		}
		if !startsUpper(s[n+1:]) {
			break
		}
		n++
	}
	if words == 0 {
		return 0
	}
	return n
}

// nameWordsBefore returns the length in bytes of the name s ends with (one to three
// capitalized words).
func nameWordsBefore(s string) int {
	n, words := 0, 0
	for words < 3 {
		w := s[:len(s)-n]
		if i := strings.LastIndexByte(w, ' '); i >= 0 {
			w = w[i+1:]
		}
		if !startsUpper(w) {
			break
		}
		if words > 0 {
			n++ // the space after it
		}
		n += len(w)
		words++
		if !strings.HasSuffix(s[:len(s)-n], " ") {
			break
		}
	}
	if words == 0 {
		return 0
	}
	return n
}

// clauseStart reports whether before, the text before a clause's subject, ends where a
// clause opens: nothing, a sentence's or a list's end, a comma, or "that".
func clauseStart(before string) bool {
	b := strings.TrimRight(before, " ")
	return b == "" || strings.HasSuffix(b, " that") || strings.HasSuffix(b, "That") || strings.ContainsAny(b[len(b)-1:], ".:;,")
}

// clauseVerb reports whether after, the text after a clause's subject, opens with its
// finite verb or a modal.
func clauseVerb(after string) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(after, " "), " ")
	switch w {
	case "should", "must", "need", "intend", "share", "agree", "continue": // subjectVerb takes their -ed forms
		return true
	}
	return subjectVerb(w)
}
