package lint

import (
	"strings"
	"unicode"

	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/match"
)

// Apposition: a text names a concept by two of its terms at once, one right after the
// other in parentheses — 日米豪印(クアッド), "the Quadrilateral Security Dialogue (Quad)",
// or the reverse, クアッド(日米豪印). The parenthesis says that the two are one name; it is
// one naming of the concept, not two renderings, so the consistency check counts it once,
// under the fuller of the two terms (apposed). The parenthesis also gives the concept a
// second name in the text, so the other term's later uses alone (クアッド) are that
// naming, not another wording.

// apposed reports whether occ[k], a term of the text, stands in apposition to another
// term of its concept in occ, one of them parenthesized right after the other, and is
// the less full of the two: the concept's later term in the glossary's order, preferred
// terms first. It returns the index of the other one in occ, -1 for none.
func apposed(text string, occ []match.Occurrence, k int) (int, bool) {
	o := &occ[k]
	// occ is ordered by start: a partner ends at most a parenthesis and a few spaces
	// before o starts, or starts as far after o ends, so only the neighbours are asked
	// (a text of many terms would otherwise pair each with every other).
	for j := k - 1; j >= 0 && occ[j].Start >= o.Start-maxApposed-(occ[j].End-occ[j].Start); j-- {
		if p := &occ[j]; appositionOf(text, o, p) {
			return j, termRank(p.Concept, p.Lang, p.Term) < termRank(o.Concept, o.Lang, o.Term)
		}
	}
	for j := k + 1; j < len(occ) && occ[j].Start <= o.End+maxApposed; j++ {
		if p := &occ[j]; appositionOf(text, o, p) {
			return j, termRank(p.Concept, p.Lang, p.Term) < termRank(o.Concept, o.Lang, o.Term)
		}
	}
	return -1, false
}

// maxApposed bounds the bytes between two terms in apposition: a parenthesis (three bytes
// when full-width) and a few spaces.
const maxApposed = 16

// appositionOf reports whether p, another allowed term of o's concept, stands in
// parentheses right after o, or o right after p.
func appositionOf(text string, o, p *match.Occurrence) bool {
	if p == o || p.Concept != o.Concept || p.Term == o.Term || !p.Term.Status.Allowed() {
		return false
	}
	return parenthesized(text, p.End, o.Start, o.End) || parenthesized(text, o.End, p.Start, p.End)
}

// parenthesized reports whether text[start:end] stands in parentheses that open right
// after prevEnd: only spaces between, and the closing parenthesis right after end.
func parenthesized(text string, prevEnd, start, end int) bool {
	if prevEnd > start || start-prevEnd > maxApposed {
		return false
	}
	before := strings.TrimFunc(text[prevEnd:start], unicode.IsSpace) // "X (Y)", "X（Y）"
	if before != "(" && before != "（" {
		return false
	}
	after := strings.TrimLeftFunc(text[end:], unicode.IsSpace)
	return strings.HasPrefix(after, ")") || strings.HasPrefix(after, "）")
}

// termRank orders a concept's terms in one language by fullness: the preferred terms
// before the admitted ones, each in the glossary's order.
func termRank(c *glossary.Concept, lang string, t *glossary.Term) int {
	terms := c.Terms[lang]
	for i, x := range terms {
		if x == t {
			if x.Status != glossary.Preferred {
				return len(terms) + i
			}
			return i
		}
	}
	return 2 * len(terms)
}
