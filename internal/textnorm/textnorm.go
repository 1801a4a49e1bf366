package textnorm

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Key returns the normalized comparison key of s.
func Key(s string) string {
	if !isASCII(s) { // NFKC leaves ASCII as it is
		s = norm.NFKC.String(s) // s itself when it is NFKC already
		if allCJKKept(s) {
			return s // the key of a term of kana and kanji alone, with no copy
		}
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if cjkKept(r) {
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(r)
			continue
		}
		r = FoldRune(r)
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// cjkKept reports whether r is in the kana and CJK ideograph blocks (U+3040 to U+9FFF),
// which FoldRune keeps as they are and which are not spaces: the fast path of Key for
// Japanese text, where unicode.ToLower would look each character up.
func cjkKept(r rune) bool { return r >= 0x3040 && r <= 0x9FFF }

// allCJKKept reports whether every rune of s is cjkKept (Key's output is s then).
func allCJKKept(s string) bool {
	for i := 0; i < len(s); i += 3 {
		// the runes from U+3040 to U+9FFF are the three-byte sequences from E3 81 80 to E9 BF BF
		if c := s[i]; c < 0xE3 || c > 0xE9 || i+2 >= len(s) || c == 0xE3 && s[i+1] < 0x81 ||
			s[i+1]&0xC0 != 0x80 || s[i+2]&0xC0 != 0x80 {
			return false
		}
	}
	return true
}

// FoldRune folds one rune that NFKC has already seen: letter case, and the dash, tilde,
// middle-dot and comma variants that Japanese and English texts mix.
func FoldRune(r rune) rune {
	switch r {
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE63', '\uFF0D':
		return '-'
	case '\u301C', '\uFF5E', '\u223C', '\u02DC':
		return '~'
	case '\u00B7', '\u2027', '\u2219', '\u22C5', '\uFF65', '\u30FB':
		return '・'
	case '\u3000':
		return ' '
	case '\u3001', '\uFF64':
		// the ideographic comma: Japanese official texts write 、 or ， (NFKC: ",")
		// for the same list comma (平和、安全及び繁栄, 平和，安全及び繁栄)
		return ','
	}
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	return unicode.ToLower(r)
}

// Loose returns Key(s) without spaces, hyphens, dots and middle dots, so that
// "burden sharing", "burden-sharing" and "burdensharing", or "U.S." and "US", meet.
func Loose(s string) string {
	k := Key(s)
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '-', '.', '・', '\'', '’':
			return -1
		}
		return r
	}, k)
}

// Plural folds the last word of an English key to its singular: "model allies" → "model ally",
// "forces" → "force". It leaves words it cannot fold safely ("us", "analysis", "class") and
// any text that is not ASCII letters at the end.
func Plural(key string) string {
	i := strings.LastIndexByte(key, ' ') + 1
	return key[:i] + Singular(key[i:])
}

// Singular returns the singular of an English noun (ASCII letters) by the regular rules,
// keeping its case, or the word itself: words in -ss, -us and -is (class, status,
// analysis) and words under four letters (bus, gas) are left alone, since their final s is
// not a plural ending. Irregular plurals are internal/english's business.
func Singular(w string) string {
	if len(w) < 4 || !isASCIILetters(w) {
		return w
	}
	lw := strings.ToLower(w)
	switch {
	case strings.HasSuffix(lw, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(lw, "sses"), strings.HasSuffix(lw, "shes"), strings.HasSuffix(lw, "ches"),
		strings.HasSuffix(lw, "xes"), strings.HasSuffix(lw, "zes"):
		return w[:len(w)-2]
	case strings.HasSuffix(lw, "ss"), strings.HasSuffix(lw, "us"), strings.HasSuffix(lw, "is"):
		return w
	case strings.HasSuffix(lw, "s"):
		return w[:len(w)-1]
	}
	return w
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isASCIILetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// Kana folds katakana to hiragana, for "did you mean" suggestions across scripts.
func Kana(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'ァ' && r <= 'ヶ' {
			return r - 'ァ' + 'ぁ'
		}
		return r
	}, s)
}
