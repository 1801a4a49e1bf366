package lint

import (
	"strings"

	"github.com/glossterm/gloss/internal/textnorm"
	"github.com/glossterm/gloss/match"
)

// Posts after a count of their holders' countries. Japanese counts the parties of a
// bilateral or multilateral meeting before the post their holders share: 両国首相 ("the
// prime ministers of both countries"), 両首相, 三か国首相, 日英首相, 各国首脳. English, which
// has no one title for heads of government of several countries (a Prime Minister, a
// President, a Chancellor), names them by the plural noun of their kind: "the leaders of
// the two countries", "both leaders". The plural noun renders the post; the count and the
// parties are the context's (the document names them). A post with a field of its own
// (防衛大臣) keeps needing its field: collectivePost.

// countedPost reports whether a post term of the group that has no field in its English
// title (Prime Minister), which the Japanese source writes after a count of parties
// (両国, 両, 三か国, 各国, with or without two or more country initials before it, or two
// or more initials alone: 両国首相, 日英首相), is rendered in the English target by the
// plural noun of its kind ("the leaders of the two countries"). tgtKey is the target's
// textnorm key. A post not after a count, or a target with the singular or another kind's
// noun, is not rendered so.
func countedPost(src string, o match.Occurrence, group []match.Occurrence, tgtKey, tgtLang string) bool {
	if !partiesCountedBefore(src[:o.Start]) {
		return false
	}
	for _, g := range group {
		for _, t := range g.Concept.Terms[tgtLang] {
			if !t.Status.Allowed() {
				continue
			}
			noun, _, field := postNoun(textnorm.Key(t.Text))
			if noun == "" || len(field) > 0 {
				continue
			}
			for _, c := range postPlurals(noun) {
				if hasWords(tgtKey, c) {
					return true
				}
			}
		}
	}
	return false
}

// partiesCountedBefore reports whether before ends with a count of parties: a word that
// counts them (両国, 両, 各国, or one of partyCounts), with or without country initials
// before it, or two or more country initials alone.
func partiesCountedBefore(before string) bool {
	if countryInitialsBefore(before, len(before)) {
		return true
	}
	for _, c := range countWords {
		if strings.HasSuffix(before, c.word) {
			return true
		}
	}
	return false
}
