package lint

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/glossterm/gloss/match"
)

// A meeting named in each language by its own subject. The name of a conference is a
// designation each side fixes for itself, and the two often say its subject by different
// words: the meeting Japanese names 北朝鮮に関する関係国外相会合 ("the related countries'
// foreign ministers' meeting on North Korea") English names "the Foreign Ministers'
// Meeting on Security and Stability on the Korean Peninsula". A term that is the subject
// of a meeting's name in the source (Xに関する…会合, "Meeting on … X"), where the
// translation names a meeting by its own subject, renders the name, not the term. A
// translation that names no meeting by a subject still needs the term.

// meetingTitles are meetingHeads capitalized, as the head of a name writes them.
var meetingTitles = func() []string {
	out := make([]string, len(meetingHeads))
	for i, h := range meetingHeads {
		out[i] = strings.ToUpper(h[:1]) + h[1:]
	}
	return out
}()

// aboutParticles are the Japanese particles by which a subject modifies a meeting's name.
var aboutParticles = []string{"に関する", "についての"}

// meetingNamesSubject reports whether the source term at o is in the subject of a
// meeting's name and the target names a meeting by a subject of its own: in Japanese the
// term followed by に関する or についての and a compound that has a meeting's noun
// (meetingNouns), in English the term inside a name in title case whose head, a meeting's
// noun capitalized ("Meeting", "Conference"), is followed by "on".
//
// Each side must name one meeting by its subject and no other: where either names two, the
// translation's subject may be another meeting's, and the term is still required.
func meetingNamesSubject(src string, o match.Occurrence, tgt, srcLang string) bool {
	if isJapanese(srcLang) {
		return jaMeetingSubject(src[o.End:]) && jaMeetings(src) == 1 && enMeetingsOn(tgt) == 1
	}
	return enNameSubject(src[:o.Start]) && enMeetingsOn(src) == 1 && jaMeetings(tgt) == 1
}

// jaMeetingSubject reports whether after, the text after a subject, opens with an
// aboutParticle and a compound (kanji, katakana) that has a meeting's noun: the name ends
// there or a noun follows in the compound (関係国外相会合出席, "attending the meeting").
func jaMeetingSubject(after string) bool {
	for _, p := range aboutParticles {
		rest, ok := strings.CutPrefix(after, p)
		if !ok {
			continue
		}
		i := 0
		for i < len(rest) {
			r, w := utf8.DecodeRuneInString(rest[i:])
			if !compounds(r) {
				break
			}
			i += w
		}
		for _, n := range meetingNouns {
			if strings.Contains(rest[:i], n) {
				return true
			}
		}
	}
	return false
}

// jaMeetings counts the meetings the Japanese text names by their subject: a noun (a
// kanji or katakana compound) followed by jaMeetingSubject.
func jaMeetings(text string) int {
	n := 0
	for _, p := range aboutParticles {
		for off := 0; ; {
			k := strings.Index(text[off:], p)
			if k < 0 {
				break
			}
			at := off + k
			off = at + len(p)
			if r, _ := utf8.DecodeLastRuneInString(text[:at]); at > 0 && compounds(r) && jaMeetingSubject(text[at:]) {
				n++
			}
		}
	}
	return n
}

// enMeetingsOn counts the names in the English text whose head, a meeting's noun
// capitalized, is followed by "on" and a capitalized word, after "the" at most ("Meeting
// on Security and Stability").
func enMeetingsOn(text string) int {
	n := 0
	for _, h := range meetingTitles {
		head := h + " on "
		for rest := text; ; {
			i := strings.Index(rest, head)
			if i < 0 {
				break
			}
			rest = rest[i+len(head):]
			if startsUpper(strings.TrimPrefix(rest, "the ")) {
				n++
			}
		}
	}
	return n
}

// enNameSubject reports whether before, the English text before a term, ends inside a
// name in title case whose head is a meeting's noun followed by "on": walking back, every
// word capitalized or a function word of a name (on, of, the, and, for, in), up to the
// head and the "on" after it, twelve words at most.
func enNameSubject(before string) bool {
	if len(before) > 240 {
		// twelve words at most: the text before them is not split
		before = before[len(before)-240:]
		if i := strings.IndexByte(before, ' '); i >= 0 {
			before = before[i+1:]
		}
	}
	words := strings.Fields(before)
	next := ""
	for i, n := len(words)-1, 0; i >= 0 && n < 12; i, n = i-1, n+1 {
		w := strings.TrimRight(words[i], ",")
		if w != words[i] {
			return false // a comma ends the name
		}
		if next == "on" && slices.Contains(meetingTitles, w) {
			return true
		}
		switch w {
		case "on", "of", "the", "and", "for", "in":
		default:
			if !startsUpper(w) {
				return false
			}
		}
		next = w
	}
	return false
}
