package lint

import (
	"strings"
	"unicode/utf8"

	"github.com/glossterm/gloss/match"
)

// possessorListed reports whether the Japanese text has an allowed term of the group of the
// form XのY (日本の平和と安全) with X as an item of a list of possessors that shares の
// and Y (日本、地域、国際社会の平和と安全; 地域及び日本の平和と安全): Japanese coordinates
// the possessors of one noun before a single の, where English repeats nothing either
// ("the peace and security of Japan, the region, and the international community"). X
// must stand as an item of its own: at the list's start, or after a coordinator, with no
// kanji or katakana right before it; the other items are nouns of kanji, katakana, Latin
// letters or digits, ten characters at most each, four items besides X at most, each
// joined by a coordinator (、, ・, と, や, 及び, 並びに). A text that writes X and Y apart
// with anything else between them (日本が地域の平和と安全) does not render the term.
func possessorListed(text string, group []match.Occurrence, lang string) bool {
	if !strings.Contains(text, "の") {
		return false
	}
	for _, g := range group {
		for _, t := range g.Concept.Terms[lang] {
			if !t.Status.Allowed() {
				continue
			}
			k := strings.Index(t.Text, "の")
			if k <= 0 || k+len("の") == len(t.Text) {
				continue
			}
			x, y := t.Text[:k], t.Text[k:]
			if !strings.Contains(text, y) {
				continue
			}
			for off := 0; off < len(text); {
				i := strings.Index(text[off:], x)
				if i < 0 {
					break
				}
				i += off
				off = i + len(x)
				if !listItemStart(text[:i]) {
					continue
				}
				// X first or inside the list: items and coordinators up to の Y, or X last,
				// after a list opened before it (then XのY is the term as written, matched
				// already).
				if j := strings.Index(text[off:], y); j > 0 && possessorItems(text[off:off+j]) {
					return true
				}
			}
		}
	}
	return false
}

// listItemStart reports whether an item of a list may start after before: the text's
// start, or no kanji, katakana or Latin letter right before, or a coordinator.
func listItemStart(before string) bool {
	if before == "" {
		return true
	}
	for _, c := range jaListCoordinators {
		if strings.HasSuffix(before, c) {
			return true
		}
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	s := script(r)
	return s != 1 && s != 3 && !latinLetterOrDigit(r)
}

// jaListCoordinators join the items of a list of possessors, longest first.
var jaListCoordinators = []string{"ならびに", "および", "並びに", "及び", "、", "・", "と", "や"}

// possessorItems reports whether gap, what follows X up to の Y, is one to four more items
// of the list, each opened by a coordinator: a noun of at most ten characters of kanji,
// katakana, Latin letters or digits.
func possessorItems(gap string) bool {
	items := 0
	for gap != "" {
		coord := false
		for _, c := range jaListCoordinators {
			if rest, ok := strings.CutPrefix(gap, c); ok {
				gap, coord = rest, true
				break
			}
		}
		if !coord {
			return false
		}
		n := 0
		for gap != "" && !hasCoordinator(gap) {
			r, w := utf8.DecodeRuneInString(gap)
			if s := script(r); s != 1 && s != 3 && !latinLetterOrDigit(r) {
				break
			}
			gap = gap[w:]
			n++
		}
		if n == 0 || n > 10 {
			return false
		}
		items++
	}
	return items >= 1 && items <= 4
}

// hasCoordinator reports whether s opens with one of jaListCoordinators.
func hasCoordinator(s string) bool {
	for _, c := range jaListCoordinators {
		if strings.HasPrefix(s, c) {
			return true
		}
	}
	return false
}

// latinLetterOrDigit reports whether r is an ASCII letter or digit.
func latinLetterOrDigit(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
}
