package align

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/width"
)

// EvIdentical is the evidence of a Latin designation that the Japanese writes as it is and
// the English writes identically.
const (
	EvIdentical   = "identical"    // the same Latin acronym or designation on both sides
	EvIdenticalJA = "identical-ja" // a Latin designation of the Japanese that the English sources do not write
)

func init() {
	weights[EvIdentical] = 0.75
	weights[EvIdenticalJA] = 0.5
}

// identicalLatin pairs a Latin designation written inside the Japanese text (NATOの東方拡大,
// 移動式ICBM, F-35の配備, 日米「2+2」) with the same token in the English: Japanese borrows an
// acronym, a code name or a model designation in its English form and never translates it,
// so where the English sources write the identical token, letter case included, the English
// of the Japanese token is the token itself. Only designations count: every letter a
// capital (NATO, AUKUS, F-35, NC3), or digits joined by + (2+2); a word in lower or mixed
// case (note, arXiv) is a citation of English, not a term. "LAWS" is not "laws": the English
// must write the capitals. Review tier: the letters say the English, not whether the pair is
// worth a glossary entry.
//
// A designation the English sources never write is still English: the Japanese text
// attests it (移動式ICBM, (ICBM、SLBM、戦略爆撃機) where the sources speak of missiles). It is
// proposed at the foot of the review tier (identical-ja) when it is written as a word of
// a Japanese sentence, touching Japanese script or Japanese punctuation, not inside a
// stretch of English that the commentary cites (a title, a page's "SHARE:" button).
func (r *run) identicalLatin() {
	for _, s := range r.sents {
		inJA := map[string]bool{}
		for _, w := range jaWrittenDesignations(s.text) {
			inJA[w] = true
		}
		for _, w := range jaDesignations(s.text) {
			g := r.en.Lookup(w)
			if g == nil || !g.Written(w) {
				if inJA[w] {
					r.add(w, w, Evidence{Type: EvIdenticalJA, Doc: s.doc, Line: s.line, Quote: quote(s.text),
						Detail: "the Japanese writes " + w + " in its English form"})
				}
				continue
			}
			r.add(w, w, Evidence{Type: EvIdentical, Doc: s.doc, Line: s.line, Quote: quote(s.text),
				Detail: "the English writes " + w + " too (" + g.First.Doc + ":" + itoa(g.First.Line) + ")"})
		}
	}
}

var urlRE = regexp.MustCompile(`(?i)(https?://|www\.)[^\s　、。）)」]+`)

// jaDesignations returns the Latin designations written as words of a Japanese text
// (full-width letters read as ASCII), once each: runs of Latin letters and digits, with -,
// + and . inside (F-35, 2+2, U.S.), whose letters are all capitals, two or more of them or
// one beside a digit (NATO, F-35, NC3), or digits joined by + (2+2). A web address is no
// text.
func jaDesignations(text string) []string {
	t := urlRE.ReplaceAllString(width.Narrow.String(text), " ")
	var out []string
	seen := map[string]bool{}
	rs := []rune(t)
	for _, sp := range latinRuns(rs) {
		w := string(rs[sp[0]:sp[1]])
		if latinDesignation(w) && !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// latinDesignation reports whether a Latin token is an acronym or a code: letters all capitals,
// two or more of them or one with a digit, or digits joined by +.
func latinDesignation(w string) bool {
	letters, digits := 0, 0
	for _, c := range w {
		switch {
		case unicode.IsLower(c):
			return false
		case unicode.IsUpper(c):
			letters++
		case unicode.IsDigit(c):
			digits++
		}
	}
	switch {
	case letters >= 2:
		return true
	case letters == 1:
		return digits > 0
	default:
		return digits > 1 && strings.Contains(w, "+")
	}
}

// jaWrittenDesignations returns the designations of jaDesignations that a Japanese text
// writes as its own words: next to a kana or a kanji, or to Japanese punctuation
// (、。・「」（）), on one side at least.
func jaWrittenDesignations(text string) []string {
	orig := []rune(urlRE.ReplaceAllString(text, " "))
	rs := []rune(width.Narrow.String(string(orig)))
	if len(rs) != len(orig) {
		orig = rs // narrowing maps rune to rune; should it not, judge the narrowed text
	}
	var out []string
	for _, sp := range latinRuns(rs) {
		w := string(rs[sp[0]:sp[1]])
		if !latinDesignation(w) || slices.Contains(out, w) {
			continue
		}
		if japaneseBeside(orig, sp[0]-1, -1) || japaneseBeside(orig, sp[1], 1) {
			out = append(out, w)
		}
	}
	return out
}

// latinRuns returns the spans of the runs of Latin letters and digits of rs, with -, +
// and . inside.
func latinRuns(rs []rune) [][2]int {
	var out [][2]int
	for i := 0; i < len(rs); {
		if !latinRune(rs[i]) {
			i++
			continue
		}
		j := i
		for j < len(rs) && (latinRune(rs[j]) || strings.ContainsRune(".-+", rs[j]) && j+1 < len(rs) && latinRune(rs[j+1])) {
			j++
		}
		out = append(out, [2]int{i, j})
		i = j
	}
	return out
}

// japaneseBeside reports whether the rune of rs at i is Japanese (see japaneseRune), or
// a half-width bracket with Japanese beyond it in the direction step: Japanese text
// writes its parentheses in either width (指揮統制通信(NC3)).
func japaneseBeside(rs []rune, i, step int) bool {
	if i < 0 || i >= len(rs) {
		return false
	}
	if strings.ContainsRune("()[]", rs[i]) {
		i += step
		if i < 0 || i >= len(rs) {
			return false
		}
	}
	return japaneseRune(rs[i])
}

// japaneseRune reports whether c is Japanese script (kana, kanji, the prolonged sound
// mark) or Japanese punctuation.
func japaneseRune(c rune) bool {
	return unicode.In(c, unicode.Hiragana, unicode.Katakana, unicode.Han) || c == 'ー' ||
		c >= '　' && c <= '〿' || c == '・' || c == '（' || c == '）' || c == '，' || c == '：'
}
