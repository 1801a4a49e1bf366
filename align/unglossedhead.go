package align

import (
	"sort"
	"strings"

	"github.com/glossterm/gloss/align/internal/enterm"
	"github.com/glossterm/gloss/internal/lexicon"
	"github.com/glossterm/gloss/internal/textnorm"
)

// unglossedHeads renders a compound whose head noun the aligned segment translates by a
// word the dictionary does not give for it: 不拡散体制 = "non-proliferation architecture",
// where 体制 is glossed "system, structure". A Japanese compound and an English compound
// both put the head last and the modifiers before it. When the term has no rendering at
// all, its modifier (every part but the head) has one at review or better that an
// aligned segment holding the term writes (a partial one only when its last word renders
// the modifier's own head: "extended deterrence" for 拡大抑止, not "defense" for
// 豪比防衛相, whose head 相 is the minister), the head's dictionary glosses are written
// nowhere in that segment, and the modifier's English is followed there by one noun that
// ends the phrase, that no part of the term and no other Japanese word of the segment
// glosses, that noun is the head's rendering in this text. The noun rests on its place
// and its part of speech, not on a gloss: the pair is partial, for review.
func (r *run) unglossedHeads() {
	byJA, unproposed := r.unproposedCompounds()
	var adds []segmentAdd
	for _, k := range unproposed {
		jc := r.ja[k]
		n := len(jc.units)
		if !commonNounUnit(jc.units[n-1]) {
			continue // no common noun at the end: no head to render (see headAndModifier)
		}
		mod := textnorm.Key(unitsText(jc.units[:n-1]))
		if len(byJA[mod]) == 0 {
			continue // the modifier has no rendering to write the head after
		}
		cs, h, mh, ok := r.headAndModifier(jc)
		if !ok {
			continue
		}
		hw := map[string]bool{}
		for _, w := range h.words {
			hw[w] = true
		}
		for s := range r.bitext {
			if !r.bitJA[s][k] {
				continue
			}
			en := r.bitext[s].EN
			if writesGloss(en, hw) {
				continue // the head's own gloss is written: the noun after is another's
			}
			for _, p := range byJA[mod] {
				if hasType(p.Evidence, EvPartial) && !endsIn(mh, p.EN) {
					continue
				}
				m, w := r.nounAfter(en, p.EN, true)
				if w == "" {
					continue
				}
				nw := lexicon.Norm(strings.ToLower(w))
				if r.explainedWord(jc, cs, s, nw, w) {
					continue
				}
				e := m + " " + w
				if r.en.Lookup(e) == nil {
					continue
				}
				adds = append(adds, segmentAdd{jc.text, e, "head " + h.text + " written " + w + " after " + p.JA + " = " + p.EN, s})
				break
			}
		}
	}
	r.addFromSegments(adds)
}

// unproposedCompounds returns the pairs at review or better by the key of their Japanese,
// and the keys, sorted, of the compounds of two units or more, no coordination, that have
// no proposal at all: the terms whose head a rule of place may render (unglossedHeads,
// unglossedHeadsFirst), after the modifier's rendering.
func (r *run) unproposedCompounds() (map[string][]*Pair, []string) {
	proposed := map[string]bool{}
	byJA := map[string][]*Pair{}
	for _, p := range r.pairs {
		k := textnorm.Key(p.JA)
		proposed[k] = true
		if score(p.Evidence) >= ReviewScore {
			byJA[k] = append(byJA[k], p)
		}
	}
	var keys []string
	for k, jc := range r.ja {
		if !proposed[k] && len(jc.units) >= 2 && jc.coord == 0 {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return byJA, keys
}

// headAndModifier splits a compound into its constituents, its head and the modifier's
// own head (see markHeads: its last part that is no affix, or a final suffix with a
// meaning of its own). The head is the last constituent, its last unit alone, one common
// noun (kagome's 名詞,一般 or サ変接続) that the dictionary glosses, after a modifier with
// a word of its own; the modifier is every unit before it.
func (r *run) headAndModifier(jc *jaCand) ([]constituent, constituent, constituent, bool) {
	if jc.phrasal {
		return nil, constituent{}, constituent{}, false // a linked phrase: its head is not the compound's
	}
	cs := r.constituents(jc.units)
	if len(cs) < 2 {
		return nil, constituent{}, constituent{}, false
	}
	h := cs[len(cs)-1]
	if !h.head || len(h.units) != 1 || !headNoun(h) || nonAffixCount(cs[:len(cs)-1]) == 0 {
		return nil, constituent{}, constituent{}, false
	}
	mod := append([]constituent{}, cs[:len(cs)-1]...)
	markHeads(mod)
	var mh constituent
	for _, c := range mod {
		if c.head {
			mh = c // the last head: a final suffix with a meaning of its own (防衛|相)
		}
	}
	return cs, h, mh, true
}

// explainedWord reports whether the English word w (normalized nw) of segment seg is
// explained otherwise: a part of the term jc (its constituents cs) glosses it, or another
// Japanese word of the segment does.
func (r *run) explainedWord(jc *jaCand, cs []constituent, seg int, nw, w string) bool {
	if renderedBy(cs, nw, w) {
		return true
	}
	return r.glossedElsewhere(jc, seg, &enterm.NGram{Words: []string{nw}, Raw: []string{w}})
}

// endsIn reports whether the last word of the English e is the head word of a gloss of
// the constituent c: its head rendered, not a modifier of its gloss ("defense" of
// "Minister of Defense" renders no minister).
func endsIn(c constituent, e string) bool {
	words, _ := enWords(e)
	if len(words) == 0 {
		return false
	}
	w := words[len(words)-1]
	for i, g := range c.glosses {
		if i < len(c.gheads) && c.gheads[i] >= 0 && c.gheads[i] < len(g) && g[c.gheads[i]] == w {
			return true
		}
	}
	return false
}
