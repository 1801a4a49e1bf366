package lint

import (
	"strings"

	"github.com/glossterm/gloss/match"
)

// togetherWords are the English modifiers that say a thing is done by the parties
// together without counting them: joint exercises, combined training.
var togetherWords = map[string]bool{"joint": true, "combined": true}

// countingWords are the English modifiers that count the parties of a thing done
// together, by their number (0: more than one, uncounted).
var countingWords = map[string]int{"multilateral": 0}

func init() {
	for n, w := range partyCountWords {
		countingWords[w] = n
	}
}

// jointByParties reports whether the English target, a textnorm key, renders an allowed
// term of the group that opens with a word of togetherWords ("joint exercises" for
// 共同訓練) by the rest of the term after another word that says the parties act
// together ("trilateral exercises", "combined training"), or, for a "joint" term, by the
// rest alone where the translation names the parties as a hyphenated pair ("the Japan-UK
// defense cooperation … and related exercises"): naming the parties says the exercises
// are theirs together, as "joint" does; it does not say that their forces are combined
// into one ("the U.S.-ROK defense system" is not 連合防衛体制's combined system).
// A term that counts its parties ("bilateral", "trilateral": 三か国の安全保障協力) says
// how many they are: another count is another thing, so its word is never swapped for
// another, and the rest alone stands for it only where a pair names as many parties
// ("Japan-U.S.-ROK security cooperation", not "Japan-U.S. security cooperation").
// The rest missing, or alone with no parties named, is not the term.
func jointByParties(tgtKey string, group []match.Occurrence, lang string) bool {
	words := strings.Fields(tgtKey)
	for i, w := range words {
		words[i] = strings.Trim(w, wordPunct)
	}
	return termWords(group, lang, func(tw []string) bool {
		if len(tw) < 2 {
			return false
		}
		count, counting := countingWords[tw[0]]
		if !counting && !togetherWords[tw[0]] {
			return false
		}
		rest := tw[1:]
		n := len(rest)
		for i := range words {
			// the rest in either number: "exercises" for "joint exercise", "exercise" for "joint exercises"
			if !pluralAt(words, i, rest) && !(i+n <= len(words) && wordsAt(words, i, rest[:n-1]) && sameNumber(words[i+n-1], rest[n-1])) {
				continue
			}
			if !counting && i > 0 && (togetherWords[words[i-1]] || hasKey(countingWords, words[i-1])) {
				return true // "trilateral exercises", "combined training" for joint exercises
			}
			if counting && count == 0 || !counting && tw[0] != "joint" {
				continue
			}
			for _, w := range words {
				if isPartyPair(w) && (!counting || strings.Count(w, "-")+1 == count) {
					return true
				}
			}
		}
		return false
	})
}

func hasKey[K comparable, V any](m map[K]V, k K) bool {
	_, ok := m[k]
	return ok
}
