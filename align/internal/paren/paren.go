// Package paren finds the parentheticals of a Japanese sentence and classifies what they
// hold: an English rendering of the term before them (力による平和(Peace through Strength)),
// an acronym (北大西洋条約機構(NATO)), an acronym with its expansion (DIB: Defense Industrial
// Base), a Japanese gloss (パワー・プロジェクション(力の投射)), or something that is not a
// gloss at all: a list of examples (ICBM、SLBM、戦略爆撃機), a date or edition (2026年版), a
// source (AP通信).
//
//	for _, p := range paren.Find("「力による平和(Peace through Strength)」を強調する。") {
//		fmt.Println(p.Kind, p.Inner) // english Peace through Strength
//	}
//
// Half- and full-width parentheses are both recognized, nested ones are kept whole, and an
// unclosed parenthesis yields nothing. Finding the left edge of the Japanese term is the
// caller's job, because it needs morphemes: this package only reports where the
// parenthetical opens.
package paren

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind is what a parenthetical holds.
type Kind string

// Kinds of parentheticals.
const (
	English   Kind = "english"   // an English rendering: Peace through Strength
	Acronym   Kind = "acronym"   // an acronym, optionally with its expansion: NATO, DIB: Defense Industrial Base
	Japanese  Kind = "japanese"  // a Japanese gloss: 力の投射
	List      Kind = "list"      // examples or a list: ICBM、SLBM、戦略爆撃機; note等
	Date      Kind = "date"      // a date, year or edition: 2026年版, 2025年1月20日就任
	Qualifier Kind = "qualifier" // anything else: 政策担当, AP通信, a page reference
)

// Paren is one parenthetical.
type Paren struct {
	Open, Close int    // byte offsets of the opening parenthesis and just after the closing one
	Inner       string // the text inside, trimmed
	Kind        Kind
	Acronym     string // for Acronym: the acronym (DIB); for English: an acronym it ends with, if any
	Expansion   string // for Acronym with expansion, and for English: the English words
}

// MaxInner bounds the length in bytes of a parenthetical considered a gloss.
const MaxInner = 200

// Find returns the top-level parentheticals of s, in order.
func Find(s string) []Paren {
	var out []Paren
	depth, open := 0, 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '(', '（':
			if depth == 0 {
				open = i
			}
			depth++
		case ')', '）':
			if depth > 0 {
				depth--
				if depth == 0 {
					_, on := utf8.DecodeRuneInString(s[open:])
					inner := strings.TrimSpace(s[open+on : i])
					if inner != "" && len(inner) <= MaxInner {
						p := Paren{Open: open, Close: i + n, Inner: inner}
						p.Kind, p.Acronym, p.Expansion = Classify(inner)
						out = append(out, p)
					}
				}
			}
		}
		i += n
	}
	return out
}

// Classify says what the inside of a parenthetical is. For an acronym it also returns the
// acronym and, when given (DIB: Defense Industrial Base), its expansion; for English, the
// English text and an acronym it carries (Ballistic Missile Defense: BMD).
func Classify(inner string) (kind Kind, acronym, expansion string) {
	inner = strings.TrimSpace(inner)
	var latin, japanese, digits, other int
	for _, r := range inner {
		switch {
		case r < utf8.RuneSelf && unicode.IsLetter(r), r >= 'Ａ' && r <= 'ｚ' && unicode.IsLetter(r):
			latin++
		case unicode.IsDigit(r):
			digits++
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) || r == 'ー' || r == '々':
			japanese++
		case unicode.IsLetter(r):
			other++
		}
	}
	if strings.ContainsAny(inner, "、，,") && japanese > 0 || strings.HasSuffix(inner, "等") || strings.HasSuffix(inner, "など") {
		return List, "", ""
	}
	if digits > 0 && japanese > 0 && strings.ContainsAny(inner, "年月日版期") {
		return Date, "", ""
	}
	if latin == 0 {
		if japanese > 0 {
			if strings.ContainsAny(inner, "・") && !isKatakanaRun(inner) {
				return List, "", ""
			}
			return Japanese, "", ""
		}
		return Qualifier, "", ""
	}
	if japanese > 0 {
		// 新START, arXiv論文, note等: mixed scripts are not renderings.
		if a := strings.TrimLeft(inner, "新旧"); a != inner && IsAcronym(a) {
			return Acronym, a, ""
		}
		return Qualifier, "", ""
	}
	// Latin only. "A: expansion", "expansion: A", "A, expansion".
	for _, sep := range []string{":", "：", ";", ","} {
		if i := strings.Index(inner, sep); i > 0 {
			a, b := strings.TrimSpace(inner[:i]), strings.TrimSpace(inner[i+len(sep):])
			switch {
			case IsAcronym(a) && !IsAcronym(b) && b != "":
				return Acronym, a, b
			case IsAcronym(b) && !IsAcronym(a) && a != "":
				return English, b, a
			}
		}
	}
	if IsAcronym(inner) {
		return Acronym, inner, ""
	}
	if digits > 0 && latin <= 2 { // p.19, No. 80
		return Qualifier, "", ""
	}
	if strings.HasPrefix(strings.ToLower(inner), "p.") || strings.HasPrefix(strings.ToLower(inner), "pp.") {
		return Qualifier, "", ""
	}
	return English, "", inner
}

// IsAcronym reports whether s looks like an acronym: one word of 2–8 characters, upper-case
// letters with optional digits (NC3, NSS2025), at least two letters.
func IsAcronym(s string) bool {
	n, upper := 0, 0
	for _, r := range s {
		n++
		switch {
		case r >= 'A' && r <= 'Z':
			upper++
		case r >= '0' && r <= '9', r == '-' || r == '&':
		case r >= 'a' && r <= 'z':
			if n == 1 {
				return false
			}
			// lower-case letters are allowed inside (USSTRATCOM is upper; OPCON too), but
			// only a few (the "o" of ROK's "Republic of Korea" never shows).
			upper -= 2
		default:
			return false
		}
	}
	return n >= 2 && n <= 10 && upper >= 2
}

func isKatakanaRun(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Katakana, r) && r != 'ー' && r != '・' {
			return false
		}
	}
	return true
}
