package lint

import (
	"strings"

	"github.com/glossterm/gloss/match"
)

// The event a text reports, referred to by its head noun. A readout names the meeting it
// reports once and then by its head noun with the definite article: Japanese writes the
// name each time (「2+2」閣僚会合, 外相会談, 首脳会談), the English "the Meeting", "the
// Talks", "the Summit". A Japanese term that names a meeting (it ends in, or is followed
// by, a noun of a meeting's kind), where the English segment has "the" and the head noun
// of the concept's English or of the meeting's kind, is settled at the document's end as
// a party said by "we" is (weNamesPass): a note where the English names the concept in
// another segment or the Japanese names it in the document's title, the event the text is
// about; an error otherwise.

// meetingNouns are the Japanese nouns of a meeting's kind, the longer first.
var meetingNouns = []string{"閣僚会合", "首脳会談", "外相会談", "首脳会議", "会合", "会談", "協議", "対話", "会議", "サミット"}

// meetingHeads are the English head nouns of a meeting's kind.
var meetingHeads = []string{"meeting", "talks", "summit", "dialogue", "consultations", "conference"}

// eventByHead reports whether the Japanese source term at o names a meeting (it ends in
// a noun of meetingNouns, or one follows it, after a closing quote at most) and the English
// target tgt says "the" and the head noun of a meeting's kind or of an English term of the
// group.
func eventByHead(src string, o match.Occurrence, tgt string, group []match.Occurrence, tgtLang string) bool {
	term, after := src[o.Start:o.End], src[o.End:]
	for _, q := range []string{"」", "』", "\""} {
		if rest, ok := strings.CutPrefix(after, q); ok {
			after = rest
			break
		}
	}
	meeting := false
	for _, n := range meetingNouns {
		if strings.HasSuffix(term, n) || strings.HasPrefix(after, n) {
			meeting = true
			break
		}
	}
	if !meeting {
		return false
	}
	heads := meetingHeads
	for _, g := range group {
		for _, t := range g.Concept.Terms[tgtLang] {
			if t.Status.Allowed() {
				if i := strings.LastIndexByte(t.Text, ' '); i >= 0 {
					heads = append(heads[:len(heads):len(heads)], strings.ToLower(t.Text[i+1:]))
				}
			}
		}
	}
	lower := strings.ToLower(tgt)
	for _, h := range heads {
		if hasWords(lower, "the "+h) {
			return true
		}
	}
	return false
}
