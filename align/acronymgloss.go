package align

import (
	"strings"

	"github.com/glossterm/gloss/internal/lexicon"
	"github.com/glossterm/gloss/internal/textnorm"
)

// The acronym for a name inside a dictionary phrase.
//
// Once English has defined an acronym for a name ("the United Nations Security Council
// (UNSC)"), it writes the acronym where the name would premodify a noun: "UNSC
// resolutions", "the NSC meeting". A dictionary glosses a Japanese compound by a phrase
// that opens with the name spelled out (安保理決議 "United Nations Security Council
// Resolution"), which such a sentence never writes whole. So in an aligned segment that
// writes an acronym the English sources define, a term whose dictionary phrase opens with
// that acronym's expansion and goes on with one noun or more is paired with the acronym
// and the rest of the phrase where the segment writes them together, the last noun in the
// plural too ("UNSC resolutions"). The Japanese may have said the name shorter (安保理 for
// 国際連合安全保障理事会) than the expansion the acronym stands for: the dictionary
// phrase, not the term's words, says which name the term holds. Review: the pair rests on
// a dictionary phrase and a definition, not on a translation of the words.

// acronymGlosses pairs the terms of each aligned segment with their dictionary phrases
// written with an acronym for the name they open with (see above).
func (r *run) acronymGlosses() {
	for i, seg := range r.bitext {
		var acrs []string
		var exps [][]string // the sources' expansions of each of acrs
		for _, a := range writtenAcronyms(seg.EN) {
			if e := r.en.Expansions(a); len(e) > 0 {
				acrs, exps = append(acrs, a), append(exps, e)
			}
		}
		if len(acrs) == 0 {
			continue
		}
		for _, c := range r.segJA[i].chunks {
			jc := r.ja[c.key]
			if jc == nil {
				continue
			}
			for _, e := range r.lx.Lookup(jc.text) {
				for k, a := range acrs {
					for _, exp := range exps[k] {
						v, ok := acronymInGloss(seg.EN, e.Gloss, a, exp)
						if !ok {
							continue
						}
						r.add(jc.text, v, Evidence{Type: EvBitext, Doc: seg.Doc, Line: seg.Line, Quote: quote(seg.EN),
							Detail: "the acronym " + a + " the sources define for " + exp + ", in the dictionary's " + e.Gloss})
					}
				}
			}
		}
	}
}

// acronymInGloss returns the span of en that writes gloss with its opening expansion exp
// replaced by the acronym acr ("UNSC resolutions" for "United Nations Security Council
// Resolution"), the words after the expansion in any letter case and the last in the
// plural too, or false when gloss does not open with exp followed by a word or en writes
// no such span.
func acronymInGloss(en, gloss, acr, exp string) (string, bool) {
	gw, ew := strings.Fields(gloss), strings.Fields(exp)
	if len(gw) <= len(ew) || len(gw) > len(ew)+3 {
		return "", false
	}
	for k, w := range ew {
		if !strings.EqualFold(w, gw[k]) {
			return "", false
		}
	}
	rest := gw[len(ew):]
	for _, w := range rest {
		if lexicon.IsStop(strings.ToLower(w)) || !isLatinWord(w) {
			return "", false // a phrase, not a compound of nouns ("… of the …")
		}
	}
	words := strings.Fields(en)
	for i, f := range words {
		if strings.Trim(f, `"“”‘’'(),.;:`) != acr || i+len(rest) >= len(words) || strings.HasSuffix(f, ",") {
			continue
		}
		span := []string{acr}
		ok := true
		for k, w := range rest {
			x := words[i+1+k]
			t := strings.TrimRight(x, `"”’'),.;:`)
			last := k == len(rest)-1
			if !strings.EqualFold(t, w) && !(last && strings.EqualFold(textnorm.Singular(t), w)) {
				ok = false
				break
			}
			if !last && t != x {
				ok = false // punctuation inside the span
				break
			}
			span = append(span, t)
		}
		if ok {
			return strings.Join(span, " "), true
		}
	}
	return "", false
}
