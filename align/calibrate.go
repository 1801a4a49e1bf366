package align

import (
	"math"
	"strings"

	"github.com/glossterm/gloss/internal/textnorm"
)

// partsOnly caps at review the pairs that are the modifier of a longer proposed pair on
// both sides and nowhere else: a Japanese candidate never written as a term of its own
// (every occurrence nested in a longer term) that begins a longer proposed term, whose
// English the sources write only inside the English of that longer term (国家防衛 =
// "National Defense" inside 国家防衛戦略 = "National Defense Strategy"; 日米防衛 inside
// 日米防衛協力). A Japanese compound ends in its head, so its first part without the rest
// is a modifier without its head; neither side attests it as a term: the evidence is the
// longer pair's, seen through a window. (A final part is a head with its own modifiers
// left out, 防衛協力 of 日米防衛協力, and keeps its score.) Terms written
// on their own somewhere, English met outside the longer phrase, words of the dictionary
// and names read aloud keep their score.
func (r *run) partsOnly(out []Pair) {
	type whole struct{ ja, en string }
	var wholes []whole
	for _, q := range out {
		wholes = append(wholes, whole{q.JA, strings.ToLower(q.EN)})
	}
	for i := range out {
		p := &out[i]
		if p.Status != Auto || p.Known || r.lx.Has(p.JA) || hasType(p.Evidence, EvTranslit) ||
			hasType(p.Evidence, EvParen) || hasType(p.Evidence, EvAcronym) || hasType(p.Evidence, EvQuoted) {
			// a word of the dictionary (国防長官, 国連) or a name read aloud (ポンペオ) is a
			// unit of its own, whatever longer term it stands in
			continue
		}
		jc := r.ja[textnorm.Key(p.JA)]
		if jc == nil || jc.maximal > 0 || jc.phrasal {
			continue
		}
		en := strings.ToLower(p.EN)
		g := r.en.Lookup(p.EN)
		if g == nil {
			continue
		}
		for _, w := range wholes {
			if w.ja == p.JA || !strings.HasPrefix(w.ja, p.JA) || w.en == en || !hasPhrase(w.en, en) {
				continue
			}
			if wg := r.en.Lookup(w.en); wg != nil && wg.Count >= g.Count {
				p.Score = math.Min(p.Score, 0.85)
				p.Status = Review
				break
			}
		}
	}
}

// hasPhrase reports whether the phrase s holds the phrase part as whole words.
func hasPhrase(s, part string) bool {
	for from := 0; ; {
		k := strings.Index(s[from:], part)
		if k < 0 {
			return false
		}
		a, b := from+k, from+k+len(part)
		if (a == 0 || !phraseByte(s[a-1])) && (b == len(s) || !phraseByte(s[b])) {
			return true
		}
		from = a + 1
	}
}

func phraseByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}
