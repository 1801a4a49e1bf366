package align

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossterm/gloss/internal/lexicon"
	"github.com/glossterm/gloss/internal/morph"
)

// A prefixed noun's English learned from the dictionary compounds that hold it.
//
// A bound prefix and the noun after it (不|拡散, 非|核) often have no entry of their own
// while the dictionary glosses a compound of theirs with a further word (核不拡散 "nuclear
// nonproliferation"), and composing the prefix with the noun's own gloss gives no English a
// text writes (拡散 "scattering"). The compound's gloss less the English of its other word
// is the prefixed noun's English: 核不拡散 "nuclear nonproliferation" less 核 "nuclear" is
// 不拡散 "nonproliferation". The other word is one the text itself holds (its glossed nouns
// of one or two kanji), at either end of the compound; its English is a word of one of its
// glosses, or the modifier its compounds agree on (modgloss.go), and it explains exactly
// the gloss's word at its own end. Like a learned modifier, this is an inference and not
// a gloss the dictionary states: a rendering resting on it is a reviewer's call unless
// other evidence carries it (inferredModifier).

// fromLeftover is the lexicon source of a prefixed noun's English learned from the
// dictionary compounds that hold it.
const fromLeftover = "compound-leftover"

// leftoverNote follows such an English in the evidence.
const leftoverNote = " (what its dictionary compounds leave)"

// maxLeftoverRun is the longest run of units, prefix included, that is looked up inside
// the dictionary's compounds.
const maxLeftoverRun = 3

// prefixRuns returns the runs of a prefix and the nouns after it, up to maxLeftoverRun
// units, that the candidates hold (不拡散, 不拡散体制).
func (r *run) prefixRuns() map[string]bool {
	runs := map[string]bool{}
	for _, jc := range r.ja {
		us := jc.units
		for a := range us {
			if us[a].POSAt(0) != "接頭詞" || !allKanji(us[a].Surface) {
				continue
			}
			s := us[a].Surface
			for b := a + 1; b < len(us) && b < a+maxLeftoverRun; b++ {
				if !modifierNoun(us[b]) || !allKanji(us[b].Surface) {
					break
				}
				s += us[b].Surface
				runs[s] = true
			}
		}
	}
	return runs
}

// leftoverWant adds to the dictionary look-up the words leftoverGlosses reads: the
// compounds of the text's other words with each prefix run, at either end. It returns the
// runs, for leftoverGlosses.
func (r *run) leftoverWant(want map[string]bool) map[string]bool {
	runs := r.prefixRuns()
	if len(runs) == 0 {
		return nil
	}
	for o := range r.otherWords {
		// (the other word itself is wanted already: every noun is a candidate's unit)
		for s := range runs {
			want[o+s] = true
			want[s+o] = true
		}
	}
	return runs
}

// leftoverGlosses adds to the lexicon the English of each unglossed one of runs (a prefix
// and the nouns after it) that a dictionary compound of the run and one of the text's
// words leaves once that word's English is taken out (see above).
func (r *run) leftoverGlosses(runs map[string]bool) {
	var names []string
	for s := range runs {
		if !r.lx.Has(s) {
			names = append(names, s)
		}
	}
	sort.Strings(names)
	for _, s := range names {
		// the run's English → the other words whose compounds leave it
		seen := map[string]map[string]bool{}
		for o := range r.otherWords {
			for _, before := range []bool{true, false} {
				w := s + o
				if before {
					w = o + s
				}
				es := r.lx.Lookup(w)
				if len(es) == 0 {
					continue
				}
				for _, en := range leftoverOf(es, r.otherEnglish(o), before) {
					if seen[en] == nil {
						seen[en] = map[string]bool{}
					}
					seen[en][o] = true
				}
			}
		}
		best, n := "", 0
		for en, os := range seen {
			if len(os) > n || len(os) == n && en < best {
				best, n = en, len(os)
			}
		}
		if n == 0 {
			continue
		}
		r.lx.Add(s, best, fromLeftover)
		r.leftovers = append(r.leftovers, s)
		r.learned = true
	}
}

