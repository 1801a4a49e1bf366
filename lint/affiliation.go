package lint

import (
	"strings"
	"unicode/utf8"

	"github.com/glossterm/gloss/match"
)

// A post's department. English writes an official's post and then the bodies it belongs to,
// in apposition ("Deputy Assistant Secretary of Defense, Office of the Secretary of
// Defense, Department of Defense"); Japanese writes one title whose first part is the
// department's field (国防次官補代理: 国防, the field of 国防総省, and the post), which
// says the department without naming it. Either way each language names the department
// once, the English by its name, the Japanese by its field in the title, so a department
// or a superior's post that one language gives as the post's affiliation and the other
// leaves to the title is rendered.

// jaHeadEndings are the endings that make a Japanese term a department (省, 総省, 庁) or
// a post (長官, 大臣, 次官): what is left before one is the field (国防 of 国防総省 and
// 国防長官, 防衛 of 防衛省 and 防衛大臣).
var jaHeadEndings = []string{"総省", "省", "庁", "長官", "大臣", "次官"}

// jaTitleEndings end a Japanese title: 長官, 次官補代理, 大臣, 局長, 報道官.
var jaTitleEndings = []string{"官", "長", "大臣", "代理", "補"}

// maxTitle is the longest title, in kanji, after a field: 次官補代理 has five.
const maxTitle = 8

// jaField returns the field of a Japanese department or post term (see jaHeadEndings), or "".
func jaField(term string) string {
	for _, e := range jaHeadEndings {
		if f, ok := strings.CutSuffix(term, e); ok && utf8.RuneCountInString(f) >= 2 {
			return f
		}
	}
	return ""
}

// jaTitleAt returns the length of the Japanese title that s opens, or 0: the longest
// start of a run of one to maxTitle kanji that ends with a title's ending
// (jaTitleEndings). Japanese writes a noun after a title in one word (外務報道官談話, "a
// statement by the Press Secretary"; 防衛大臣室), so the title may end before the run does.
func jaTitleAt(s string) int {
	n, end := 0, 0
	for i, r := range s {
		if script(r) != 1 {
			break
		}
		if n++; n > maxTitle {
			return 0
		}
		end = i + utf8.RuneLen(r)
	}
	for ; end > 0; end -= lastRuneLen(s[:end]) {
		for _, e := range jaTitleEndings {
			if strings.HasSuffix(s[:end], e) {
				return end
			}
		}
	}
	return 0
}

// lastRuneLen returns the length in bytes of the last rune of s.
func lastRuneLen(s string) int {
	_, n := utf8.DecodeLastRuneInString(s)
	return n
}

// fieldTitled reports whether the Japanese text has field followed at once by a title
// (国防次官補代理 for 国防).
func fieldTitled(text, field string) bool {
	for off := 0; ; {
		i := strings.Index(text[off:], field)
		if i < 0 {
			return false
		}
		off += i + len(field)
		if jaTitleAt(text[off:]) > 0 {
			return true
		}
	}
}

// appositiveUnit reports whether the English term at [start, end) of text is a body a
// post belongs to, given in apposition: the unit between commas that holds it is a
// capitalized name (every word capitalized, or of, the, for, and), it ends with the term,
// and the unit before it, in the same sentence, ends with a capitalized word, the post or
// another body ("…, Office of the Secretary of Defense, Department of Defense").
func appositiveUnit(text string, start, end int) bool {
	rest := text[end:]
	if rest != "" && !strings.ContainsRune(",.;)", rune(rest[0])) {
		return false
	}
	before := text[:start]
	comma := strings.LastIndex(before, ", ")
	if comma < 0 {
		return false
	}
	for _, w := range strings.Fields(before[comma+2:]) {
		if !startsUpper(w) && !functionWords[w] && w != "and" {
			return false
		}
	}
	prev := strings.TrimRight(before[:comma], " ")
	w := prev[strings.LastIndexAny(prev, " \t\n(")+1:]
	return w != "" && startsUpper(w)
}

// enField returns the field of an English name of a department or post, "Head of FIELD"
// or "Head for FIELD" with a capitalized head (Department of Defense, Minister for
// Foreign Affairs), or "".
func enField(term string) string {
	if !startsUpper(term) {
		return ""
	}
	for _, p := range []string{" of ", " for "} {
		if i := strings.Index(term, p); i > 0 && !strings.Contains(term[:i], " ") {
			return term[i+len(p):]
		}
	}
	return ""
}

// enFieldTitled reports whether the English text has a capitalized post or body "W of
// FIELD" or "W for FIELD" whose field is field, whole: not "Office of Defense
// Cooperation".
func enFieldTitled(text, field string) bool {
	for off := 0; ; {
		i := strings.Index(text[off:], field)
		if i < 0 {
			return false
		}
		s := off + i
		off = s + len(field)
		if englishNounAfter(text[off:], true) {
			continue // a longer field
		}
		if w, _ := headBefore(text, s); w != "" && startsUpper(w) && isLetters(w) {
			return true
		}
	}
}

// impliedByTitle reports whether the source term at o, a department or a post, is the
// affiliation of a post that the translation writes as a title carrying its field (see
// above). English to Japanese: the term is a unit in apposition after the post, and the
// Japanese has the term's Japanese field with a title (国防次官補代理 for "…, Department
// of Defense"). Japanese to English: the department is followed at once by the post's
// title (国防総省次官補代理), and the English has a capitalized post of the department's
// field ("Deputy Assistant Secretary of Defense").
func impliedByTitle(src, tgt string, o match.Occurrence, group []match.Occurrence, srcLang, tgtLang string) bool {
	if isJapanese(srcLang) == isJapanese(tgtLang) {
		return false
	}
	if isJapanese(tgtLang) {
		if !appositiveUnit(src, o.Start, o.End) {
			return false
		}
		for _, g := range group {
			for _, t := range g.Concept.Terms[tgtLang] {
				if f := jaField(t.Text); t.Status.Allowed() && f != "" && fieldTitled(tgt, f) {
					return true
				}
			}
		}
		return false
	}
	found := src[o.Start:o.End]
	if !strings.HasSuffix(found, "省") && !strings.HasSuffix(found, "庁") || jaTitleAt(src[o.End:]) == 0 {
		return false
	}
	for _, g := range group {
		for _, t := range g.Concept.Terms[tgtLang] {
			if f := enField(t.Text); t.Status.Allowed() && f != "" && enFieldTitled(tgt, f) {
				return true
			}
		}
	}
	return false
}
