package align

import (
	"strings"

	"github.com/glossterm/gloss/internal/lexicon"
)

// A gloss's preposition after the head, written after the span.
//
// A dictionary gloss that names a thing by its relation to a kind of thing ("party to a
// treaty" for 締約国) has a head, a preposition and a generic complement (the article a:
// any treaty); a text names the particular one ("parties to the NPT"), so the gloss is
// met by its head alone, as other glosses of the word may be ("contracting state":
// "states" of the same sentence). Where two renderings of an aligned segment are equally
// good and the English writes, right after one of them, the preposition its gloss has
// after the head before a generic complement, that one is the segment's rendering: the
// English repeats the gloss's construction.

// relationGloss reports whether the English right after span in sent is the preposition
// that a gloss of one of cs has after the word that ends span, before a complement opened
// by "a" or "an" (see above).
func (r *run) relationGloss(cs []constituent, span, sent string) bool {
	k := indexFold(sent, span)
	if k < 0 {
		return false
	}
	after := strings.Fields(sent[k+len(span):])
	if len(after) == 0 {
		return false
	}
	next := strings.ToLower(after[0])
	sw := strings.Fields(span)
	last := lexicon.Norm(strings.ToLower(strings.Trim(sw[len(sw)-1], ",.;:")))
	for _, c := range cs {
		if c.affix {
			continue
		}
		for _, e := range r.lx.Lookup(c.text) {
			gw := strings.Fields(strings.ToLower(lexicon.DropParens(e.Gloss)))
			for i := 0; i+2 < len(gw); i++ {
				if lexicon.Norm(gw[i]) == last && gw[i+1] == next && lexicon.IsStop(next) && (gw[i+2] == "a" || gw[i+2] == "an") {
					return true
				}
			}
		}
	}
	return false
}

// preferRelation puts first the second of the two best options of an aligned segment when
// they are equally good and only it is followed in sent by its gloss's preposition (see
// relationGloss), and marks the first so followed: a word's gloss met by its head alone,
// the rest the English's own complement, is a rendering of the word (partial, review).
func (r *run) preferRelation(opts []option, cs []constituent, sent string, expect int) []option {
	if len(opts) == 0 {
		return opts
	}
	related := func(o option) bool { return r.relationGloss(partsOf(o, cs), o.g.Surface, sent) }
	swapped := false
	if len(opts) >= 2 && !better(opts[0], opts[1], expect) && !better(opts[1], opts[0], expect) &&
		related(opts[1]) && !related(opts[0]) {
		opts[0], opts[1] = opts[1], opts[0]
		swapped = true // the new first is followed by its preposition: no need to ask again
	}
	if !opts[0].full && (swapped || related(opts[0])) {
		opts[0].relation = true
	}
	return opts
}
