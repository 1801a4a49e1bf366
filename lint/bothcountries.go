package lint

import (
	"strings"
	"unicode/utf8"

	"github.com/glossterm/gloss/match"
)

// bothCountriesWords are the Japanese words for "both countries" that a bilateral
// statement writes where a term says "between two states" (二国間): 両国間の協力 and 両国の協力
// are bilateral cooperation, as 二国間協力 is, the two states being the statement's parties.
var bothCountriesWords = []string{"両国間の", "両国の", "両国間"}

// fieldWords are the ways Japanese writes the modifier of a compound term as a field before
// its head: 防衛分野の協力 and 防衛分野における協力 ("cooperation in the field of defense")
// are 防衛協力, as the English "cooperation in the field of defense" is defense cooperation.
var fieldWords = []string{"分野の", "分野における"}

// jaCoordinator writes the coordinators of Japanese terms alike: 安全保障及び防衛,
// 安全保障および防衛 and 安全保障・防衛 are the same coordination, 及び (or its kana) in running
// text and the middle dot in a compact one. と and や are left: they are inside words too.
var jaCoordinator = strings.NewReplacer("及び", "・", "並びに", "・", "および", "・", "ならびに", "・")

// partiesWritten reports whether the Japanese text renders an allowed term of the group
// that opens with a word counting its parties, "between two states" or "among three"
// (二国間協力, 三か国の協力, 二国間の安全保障及び防衛協力), by another lead and the rest of
// the term. The lead is the count word itself, with or without の; for two states the word
// for "both countries", 両国間の, 両国の or 両国間 (a bilateral statement's two parties); or
// the parties named, a compound of exactly as many country initials, with or without 間
// ("between") and の, or 間 and での or における (日米協力, 日米間の協力, 日米韓の協力,
// 日英間での協力: see cutAttributive), which is how a statement of those
// states writes "bilateral" or "trilateral". The rest may be written as in the term, with
// its modifier as a field before its head (両国の安全保障・防衛分野の協力), with a coordinator
// written as either 及び or the middle dot, or, after a lead ending in の, with a short
// modifier before its head (日米間の緊密な協力, 両国間の防衛分野の協力). A compound of
// another number of states, or another word than 両国 (各国の協力), is not the term.
func partiesWritten(text string, group []match.Occurrence, lang string) bool {
	norm := "" // the text with its coordinators alike, once a term asks for it
	for _, g := range group {
		for _, t := range g.Concept.Terms[lang] {
			if !t.Status.Allowed() {
				continue
			}
			for _, pc := range partyCounts {
				i := strings.Index(t.Text, pc.word)
				if i < 0 {
					continue
				}
				before := jaCoordinator.Replace(t.Text[:i])
				after := jaCoordinator.Replace(strings.TrimPrefix(t.Text[i+len(pc.word):], "の"))
				if utf8.RuneCountInString(after) < 2 {
					continue
				}
				if norm == "" {
					norm = jaCoordinator.Replace(text)
				}
				leads := []string{pc.word + "の", pc.word}
				if pc.n == 2 {
					leads = append(leads, bothCountriesWords...)
				}
				for _, lead := range leads {
					if restAfterLead(norm, before+lead, after) {
						return true
					}
				}
				if initialsLead(norm, before, after, pc.n) {
					return true
				}
			}
		}
	}
	return false
}

// restAfterLead reports whether text has lead then the rest of a term (see restWritten).
func restAfterLead(text, lead, rest string) bool {
	for off := 0; off < len(text); {
		k := strings.Index(text[off:], lead)
		if k < 0 {
			return false
		}
		off += k + len(lead)
		if restWritten(text[off:], rest, strings.HasSuffix(lead, "の")) {
			return true
		}
	}
	return false
}

// initialsLead reports whether text has before, then a compound of exactly n country
// initials (no initial before or after it), then, with or without 間 and の, the rest of a
// term (see restWritten).
func initialsLead(text, before, rest string, n int) bool {
	for off := 0; off < len(text); {
		r, w := utf8.DecodeRuneInString(text[off:])
		start := off
		off += w
		if _, ok := countryInitials[r]; !ok || trailingInitials(text[:start]) != "" {
			continue
		}
		run := leadingInitials(text[start:])
		if utf8.RuneCountInString(run) != n || !strings.HasSuffix(text[:start], before) {
			continue
		}
		s, between := strings.CutPrefix(text[start+len(run):], "間")
		s, no := cutAttributive(s, between)
		if restWritten(s, rest, no) {
			return true
		}
	}
	return false
}

// leadingInitials returns the run of country initials s opens with.
func leadingInitials(s string) string {
	for i, r := range s {
		if _, ok := countryInitials[r]; !ok {
			return s[:i]
		}
	}
	return s
}

// restWritten reports whether s opens with the rest of a term, as written, with its
// modifier as a field before its head (see fieldWords), or, after a lead that ends in の
// (afterNo), with a short modifier before it (see insertedBefore).
func restWritten(s, rest string, afterNo bool) bool {
	return strings.HasPrefix(s, rest) || fieldSplit(s, rest) || afterNo && insertedBefore(s, rest)
}

// fieldSplit reports whether s opens with the compound term written as its modifier, a
// field word and its head (安全保障・防衛分野の協力 for 安全保障・防衛協力): modifier and head
// of two characters or more each.
func fieldSplit(s, term string) bool {
	for k := range term {
		if k == 0 || utf8.RuneCountInString(term[:k]) < 2 || utf8.RuneCountInString(term[k:]) < 2 {
			continue
		}
		for _, f := range fieldWords {
			if strings.HasPrefix(s, term[:k]+f+term[k:]) {
				return true
			}
		}
	}
	return false
}

// cutAttributive cuts from s the particle by which the parties modify the rest of a term,
// の, or after 間 ("between") also での or における, which make 間 modify a noun as 間の does
// (日英間での連携, 日米間における協力); ok says one was cut.
func cutAttributive(s string, between bool) (rest string, ok bool) {
	if rest, ok = strings.CutPrefix(s, "の"); ok || !between {
		return rest, ok
	}
	for _, p := range []string{"での", "における"} {
		if rest, ok = strings.CutPrefix(s, p); ok {
			return rest, true
		}
	}
	return s, false
}
