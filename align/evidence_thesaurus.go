package align

import (
	"github.com/glossterm/gloss/align/internal/enterm"
	"slices"
	"strings"

	"github.com/glossterm/gloss/internal/lexicon"
	"github.com/glossterm/gloss/internal/textnorm"
)

// Thesaurus evidence.
//
// A dictionary gives one or two English near-synonyms of a Japanese word; official English
// often picks another word of the same sense (EDICT's 費 "cost, expense" against the NDS's
// "defense spending"). When no rendering translates every part through the dictionary,
// each gloss word may be replaced by a neighbour in WordNet — a synonym, or a word one
// hypernym or hyponym link away — and the candidate composed again. A rendering that every
// part then explains is thesaurus evidence: one dictionary gloss and one thesaurus step,
// weaker than a gloss met as it stands, so it stays at review unless an independent kind
// of evidence (a bitext, a parenthetical) agrees.

// maxVariants bounds the glosses a constituent gains from the thesaurus.
const maxVariants = 400

// thesaurusOption composes a candidate again with the thesaurus when its plain options
// (opts, best first) render no part or leave one unexplained. It returns the expanded
// constituents and the best option when that option renders every part.
func (r *run) thesaurusOption(jc *jaCand, cs []constituent, opts []option, expect int) ([]constituent, option, bool) {
	if r.wn == nil || len(cs) == 0 || len(jc.units) < 2 || len(opts) > 0 && opts[0].full {
		// a single word is vocabulary: a neighbour of one of its glosses is no evidence
		return nil, option{}, false
	}
	// a one-word gloss is read through its neighbours only where the best rendering misses
	// one word on each side (防衛支出 "defense policy": 支出 left, "policy" unexplained)
	one := len(opts) > 0 && opts[0].ue <= 1 && opts[0].uj <= 1
	tcs, nonAffix, steps := r.expand(cs, one)
	if len(steps) == 0 || nonAffix == 0 {
		return nil, option{}, false
	}
	// only an n-gram that holds one of the glosses made, word for word, can pass oneStep;
	// it holds one only where it holds its first word (an empty one stands in any n-gram)
	firsts, empty := map[string][][]string{}, false
	for _, c := range tcs {
		for _, v := range c.variants {
			if len(v) == 0 {
				empty = true
				continue
			}
			firsts[v[0]] = append(firsts[v[0]], v)
		}
	}
	keep := func(g *enterm.NGram) bool {
		in := r.ngInfo(g)
		if in.sing == nil {
			in.sing = singulars(g.Raw)
		}
		if empty {
			return true
		}
		ws := in.sing
		for i, w := range ws {
			for _, v := range firsts[w] {
				if i+len(v) <= len(ws) && slices.Equal(ws[i:i+len(v)], v) {
					return true
				}
			}
		}
		return false
	}
	for _, o := range r.optionsOf(jc, tcs, nonAffix, expect, steps, keep) {
		if !o.full {
			break
		}
		if len(opts) > 0 && len(o.g.Words) > len(opts[0].g.Words) && subset(opts[0].g.Words, o.g.Words) {
			// a neighbour replaces a dictionary word, it does not add one: the English
			// without it is already a rendering ("burden sharing", not "importance of
			// burden sharing")
			continue
		}
		if o.ue == 0 && o.uj == 0 && wholeGlosses(tcs, o.g.Words, o.g.Raw) && oneStep(cs, tcs, o.g.Words, o.g.Raw) {
			return tcs, o, true
		}
	}
	return nil, option{}, false
}

// oneStep reports whether the English holds, word for word and in order, a gloss made by
// the thesaurus (defense costs → "defense spending"), and every other English word is met
// by the dictionary's glosses (cs are the constituents before expansion, tcs after): one
// step away from the dictionary, with the rest of the dictionary's phrase, or of the
// term, as its anchor.
// Stems do not count here (unit is not "united", security not "secure"), nor another
// order of the words ("force posture" is not "posture force").
func oneStep(cs, tcs []constituent, words, raw []string) bool {
	if len(words) < 2 {
		// a word that paraphrases a whole gloss (homeland) needs another word beside it
		// that the dictionary explains (American Homeland): alone it is a guess
		return false
	}
	ws := singulars(raw)
	// any one of the variants may be the step (a part may have several: 防衛 "defence" ~
	// defense, 支出 "expenditure" ~ spending), the others read by the dictionary
	for _, c := range tcs {
		for _, v := range c.variants {
			if i := indexRun(ws, v); i >= 0 && restRendered(cs, words, raw, i, i+len(v)) {
				return true
			}
		}
	}
	return false
}

