package align

import (
	"slices"
	"strings"

	"github.com/glossterm/gloss/align/internal/enterm"
	"github.com/glossterm/gloss/internal/lexicon"
	"github.com/glossterm/gloss/internal/textnorm"
)

// A head written before its complement.
//
// A Japanese compound puts its head last (安全保障・防衛協力, 協力 = cooperation); English
// often puts it first, the rest after a preposition ("cooperation in the field of
// security and defense"). A rendering that the aligner found for the complement alone
// ("field of security and defense", at review) lacks the head. Where an aligned segment
// holding the term writes, right before that rendering, a gloss of the term's last word
// and a preposition (with an article or none), the term's English opens with them. For
// review, as the rendering it extends: the head rests on one gloss word and its place.

// headPreps are the prepositions that join an English head to its complement.
var headPreps = map[string]bool{"in": true, "of": true, "on": true, "for": true, "to": true, "with": true}

// headsBefore extends a rendering that lacks the gloss of the term's head with that
// gloss and a preposition written right before it in an aligned segment.
func (r *run) headsBefore() {
	r.extendInSegments(func(p *Pair, jc *jaCand) func(BitextSegment) (string, string) {
		if jc.phrasal && jc.coord == 0 || jc.caseLinks > 0 || len(jc.units) < 2 {
			return nil // (a compound, or a coordination of compounds, heads its last word)
		}
		head := map[string]bool{}
		for _, e := range r.lx.Lookup(jc.units[len(jc.units)-1].Surface) {
			if len(e.Words) == 1 {
				head[e.Words[0]] = true
			}
		}
		if len(head) == 0 || writesGloss(p.EN, head) {
			return nil
		}
		es := strings.Fields(p.EN)
		return func(b BitextSegment) (string, string) {
			if w := headBefore(b.EN, es, head); w != "" && !r.proposedPair(p.JA, w+" "+p.EN) {
				return w + " " + p.EN, "the head first: " + w
			}
			return "", ""
		}
	})
}

// headBefore returns the words written right before the phrase es in the sentence en
// when they are a word of head, a preposition and an article or none ("cooperation in
// the"), the head in the case of the phrase's first word; else "".
func headBefore(en string, es []string, head map[string]bool) string {
	ws := strings.Fields(en)
	for _, i := range phraseAt(ws, es) {
		if i < 2 {
			continue
		}
		k := i - 1
		art := ""
		if a := strings.ToLower(ws[k]); a == "the" || a == "a" || a == "an" {
			art, k = ws[k], k-1
		}
		if k < 1 || !headPreps[strings.ToLower(ws[k])] {
			continue
		}
		h := ws[k-1]
		if !runWord(h) || capitalized(h) != capitalized(es[0]) || !head[lexicon.Norm(strings.ToLower(h))] {
			continue
		}
		out := h + " " + ws[k]
		if art != "" {
			out += " " + art
		}
		return out
	}
	return ""
}

// extendInSegments adds, for review, the renderings that extend a pair at review or
// above in the aligned segments holding its term: extend returns nil for a pair it does
// not extend, else the function that reads one such segment and returns
// the extended rendering and the evidence's detail ("" where the segment gives none). The
// rendering rests on the segment it was read in (EvPartial) and on the alignment.
func (r *run) extendInSegments(extend func(p *Pair, jc *jaCand) func(BitextSegment) (string, string)) {
	var adds []segmentAdd
	for _, p := range r.pairs {
		if score(p.Evidence) < ReviewScore {
			continue
		}
		jk := textnorm.Key(p.JA)
		jc := r.ja[jk]
		if jc == nil {
			continue
		}
		at := extend(p, jc)
		if at == nil {
			continue
		}
		for s := range r.bitext {
			if !r.bitJA[s][jk] {
				continue
			}
			if e, detail := at(r.bitext[s]); e != "" {
				adds = append(adds, segmentAdd{p.JA, e, detail, s})
			}
		}
	}
	r.addFromSegments(adds)
}

// segmentAdd is a rendering read in one aligned segment: the term, its English, the
// evidence's detail and the segment.
type segmentAdd struct {
	ja, en, detail string
	seg            int
}

// addFromSegments adds each rendering, for review, with the segment it was read in
// (EvPartial) and the alignment that holds term and rendering together (EvBitext). The
// renderings are added after they are all read, so that the pairs they are read from
// do not change while they are read.
func (r *run) addFromSegments(adds []segmentAdd) {
	for _, x := range adds {
		b := r.bitext[x.seg]
		r.add(x.ja, x.en, Evidence{Type: EvPartial, Doc: b.Doc, Line: b.Line, Quote: quote(b.EN), Detail: x.detail})
		r.add(x.ja, x.en, Evidence{Type: EvBitext, Detail: "together in 1 aligned segment(s)"})
	}
}

// phraseAt returns the places in the words ws where the phrase es is written, its last
// word followed by punctuation or not.
func phraseAt(ws, es []string) []int {
	var at []int
	n := len(es)
	for i := 0; i+n <= len(ws); i++ {
		if slices.Equal(ws[i:i+n-1], es[:n-1]) && strings.TrimRight(ws[i+n-1], ",.;:)") == es[n-1] {
			at = append(at, i)
		}
	}
	return at
}

// proposedPair reports whether the pair of ja and en has evidence already: a rendering
// found for review adds none to it, lest a pair other evidence holds at review be
// raised to auto by a guess of its place.
func (r *run) proposedPair(ja, en string) bool {
	_, ok := r.pairs[textnorm.Key(ja)+"\x00"+enterm.Key(en)]
	return ok
}
