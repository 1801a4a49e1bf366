// Package translit matches katakana loanwords with English words by sound: ゴールデンドーム =
// Golden Dome, アイアンドーム = Iron Dome, ピボット = pivot. Both sides are reduced to a
// consonant skeleton (vowels, h, w and y dropped; l→r, v→b, c/q/ck→k or s, ph→f, th→s,
// x→ks, m before a labial → n; accents folded; doubled letters collapsed) and compared by
// edit distance, where dropping an English r costs half (English spelling keeps r that
// katakana does not: power = パワー, iron = アイアン), and so does dropping a consonant that
// repeats the one before it (katakana merges such syllables: tête-à-tête = テタテ).
//
//	translit.Similarity("ゴールデンドーム", "Golden Dome") // 1
//	translit.Similarity("ピボット", "pivot")              // 1
//	translit.Similarity("ピボット", "posture")            // < 0.8
package translit

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/glossterm/gloss/internal/editdist"
)

// Threshold is the similarity from which a katakana word and English words are taken as
// the same loanword.
const Threshold = 0.8

var kana = map[rune]string{
	'ア': "a", 'イ': "i", 'ウ': "u", 'エ': "e", 'オ': "o",
	'カ': "ka", 'キ': "ki", 'ク': "ku", 'ケ': "ke", 'コ': "ko",
	'ガ': "ga", 'ギ': "gi", 'グ': "gu", 'ゲ': "ge", 'ゴ': "go",
	'サ': "sa", 'シ': "shi", 'ス': "su", 'セ': "se", 'ソ': "so",
	'ザ': "za", 'ジ': "ji", 'ズ': "zu", 'ゼ': "ze", 'ゾ': "zo",
	'タ': "ta", 'チ': "chi", 'ツ': "tsu", 'テ': "te", 'ト': "to",
	'ダ': "da", 'ヂ': "ji", 'ヅ': "zu", 'デ': "de", 'ド': "do",
	'ナ': "na", 'ニ': "ni", 'ヌ': "nu", 'ネ': "ne", 'ノ': "no",
	'ハ': "ha", 'ヒ': "hi", 'フ': "fu", 'ヘ': "he", 'ホ': "ho",
	'バ': "ba", 'ビ': "bi", 'ブ': "bu", 'ベ': "be", 'ボ': "bo",
	'パ': "pa", 'ピ': "pi", 'プ': "pu", 'ペ': "pe", 'ポ': "po",
	'マ': "ma", 'ミ': "mi", 'ム': "mu", 'メ': "me", 'モ': "mo",
	'ヤ': "ya", 'ユ': "yu", 'ヨ': "yo",
	'ラ': "ra", 'リ': "ri", 'ル': "ru", 'レ': "re", 'ロ': "ro",
	'ワ': "wa", 'ヰ': "i", 'ヱ': "e", 'ヲ': "o", 'ン': "n", 'ヴ': "bu",
	'ァ': "a", 'ィ': "i", 'ゥ': "u", 'ェ': "e", 'ォ': "o", 'ャ': "ya", 'ュ': "yu", 'ョ': "yo", 'ヮ': "wa",
}

// Romaji transliterates katakana (Hepburn-like); other runes are dropped, ・ and spaces
// become spaces.
func Romaji(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch r {
		case 'ッ':
			if i+1 < len(rs) {
				if n := kana[rs[i+1]]; n != "" && !strings.ContainsRune("aiueo", rune(n[0])) {
					b.WriteByte(n[0])
				}
			}
			continue
		case 'ー':
			continue
		case '・', ' ', '　':
			b.WriteByte(' ')
			continue
		}
		k, ok := kana[r]
		if !ok {
			continue
		}
		// small vowels and ャュョ modify the previous syllable: ティ = ti, キャ = kya
		if i+1 < len(rs) {
			switch rs[i+1] {
			case 'ャ', 'ュ', 'ョ':
				k = strings.TrimSuffix(k, "i") + kana[rs[i+1]]
				if strings.HasPrefix(k, "shy") || strings.HasPrefix(k, "chy") || strings.HasPrefix(k, "jy") {
					k = strings.Replace(k, "y", "", 1)
				}
				i++
			case 'ァ', 'ィ', 'ゥ', 'ェ', 'ォ':
				k = k[:len(k)-1] + kana[rs[i+1]]
				if k == "fu" {
					k = "f"
				}
				i++
			}
		}
		b.WriteString(k)
	}
	return b.String()
}