// restRendered reports whether every English word outside words[from:to] is met by the
// dictionary's glosses of cs.
func restRendered(cs []constituent, words, raw []string, from, to int) bool {
	for i, w := range words {
		if i >= from && i < to {
			continue
		}
		if !renderedBy(cs, w, raw[i]) {
			return false
		}
	}
	return true
}

// singulars returns the content words of ws in the singular.
func singulars(ws []string) []string {
	var out []string
	for _, w := range ws {
		if !lexicon.IsStop(w) {
			out = append(out, textnorm.Singular(strings.TrimPrefix(w, "^")))
		}
	}
	return out
}

// indexRun returns where the words of v stand together in ws, or -1.
func indexRun(ws, v []string) int {
	for i := 0; i+len(v) <= len(ws); i++ {
		if slices.Equal(ws[i:i+len(v)], v) {
			return i
		}
	}
	return -1
}

// wholeGlosses reports whether every constituent that is not an affix has one gloss whose
// content words all stand among the English words: a thesaurus step replaces a word of a
// gloss, and the rest of that gloss must still be met, not words of several glosses.
func wholeGlosses(cs []constituent, words, raw []string) bool {
	for _, c := range cs {
		if c.affix {
			continue
		}
		whole := false
		for _, g := range c.glosses {
			all := len(g) > 0
			for _, gw := range g {
				if gw != "and" && !isHeadMatched(&c, gw, words, raw) {
					all = false
					break
				}
			}
			if all {
				whole = true
				break
			}
		}
		if !whole && c.sound == "" && c.num == 0 {
			return false
		}
	}
	return true
}

// expand returns a copy of cs in which each translated constituent also has the glosses
// made by replacing one word of a gloss by a WordNet neighbour that the English holds,
// how many constituents are not affixes, and the neighbours used (normalized).
//
// A one-word gloss is expanded only when oneWord is set: its neighbours are many, and
// worth reading only where a rendering misses one word (see thesaurusOption).
func (r *run) expand(cs []constituent, oneWord bool) (out []constituent, nonAffix int, steps []string) {
	out = make([]constituent, len(cs))
	for i, c := range cs {
		out[i] = c
		if c.affix || c.kata || !c.known {
			if !c.affix {
				nonAffix++
			}
			continue
		}
		nonAffix++
		key := c.text
		if oneWord {
			key += "\x00one"
		}
		whole := nonAffixCount(cs) == 1
		if whole {
			key += "\x00whole"
		}
		x := r.thesCache[key]
		if x == nil {
			x = r.expandOne(c, oneWord, whole)
			r.thesCache[key] = x
		}
		if len(x.subst) > 0 {
			out[i].words = append(c.words[:len(c.words):len(c.words)], x.words...)
			out[i].glosses = append(c.glosses[:len(c.glosses):len(c.glosses)], x.glosses...)
			out[i].gheads = append(c.gheads[:len(c.gheads):len(c.gheads)], x.heads...)
			out[i].subst, out[i].variants = x.subst, x.variants
			steps = append(steps, x.steps...)
		}
	}
	return out, nonAffix, steps
}

// related returns the WordNet neighbours of an English gloss word as written and in the
// singular (means is a noun of its own, costs both a noun and the plural of cost); of a
// one-word gloss (one), only those in the first sense of either word ([wordnet.WordNet.Close]).
func (r *run) related(w string, one bool) []string {
	find := r.wn.Related
	if one {
		find = func(x string) []string {
			return r.wn.CloseTo(x, func(c string) bool { return r.enLookup(c) != nil })
		}
	}
	rel := find(w)
	if s := textnorm.Singular(w); s != w {
		for _, x := range find(s) {
			if !slices.Contains(rel, x) {
				rel = append(rel[:len(rel):len(rel)], x)
			}
		}
	}
	return rel
}

// subset reports whether every word of a is among the words of b.
func subset(a, b []string) bool {
	for _, w := range a {
		if !slices.Contains(b, w) {
			return false
		}
	}
	return true
}

