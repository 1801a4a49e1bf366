package lint

import (
	"slices"
	"strings"

	"github.com/glossterm/gloss/match"
)

// possessorListed reports whether the Japanese text has an allowed term of the group of the
// form XのY (日本の平和と安全) with X as an item of a list of possessors that shares の
// and Y (日本、地域、国際社会の平和と安全; 地域及び日本の平和と安全): Japanese coordinates
// the possessors of one noun before a single の, where English repeats nothing either
// ("the peace and security of Japan, the region, and the international community"). The
// list is one of jaListsAt, five items at most, right before の Y, with X as an item of its
// own other than the last (XのY as written is the term, matched already). A text that
// writes X and Y apart with anything else between them (日本が地域の平和と安全) does not
// render the term.
func possessorListed(text string, group []match.Occurrence, lang string) bool {
	if !strings.Contains(text, "の") {
		return false
	}
	var lists [][]string
	var ends []int
	parsed := false
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
			if !parsed {
				lists, ends = jaListsAt(text)
				parsed = true
			}
			for n, items := range lists {
				if len(items) <= maxPossessors && strings.HasPrefix(text[ends[n]:], y) && slices.Contains(items[:len(items)-1], x) {
					return true
				}
			}
		}
	}
	return false
}

// maxPossessors is the most items of a list of possessors that possessorListed takes.
const maxPossessors = 5
