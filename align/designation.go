package align

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossterm/gloss/align/internal/jaterm"
	"github.com/glossterm/gloss/internal/lexicon"
	"github.com/glossterm/gloss/internal/morph"
	"github.com/glossterm/gloss/internal/textnorm"
)

// Designations written in Latin letters and digits inside Japanese.
//
// kagome splits a designation into letters, signs and numbers (Ｆ－３５ is Ｆ, －, ３５;
// ５Ｇ is ５ and the counter Ｇ; ⅡＡ is Ⅱ and Ａ), so that a term holding one (Ｆ－３５戦闘機)
// loses it: the number is no unit of a term and the letter alone is a symbol. A designation
// is one noun, written the same in both languages after NFKC (Ｆ－３５ = F-35): tokenize
// joins its tokens into one, and the constituent it makes renders itself (see
// segmentParts), matched case for case as an acronym is (lexicon.IsCode).

// tokenize is morph.Tokenize with each designation's tokens joined into one.
func tokenize(text string) []morph.Token {
	return splitNamePost(text, splitNameCountry(splitPlaces(japanAsParty(joinDesignations(text, touten(text))))))
}

// toutenPOS is the part of speech kagome gives the comma 、.
var toutenPOS = []string{"記号", "読点", "*", "*"}

// touten tokenizes text with each ASCII comma of Japanese prose read as the comma 、. Official
// Japanese copied as plain text may punctuate with ",": kagome's dictionary does not know it
// as punctuation and reads it as a noun, which then pulls the next word into a compound as
// a suffix (受ける中,法の支配: 法 a suffix of ",", and 法の支配 no term). The comma is read as
// a space, which ends a word as punctuation does, and its token is the comma again; a comma
// between two digits (1,000) groups a number and stays.
func touten(text string) []morph.Token {
	if !strings.Contains(text, ",") {
		return morph.Tokenize(text)
	}
	b := []byte(text)
	var at []int
	for i := range b {
		if b[i] != ',' {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		next, _ := utf8.DecodeRuneInString(text[i+1:])
		if next == ' ' || unicode.IsDigit(prev) && unicode.IsDigit(next) || prev < utf8.RuneSelf && next < utf8.RuneSelf {
			continue // a comma of English or of a number
		}
		b[i] = ' '
		at = append(at, i)
	}
	toks := morph.Tokenize(string(b))
	for k := range toks {
		if toks[k].End-toks[k].Start == 1 && slices.Contains(at, toks[k].Start) {
			toks[k].Surface, toks[k].Base, toks[k].POS, toks[k].Known = ",", ",", toutenPOS, true
		}
	}
	return toks
}

// countryPOS is the part of speech kagome gives a country's name (豪, 米).
var countryPOS = []string{"名詞", "固有名詞", "地域", "国"}

// splitPlaces splits a proper noun that kagome reads as one token made of country
// abbreviations into one token a country, as it reads 日|米 and 在|豪|米|軍:
//   - after the prefix 在 (在|韓米|軍 is 在|韓|米|軍): 在 + place + noun, where the place is the
//     first country and the next one modifies the noun (在韓米軍 = U.S. forces in Korea);
//   - a person's name (日比, which kagome reads as the surname Hibi): two abbreviations of
//     countries written together are the parties of a relation (日比外相会談 = Japan-Philippines
//     foreign ministers' meeting), the way 日米 and 日豪 are read, and a surname spelt with
//     them alone is rare in the texts of a relation between states.
func splitPlaces(toks []morph.Token) []morph.Token {
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		afterZai := i > 0 && toks[i-1].Surface == "在" && jaterm.IsPrefix(toks[i-1]) && t.POSAt(1) == "固有名詞" && t.POSAt(3) != "国"
		if !afterZai && !(t.POSAt(0) == "名詞" && t.POSAt(1) == "固有名詞" && t.POSAt(2) == "人名") {
			continue
		}
		var parts []morph.Token
		at := t.Start
		for _, r := range t.Surface {
			c := string(r)
			if !countryAbbrev[c] {
				parts = nil
				break
			}
			parts = append(parts, morph.Token{Surface: c, Start: at, End: at + len(c), POS: countryPOS, Base: c, Known: true})
			at += len(c)
		}
		if len(parts) < 2 {
			continue
		}
		toks = slices.Concat(toks[:i], parts, toks[i+1:])
		i += len(parts) - 1
	}
	return toks
}

