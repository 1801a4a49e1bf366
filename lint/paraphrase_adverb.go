package lint

import (
	"slices"
	"strings"
	"unicode"

	"github.com/glossterm/gloss/internal/lexicon"
	"github.com/glossterm/gloss/match"
)

// An attribute written as an adverb. Where English puts an adjective before the noun
// ("issues of common interest", "shared challenges"), Japanese often says it of the
// predicate instead, with the adverb formed on the same Sino-Japanese root as the term's
// adjectival noun: 共に関心を有する ("have an interest jointly") for 共通の関心, 共に直面する
// 課題 for 共通の課題. The adverb keeps the root's kanji and adds its okurigana (共 of 共通
// in 共に), so an adverb of the target whose kanji begin a morpheme of the concept's own
// Japanese term, where that morpheme renders the part by the dictionary, renders the part
// too. Another adverb (大いに関心を有する, "greatly") renders nothing of the term, and an
// adverb written in kana alone says nothing of its root.

// termMorphemes returns the content morphemes (nouns that are not suffixes, and
// adjectives) of the allowed lang terms of the group's concepts.
func (l *Linter) termMorphemes(group []match.Occurrence, lang string) []string {
	var out []string
	for _, g := range group {
		for _, t := range g.Concept.Terms[lang] {
			if !t.Status.Allowed() {
				continue
			}
			for _, k := range l.tokenize(t.Text) {
				content := contentNoun(k) || k.POSAt(0) == "形容詞"
				if content && !slices.Contains(out, k.Surface) {
					out = append(out, k.Surface)
				}
			}
		}
	}
	return out
}

// adverbRenderings returns the units of a Japanese target that render the English part p
// as an adverb on the root of one of morphs (the concept's Japanese morphemes) that
// renders p by its glosses and says nothing the term does not (as renderings asks of a
// gloss).
func adverbRenderings(p part, termWords []string, units []unit, morphs []string, glosses map[string][]string) [][2]int {
	if p.conj != "" || len(p.texts) == 0 {
		return nil
	}
	roots := renderingMorphs(p, termWords, morphs, glosses)
	if roots == nil {
		return nil
	}
	var out [][2]int
	for i, u := range units {
		if !u.adverb {
			continue
		}
		stem := kanjiStem(u.norm)
		if stem == "" || stem == u.norm && !slices.Contains(roots, stem) {
			// an adverb all in kanji is a word of its own: only the root itself
			continue
		}
		if slices.ContainsFunc(roots, func(r string) bool { return strings.HasPrefix(r, stem) }) {
			out = append(out, [2]int{i, i + 1})
		}
	}
	return out
}

// renderingMorphs returns the morphs (the concept's Japanese morphemes) that render the
// English part p by a gloss saying nothing the term does not (as renderings asks of a
// gloss).
func renderingMorphs(p part, termWords, morphs []string, glosses map[string][]string) []string {
	words := lexicon.EnglishWords(p.texts[0])
	var out []string
	for _, m := range morphs {
		for _, g := range glosses[m] {
			if gws := lexicon.EnglishWords(g); len(gws) > 0 && anySame(gws, words) && allSame(gws, termWords) {
				out = append(out, m)
				break
			}
		}
	}
	return out
}

// kanjiStem returns the kanji a word begins with, before its okurigana (共 of 共に).
func kanjiStem(w string) string {
	for i, r := range w {
		if !unicode.Is(unicode.Han, r) {
			return w[:i]
		}
	}
	return w
}
