package lint

import (
	"strings"

	"github.com/glossterm/gloss/match"
)

// A ministry named in the post of its official. English gives an official's ministry in
// apposition after the post ("the Press Secretary, Ministry of Foreign Affairs", "the
// Director-General of the Ministry of Defense"); Japanese writes the ministry's name
// without 省 before the post, as one word (外務報道官, 外務大臣, 防衛審議官): the ministry is
// in the post's title. So, en → ja, a ministry whose English name follows a post (a post
// word among the few words before it, then a comma or "of (the)") is rendered by the
// Japanese ministry's stem before a post noun. The stem on another noun (外務省 is not
// named by 外務当局, nor by 外交), and the ministry where the English names no post, are
// demanded as before.

// ministryPostNouns are the Japanese nouns of an official's post that follow the stem of
// the ministry's name (外務 of 外務省) in one word, the longer first.
var ministryPostNouns = []string{"大臣政務官", "副大臣", "大臣", "事務次官", "次官", "報道官", "審議官"}

// ministryPostWords are the English words of an official's post that an apposed ministry
// follows.
var ministryPostWords = []string{"Minister", "Vice-Minister", "Secretary", "Director-General", "Director", "Spokesperson", "Spokesman", "Councillor", "Councilor"}

// ministryInPost reports whether the English source term at o follows a post in
// apposition or after "of (the)" and the Japanese text writes the stem of one of the
// group's Japanese ministry names (ending in 省) before a post noun.
func ministryInPost(src string, o match.Occurrence, text string, group []match.Occurrence, lang string) bool {
	if !afterPost(src[:o.Start]) {
		return false
	}
	for _, g := range group {
		for _, t := range g.Concept.Terms[lang] {
			stem, ok := strings.CutSuffix(t.Text, "省")
			if !t.Status.Allowed() || !ok || stem == "" {
				continue
			}
			for rest := text; ; {
				i := strings.Index(rest, stem)
				if i < 0 {
					break
				}
				rest = rest[i+len(stem):]
				for _, n := range ministryPostNouns {
					if strings.HasPrefix(rest, n) {
						return true // 外務報道官 for "the Press Secretary, Ministry of Foreign Affairs"
					}
				}
			}
		}
	}
	return false
}

// afterPost reports whether the English before a name ends with a post in apposition
// ("the Press Secretary, ") or before "of (the)" ("the Director-General of the "): a
// post word among the last six words of its phrase.
func afterPost(before string) bool {
	b, ok := strings.CutSuffix(before, ", ")
	if !ok {
		if b, ok = strings.CutSuffix(before, " of the "); !ok {
			if b, ok = strings.CutSuffix(before, " of "); !ok {
				return false
			}
		}
	}
	if i := strings.LastIndexAny(b, ",;:.()\n"); i >= 0 {
		b = b[i+1:]
	}
	words := strings.FieldsFunc(b, func(r rune) bool { return r == ' ' || r == '/' })
	if len(words) > 6 {
		words = words[len(words)-6:]
	}
	for _, w := range words {
		for _, p := range ministryPostWords {
			if w == p {
				return true
			}
		}
	}
	return false
}
