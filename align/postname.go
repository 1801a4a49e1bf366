package align

import "strings"

// keepsBareName reports whether a full rendering o should stand for its segment where
// wholeName widened it to w only on the right, by an of or for phrase the Japanese does not
// render, and the widened name could not be proposed (a one-part term explains no word of
// the phrase): the name of a body, an office or a post is complete without the country it
// belongs to (外務省 = Ministry of Foreign Affairs, written "Ministry of Foreign Affairs of
// Japan" in a statement of that country), which a Japanese name leaves implicit. A rendering
// widened on the left, or with a proposable whole name, is replaced as before.
func (r *run) keepsBareName(jc *jaCand, o, w option, cs []constituent) bool {
	if !o.full || w.full || w.g == nil || o.g == nil {
		return false
	}
	if !strings.HasPrefix(w.g.Surface, o.g.Surface+" ") {
		return false // widened on the left too: a modifier the Japanese leaves out
	}
	return nonAffixCount(partsOf(w, cs)) < 2 && !r.glossWordOnly(jc, w)
}
