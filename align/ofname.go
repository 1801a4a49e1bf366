package align

import (
	"strings"

	"github.com/glossterm/gloss/align/internal/enterm"
)

// A name "X of Y" with one word the dictionary does not give.
//
// An instrument or a document is named in English by a title "X of Y" (Exchange of
// Notes, Statement of Intent) that a Japanese compound of two nouns names the other way
// round (交換|公文, exchange + official document): the dictionary's gloss of one noun is
// no word of the title (公文 "official document" for "Notes"), so the rendering is partial,
// and a partial rendering with a function word inside was taken for a span across a
// phrase boundary ("country for decades"). A title is no such span: every content word
// capitalized, the one function word the "of" of the name, two content words in all, one
// met by a part of the term and the other the one word left on each side. Partial, at
// review, as every rendering that leaves a word to one hypothesis, and only where no other
// rendering of the term is found (lastResort).

// ofName reports whether g is such a title for a term of two parts (see above).
func ofName(info *ngramInfo, g *enterm.NGram, ue, uj, nonAffix int) bool {
	if !info.name || !info.ofFor || ue != 1 || uj != 1 || nonAffix != 2 || len(g.Words) != 2 {
		return false
	}
	ws := strings.Fields(g.Surface)
	return len(ws) == 3 && ws[1] == "of"
}

// lastResort returns opts without its titles rendered in part (option.ofTitle) when it
// holds any other option: such a title is the rendering only where nothing else is.
func lastResort(opts []option) []option {
	other := false
	for _, o := range opts {
		other = other || !o.ofTitle
	}
	if !other {
		return opts
	}
	out := opts[:0:0]
	for _, o := range opts {
		if !o.ofTitle {
			out = append(out, o)
		}
	}
	return out
}
