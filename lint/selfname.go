package lint

import (
	"strings"

	"github.com/glossterm/gloss/match"
)

// Japan, as its own texts name it. A Japanese official text names its own country 我が国
// (わが国, 我国: "our country") where its English names Japan: 我が国政府 is 日本政府,
// 我が国の防衛 日本の防衛. And the country stands for its government as the agent of what
// the government does, in Japanese as in English ("Japan condemns the attack"): 我が国は
// これを非難する is "The Government of Japan condemns it". So, en → ja, a concept whose
// Japanese term opens with Japan's name (日本政府, 日本国政府) is rendered by the term with
// 我が国 for the name; one that is Japan's government (日本政府) by 我が国 alone as the
// subject or topic of its clause (我が国は, 我が国が, 我が国も, 我が国として), where the
// English government is the subject of its own clause (it opens the sentence or follows a
// punctuation mark) and the English names Japan once: a government named inside another
// clause (", which the Government of Japan supported", "the proposal of the Government of
// Japan") is not the subject 我が国 renders, and where Japan is named again ("Japan
// welcomes…", "the position of Japan") 我が国 may render that other mention. 我が国 in
// another role (我が国の立場, "Japan's position") and another country's institution
// (米国政府) are demanded as before.

// ownCountryNames are the words a Japanese text names its own country by.
var ownCountryNames = []string{"我が国", "わが国", "我国"}

// japanNames are Japan's names a Japanese term opens with, the longer first.
var japanNames = []string{"日本国", "日本"}

// ownCountryAgent are the particles after 我が国 that make it the subject or topic of its
// clause.
var ownCountryAgent = []string{"は", "が", "も", "として"}

// renderedByOwnCountry reports whether the Japanese text names a concept of group, one of
// whose Japanese terms opens with Japan's name, by 我が国: the term with 我が国 for the name,
// or, for Japan's government, 我が国 alone as the subject of its clause where the English
// term at byte start of src opens its clause and src names Japan once.
func renderedByOwnCountry(src string, start int, text string, group []match.Occurrence, lang string) bool {
	for _, g := range group {
		for _, t := range g.Concept.Terms[lang] {
			if !t.Status.Allowed() {
				continue
			}
			var rest string
			ok := false
			for _, n := range japanNames {
				if rest, ok = strings.CutPrefix(t.Text, n); ok {
					break
				}
			}
			if !ok {
				continue
			}
			for _, w := range ownCountryNames {
				if strings.Contains(text, w+rest) {
					return true // 我が国政府 for 日本政府, 我が国 for 日本
				}
				if rest == "政府" && opensClause(src[:start]) && strings.Count(src, "Japan") == 1 && ownCountryAsAgent(text, w) {
					return true // 我が国は for "the Government of Japan"
				}
			}
		}
	}
	return false
}

// ownCountryAsAgent reports whether the text has the word w (我が国) as the subject or topic
// of its clause.
func ownCountryAsAgent(text, w string) bool {
	for rest := text; ; {
		i := strings.Index(rest, w)
		if i < 0 {
			return false
		}
		rest = rest[i+len(w):]
		for _, p := range ownCountryAgent {
			if strings.HasPrefix(rest, p) {
				return true
			}
		}
	}
}

// opensClause reports whether an English term preceded by before opens its clause: nothing
// but "The" (or "the") stands between it and the start of the text or a punctuation mark
// that ends a clause (. ; : ,).
func opensClause(before string) bool {
	b := strings.TrimRight(before, " ")
	if w, ok := strings.CutSuffix(b, "The"); ok && (w == "" || w[len(w)-1] == ' ') {
		b = strings.TrimRight(w, " ")
	} else if w, ok := strings.CutSuffix(b, "the"); ok && (w == "" || w[len(w)-1] == ' ') {
		b = strings.TrimRight(w, " ")
	}
	return b == "" || strings.ContainsRune(".;:,", rune(b[len(b)-1]))
}
