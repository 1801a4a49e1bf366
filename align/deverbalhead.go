package align

import (
	"strings"

	"github.com/glossterm/gloss/align/internal/enterm"
	"github.com/glossterm/gloss/internal/lexicon"
)

// A verbal noun rendered by the deverbal noun of its object.
//
// A compound of a noun and a verbal noun (kagome's サ変接続) names an act done with the
// thing the noun names (原子爆弾|投下, atomic bomb + dropping), and English often names
// that act by the -ing noun of a verb made from the thing's own noun ("atomic bombings":
// to bomb, bombing): the -ing word renders both the object and the act, and no word is
// left for the verbal noun. Where a term's last part is such a verbal noun that no English
// word renders, and the span ends in an -ing noun (singular or plural) whose stem a part
// before it renders, the span's head is the term's head: the rendering passes the head
// check, with the verbal noun left to that reading (partial, review), never in full.

// deverbalHead reports whether g ends in the -ing noun of a word a part of cs before its
// last renders, the last part being a verbal noun that no word of g renders (see above).
func deverbalHead(cs []constituent, g *enterm.NGram) bool {
	n, m := len(cs), len(g.Raw)
	if n < 2 || m == 0 {
		return false
	}
	last := cs[n-1]
	if last.affix || len(last.units) != 1 || last.units[0].POSAt(1) != "サ変接続" || rendersSome(last, g.Words, g.Raw) {
		return false
	}
	w := strings.ToLower(strings.TrimPrefix(g.Raw[m-1], "^"))
	stem := strings.TrimSuffix(strings.TrimSuffix(w, "s"), "ing")
	if len(stem) < 3 || stem == strings.TrimSuffix(w, "s") {
		return false // no -ing noun
	}
	for _, c := range cs[:n-1] {
		if c.affix {
			continue
		}
		if covers(c, lexicon.Norm(stem), stem) {
			return true
		}
	}
	return false
}
