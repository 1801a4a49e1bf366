package align

import (
	"slices"
	"sort"
	"strings"

	"github.com/glossterm/gloss/internal/lexicon"
	"github.com/glossterm/gloss/internal/textnorm"
)

// A modifier's English learned from the dictionary's compounds.
//
// A dictionary glosses a bound or polysemous morpheme by its senses as a word (核 "stone
// of a fruit; nucleus; nuclear weapons"), not by the adjective English puts in front of a
// noun when the morpheme modifies one inside a compound (核|能力 = nuclear capabilities).
// The dictionary's own compounds say it: where two or more compounds of the morpheme and
// a second word each gloss as one English word followed by a gloss of the second word
// (核|抑止 "nuclear deterrence", 核|軍縮 "nuclear disarmament", 核|弾頭 "nuclear
// warhead"), that one word, the same in each, is the morpheme's English as a modifier. The
// compounds are those the candidates hold, a first unit and the unit after it.

// minModifierCompounds is the number of compounds that must agree on a modifier's English.
const minModifierCompounds = 2

// modifierGlosses adds to the lexicon the English modifier of each first unit of a
// two-unit dictionary compound that the dictionary's compounds agree on (see above).
func (r *run) modifierGlosses() {
	// modifier → its English word → the second words whose compounds say it
	seen := map[string]map[string]map[string]bool{}
	done := map[string]bool{}
	for _, jc := range r.ja {
		us := jc.units
		for a := 0; a+1 < len(us); a++ {
			m, y := us[a].Surface, us[a+1].Surface
			w := m + y
			if done[w] || !modifierNoun(us[a]) || !modifierNoun(us[a+1]) {
				continue
			}
			done[w] = true
			for _, en := range modifierOf(r.lx.Lookup(w), r.lx.Lookup(y)) {
				if seen[m] == nil {
					seen[m] = map[string]map[string]bool{}
				}
				if seen[m][en] == nil {
					seen[m][en] = map[string]bool{}
				}
				seen[m][en][y] = true
			}
		}
	}
	mods := make([]string, 0, len(seen))
	for m := range seen {
		mods = append(mods, m)
	}
	sort.Strings(mods)
	for _, m := range mods {
		best, n := "", 0
		for en, ys := range seen[m] {
			if len(ys) > n || len(ys) == n && en < best {
				best, n = en, len(ys)
			}
		}
		if n < minModifierCompounds || glossHas(r.lx.Lookup(m), best) || glossHas(r.lx.Lookup(m+"的"), best) {
			// (the adjective in 的 is the modifier's gloss already: 軍事的 "military"; see
			// adjectivalGlosses)
			continue
		}
		r.lx.Add(m, best, fromCompounds)
		r.learned = true
	}
}

// fromCompounds is the lexicon source of a modifier learned from the dictionary's compounds.
const fromCompounds = "compounds"

// learnedModifier returns the lexicon's entry of the English modifier learned for the
// morpheme m from the dictionary's compounds (see modifierGlosses and leftoverGlosses).
func (r *run) learnedModifier(m string) (lexicon.Entry, bool) {
	for _, e := range r.lx.Lookup(m) {
		if e.Source == fromCompounds || e.Source == fromLeftover {
			return e, true
		}
	}
	return lexicon.Entry{}, false
}

// modifierOf returns the written English words that stand before a gloss of the second
// word in a gloss of the compound, one word and the rest the second word's gloss word for
// word ("nuclear" of "nuclear deterrence", 抑止 "deterrence").
func modifierOf(compound, second []lexicon.Entry) []string {
	var out []string
	for _, c := range compound {
		cw := strings.Fields(strings.ToLower(lexicon.DropParens(c.Gloss)))
		if len(cw) < 2 {
			continue
		}
		for _, s := range second {
			sw := strings.Fields(strings.ToLower(lexicon.DropParens(s.Gloss)))
			if len(sw) != len(cw)-1 || lexicon.IsStop(cw[0]) {
				continue
			}
			same := true
			for i, w := range sw {
				if lexicon.Norm(w) != lexicon.Norm(cw[i+1]) {
					same = false
					break
				}
			}
			if same && !slices.Contains(out, cw[0]) {
				out = append(out, cw[0])
			}
		}
	}
	return out
}

// glossHas reports whether a gloss of the entries is the one word w.
func glossHas(es []lexicon.Entry, w string) bool {
	for _, e := range es {
		if strings.ToLower(strings.TrimSpace(lexicon.DropParens(e.Gloss))) == w {
			return true
		}
	}
	return false
}

// inferredModifier reports whether a pair's English holds a modifier learned from the
// dictionary's compounds for a morpheme of its Japanese, and no evidence but the
// composition and co-occurrence says so: an inference, not a gloss the dictionary states,
// like a thesaurus step, it is a reviewer's call unless a parenthesis, an acronym, a
// quotation, a dictionary phrase of the whole or an aligned segment's established
// rendering agrees.
func (r *run) inferredModifier(p *Pair) bool {
	if !r.learned {
		return false
	}
	if r.restsOnLeftover(p) {
		return true
	}
	for _, t := range []string{EvParen, EvAcronym, EvQuoted, EvDictPhrase, EvDictionary, EvParallel, EvTranslit, EvGlossary} {
		if hasType(p.Evidence, t) {
			return false
		}
	}
	words := strings.Fields(strings.ToLower(p.EN))
	rs := []rune(p.JA)
	for i := range rs {
		for j := i + 1; j <= len(rs); j++ {
			// every morpheme the Japanese holds, wherever it stands
			if e, ok := r.learnedModifier(string(rs[i:j])); ok && slices.Contains(words, e.Gloss) {
				return true
			}
		}
	}
	return false
}

// learnedGloss returns the modifier learned for a part, as the evidence names it, when the
// English words (normalized) hold it: the gloss that rendered the part, where the
// dictionary's first gloss would name another sense (核 "stone").
func (r *run) learnedGloss(part string, words []string) (string, bool) {
	e, ok := r.learnedModifier(part)
	if !ok || !slices.Contains(words, lexicon.Norm(e.Gloss)) {
		return "", false
	}
	if e.Source == fromLeftover {
		return e.Gloss + leftoverNote, true
	}
	return e.Gloss + " (the modifier of its dictionary compounds)", true
}

// A compound that ends in a verbal noun names an act done to the rest of it (核能力|拡大 =
// expansion of nuclear capabilities, 防衛産業|強化 = strengthening of the defense industry):
// English writes the rest as the act's object, a noun phrase of its own, so the rest is a
// term even where the text writes it only inside the compound.

// actedOn returns the keys of the compounds of two units or more that a maximal term of
// the text holds before a last unit that is a verbal noun (kagome's 名詞,サ変接続).
func (r *run) actedOn() map[string]bool {
	out := map[string]bool{}
	for _, jc := range r.ja {
		us := jc.units
		if jc.maximal == 0 || jc.phrasal || len(us) < 3 || us[len(us)-1].POSAt(1) != "サ変接続" {
			continue
		}
		rest := unitsText(us[:len(us)-1])
		if strings.HasPrefix(jc.text, rest) && len(jc.text) == len(rest)+len(us[len(us)-1].Surface) {
			out[textnorm.Key(rest)] = true
		}
	}
	return out
}
