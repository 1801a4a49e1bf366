package lint

import (
	"strings"
	"unicode/utf8"

	"github.com/glossterm/gloss/match"
)

// A field noun between a compound's parts. Japanese names the topic of a noun by the topic
// and a classifier of its kind before the noun: 安全保障分野での協力, 安全保障面での協力,
// 安全保障領域における協力, 安全保障上の課題 ("security cooperation", "security
// challenges"). English compounds the topic with the noun and leaves the classifier out, as
// align reads 上 and 面. A Japanese term XY is therefore rendered by X, a field noun, a link
// that makes it modify a noun, and Y right after: the same two words in one noun phrase.

// fieldNouns are the classifiers of a topic that Japanese writes after it, with the links
// each takes before the noun it modifies.
var fieldNouns = []struct {
	noun  string
	links []string
}{
	{"分野", []string{"での", "における", "の"}},
	{"領域", []string{"での", "における", "の"}},
	{"面", []string{"での", "における", "の"}},
	{"上", []string{"の"}},
}

// fieldNounLinked reports whether the Japanese text writes an allowed term of the group
// as two parts of two characters or more with a field noun and its link between them
// (安全保障分野での協力 for 安全保障協力), and where: each part rendered, a paraphrase
// (RuleParaphrased, ReasonParts). A verb after the link (安全保障分野で協力する), or a
// part missing, is no rendering of the term.
func fieldNounLinked(text string, group []match.Occurrence, lang string) (start, end int, ok bool) {
	if !isJapanese(lang) {
		return 0, 0, false
	}
	for _, g := range group {
		for _, t := range g.Concept.Terms[lang] {
			if !t.Status.Allowed() {
				continue
			}
			for i := range t.Text {
				x, y := t.Text[:i], t.Text[i:]
				if utf8.RuneCountInString(x) < 2 || utf8.RuneCountInString(y) < 2 {
					continue
				}
				for _, f := range fieldNouns {
					for _, link := range f.links {
						w := x + f.noun + link + y
						if i := strings.Index(text, w); i >= 0 {
							return i, i + len(w), true
						}
					}
				}
			}
		}
	}
	return 0, 0, false
}
