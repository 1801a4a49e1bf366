package align

import (
	"strings"

	"github.com/glossterm/gloss/align/internal/enterm"
)

// Competition inside an aligned segment.
//
// A translated sentence rarely renders two distinct source terms by one target phrase: when
// one term of a segment is a dictionary word whose gloss of several words the English writes
// as it stands (防衛相 "Minister of Defense"), that phrase is its rendering there, and
// another term of the segment, neither inside the other, whose glosses fit it only as well
// as a second phrase of the segment (国防相 "defense minister", met by "Minister of Defense"
// and by "Minister for Defense" alike) takes the phrase the first does not: competitive
// linking. A term whose own dictionary gloss is the phrase keeps it (two synonyms may share
// their English), and a term with no other rendering as good keeps its best.

// dictClaims maps the English keys of segment i that a term of the segment renders by a
// dictionary gloss of several words, written as it stands, to that term's key.
func (r *run) dictClaims(i int) map[string]string {
	var out map[string]string
	for k := range r.bitJA[i] {
		jc := r.ja[k]
		if jc == nil {
			continue
		}
		for _, ek := range r.exactGlosses(jc) {
			if !r.bitEN[i][ek] {
				continue
			}
			if out == nil {
				out = map[string]string{}
			}
			if prev, ok := out[ek]; ok && prev != k {
				out[ek] = "" // two terms claim it: neither yields to the other
				continue
			}
			out[ek] = k
		}
	}
	return out
}

// exactGlosses returns the English keys of the lexicon's glosses of several words for the
// whole term.
func (r *run) exactGlosses(jc *jaCand) []string {
	var out []string
	for _, e := range r.lx.Lookup(jc.text) {
		if len(strings.Fields(e.Gloss)) < 2 {
			continue
		}
		out = append(out, enterm.Key(e.Gloss))
	}
	return out
}

// yieldClaimed puts first, among the options of term jc in a segment, the best one that no
// other term of the segment claims (see dictClaims), when the best option is claimed by an
// unrelated term and the other is as good: as full, met as directly, with as many words
// left unexplained.
func (r *run) yieldClaimed(jc *jaCand, opts []option, claims map[string]string) []option {
	if len(opts) < 2 || claims == nil {
		return opts
	}
	c := claims[opts[0].g.Key]
	if c == "" || c == jc.key || strings.Contains(c, jc.key) || strings.Contains(jc.key, c) {
		return opts
	}
	for _, ek := range r.exactGlosses(jc) {
		if ek == opts[0].g.Key {
			return opts // its own dictionary gloss too
		}
	}
	top := opts[0]
	for j := 1; j < len(opts); j++ {
		o := opts[j]
		if o.full != top.full || o.thes != top.thes || o.unexpl != top.unexpl || o.half != top.half || o.def != top.def {
			continue
		}
		if oc, ok := claims[o.g.Key]; ok && oc != jc.key {
			continue
		}
		if within(o.g.Key, top.g.Key) || within(top.g.Key, o.g.Key) {
			continue
		}
		out := make([]option, 0, len(opts))
		out = append(out, o)
		out = append(out, opts[:j]...)
		return append(out, opts[j+1:]...)
	}
	return opts
}
