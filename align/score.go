package align

import (
	"math"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/glossterm/gloss/align/internal/enterm"
	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/morph"
	"github.com/glossterm/gloss/internal/textnorm"
)

// Results.

func (r *run) finish() []Pair {
	known := knownPairs(r.opts.Glossary)
	knownJA := knownByJA(r.opts.Glossary)
	byJA := map[string][]*Pair{} // the pairs of each Japanese term, for shortForm
	for _, p := range r.pairs {
		k := textnorm.Key(p.JA)
		byJA[k] = append(byJA[k], p)
	}
	var out []Pair
	for _, p := range r.pairs {
		jc := r.ja[textnorm.Key(p.JA)]
		if jc != nil {
			p.JAFreq = jc.freq
			if !p.Known && r.misbounded(jc) {
				continue // a slice of a word, whatever found its English (see misbounded)
			}
		}
		if g := r.en.Lookup(p.EN); g != nil {
			p.ENFreq = g.Count
			p.EN = preferSurface(p.EN, g.Surface)
			hasAtt := false
			for _, e := range p.Evidence {
				if e.Type == EvCompositional || e.Type == EvDictionary || e.Type == EvDictPhrase || e.Type == EvApprox || e.Type == EvPartial || e.Type == EvThesaurus || e.Type == EvTranslit {
					hasAtt = true
				}
			}
			if !hasAtt {
				p.Evidence = append(p.Evidence, Evidence{Type: EvAttested, Doc: g.First.Doc, Line: g.First.Line, Quote: quote(g.First.Sentence)})
			}
		}
		if id, ok := known[textnorm.Key(p.JA)+"\x00"+p.enKey]; ok {
			p.Known, p.ConceptID = true, id
		} else if _, ok := knownJA[textnorm.Key(p.JA)]; ok {
			r.stats.Overruled++ // the glossary pairs the term with other English: no conflicting proposal
			continue
		}
		p.Score = score(p.Evidence)
		for _, e := range p.Evidence {
			if e.Type == EvParenLoose {
				p.Related = true
			}
		}
		if p.Related {
			p.Score = math.Min(p.Score, 0.85)
		}
		if p.contested && !hasType(p.Evidence, EvParallel) && !hasType(p.Evidence, EvParen) && !hasType(p.Evidence, EvAcronym) {
			p.Score = math.Min(p.Score, 0.85) // a variant of its document, not its established rendering
		}
		if hasType(p.Evidence, EvEliminated) {
			p.Score = math.Min(p.Score, 0.85) // never auto on elimination: it holds as far as the rest's explanations hold
		}
		if shortForm(p, r.pairs, byJA) {
			p.Score = math.Min(p.Score, 0.85) // an acronym whose expansion is proposed: the short form, not the translation
		}
		if jc != nil && !p.Known && len(jc.units) == 1 && !hasType(p.Evidence, EvParen) && !hasType(p.Evidence, EvAcronym) &&
			!(isProper(jc.units[0]) && hasType(p.Evidence, EvDictPhrase)) &&
			!(hasType(p.Evidence, EvTranslit) && hasType(p.Evidence, EvParallel)) {
			// a single word is vocabulary until a gloss says it is a term; a name is not
			// vocabulary: a proper noun whose dictionary phrase the English writes whole
			// (朝鮮半島 = Korean Peninsula, 韓国 = Republic of Korea) designates one thing.
			// Nor is a loanword whose sound and whose aligned segments name the same English
			// word (リバランス = rebalance in the translation): a katakana word is borrowed
			// from one word, where a Sino-Japanese word has many senses
			p.Score = math.Min(p.Score, 0.85)
		}
		switch {
		case p.Score >= AutoScore:
			p.Status = Auto
		case p.Score >= ReviewScore:
			p.Status = Review
		default:
			continue
		}
		out = append(out, *p)
	}
	r.partsOnly(out)
	sort.Slice(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		if out[i].JA != out[j].JA {
			return out[i].JA < out[j].JA
		}
		return out[i].EN < out[j].EN
	})
	return out
}

// isProper reports whether a unit is a proper noun (a place, an organization, a person).
func isProper(t morph.Token) bool {
	return len(t.POS) > 1 && t.POS[0] == "名詞" && t.POS[1] == "固有名詞"
}

// shortForm reports whether p renders a Japanese term by an acronym whose expansion is
// proposed for the same term: the expansion is the translation, the acronym its short form.
// The expansion is the one the acronym evidence names, or any other English proposed for
// the term whose initials spell the acronym (国家防衛戦略 = National Defense Strategy, NDS
// verified by the initials of the parts' translations): a full Japanese name is translated
// by the full English name.
func shortForm(p *Pair, pairs map[string]*Pair, byJA map[string][]*Pair) bool {
	if !enterm.IsAcronym(p.EN) {
		return false
	}
	jk := textnorm.Key(p.JA)
	for _, e := range p.Evidence {
		exp, ok := strings.CutPrefix(e.Detail, "expansion: ")
		if e.Type != EvAcronym || !ok {
			continue
		}
		if q := pairs[jk+"\x00"+enterm.Key(exp)]; q != nil && q != p {
			return true
		}
	}
	for _, q := range byJA[jk] {
		if q != p && !enterm.IsAcronym(q.EN) && enterm.Initials(q.EN, p.EN) && score(q.Evidence) >= ReviewScore {
			return true
		}
	}
	return false
}

func hasType(evs []Evidence, typ string) bool {
	for _, e := range evs {
		if e.Type == typ {
			return true
		}
	}
	return false
}

// preferSurface keeps the parenthetical's casing unless the sources write the phrase in
// lower case (Peace through Strength → peace through strength).
func preferSurface(given, sources string) string {
	if sources == "" {
		return given
	}
	if strings.ToLower(sources) == sources || enterm.IsAcronym(given) {
		if enterm.IsAcronym(given) {
			return given
		}
		return sources
	}
	return given
}

// score combines evidence by noisy-OR, each type counted once. Bitext co-occurrence and
// the parallel evidence observe the same thing, the two in one aligned segment: only the
// stronger counts.
func score(evs []Evidence) float64 {
	seen := map[string]bool{}
	q := 1.0
	for _, e := range evs {
		if seen[e.Type] || e.Type == EvBitext && hasType(evs, EvParallel) {
			continue
		}
		seen[e.Type] = true
		q *= 1 - weights[e.Type]
	}
	return math.Round((1-q)*1000) / 1000
}

// knownPairs maps ja key + "\x00" + en key to the concept id, for every pair of terms of
// a concept.
func knownPairs(g *glossary.Glossary) map[string]string {
	out := map[string]string{}
	if g == nil {
		return out
	}
	for _, c := range g.Concepts {
		for _, jt := range c.Terms["ja"] {
			for _, et := range c.Terms["en"] {
				out[textnorm.Key(jt.Text)+"\x00"+enterm.Key(et.Text)] = c.ID
			}
		}
	}
	return out
}

func (r *run) missing(pairs []Pair) []Missing {
	paired := map[string]bool{}
	for _, p := range pairs {
		paired[textnorm.Key(p.JA)] = true
	}
	var out []Missing
	for _, k := range r.th.Ranked() {
		jc := r.ja[k]
		if jc == nil || paired[k] || jc.maximal < r.opts.MinMissingFreq || utf8.RuneCountInString(jc.text) < 2 {
			continue
		}
		out = append(out, Missing{JA: jc.text, Freq: jc.freq, FLR: math.Round(r.th.FLR(k)*100) / 100,
			Doc: jc.first.doc, Line: jc.first.line, Quote: quote(jc.first.sent)})
	}
	return out
}
