package lint

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossterm/gloss/match"
)

// A subject left to the context. Japanese drops a subject or a topic that the context
// recovers, and a passive leaves its agent unstated: "The SCC approved the plan" is
// 計画が承認された where the document has named the committee (in its title, or as 今回の
// 会合). An English name that is the subject of its sentence, with no counterpart in a
// passive Japanese sentence that states no agent, is settled at the document's end as a
// party said by "we" is (weNamesPass): a note where the Japanese document names the
// concept in another segment, an error where it never does.

// subjectLeftOut reports whether the English source term at o is a name that opens its
// sentence as its subject (after "The" at most, before its verb), and the Japanese
// translation tgt has a passive verb and no agent (〜によって, 〜により).
func subjectLeftOut(src string, o match.Occurrence, tgt string) bool {
	r, _ := utf8.DecodeRuneInString(src[o.Start:])
	if !unicode.IsUpper(r) {
		return false // a name: "the SCC", "the Security Consultative Committee"
	}
	before := src[:o.Start]
	if i := strings.LastIndexAny(before, ".!?;:\n"); i >= 0 {
		before = before[i+1:]
	}
	if b := strings.TrimSpace(before); b != "" && b != "The" && b != "the" {
		return false
	}
	next, _, _ := strings.Cut(strings.TrimLeft(src[o.End:], " "), " ")
	if !subjectVerb(next) {
		return false
	}
	return passiveNoAgent(tgt)
}

// subjectVerb reports whether word may be the verb of a subject before it: a past tense
// or a present in -s, or an auxiliary or adverb that opens the predicate.
func subjectVerb(word string) bool {
	word = strings.TrimRight(word, ",")
	switch word {
	case "will", "shall", "would", "can", "could", "may", "also", "further", "has", "have", "had", "is", "was", "were", "are":
		return true
	}
	if word == "" || !unicode.IsLower(rune(word[0])) {
		return false
	}
	return len(word) > 3 && (strings.HasSuffix(word, "ed") || strings.HasSuffix(word, "s") && !strings.HasSuffix(word, "ss"))
}

// passiveNoAgent reports whether the Japanese text has a passive verb (承認され, 確認さ
// れた, 決定された, 述べられた) and states no agent with によって or により.
func passiveNoAgent(text string) bool {
	if strings.Contains(text, "によ") {
		return false
	}
	for _, p := range []string{"され", "られ"} {
		for off := 0; ; {
			i := strings.Index(text[off:], p)
			if i < 0 {
				break
			}
			off += i + len(p)
			r, _ := utf8.DecodeRuneInString(text[off:])
			if strings.ContainsRune("たるて、。まず", r) {
				return true
			}
		}
	}
	return false
}
