package align

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/glossterm/gloss/internal/morph"
)

// jaParenNamedPost finds a foreign person's name in katakana words joined by middle dots,
// the name in Latin letters in parentheses after it, and the post after the parenthesis:
// katakana and kanji ending in kanji, its portfolios joined by middle dots
// (…・ハモンド(Philip Hammond)外務・英連邦大臣).
var jaParenNamedPost = regexp.MustCompile(`((?:[ァ-ヺー]+・)+[ァ-ヺー]+)[(（]([A-Za-z][A-Za-z.' -]*)[)）]((?:[ァ-ヺー\p{Han}]+・)*[ァ-ヺー\p{Han}]*\p{Han})`)

// parenNamedPosts pairs the post a Japanese sentence writes after a foreign person's name
// and that name in Latin letters in parentheses with the post its aligned English writes
// after the same name and a comma, as namedPosts does for a post right after the name:
// "…・ファロン(Lena Fallon)国防大臣" and "Ms. Lena Fallon, Secretary of State for Defence".
// The parenthesis spells the name as the English does, so the English must write it, two
// words or more, right before the comma: no sound of the katakana is asked. The post then
// runs over the middle dots that join its portfolios (外務・英連邦大臣), as many as the
// English post joins by "and". Review, as namedPosts.
func (r *run) parenNamedPosts() {
	r.eachMatch(jaParenNamedPost, func(seg BitextSegment, m []int, sentToks []morph.Token) {
		latin := strings.Join(strings.Fields(seg.JA[m[4]:m[5]]), " ")
		if len(strings.Fields(latin)) < 2 {
			return // one word: too little of a name to anchor
		}
		k := indexFold(seg.EN, latin+", ")
		if k < 0 {
			return // the English writes the name otherwise, or no post after it
		}
		enPost, ok := postAfterName(seg.EN[k+len(latin)+2:])
		if !ok {
			return
		}
		// the post: its nouns, prefixes and middle dots, up to a conjunction or a verb
		post := strings.TrimRight(seg.JA[m[6]:postEnd(sentToks, m[6], m[7], true)], "・")
		if utf8.RuneCountInString(post) < 2 {
			return
		}
		r.addNamedPost(seg, post, enPost, sentToks)
	})
}
