package align

import (
	"strings"

	"github.com/glossterm/gloss/align/internal/enterm"
)

// qualityDropped reports whether a noun of quality, a common noun (名詞,一般) and the
// suffix 性, is rendered by that noun's own gloss: 中心性 met as the "center" of "the center
// of gravity". 性 after a common noun names the quality of being that thing (中心性
// centrality, 人間性 humanity), which English writes with a derived word (-ity, -ness)
// or a phrase, not with the thing itself; after an adjectival noun or a verbal noun it
// names the quality the adjective or the act says (安全性 safety, 重要性 importance,
// 整合性 consistency), and the dictionary's noun of the stem may be that quality. The
// English may still be a loose rendering (方向性 "direction"): a reviewer's call.
func (r *run) qualityDropped(p *Pair, jc *jaCand) bool {
	if !strings.HasSuffix(jc.text, "性") || hasType(p.Evidence, EvGlossary) || statedWhole(p.Evidence) {
		return false
	}
	cs := r.constituents(jc.units)
	if len(cs) != 2 || cs[1].text != "性" || !cs[1].affix || len(cs[0].units) != 1 {
		return false
	}
	if u := cs[0].units[0]; u.POSAt(0) != "名詞" || u.POSAt(1) != "一般" {
		return false
	}
	ek := enterm.Key(p.EN)
	for _, e := range r.lx.Lookup(cs[0].text) {
		if enterm.Key(e.Gloss) == ek {
			return true
		}
	}
	return false
}
