package jaterm

import (
	"unicode/utf8"

	"github.com/glossterm/gloss/internal/morph"
)

// towardCountry reports whether toks[i] is 対 (kagome's 名詞・接続詞的) written against a
// country's one-kanji abbreviation and a noun after it, at the start of a compound: 対|露|
// 制裁 = sanctions against Russia, 対|中|政策 = policy toward China. There 対 is a bound
// prefix ("against, toward") of the compound, the country its complement, and the noun
// its head, which English writes first with the country after a preposition. Between
// two nouns written against it (日本対中国 = Japan versus China) 対 joins two parties and
// opens nothing.
func towardCountry(toks []morph.Token, cls []class, i int) bool {
	if i+2 >= len(toks) || toks[i].Surface != "対" || at(toks[i].POS, 0) != "名詞" || at(toks[i].POS, 1) != "接続詞的" {
		return false
	}
	c := toks[i+1]
	if at(c.POS, 1) != "固有名詞" || at(c.POS, 3) != "国" || utf8.RuneCountInString(c.Surface) != 1 || cls[i+2] != unit {
		return false
	}
	if toks[i].End != c.Start || c.End != toks[i+2].Start {
		return false
	}
	return i == 0 || toks[i-1].End != toks[i].Start || cls[i-1] != unit && cls[i-1] != suffix && cls[i-1] != number
}

// TowardCountry reports whether units[a] opens a compound as 対 before a country's
// abbreviation (see towardCountry): the country is the complement English writes after
// the head, behind "against" or "toward".
func TowardCountry(units []morph.Token, a int) bool {
	if a+2 >= len(units) || units[a].Surface != "対" {
		return false
	}
	lo := max(a-1, 0)
	cls := make([]class, a+3-lo)
	for i := range cls {
		cls[i] = classify(units[lo+i])
	}
	return towardCountry(units[lo:a+3], cls, a-lo)
}
