package align

import (
	"slices"

	"github.com/glossterm/gloss/internal/morph"
)

// japanAfterCounter reads 日 as Japan, a party, where kagome reads it as the day's suffix
// right after a counter and before a name: a session's ordinal numbers the meeting of the
// parties written after it (第2回|日|・|カナダ外務・防衛閣僚会合 = second Japan-Canada
// Foreign and Defense Ministerial Meeting), and a day is counted by a number (10日), never
// after another counter (回日 is no date). kagome reads 日 as the country before another
// country's one-kanji abbreviation (第3回|日|英…) and as the suffix before a katakana or
// Latin name; both are the same party.
func japanAfterCounter(toks []morph.Token) []morph.Token {
	cloned := false
	for i := 1; i+1 < len(toks); i++ {
		t := toks[i]
		if t.Surface != "日" || t.POSAt(0) != "名詞" || t.POSAt(1) != "接尾" {
			continue
		}
		p := toks[i-1]
		if p.POSAt(1) != "接尾" || p.POSAt(2) != "助数詞" || p.End != t.Start {
			continue
		}
		n := toks[i+1]
		if n.Start != t.End {
			continue
		}
		if n.Surface == "・" && i+2 < len(toks) && toks[i+2].Start == n.End {
			n = toks[i+2]
		}
		if n.POSAt(1) != "固有名詞" || n.POSAt(2) != "地域" && n.POSAt(2) != "組織" {
			continue
		}
		if !cloned {
			toks, cloned = slices.Clone(toks), true
		}
		toks[i].POS = countryPOS
	}
	return toks
}