// latinToken returns the NFKC form of a token written in Latin letters and digits only
// (Ｆ, ３５, Ⅱ, NSS2025), or "".
func latinToken(t morph.Token) string {
	r, _ := utf8.DecodeRuneInString(t.Surface)
	if !(r < utf8.RuneSelf || r >= '０' && r <= 'ｚ' || r >= 'Ⅰ' && r <= 'ⅿ') {
		return "" // kana, kanji, signs: no need to normalize
	}
	s := textnorm.Key(t.Surface)
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return ""
		}
	}
	return s
}

// joiner reports whether a token is the hyphen or the plus sign of a designation (－, ‐, ＋).
func joiner(t morph.Token) bool {
	if len(t.Surface) > 3 {
		return false
	}
	s := textnorm.Key(t.Surface)
	return s == "-" || s == "+"
}

// joinDesignations joins the runs of adjacent tokens that make one designation: Latin
// letters and digits, with a hyphen or a plus sign between two of them, holding a letter
// (Ｆ－３５, ５Ｇ, ⅡＡ) or a plus sign (２＋２); and the digits of one number (１|０ of 第１０条).
// A run of one token stays as kagome read it.
func joinDesignations(text string, toks []morph.Token) []morph.Token {
	var out []morph.Token
	for i := 0; i < len(toks); {
		j, letters, plus := i, false, false
		if latinToken(toks[i]) != "" {
			for j = i + 1; j < len(toks); j++ {
				t := toks[j]
				if t.Start != toks[j-1].End {
					break
				}
				if latinToken(t) != "" {
					continue
				}
				if joiner(t) && j+1 < len(toks) && toks[j+1].Start == t.End && latinToken(toks[j+1]) != "" {
					plus = plus || textnorm.Key(t.Surface) == "+"
					j++
					continue
				}
				break
			}
			for _, t := range toks[i:j] {
				if strings.IndexFunc(latinToken(t), unicode.IsLetter) >= 0 {
					letters = true
				}
			}
		}
		digits := false
		if !letters && !plus {
			// the digits of a number, up to a sign (２０２２－２０２３: two numbers)
			k := i
			for k < j && toks[k].POSAt(1) == "数" {
				k++
			}
			j, digits = k, k-i >= 2
		}
		if j-i < 2 || !letters && !plus && !digits {
			if out != nil {
				out = append(out, toks[i])
			}
			i++
			continue
		}
		if out == nil {
			out = append(make([]morph.Token, 0, len(toks)), toks[:i]...)
		}
		s := text[toks[i].Start:toks[j-1].End]
		pos := []string{"名詞", "固有名詞", "一般", "*"}
		if digits {
			// a number in full-width digits, which kagome reads digit by digit
			// (第１０条 = Article 10, 第２３９７号 = Resolution 2397)
			pos = []string{"名詞", "数", "*", "*"}
		}
		out = append(out, morph.Token{Surface: s, Start: toks[i].Start, End: toks[j-1].End, POS: pos, Base: s})
		i = j
	}
	if out == nil {
		return toks // nothing joined: most sentences
	}
	return out
}

// designation returns the English form of a unit that is a designation written in
// capitals (Ｆ－３５ → f-35, Ｇ７ → g7, ＳＭ－３ → sm-3), marked as an acronym ("^f-35"), or "".
func designation(u morph.Token) string {
	w := strings.ToUpper(textnorm.Key(u.Surface))
	if !lexicon.IsCode(w) {
		return ""
	}
	return "^" + strings.ToLower(w)
}
