package lint

import (
	"strings"

	"github.com/glossterm/gloss/internal/english"
	"github.com/glossterm/gloss/internal/textnorm"
	"github.com/glossterm/gloss/match"
)

// A post with a field after 両. Japanese names both holders of one post by 両 before it
// (両外務大臣, 両外相, 両防衛大臣: the two ministers, each of their own country), and
// English says "the two" or "both" and the post's head noun in the plural ("the two
// Ministers", "both ministers"), leaving the field to the context: the meeting the text
// reports is between the two foreign ministers. The head noun in the plural after a word
// that counts two renders the post; the singular, another noun, or the head noun without
// "two" or "both" does not. A post with no field in its title (両首相) is countedPost's.

// bothPost reports whether a post term of the group whose English title has a field
// (Minister for Foreign Affairs, Foreign Minister), which the Japanese source writes right
// after 両 or 両国, is rendered in the English target by "two" or "both" and the title's
// head noun in the plural, in either case. tgtKey is the target's textnorm key.
func bothPost(src string, o match.Occurrence, group []match.Occurrence, tgtKey, tgtLang string) bool {
	before := src[:o.Start]
	if !strings.HasSuffix(before, "両") && !strings.HasSuffix(before, "両国") {
		return false
	}
	for _, g := range group {
		for _, t := range g.Concept.Terms[tgtLang] {
			if !t.Status.Allowed() {
				continue
			}
			noun, _, field := postNoun(textnorm.Key(t.Text))
			if noun == "" || len(field) == 0 || strings.Contains(noun, " ") {
				continue
			}
			plural := english.Plural(noun)
			for _, c := range []string{"two ", "both ", "both the "} {
				if hasWords(tgtKey, c+plural) {
					return true
				}
			}
		}
	}
	return false
}
