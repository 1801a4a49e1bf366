package align

import (
	"slices"

	"github.com/glossterm/gloss/internal/morph"
)

// japanAsParty reads 日 as Japan, a party, where kagome reads it otherwise but a
// country's or a body's name follows it, through a middle dot or directly, and the text
// before it leaves no room for a date:
//   - the day's suffix right after a session's counter: the ordinal numbers the meeting
//     of the parties written after it (第2回|日|・|カナダ外務・防衛閣僚会合 = second
//     Japan-Canada Foreign and Defense Ministerial Meeting); a day is counted by a number
//     (10日), never after another counter (回日 is no date). kagome reads 日 as the country
//     before another country's one-kanji abbreviation (第3回|日|英…) and as the suffix
//     before a katakana or Latin name; both are the same party.
//   - a common or dependent noun (the sun, the day) written alone after a particle or a
//     symbol, before a middle dot: MOFA and MOD texts name a bilateral body, agreement or
//     relationship by its parties joined with the dot, Japan first (両院の|日|・|ポーランド
//     友好議連 = the Japan-Poland group, 首脳は|日|・|EU関係 = the Japan-EU relationship).
//     After a clause or a demonstrative (晴れた日, この日) 日 keeps kagome's reading.
func japanAsParty(toks []morph.Token) []morph.Token {
	cloned := false
	for i := 0; i+1 < len(toks); i++ {
		t := toks[i]
		if t.Surface != "日" || t.POSAt(0) != "名詞" || toks[i+1].Start != t.End {
			continue
		}
		n, dotted := toks[i+1], false
		if n.Surface == "・" && i+2 < len(toks) && toks[i+2].Start == n.End {
			n, dotted = toks[i+2], true
		}
		if n.POSAt(1) != "固有名詞" || n.POSAt(2) != "地域" && n.POSAt(2) != "組織" {
			continue
		}
		if !afterCounter(toks, i) && !(dotted && aloneBeforeDot(toks, i)) {
			continue
		}
		if !cloned {
			toks, cloned = slices.Clone(toks), true
		}
		toks[i].POS = countryPOS
	}
	return toks
}

// afterCounter reports whether toks[i] is kagome's suffix 日 right after a counter (回日).
func afterCounter(toks []morph.Token, i int) bool {
	if i == 0 || toks[i].POSAt(1) != "接尾" {
		return false
	}
	p := toks[i-1]
	return p.POSAt(1) == "接尾" && p.POSAt(2) == "助数詞" && p.End == toks[i].Start
}

// aloneBeforeDot reports whether toks[i] is a common or dependent noun that opens the text
// or follows a particle or a symbol.
func aloneBeforeDot(toks []morph.Token, i int) bool {
	if p := toks[i].POSAt(1); p != "非自立" && p != "一般" {
		return false
	}
	if i == 0 {
		return true
	}
	p := toks[i-1].POSAt(0)
	return p == "助詞" || p == "記号"
}
