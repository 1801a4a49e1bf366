package align

import (
	"slices"

	"github.com/glossterm/gloss/internal/lexicon"
	"github.com/glossterm/gloss/internal/textnorm"

	"github.com/glossterm/gloss/align/internal/enterm"
)

// An act named by its kind: X行為, X活動 (挑発行為, 破壊活動) is "the act of X", where X is a
// verbal noun (kagome's 名詞,サ変接続) that names the act already; English leaves the generic
// head out and writes X's noun in the plural, one act of the kind for each (provocations
// for 挑発行為, which a singular "provocation" does not say). A term whose head is glossed by a single word for an act (act, action, activity) and whose
// part before it is a verbal noun is also rated with the head left to the English, when the
// English ends in a plural noun: a rendering that then explains every word is full.

// actWords are the glosses of a head that names an act of some kind.
var actWords = []string{lexicon.Norm("act"), lexicon.Norm("action"), lexicon.Norm("activity")}

// actHeadless returns a copy of cs with its last part, a head naming an act after a verbal
// noun, made a part the English may leave out, or nil.
func actHeadless(cs []constituent) []constituent {
	n := len(cs)
	if n < 2 {
		return nil
	}
	h, x := cs[n-1], cs[n-2]
	if h.affix || x.affix || len(x.units) == 0 || len(h.units) != 1 {
		return nil
	}
	if t := x.units[len(x.units)-1]; t.POSAt(0) != "名詞" || t.POSAt(1) != "サ変接続" {
		return nil
	}
	act := false
	for _, g := range h.glosses {
		if len(g) == 1 && slices.Contains(actWords, g[0]) {
			act = true
			break
		}
	}
	if !act {
		return nil
	}
	out := slices.Clone(cs)
	out[n-1].affix, out[n-1].required, out[n-1].words, out[n-1].glosses, out[n-1].gheads = true, false, nil, nil, nil
	return out
}

// pluralEnd reports whether an English n-gram ends in a noun written in the plural.
func pluralEnd(g *enterm.NGram) bool {
	if len(g.Raw) == 0 {
		return false
	}
	last := g.Raw[len(g.Raw)-1]
	return textnorm.Plural(last) != last
}
