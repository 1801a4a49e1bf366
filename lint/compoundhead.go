package lint

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossterm/gloss/match"
)

// headOfLongerCompound reports whether the Japanese source term at o, a term XのY, begins
// with a noun X that is the head of a longer noun compound, and the target, as a textnorm
// key, has the head (last word) of an allowed term of the group in lang. In
// 太平洋島嶼国地域の安定 the text says the stability of the Pacific Islands region, not
// regional stability in general: the nouns written against 地域 give it a referent, and a
// translation names that referent with its head ("stability in the Pacific Islands
// region", "the region's stability") where the bare term takes the adjective ("regional
// stability"). The term's boundary cuts the compound, so the term is not a constituent
// of the text; the stability itself is, and must still be rendered.
//
// kagome decides the compound: the morpheme that ends right at the term's start is a noun
// that continues a compound (名詞 一般, サ変接続, 固有名詞 or 形容動詞語幹, or a suffix
// noun 名詞 接尾 一般 such as 国, or 名詞 接尾 地域, the suffix of a place name such as 海
// and 県 in 北極海, 沖縄県). A determiner (この地域の安定), a particle or the start of
// the text leaves X the bare noun, and the term stands as written.
func (l *Linter) headOfLongerCompound(src string, o match.Occurrence, tgtKey string, group []match.Occurrence, lang string, toks *sentences) bool {
	found := src[o.Start:o.End]
	if !strings.Contains(found, "の") || strings.HasPrefix(found, "の") {
		return false
	}
	// The text alone first: a character that compounds before the term, and the head in
	// the translation; kagome only then.
	if prev, _ := utf8.DecodeLastRuneInString(src[:o.Start]); o.Start == 0 || !compounds(prev) && !latinWordEnd(prev) {
		return false
	}
	words := strings.Fields(tgtKey)
	headWritten := termWords(group, lang, func(tw []string) bool {
		if len(tw) < 2 {
			return false
		}
		head := strings.Trim(tw[len(tw)-1], wordPunct)
		for _, w := range words {
			if sameNumber(strings.Trim(w, wordPunct), head) {
				return true
			}
		}
		return false
	})
	if !headWritten {
		return false
	}
	compounded := false
	for _, t := range l.tokensAround(src, o, toks) {
		if t.End == o.Start {
			compounded = len(t.POS) > 2 && t.POS[0] == "名詞" &&
				(compoundNoun[t.POS[1]] || t.POS[1] == "接尾" && (t.POS[2] == "一般" || t.POS[2] == "地域"))
		}
		if t.Start >= o.Start {
			break
		}
	}
	return compounded
}

// latinWordEnd reports whether r may end a Latin word that compounds with the Japanese after
// it (NATO地域).
func latinWordEnd(r rune) bool {
	return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
}
