package align

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/glossterm/gloss/internal/lexicon"
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
		for _, d := range jaDesignations(s.text) {
			w := d.w
			g := r.en.Lookup(w)
			if g == nil || !g.Written(w) {
				if d.ja {
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

// jaDesignations returns the Latin designations of a Japanese text (see latinRuns), once
// each, in the order of their first occurrence: acronyms and codes (lexicon.IsAcronym,
// lexicon.IsCode: NATO, F-35, NC3, 2+2, U.S.), every letter a capital. Its ja is set when
// one occurrence at least is written as a word of the Japanese.
func jaDesignations(text string) []latinRun {
	var out []latinRun
	for _, lw := range latinRuns(text) {
		if !lexicon.IsAcronym(lw.w) && !lexicon.IsCode(lw.w) {
			continue
		}
		if k := slices.IndexFunc(out, func(o latinRun) bool { return o.w == lw.w }); k >= 0 {
			out[k].ja = out[k].ja || lw.ja
			continue
		}
		out = append(out, lw)
	}
	return out
}

// latinRun is a run of Latin letters and digits in a Japanese text (see latinRuns).
type latinRun struct {
	w     string
	ja    bool // written as a word of the Japanese: Japanese script or punctuation beside it
	paren bool // opened by a parenthesis
}

// latinRuns returns the runs of Latin letters and digits of a Japanese text, with -, + and
// . inside (F-35, 2+2, U.S.), full-width letters read as ASCII, web addresses left out. A run
// is written as a word of the Japanese when a kana, a kanji or Japanese punctuation
// (、。・「」（）) touches it on one side at least, not inside a stretch of English that the
// text cites (a title, a page's "SHARE:" button).
func latinRuns(text string) []latinRun {
	orig := []rune(text)
	rs := []rune(width.Narrow.String(text))
	if len(rs) != len(orig) {
		orig = rs // narrowing maps rune to rune; should it not, judge the narrowed text
	}
	// a web address is no text: blank it on both sides, rune for rune
	n := string(rs)
	for _, m := range urlRE.FindAllStringIndex(n, -1) {
		a, b := utf8.RuneCountInString(n[:m[0]]), utf8.RuneCountInString(n[:m[1]])
		for k := a; k < b; k++ {
			rs[k], orig[k] = ' ', ' '
		}
	}
	var out []latinRun
	for i := 0; i < len(rs); {
		if !latinRune(rs[i]) {
			i++
			continue
		}
		j := i
		for j < len(rs) && (latinRune(rs[j]) || strings.ContainsRune(".-+", rs[j]) && j+1 < len(rs) && latinRune(rs[j+1])) {
			j++
		}
		out = append(out, latinRun{w: string(rs[i:j]), ja: japaneseBeside(orig, i-1, -1) || japaneseBeside(orig, j, 1),
			paren: i > 0 && rs[i-1] == '('})
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