// content counts the words of ws that are not stop words.
func content(ws []string) int {
	n := 0
	for _, w := range ws {
		if !lexicon.IsStop(w) {
			n++
		}
	}
	return n
}

// thesExp is what the thesaurus adds to a constituent's glosses.
type thesExp struct {
	words    []string
	glosses  [][]string
	heads    []int
	subst    [][2]string
	variants [][]string
	steps    []string
}

// expandOne computes the thesaurus glosses of a constituent (cached by its text).
func (r *run) expandOne(c constituent, oneWord, whole bool) *thesExp {
	var steps []string
	es := r.lx.Lookup(c.text)
	if len(es) == 0 && len(c.units) == 1 {
		es = r.lx.Lookup(c.units[0].Base)
	}
	if len(es) == 0 {
		es = r.lx.Lookup(strings.TrimSuffix(c.text, "的"))
	}
	n := 0
	var words []string
	var glosses [][]string
	var heads []int
	var subst [][2]string
	var variants [][]string
	seen := map[string]bool{}
entries:
	for _, e := range es {
		ws := lexicon.Words(e.Gloss)
		one := content(ws) < 2
		if one && !oneWord {
			continue
		}
		// a one-word gloss says nothing of which sense of the word is meant, where the
		// other words of a phrase (defense costs) pin it and the variant keeps them: it is
		// replaced only by a neighbour in the first, most frequent sense of either word
		// (支出 "expenditure" = spending; 能力 "ability" = capability), and the other parts
		// of the term must still anchor the English (oneStep)
		for _, rel := range r.definedByOf(ws, one) {
			// the gloss paraphrases one narrower word: country where one was born = homeland
			if seen[rel] || lexicon.IsStop(rel) || r.enLookup(rel) == nil {
				continue
			}
			steps = append(steps, lexicon.Norm(rel))
			seen[rel] = true
			n++
			words = append(words, lexicon.ContentWords(rel)...)
			if g, h := glossWords(rel); len(g) > 0 {
				glosses = append(glosses, g)
				heads = append(heads, h)
			}
			subst = append(subst, [2]string{e.Gloss, rel})
			variants = append(variants, []string{rel})
		}
		if !one && whole {
			// a name of several words is the name of one thing: its synonyms name it too
			// (北朝鮮 "North Korea" = Democratic People's Republic of Korea); only where it
			// is the whole term (a part of a compound keeps the name its gloss gives)
			for _, rel := range r.wn.PhraseSynonyms(e.Gloss) {
				if seen[rel] || r.enLookup(rel) == nil {
					continue
				}
				seen[rel] = true
				n++
				steps = append(steps, lexicon.Norm(rel))
				words = append(words, lexicon.ContentWords(rel)...)
				if g, h := glossWords(rel); len(g) > 0 {
					glosses = append(glosses, g)
					heads = append(heads, h)
				}
				subst = append(subst, [2]string{e.Gloss, rel})
				variants = append(variants, singulars(lexicon.Words(rel)))
			}
		}
		for k, w := range ws {
			if lexicon.IsStop(w) {
				continue
			}
			for _, rel := range r.relatedOf(w, one) {
				if len(rel) < 3 || lexicon.IsStop(rel) || r.enLookup(rel) == nil {
					continue // a neighbour the English never writes explains nothing
				}
				v := make([]string, len(ws))
				copy(v, ws)
				v[k] = rel
				gloss := strings.Join(v, " ")
				if seen[gloss] {
					continue
				}
				seen[gloss] = true
				if n++; n > maxVariants {
					break entries
				}
				words = append(words, lexicon.ContentWords(gloss)...)
				if g, h := glossWords(gloss); len(g) > 0 && len(g) <= 6 {
					glosses = append(glosses, g)
					heads = append(heads, h)
				}
				subst = append(subst, [2]string{w, rel})
				variants = append(variants, singulars(v))
				steps = append(steps, lexicon.Norm(rel))
			}
		}
	}
	return &thesExp{words: words, glosses: glosses, heads: heads, subst: subst, variants: variants, steps: steps}
}

// definedBy returns the narrower words whose WordNet definition paraphrases a gloss of
// two or more content words (see [wordnet.WordNet.Defined]); a one-word gloss paraphrases
// nothing.
func (r *run) definedBy(ws []string, one bool) []string {
	if one {
		return nil
	}
	return r.wn.Defined(ws, lexicon.IsStop, textnorm.Singular)
}