// Skeleton reduces romaji or English spelling to its consonant skeleton. Accents are
// folded first (tête = tete): a loanword's katakana renders the letter, not its mark. A
// consonant repeated inside a word collapses, across a vowel too: katakana writes an
// English cluster with a vowel between (ベルリン berurin = Berlin "brn").
func Skeleton(s string) string { return skeleton(s, false) }

// Syllables is Skeleton with only doubled letters collapsed (butter = "btr"): a consonant
// repeated across a vowel is a syllable of its own and stays (tetate = "ttt").
func Syllables(s string) string { return skeleton(s, true) }

func skeleton(s string, syllables bool) string {
	rs := []rune(Fold(strings.ToLower(s)))
	var out []byte
	boundary := false
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		next := rune(0)
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		var c byte
		switch r {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			boundary = boundary || syllables
			continue
		case 'w', 'h':
			continue
		case 'l', 'r':
			c = 'r'
		case 'v', 'b':
			c = 'b'
		case 'c':
			switch next {
			case 'e', 'i', 'y':
				c = 's'
			case 'h':
				c = 't'
				i++
			case 'k':
				c = 'k'
				i++
			default:
				c = 'k'
			}
		case 'q', 'k', 'g':
			c = byte(r)
			if r == 'q' {
				c = 'k'
			}
		case 'p':
			if next == 'h' {
				c = 'f'
				i++
			} else {
				c = 'p'
			}
		case 't':
			switch next {
			case 'h':
				c = 's'
				i++
			case 's':
				c = 't'
				i++
			default:
				c = 't'
				if strings.HasPrefix(string(rs[i+1:]), "ion") {
					c = 's'
				}
			}
		case 's':
			if next == 'h' {
				i++
			}
			c = 's'
		case 'z', 'j':
			c = 's'
		case 'x':
			out = append(out, 'k')
			c = 's'
		case 'm':
			if next == 'p' || next == 'b' {
				c = 'n'
			} else {
				c = 'm'
			}
		case 'n', 'd', 'f':
			c = byte(r)
		default:
			if !unicode.IsLetter(r) {
				boundary = true // a word ends: no collapsing across it
			}
			continue
		}
		if len(out) > 0 && out[len(out)-1] == c && !boundary {
			continue
		}
		boundary = false
		out = append(out, c)
	}
	return string(out)
}

// Similarity compares a katakana word with English words: 1 − distance / length of the
// longer skeleton, 0 when either skeleton has fewer than two consonants.
//
// Two further checks keep short skeletons from meeting by chance (イスラエル "srr" and
// sorry): the words must start alike (a vowel with a vowel, else the same consonant), and
// the spellings themselves — romaji against the English letters — must be at least half
// alike.
func Similarity(katakana, english string) float64 {
	return NewSound(katakana).Similarity(english, Skeleton(english))
}

// A Sound is a katakana word ready to be compared with many English words: its romaji and
// their skeleton, worked out once.
type Sound struct {
	ro, skel string
	long     bool // three characters or more
}

// NewSound prepares katakana for [Sound.Similarity].
func NewSound(katakana string) Sound {
	ro := Romaji(katakana)
	return Sound{ro: ro, skel: Skeleton(ro), long: len([]rune(katakana)) >= 3}
}

// Skeleton returns the skeleton of the word's romaji.
func (s Sound) Skeleton() string { return s.skel }

// Similarity is the package's Similarity of the word and english, whose skeleton
// ([Skeleton]) the caller gives.
func (s Sound) Similarity(english, skeleton string) float64 {
	ro, a, b := s.ro, s.skel, skeleton
	if a == "" || b == "" || !sameStart(ro, english) {
		return 0
	}
	if letters(ro, english) < 0.4 {
		return 0
	}
	sim := s.compare(a, b)
	if sim < Threshold {
		// a second chance, syllable by syllable: tête-à-tête "tt" has as many syllables
		// as テタテ "t" only when none of them collapses ("tttt", "ttt")
		if b, syl := Syllables(english), Syllables(ro); b != skeleton || syl != a {
			sim = max(sim, s.compare(syl, b))
		}
	}
	return sim
}