// noteOtherWords notes the tokens of a sentence that can be the other word of a
// dictionary compound (otherWord).
func (r *run) noteOtherWords(toks []morph.Token) {
	for _, u := range toks {
		if o, ok := otherWord(u); ok {
			if r.otherWords == nil {
				r.otherWords = map[string]bool{}
			}
			r.otherWords[strings.Clone(o)] = true // not the sentence it is a slice of
		}
	}
}

// otherWord returns the surface of a token of the text that can be the other word of a
// dictionary compound: a common or proper noun of one or two kanji (核, 軍備, 露), not
// a suffix, a numeral or a pronoun.
func otherWord(u morph.Token) (string, bool) {
	s := u.Surface
	if !modifierNoun(u) && u.POSAt(1) != "固有名詞" || !allKanji(s) || utf8.RuneCountInString(s) > 2 {
		return "", false
	}
	return s, true
}

// otherEnglish returns the English words that may render the other word o of a compound:
// the modifier its compounds agree on, and the content words of its glosses of one or two
// words.
func (r *run) otherEnglish(o string) map[string]bool {
	out := map[string]bool{}
	for _, e := range r.lx.Lookup(o) {
		ws := strings.Fields(strings.ToLower(lexicon.DropParens(e.Gloss)))
		if e.Source != fromCompounds && len(ws) > 2 {
			continue
		}
		for _, w := range ws {
			if !lexicon.IsStop(w) {
				out[lexicon.Norm(w)] = true
			}
		}
	}
	return out
}

// leftoverOf returns the English that a compound's glosses leave once the other word's
// English is taken from the end where it stands (the first word when it comes before, the
// last when it comes after): one or two words, neither of them the other word's.
func leftoverOf(compound []lexicon.Entry, other map[string]bool, before bool) []string {
	var out []string
	for _, c := range compound {
		cw := strings.Fields(strings.ToLower(lexicon.DropParens(c.Gloss)))
		if len(cw) < 2 || len(cw) > 3 {
			continue
		}
		end, rest := cw[len(cw)-1], cw[:len(cw)-1]
		if before {
			end, rest = cw[0], cw[1:]
		}
		if !other[lexicon.Norm(end)] {
			continue
		}
		ok := true
		for _, w := range rest {
			if lexicon.IsStop(w) || other[lexicon.Norm(w)] {
				ok = false
				break
			}
		}
		if en := strings.Join(rest, " "); ok && !slices.Contains(out, en) {
			out = append(out, en)
		}
	}
	return out
}

// allKanji reports whether s is made of kanji only.
func allKanji(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if !unicode.Is(unicode.Han, c) {
			return false
		}
	}
	return true
}

// restsOnLeftover reports whether a pair's English holds the English learned for a part of
// its Japanese from the dictionary compounds that hold it (leftoverGlosses, the hyphen of
// "non-proliferation" aside) and nothing but the lexicon says so: the dictionary and
// parallel evidence read that inference itself, so only a parenthesis, an acronym, a
// quotation, a dictionary phrase or the glossary carries the pair.
func (r *run) restsOnLeftover(p *Pair) bool {
	if len(r.leftovers) == 0 {
		return false
	}
	for _, t := range []string{EvParen, EvAcronym, EvQuoted, EvDictPhrase, EvTranslit, EvGlossary} {
		if hasType(p.Evidence, t) {
			return false
		}
	}
	en := ""
	for _, s := range r.leftovers {
		if !strings.Contains(p.JA, s) {
			continue
		}
		if en == "" {
			en = " " + strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(p.EN, "-", ""))), " ") + " "
		}
		for _, e := range r.lx.Lookup(s) {
			if e.Source == fromLeftover && strings.Contains(en, " "+strings.ReplaceAll(e.Gloss, "-", "")+" ") {
				return true
			}
		}
	}
	return false
}
