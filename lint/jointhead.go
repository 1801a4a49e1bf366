package lint

import (
	"strings"

	"github.com/glossterm/gloss/match"
)

// togetherWords are the English modifiers that say a thing is done by the parties
// together: joint exercises, bilateral exercises, trilateral exercises, combined training.
var togetherWords = map[string]bool{"joint": true, "bilateral": true, "trilateral": true, "combined": true, "multilateral": true}

// jointByParties reports whether an English translation renders a term of the group that
// opens with a word of togetherWords ("joint exercises" for 共同訓練) by the rest of the
// term after another such word ("trilateral exercises", "combined training"), or by the
// rest alone where the translation names the parties as a hyphenated pair ("the Japan-UK
// defense cooperation … and related exercises"): naming the parties says the exercises are
// theirs together, as "joint" does. The rest missing, or alone with no parties named, is
// not the term.
func jointByParties(tgt string, group []match.Occurrence, lang string) bool {
	lower := strings.ToLower(tgt)
	pair := -1 // namesPartyPair(tgt), once asked
	for _, g := range group {
		for _, t := range g.Concept.Terms[lang] {
			if !t.Status.Allowed() {
				continue
			}
			first, rest, ok := strings.Cut(strings.ToLower(t.Text), " ")
			if !ok || !togetherWords[first] || rest == "" {
				continue
			}
			for _, form := range []string{rest, strings.TrimSuffix(rest, "s")} {
				for off := 0; ; {
					i := strings.Index(lower[off:], form)
					if i < 0 {
						break
					}
					s := off + i
					e := s + len(form)
					off = e
					if s > 0 && isLetterAt(lower, s-1) || e < len(lower) && isLetterAt(lower, e) && !(lower[e] == 's' && (e+1 == len(lower) || !isLetterAt(lower, e+1))) {
						continue // inside another word
					}
					prev := strings.Fields(lower[:s])
					if len(prev) > 0 && togetherWords[strings.Trim(prev[len(prev)-1], wordPunct)] {
						return true
					}
					if pair < 0 {
						pair = 0
						if namesPartyPair(tgt) {
							pair = 1
						}
					}
					if pair == 1 {
						return true
					}
				}
			}
		}
	}
	return false
}
