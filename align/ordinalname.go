package align

import (
	"strconv"
	"strings"

	"github.com/glossterm/gloss/internal/morph"
)

// ordinalName returns the whole name that ends with the compound ja right before a
// parenthetical of a segment's Japanese (before is the text up to the parenthesis), when
// the name opens with an ordinal, 第, a number and a counter (第10回), and the English name
// before the same parenthetical opens with that ordinal ("Tenth", "10th"): the session of
// a meeting that recurs, or of a document that is renewed, is part of its name in both
// languages. The name runs back from ja over the nouns written next to it and the middle
// dot that joins nouns inside a name (太平洋・島サミット), to the ordinal; "" when no
// ordinal opens it or the English does not number it alike.
func ordinalName(before, ja, en string) string {
	w, _, _ := strings.Cut(en, " ")
	n := enOrdinal(strings.ToLower(w))
	if n == 0 || !strings.HasSuffix(before, ja) {
		return ""
	}
	toks := morph.Tokenize(before)
	k := len(toks)
	for k > 0 && toks[k-1].Start >= len(before)-len(ja) {
		k-- // the tokens of ja
	}
	if k == len(toks) || toks[k].Start != len(before)-len(ja) {
		return ""
	}
	for k > 0 {
		t := toks[k-1]
		if t.End != toks[k].Start {
			return ""
		}
		switch {
		case t.Surface == "・" && k < len(toks) && toks[k].POSAt(0) == "名詞":
		case t.POSAt(0) == "名詞" && t.POSAt(1) != "数" && t.POSAt(1) != "非自立" && t.POSAt(1) != "接尾":
		case t.POSAt(0) == "名詞" && t.POSAt(2) == "助数詞" && k >= 3 && toks[k-2].POSAt(1) == "数" && toks[k-3].Surface == "第":
			// the ordinal: 第, the number, the counter
			if jaNumber(toks[k-2].Surface) != n || toks[k-3].End != toks[k-2].Start || toks[k-2].End != t.Start {
				return ""
			}
			return before[toks[k-3].Start:]
		default:
			return ""
		}
		k--
	}
	return ""
}

// ordinalWords are the English ordinals written as words, first to twentieth.
var ordinalWords = []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
	"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"}

// enOrdinal returns the value of an English ordinal in lower case, written as a word
// (tenth) or in digits with its suffix (10th, 1st, 22nd), or 0.
func enOrdinal(w string) int {
	for i, o := range ordinalWords {
		if w == o {
			return i + 1
		}
	}
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if d, ok := strings.CutSuffix(w, suf); ok {
			if n, err := strconv.Atoi(d); err == nil && n > 0 {
				return n
			}
		}
	}
	return 0
}
