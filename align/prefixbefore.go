package align

import (
	"strings"

	"github.com/glossterm/gloss/align/internal/enterm"
	"github.com/glossterm/gloss/align/internal/jaterm"
	"github.com/glossterm/gloss/internal/lexicon"
)

// A prefix of the term rendered by the word before the span.
//
// A prefix (kagome's 接頭詞) that the affixes do not list is a word of the term with
// glosses of its own (副 "vice-, deputy", 元 "former"), not morphology the English may
// absorb; English writes such a prefix of a post as a word before the post ("Deputy Chief
// Cabinet Secretary" for 内閣官房副長官), so a span that leaves the prefix unrendered and
// stops right after that word is cut short: it renders another post ("Chief Cabinet
// Secretary" is 内閣官房長官). Where the best rendering of an aligned segment leaves such
// a prefix unrendered and the content word right before its span is one of the prefix's
// glosses, the span widened over that word is the rendering: every part is then rendered
// by its gloss. A function word before the span is the phrase's determiner, whatever the
// prefix ("the", "all").

// prefixWidened returns opts with the best option's span widened over the word before it
// that renders a prefix the span leaves unrendered (see above), when there is one: sent is
// the English of the aligned segment, find returns the segment's n-gram of the given words
// (lower-case), or nil.
func prefixWidened(opts []option, cs []constituent, sent string, find func(raw []string) *enterm.NGram) []option {
	if len(opts) == 0 {
		return opts
	}
	o := opts[0]
	var pre []constituent
	for _, c := range partsOf(o, cs) {
		if !c.affix || c.required || len(c.words) == 0 || len(c.units) != 1 || !jaterm.IsPrefix(c.units[0]) {
			continue
		}
		if _, listed := affixes[c.text]; listed || rendersSome(c, o.g.Words, o.g.Raw) {
			continue
		}
		pre = append(pre, c)
	}
	if len(pre) == 0 {
		return opts
	}
	k := indexFold(sent, o.g.Surface)
	if k <= 0 {
		return opts
	}
	_, w, ok := lastWord(sent[:k])
	if !ok || !prefixWord(w) {
		return opts
	}
	norm, raw := lexicon.Split(w)
	if len(norm) != 1 || lexicon.IsStop(norm[0]) {
		return opts
	}
	for _, c := range pre {
		if !covers(c, norm[0], raw[0]) {
			continue
		}
		g := find(append([]string{raw[0]}, o.g.Raw...))
		if g == nil {
			return opts
		}
		wide := o
		wide.g = g
		return append([]option{wide}, opts[1:]...)
	}
	return opts
}

// prefixWord reports whether an English word can render a prefix before a post: a word of
// letters, in either case, that is no function word.
func prefixWord(w string) bool {
	if w == "" || lexicon.IsStop(strings.ToLower(w)) {
		return false
	}
	for _, c := range w {
		if (c < 'a' || c > 'z') && (c < 'A' || c > 'Z') {
			return false
		}
	}
	return true
}
