package align

import (
	"slices"

	"github.com/glossterm/gloss/internal/morph"
)

// japanBeforeDot reads 日 as Japan, a party, where kagome reads it as a common or a
// dependent noun (the sun, the day: 名詞-一般, 名詞-非自立) after a particle or a symbol and
// right before a middle dot and a country's or a body's name: 両院の|日|・|ポーランド友好議連
// is the Japan-Poland group, 外相は|日|・|EU関係に触れた the Japan-EU relationship. A
// day is counted by a number written against 日 (10日), never written alone after a
// particle, and the middle dot between 日 and a name lists the parties of what the
// compound after them names, as 日|・|カナダ首脳会談 does where kagome reads 日 as the
// country.
func japanBeforeDot(toks []morph.Token) []morph.Token {
	cloned := false
	for i := 0; i+2 < len(toks); i++ {
		t := toks[i]
		if t.Surface != "日" || t.POSAt(0) != "名詞" || t.POSAt(1) != "非自立" && t.POSAt(1) != "一般" {
			continue
		}
		if i > 0 {
			if p := toks[i-1].POSAt(0); p != "助詞" && p != "記号" {
				continue // after a number or a noun: a date, or a word of its own
			}
		}
		dot, n := toks[i+1], toks[i+2]
		if dot.Surface != "・" || dot.Start != t.End || n.Start != dot.End {
			continue
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
