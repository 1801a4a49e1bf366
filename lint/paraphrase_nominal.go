package lint

import (
	"github.com/glossterm/gloss/internal/lexicon"
	"github.com/glossterm/gloss/match"
)

// English noun phrases written as clauses. An English term that names an action by a
// derived noun and its modifier by an adjective ("fundamental reinforcement of defense
// capabilities") is also written as the clause that says the same with the verb and an
// adverb ("fundamentally reinforce its defense capabilities"): English derives the noun
// from the verb and the adverb from the adjective, and an official translation of a
// Japanese verbal noun (防衛力の抜本的強化) picks the clause where its sentence has a subject.
// So where an English translation lacks an allowed term of three content words or more,
// the term's content words are looked for in one clause, each in some form of its own
// (lexicon.SameWord's stems: reinforcement, reinforce; fundamental, fundamentally), next to
// one another in any order with only function words between them (its, the, of), and
// nothing of content the term lacks.

// nominalClause returns the span of the English target that writes an allowed term of the
// group, of three content words or more, as such a clause, or ok false.
func nominalClause(tgt string, group []match.Occurrence, lang string) (start, end int, ok bool) {
	var units []unit
	for _, g := range group {
		for _, t := range g.Concept.Terms[lang] {
			if !t.Status.Allowed() {
				continue
			}
			words := lexicon.EnglishWords(t.Text)
			if len(words) < 3 {
				continue
			}
			if units == nil {
				units = englishUnits(tgt)
			}
			if s, e, found := wordsTogether(units, words); found {
				return s, e, true
			}
		}
	}
	return 0, 0, false
}

// wordsTogether looks in units for a run of content words, one for each of words (sameWord)
// and no other, in any order, with only function words between them and no clause's
// punctuation.
func wordsTogether(units []unit, words []string) (start, end int, ok bool) {
	for i := range units {
		if !units[i].content {
			continue
		}
		taken := make([]bool, len(words))
		n := 0
		for j := i; j < len(units) && n < len(words); j++ {
			u := units[j]
			if u.clause {
				break
			}
			if !u.content {
				continue
			}
			k := -1
			for w := range words {
				if !taken[w] && sameWord(words[w], u.norm) {
					k = w
					break
				}
			}
			if k < 0 {
				break // a word of content the term lacks
			}
			taken[k] = true
			if n++; n == len(words) {
				return units[i].start, u.end, true
			}
		}
	}
	return 0, 0, false
}
