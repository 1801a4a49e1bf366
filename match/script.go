package match

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type script int

const (
	scriptOther script = iota
	scriptWord         // letters and digits outside the CJK blocks: Latin, Greek, Cyrillic, …
	scriptHiragana
	scriptKatakana
	scriptKanji
)

func scriptOf(r rune) script {
	switch {
	case r < 0:
		return scriptOther
	case r < utf8.RuneSelf: // ASCII, most edges of an English match
		if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' {
			return scriptWord
		}
		return scriptOther
	case r >= 0x3041 && r <= 0x309F:
		return scriptHiragana
	case r >= 0x30A1 && r <= 0x30FA, r == 0x30FC, r >= 0x31F0 && r <= 0x31FF:
		return scriptKatakana
	case r == 0x3005 || r == 0x3006 || unicode.Is(unicode.Han, r):
		return scriptKanji
	case r < 0x2E80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
		return scriptWord
	}
	return scriptOther
}

// wordEdge reports whether a match edge rune edge, next to nb (-1 at the text's end), is a
// word boundary: an edge that is a letter or digit must not be continued by one.
func wordEdge(edge, nb rune) bool {
	return scriptOf(edge) != scriptWord || scriptOf(nb) != scriptWord
}

// scriptEdge reports whether nb belongs to another script run than edge.
func scriptEdge(edge, nb rune) bool {
	sc := scriptOf(edge)
	return sc == scriptOther || scriptOf(nb) != sc
}

// autoEdge is the default policy: word edges for letters and digits, script edges for
// katakana, none for kanji and hiragana.
func autoEdge(edge, nb rune) bool {
	switch scriptOf(edge) {
	case scriptWord:
		return wordEdge(edge, nb)
	case scriptKatakana:
		return scriptOf(nb) != scriptKatakana
	}
	return true
}

// godan maps the dictionary ending of a godan verb to the endings of its stems
// (未然, 連用, 終止, 仮定, 命令, and the onbin forms).
var godan = map[rune]string{
	'う': "わいうえおっ", 'く': "かきくけこい", 'ぐ': "がぎぐげごい", 'す': "さしすせそ",
	'つ': "たちつてとっ", 'ぬ': "なにぬねのん", 'ぶ': "ばびぶべぼん", 'む': "まみむめもん",
	'る': "らりるれろっ",
}

// japaneseStems derives the conjugating stems of a Japanese verb term, so that the
// dictionary form in the glossary matches the forms in running text: 抑止する → 抑止し,
// 抑止さ, 抑止す, 抑止せ; 巻き込まれる → 巻き込まれ; 撃ち落とす → 撃ち落とさ, 撃ち落とし, ….
// Nouns need nothing: a サ変 noun (抑止) already matches inside 抑止した.
func japaneseStems(term, pos string) []string {
	if pos != "verb" {
		return nil
	}
	if stem, ok := strings.CutSuffix(term, "する"); ok && stem != "" {
		return []string{stem + "し", stem + "さ", stem + "す", stem + "せ"}
	}
	last, w := utf8.DecodeLastRuneInString(term)
	stem := term[:len(term)-w]
	if stem == "" {
		return nil
	}
	row, ok := godan[last]
	if !ok {
		return nil
	}
	var out []string
	if last == 'る' && utf8.RuneCountInString(stem) >= 2 {
		out = append(out, stem) // ichidan: 巻き込まれ(る)
	}
	for _, r := range row {
		if f := stem + string(r); f != term {
			out = append(out, f)
		}
	}
	return out
}
