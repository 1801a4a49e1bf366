package align

import (
	"strings"

	"github.com/glossterm/gloss/align/internal/enterm"
	"github.com/glossterm/gloss/internal/lexicon"
)

// A premodifier in the slot of a compound part's unmet modifier.
//
// A compound part the dictionary glosses by a modifier and its head (財政支援 "financial
// support") is often rendered with another modifier ("budget support loan" for 財政支援借款):
// the head is met ("support"), the gloss's modifier is not, and the English writes its own
// word where the gloss's modifier would stand, right before the head. A span that stops at
// the head leaves that word out and renders less than the term ("support loan"). Where the
// term's first part is met only by the head of such a gloss and the span opens with that
// head, the content word right before the span, which no part explains, stands in the slot
// of the part's modifier: the span with it is the term's rendering. The word is the
// translator's, not a gloss: the rendering is partial (review), like any that leaves a word
// to one hypothesis.

// slotWidened returns opts with the best option replaced by its span widened over the word
// in the slot of its first part's unmet modifier (see above), when there is one: sent is
// the English of the aligned segment, find returns the segment's n-gram of the given words
// (lower-case), or nil.
func (r *run) slotWidened(opts []option, cs []constituent, sent string, find func(raw []string) *enterm.NGram) []option {
	if len(opts) == 0 || !opts[0].full {
		return opts
	}
	o := opts[0]
	parts := partsOf(o, cs)
	first := -1
	for i, c := range parts {
		if !c.affix {
			first = i
			break
		}
	}
	if first < 0 || len(parts[first].units) < 2 || !headOnlyPart(parts[first], o.g.Words, o.g.Raw) || len(o.g.Words) < 2 {
		return opts
	}
	c := parts[first]
	// the span opens with the head of a gloss of the part of two words, a modifier and its
	// head (a gloss of several words or senses is no slot for one word)
	opens := false
	for _, e := range r.lx.Lookup(c.text) {
		ws := strings.Fields(lexicon.DropParens(e.Gloss))
		if len(ws) == 2 && !strings.ContainsAny(e.Gloss, ";,/-") && !lexicon.IsStop(strings.ToLower(ws[0])) &&
			isHeadMatched(&c, lexicon.Norm(strings.ToLower(ws[1])), o.g.Words[:1], o.g.Raw[:1]) {
			opens = true
			break
		}
	}
	if !opens {
		return opts
	}
	k := indexFold(sent, o.g.Surface)
	if k < 0 {
		return opts
	}
	_, w, ok := lastWord(sent[:k])
	if !ok || !slotWord(w) {
		return opts
	}
	norm, raw := lexicon.Split(w)
	if len(norm) != 1 {
		return opts
	}
	for _, p := range parts {
		if !p.affix && covers(p, norm[0], raw[0]) {
			return opts // a word of the term's parts: no slot left open
		}
	}
	g := find(append([]string{raw[0]}, o.g.Raw...))
	if g == nil {
		return opts
	}
	wide := o
	wide.g, wide.full, wide.ue, wide.uj, wide.unexpl = g, false, 1, 1, 1
	return append([]option{wide}, opts...)
}

// slotWord reports whether an English word can be a premodifier: a lower-case word of
// letters that is no function word and no adverb in -ly.
func slotWord(w string) bool {
	if w == "" || lexicon.IsStop(strings.ToLower(w)) || strings.HasSuffix(w, "ly") {
		return false
	}
	for _, c := range w {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}
