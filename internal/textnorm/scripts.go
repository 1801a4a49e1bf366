package textnorm

import "unicode"

// Scripts counts the letters of text in kanji or kana, and the ASCII letters.
func Scripts(text string) (ja, latin int) {
	for _, r := range text {
		switch {
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana):
			ja++
		case r < 0x80 && unicode.IsLetter(r):
			latin++
		}
	}
	return ja, latin
}
