package align

import "github.com/glossterm/gloss/internal/lexicon"

// oneParty reports whether the two English words on either side of a conjunction, l
// before it and r after it, are both rendered by one part that names a single party and
// lists none (イラク, not 日米): a conjunction between parties renders a part that lists
// them ("Japan and the United States" for 日米), while one country's name on both sides
// ("Iraq and the Iraqi Interim Government" for イラク暫定政府) is that country written
// twice, in two noun phrases: the span crossed into the member before the term.
func oneParty(cs []constituent, l, r string) bool {
	ln, lr := lexicon.Split(l)
	rn, rr := lexicon.Split(r)
	if len(ln) == 0 || len(rn) == 0 {
		return false
	}
	for _, c := range cs {
		if c.affix || partyList(c.units) || glossCoordination([]constituent{c}) {
			continue
		}
		if covers(c, ln[len(ln)-1], lr[len(lr)-1]) && covers(c, rn[0], rr[0]) {
			return true
		}
	}
	return false
}
