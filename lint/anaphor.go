package lint

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A term referred back to. Japanese repeats a noun after a demonstrative determiner
// (この国際秩序, その同盟, 当該条約, 同条約) where English says it by a pronoun ("its
// foundations") or leaves it to the context, the thing having been named before. Such a
// term is rendered where the translation of the document names the concept elsewhere:
// the missing-term finding is then a note; where the translation never names it, an
// error (Run.settlePending decides at the document's end, as for a party said by
// "we").

// demonstratives are the determiners that refer a noun back to one named before: この,
// その (this, that), 当該 and 同 (the said), 上記の and 前述の (the above).
var demonstratives = []string{"この", "その", "当該", "同", "上記の", "前述の"}

// demonstrativeBefore reports whether the Japanese term at offset start of text follows a
// demonstrative determiner of demonstratives right before it; 同 only as a word of its
// own, not the end of another (共同声明, 合同演習).
func demonstrativeBefore(text string, start int) bool {
	before := text[:start]
	for _, d := range demonstratives {
		if rest, ok := strings.CutSuffix(before, d); ok {
			r, _ := utf8.DecodeLastRuneInString(rest)
			return d != "同" || rest == "" || !unicode.Is(unicode.Han, r)
		}
	}
	return false
}
