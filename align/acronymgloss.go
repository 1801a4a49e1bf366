package align

import (
	"slices"
	"strings"

	"github.com/glossterm/gloss/align/internal/enterm"
	"github.com/glossterm/gloss/internal/lexicon"
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
		acrs := definedAcronyms(seg.EN, r.en)
		if len(acrs) == 0 {
			continue
		}
		for _, c := range r.segJA[i].chunks {
			jc := r.ja[c.key]
			if jc == nil {
				continue
			}
			for _, e := range r.lx.Lookup(jc.text) {
				for _, a := range acrs {
					for _, exp := range r.en.Expansions(a) {
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

// definedAcronyms returns the acronyms en writes as words, each once, that the English
// sources define (ix's expansions).
func definedAcronyms(en string, ix *enterm.Index) []string {
	var out []string
	for _, f := range strings.Fields(en) {
		w := strings.Trim(f, `"“”‘’'(),.;:`)
		if enterm.IsAcronym(w) && !slices.Contains(out, w) && len(ix.Expansions(w)) > 0 {
			out = append(out, w)
		}
	}
	return out
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
		if lexicon.IsStop(strings.ToLower(w)) || !latinWord(w) {
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
			if !strings.EqualFold(t, w) && !(last && (strings.EqualFold(t, w+"s") || strings.EqualFold(t, w+"es"))) {
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

// latinWord reports whether w is written in Latin letters and hyphens only.
func latinWord(w string) bool {
	for _, c := range w {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-') {
			return false
		}
	}
	return w != ""
}
