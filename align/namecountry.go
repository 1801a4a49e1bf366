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
// inside it (ケニア共和国) is ever a candidate. The token is split at a middle dot, as
// kagome splits the name words it knows (ジャン|・|ノエル), when the compound goes on right
// after it and kagome reads what follows the dot on its own as place names opening with a
// country: a name ends in a person's word, so a word read as a country opens what follows
// the name. A state whose official name writes a place after the country with a middle
// dot (エジプト・アラブ共和国) follows the name's last dot but one: of the dots whose rest
// is read so, the last is taken.
func splitNameCountry(toks []morph.Token) []morph.Token {
	for i := 0; i+1 < len(toks); i++ {
		t := toks[i]
		if t.POSAt(0) != "名詞" || toks[i+1].Start != t.End || toks[i+1].POSAt(0) != "名詞" {
			continue
		}
		if !strings.Contains(t.Surface, "・") || !katakanaWords(t.Surface) {
			continue
		}
		dot, places := countryAfterDot(t.Surface)
		if dot <= 0 {
			continue
		}
		name := t.Surface[:dot]
		at := t.Start + dot
		parts := []morph.Token{
			{Surface: name, Start: t.Start, End: at, POS: t.POS, Base: name, Known: t.Known},
			{Surface: "・", Start: at, End: at + len("・"), POS: middleDotPOS, Base: "・", Known: true},
		}
		for _, p := range places {
			p.Start += at + len("・")
			p.End += at + len("・")
			parts = append(parts, p)
		}
		toks = slices.Concat(toks[:i], parts, toks[i+1:])
		i += len(parts) - 1
	}
	return toks
}

// countryAfterDot returns the byte offset of the last middle dot of s after which kagome
// reads the rest alone as a country, or as a country and place names joined by middle
// dots, with the rest's tokens (offsets from the rest's start); -1 when there is none.
func countryAfterDot(s string) (int, []morph.Token) {
	for end := len(s); ; {
		dot := strings.LastIndex(s[:end], "・")
		if dot <= 0 {
			return -1, nil
		}
		end = dot
		rest := s[dot+len("・"):]
		if rest == "" {
			continue
		}
		lt := morph.Tokenize(rest)
		if len(lt) == 0 || !slices.Equal(lt[0].POS, countryPOS) {
			continue
		}
		ok := true
		for k, w := range lt {
			if k%2 == 1 && w.Surface != "・" || k%2 == 0 && !(w.POSAt(1) == "固有名詞" && w.POSAt(2) == "地域") {
				ok = false
				break
			}
		}
		if ok && len(lt)%2 == 1 {
			return dot, lt
		}
	}
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
