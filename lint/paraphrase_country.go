package lint

import (
	"unicode/utf8"
)

// Country-pair compounds. Japanese names a relation between countries by a compound of
// their initials and a relation noun (日韓関係, 日米同盟, 米中対立); English writes the
// countries as a hyphened modifier ("Japan-ROK relations") or after the noun with
// "between … and" ("relations between Japan and the ROK", "ties between Japan and the
// ROK"). Each initial is a part of the term that its country's names and adjectives
// render (countryNames), in any order, and the relation noun is rendered by its own
// words or the few English nouns for a relation between states (relationNouns).

// relationNouns are the English nouns that render a relation noun of a country-pair
// compound besides its dictionary glosses: "ties" is a relation between states, though
// no dictionary gives it for 関係.
var relationNouns = map[string][]string{
	"関係": {"relations", "relationship", "ties"},
	"同盟": {"alliance"},
}

// countryRuns splits and marks the pieces of a Japanese term that are country initials in
// a run of two or more (日 and 韓 of 日韓関係, whether kagome gives 日韓 as one morpheme or
// two): text gives a piece's text, split makes the piece of one initial at byte off of p.
// One initial alone names no country (米 is rice, 中 inside), and is left as it is.
func countryRuns[T any](ps []T, text func(T) string, split func(p T, off int, initial string) T) []T {
	initials := func(s string) bool {
		if s == "" {
			return false
		}
		for _, r := range s {
			if _, ok := countryNames[r]; !ok {
				return false
			}
		}
		return true
	}
	var out []T
	for i := 0; i < len(ps); {
		j, n := i, 0
		for j < len(ps) && initials(text(ps[j])) {
			n += utf8.RuneCountInString(text(ps[j]))
			j++
		}
		if n < 2 {
			out = append(out, ps[i])
			i++
			continue
		}
		for _, p := range ps[i:j] {
			for off, r := range text(p) {
				out = append(out, split(p, off, string(r)))
			}
		}
		i = j
	}
	return out
}

// markPair marks every part of a term that has a country initial among its parts.
func markPair(parts []part) {
	for _, p := range parts {
		if p.country {
			for i := range parts {
				parts[i].pair = true
			}
			return
		}
	}
}

// pairRenderings returns the English phrases that render a part of a country-pair
// compound by what it is: a country initial by its country's names and adjectives, a
// relation noun by relationNouns.
func pairRenderings(p part, tgtLang string) []string {
	if !p.pair || isJapanese(tgtLang) {
		return nil
	}
	if p.country {
		r, _ := utf8.DecodeRuneInString(p.texts[0])
		return countryNames[r]
	}
	var out []string
	for _, t := range p.texts {
		out = append(out, relationNouns[t]...)
	}
	return out
}

// countryPairTerm reports whether a Japanese term is a country-pair compound: two or more
// country initials and one noun (日韓関係, 日米同盟). Its paraphrase renders each country
// and the noun, in English's own syntax for a relation between states ("relations between
// Japan and the ROK", "Japan-ROK ties"): that is a rendering, not a note.
func (l *Linter) countryPairTerm(term string) bool {
	n := 0
	for _, r := range term {
		if _, ok := countryNames[r]; !ok {
			break
		}
		n += utf8.RuneLen(r)
	}
	if utf8.RuneCountInString(term[:n]) < 2 || n == len(term) {
		return false
	}
	toks := l.tokenize(term[n:])
	return len(toks) == 1 && toks[0].POSAt(0) == "名詞"
}
