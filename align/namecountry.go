package align

import (
	"slices"
	"strings"

	"github.com/glossterm/gloss/internal/morph"
)

// middleDotPOS is the part of speech kagome gives a middle dot it reads on its own.
var middleDotPOS = []string{"記号", "一般", "*", "*"}

// splitNameCountry splits off the country that kagome reads with a foreign person's name
// as one word. A post written after a name in katakana names the state it belongs to
// first, joined to the name by a middle dot (…・ルト・ケニア共和国大統領); kagome, which
// does not know the name, reads the katakana words and the dots between them as one noun
// up to the country (ルト・ケニア|共和|国|大統領), so that neither the post nor the state
// inside it (ケニア共和国) is ever a candidate. The token is split at its last middle dot,
// as kagome splits the name words it knows (ジャン|・|ノエル), when the compound goes on
// right after it and kagome reads the last word on its own as a country: a name ends in a
// person's word, so a word read as a country opens what follows the name.
func splitNameCountry(toks []morph.Token) []morph.Token {
	for i := 0; i+1 < len(toks); i++ {
		t := toks[i]
		if t.POSAt(0) != "名詞" || toks[i+1].Start != t.End || toks[i+1].POSAt(0) != "名詞" {
			continue
		}
		dot := strings.LastIndex(t.Surface, "・")
		if dot <= 0 || dot+len("・") == len(t.Surface) || !katakanaWords(t.Surface) {
			continue
		}
		last := t.Surface[dot+len("・"):]
		lt := morph.Tokenize(last)
		if len(lt) != 1 || !slices.Equal(lt[0].POS, countryPOS) {
			continue
		}
		name := t.Surface[:dot]
		at := t.Start + dot
		parts := []morph.Token{
			{Surface: name, Start: t.Start, End: at, POS: t.POS, Base: name, Known: t.Known},
			{Surface: "・", Start: at, End: at + len("・"), POS: middleDotPOS, Base: "・", Known: true},
			{Surface: last, Start: at + len("・"), End: t.End, POS: lt[0].POS, Base: lt[0].Base, Reading: lt[0].Reading, Known: true},
		}
		toks = slices.Concat(toks[:i], parts, toks[i+1:])
		i += len(parts) - 1
	}
	return toks
}

// katakanaWords reports whether s is katakana words joined by middle dots.
func katakanaWords(s string) bool {
	for _, r := range s {
		if !(r >= 'ァ' && r <= 'ヺ' || r == 'ー' || r == '・') {
			return false
		}
	}
	return true
}
