package align

import (
	"sort"
	"strings"

	"github.com/glossterm/gloss/align/internal/enterm"
	"github.com/glossterm/gloss/internal/textnorm"
)

// A compound rendered through the renderings of its parts.
//
// A long name or compound (a post with the body's name before it, a meeting with its
// parties, a policy with a modifier noun) often has no rendering of its own where its
// parts have one: the dictionary lacks the head's English as the text writes it (上級代表 =
// High Representative, read from the segments), or a part is an acronym or a name the
// text defines. When a term has no proposal and parts of it have one (at review or
// better: the sure ones first, then a partial one too, 六者会合 = Six-Party Talks with the
// number unglossed), those renderings stand for the parts as glosses do, and an
// n-gram of an aligned segment holding the term that every part renders (the compound's
// whole name or noun phrase: "High Representative of the European Union for Foreign
// Affairs and Security Policy" for EU外務・安全保障政策上級代表) is the term's English in
// that segment. The parts' own proposals stay; the pair rests on other pairs, so it is
// partial, for review.

// partsProposed proposes, for review, the terms with no proposal whose parts have one and
// whose whole English an aligned segment writes (see above).
func (r *run) partsProposed() {
	if len(r.bitext) == 0 {
		return
	}
	byJA := map[string][]string{}  // the sure renderings of parts
	anyJA := map[string][]string{} // and the partial ones, tried when those render no whole
	proposed := map[string]bool{}
	for _, p := range r.pairs {
		k := textnorm.Key(p.JA)
		proposed[k] = true
		if score(p.Evidence) >= ReviewScore {
			anyJA[k] = append(anyJA[k], p.EN)
			if !hasType(p.Evidence, EvPartial) {
				byJA[k] = append(byJA[k], p.EN)
			}
		}
	}
	for _, m := range []map[string][]string{byJA, anyJA} {
		for k := range m {
			sort.Strings(m[k])
		}
	}
	segs := map[string][]int{}
	for i := range r.bitJA {
		for k := range r.bitJA[i] {
			if jc := r.ja[k]; jc != nil && !proposed[k] && compoundName(jc) && len(jc.units) >= 2 && len(jc.units) <= maxLongUnits {
				segs[k] = append(segs[k], i)
			}
		}
	}
	keys := make([]string, 0, len(segs))
	for k := range segs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var adds []segmentAdd
	for _, k := range keys {
		jc := r.ja[k]
		if r.learnedOnly(jc.text) || r.cutsWord(jc) || r.misbounded(jc) {
			continue
		}
		cs, _, _ := r.parts(jc)
		for _, m := range []map[string][]string{byJA, anyJA} {
			if add, ok := r.renderedByParts(jc, cs, segs[k], m); ok {
				adds = append(adds, add)
				break
			}
		}
	}
	r.addFromSegments(adds)
}

// renderedByParts returns the English of an aligned segment of segs that renders every part
// of jc, split into cs, read with the renderings m proposes for its parts.
func (r *run) renderedByParts(jc *jaCand, cs []constituent, segs []int, m map[string][]string) (segmentAdd, bool) {
	ps, from, ens := proposedParts(cs, m)
	nonAffix, expect := partCounts(ps)
	if len(from) == 0 || nonAffix < 2 {
		return segmentAdd{}, false // the compound must be more than its proposed part
	}
	// a long term may take a span longer than the segment's n-grams, as in alignSegments
	long := jc.long()
	for _, i := range segs {
		var best option
		found := false
		for _, id := range r.segmentIDs(i, long) {
			g := r.en.Get(id)
			if ens[g.Key] {
				continue // a part's own rendering is no rendering of the whole
			}
			if o, ok := r.rate(jc, ps, nonAffix, g, true); ok && o.full && (!found || better(o, best, expect)) {
				best, found = o, true
			}
		}
		if found {
			return segmentAdd{jc.text, best.g.Surface, "parts rendered as proposed: " + strings.Join(from, "; "), i}, true
		}
	}
	return segmentAdd{}, false
}

// compoundName reports whether a candidate is a compound or a name: a maximal term
// somewhere, or a coordination of its parts by the middle dot (外務・安全保障政策上級代表),
// not a phrase that a particle or a link joins (上級代表と会談 is no name).
func compoundName(jc *jaCand) bool {
	if !jc.phrasal {
		return jc.maximal > 0
	}
	return jc.coord > 0 && jc.caseLinks == 0 && !strings.ContainsFunc(jc.text, func(r rune) bool { return r >= 'ぁ' && r <= 'ゖ' })
}

// proposedParts merges the runs of parts that make a proposed term, the longest first, into
// one part whose glosses are the proposals, and gives a part with a proposal of its own
// the proposals as glosses too. It returns the parts, the proposals used ("上級代表 = High
// Representative") and the keys of their English.
func proposedParts(cs []constituent, byJA map[string][]string) ([]constituent, []string, map[string]bool) {
	var out []constituent
	var from []string
	ens := map[string]bool{}
	for a := 0; a < len(cs); {
		b, text := a+1, ""
		var es []string
		for e := len(cs); e > a; e-- {
			if e-a == len(cs) {
				continue // the whole term has none
			}
			t := ""
			for _, c := range cs[a:e] {
				t += c.text
			}
			if x := byJA[textnorm.Key(t)]; len(x) > 0 {
				b, text, es = e, t, x
				break
			}
		}
		if len(es) == 0 {
			out = append(out, cs[a])
			a++
			continue
		}
		c := cs[a]
		if b > a+1 {
			c = constituent{text: text}
			for _, p := range cs[a:b] {
				c.units = append(c.units[:len(c.units):len(c.units)], p.units...)
			}
		}
		c.affix, c.required, c.known = false, false, true
		for _, en := range es {
			c.addGloss(en, "")
			from = append(from, text+" = "+en)
			ens[enterm.Key(en)] = true
		}
		out = append(out, c)
		a = b
	}
	return out, from, ens
}

// segmentIDs returns the ids of the n-grams of aligned segment i, and when long the long
// ones too (see alignSegments, which makes the run's lists), reading each list once.
func (r *run) segmentIDs(i int, long bool) []int {
	ids := r.segIDs[i]
	if ids == nil {
		ids = []int{}
		for k := range r.bitEN[i] {
			if g := r.en.ByKey(k); g != nil {
				ids = append(ids, g.ID)
			}
		}
		sort.Ints(ids)
		r.segIDs[i] = ids
	}
	if !long {
		return ids
	}
	if r.segLong[i] == nil {
		b := r.bitext[i]
		r.segLong[i] = append(r.en.AddLongOpen(b.Doc, b.Line, b.EN, maxLongN, segmentOpens(b.JA)), -1)
	}
	return append(ids[:len(ids):len(ids)], r.segLong[i][:len(r.segLong[i])-1]...)
}