// SyllableSimilarity compares the word and english syllable by syllable ([Syllables]): a
// consonant repeated across a vowel counts each time. Two English words with the same
// skeleton differ here by their number of syllables: コロラリー (kororarii, "krrr") is
// corollary ("krrr") more than Korea ("kr"), which both collapse to "kr".
func (s Sound) SyllableSimilarity(english string) float64 {
	a, b := Syllables(s.ro), Syllables(english)
	if a == "" || b == "" {
		return 0
	}
	return 1 - distance(a, b)/float64(max(len(a), len(b)))
}

func (s Sound) compare(a, b string) float64 {
	if len(a) < 2 || len(b) < 2 {
		if a == b && s.long {
			return 0.85
		}
		return 0
	}
	d := distance(a, b)
	return 1 - d/float64(max(len(a), len(b)))
}

func sameStart(ro, en string) bool {
	ro, en = strings.ToLower(ro), strings.ToLower(en)
	if ro == "" || en == "" {
		return false
	}
	vowel := func(c byte) bool { return strings.IndexByte("aeiouy", c) >= 0 }
	if vowel(ro[0]) || vowel(en[0]) {
		// English vowels a katakana vowel may stand for: アイアン = iron, エアー = air
		ok := map[byte]string{'a': "aiu", 'i': "iy", 'u': "uo", 'e': "ea", 'o': "oa"}[ro[0]]
		return strings.IndexByte(ok, en[0]) >= 0
	}
	sa, sb := Skeleton(ro[:1]), Skeleton(en[:min(2, len(en))])
	return sa != "" && sb != "" && sa[0] == sb[0] || ro[0] == en[0]
}

// letters compares the romaji with the English letters by edit distance.
func letters(ro, en string) float64 {
	var a, b []byte
	for _, c := range []byte(strings.ToLower(ro)) {
		if c >= 'a' && c <= 'z' {
			a = append(a, c)
		}
	}
	for _, c := range []byte(Fold(strings.ToLower(en))) {
		if c >= 'a' && c <= 'z' {
			b = append(b, c)
		}
	}
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	d := editdist.Distance(a, b, editdist.Costs[byte]{Sub: func(x, y byte) float64 {
		if x == 'r' && y == 'l' || x == 'b' && y == 'v' {
			return 0 // katakana has no l and no v
		}
		return 1
	}}, -1)
	return 1 - d/float64(max(len(a), len(b)))
}

// Fold drops the diacritics of s: its letters decomposed (NFD), the combining marks left
// out (Šimonytė = Simonyte).
func Fold(s string) string {
	for _, r := range s {
		if r >= 0x80 {
			var b strings.Builder
			for _, r := range norm.NFD.String(s) {
				if !unicode.Is(unicode.Mn, r) {
					b.WriteRune(r)
				}
			}
			return b.String()
		}
	}
	return s
}

// A consonant of a skeleton, marked when it repeats the consonant before it.
type cons struct {
	c      byte
	repeat bool
}

func conses(s string) []cons {
	out := make([]cons, len(s))
	for i := range s {
		out[i] = cons{c: s[i], repeat: i > 0 && s[i] == s[i-1]}
	}
	return out
}

// distance is the edit distance from the katakana skeleton a to the English skeleton b,
// where an English r missing in a costs 0.5, and so does an English consonant that repeats
// the one before it across a vowel: katakana merges such syllables (tête-à-tête = テタテ).
func distance(a, b string) float64 {
	return editdist.Distance(conses(a), conses(b), editdist.Costs[cons]{
		Sub: func(x, y cons) float64 {
			if x.c == y.c {
				return 0
			}
			return 1
		},
		Ins: insCost}, -1)
}

func insCost(c cons) float64 {
	if c.c == 'r' || c.repeat {
		return 0.5
	}
	return 1
}
