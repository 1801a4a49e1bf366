package lint

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossterm/gloss/internal/english"
	"github.com/glossterm/gloss/match"
)

// A post that describes a person the translation does not name. English gives a person's
// post in apposition to the name, after it ("Mr. Taro Aso, Minister for Foreign Affairs,")
// or before it as a title ("Foreign Minister Taro Kono"), as the byline of a statement
// does; a Japanese text that does not name the person at all (the title of a 談話 leaves
// its speaker to the page) leaves out the post with the person: the two differ by a
// person, not by a term. An English post so placed, where the Japanese segment names no
// person (namesPerson), is no missing term. A term that names no post
// ("North Korea Policy Coordination") is demanded as before. Where the Japanese names a
// person, the post is demanded as before: 麻生外務大臣 renders it, 麻生氏 does not.

// isPostTerm reports whether the English term text names a post: it has a capitalized
// head word of a post's title ("Minister for Foreign Affairs", "Secretary of State").
func isPostTerm(text string) bool {
	for _, w := range strings.Fields(text) {
		if startsUpper(w) && english.IsPostWord(w) {
			return true
		}
	}
	return false
}

// honorifics open a person's name in English.
var honorifics = []string{"Mr.", "Ms.", "Mrs.", "Dr.", "H.E."}

// postOfPerson reports whether the English source term at o names a post (isPostTerm) and
// stands in apposition to a person's name: after an honorific, a name of one to four capitalized words and a comma
// ("Mr. Taro Aso, "), or before a name of two or three capitalized words that ends its
// phrase ("Foreign Minister Taro Kono)", "…Kono,").
func postOfPerson(src string, o match.Occurrence) bool {
	if !isPostTerm(src[o.Start:o.End]) {
		return false
	}
	before := src[:o.Start]
	if b, ok := strings.CutSuffix(before, ", "); ok {
		words := strings.Fields(b)
		for n := 1; n <= 4 && n < len(words); n++ {
			w := words[len(words)-n]
			if !nameWord(w) {
				break
			}
			if h := words[len(words)-n-1]; strings.HasSuffix(h, "(") || slices.Contains(honorifics, strings.TrimLeft(h, "(")) {
				return true
			}
		}
	}
	after, ok := strings.CutPrefix(src[o.End:], " ")
	if !ok {
		return false
	}
	n := 0
	for after != "" {
		end := strings.IndexAny(after, " ,;)")
		if end < 0 {
			end = len(after)
		}
		if !nameWord(after[:end]) {
			return false
		}
		n++
		after = after[end:]
		if after == "" || after[0] != ' ' {
			break
		}
		after = after[1:]
	}
	return n >= 2 && n <= 3 && (after == "" || strings.ContainsRune(",;)", rune(after[0])))
}

// nameWord reports whether w is a word of a person's name: a capital and lowercase letters.
func nameWord(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || len(w) < 2 {
		return false
	}
	for _, c := range w[size:] {
		if !unicode.IsLower(c) {
			return false
		}
	}
	return true
}

// personReferences refer to a person named before: 同氏 (the said person), 両氏 (both).
var personReferences = []string{"同氏", "両氏"}

// namesPerson reports whether the Japanese text names or refers to a person, as kagome
// reads it: a person's name (固有名詞 人名), a name before the honorific suffix that
// follows only a person's name (氏, さん: 接尾 人名), which kagome gives to a name it does
// not know as well (チョ・テヨル氏, アントニー・ブリンケン氏), or a reference to a person named
// before (personReferences).
func (l *Linter) namesPerson(text string) bool {
	for _, t := range l.tokenize(text) {
		if t.POSAt(2) == "人名" && (t.POSAt(1) == "固有名詞" || t.POSAt(1) == "接尾") || slices.Contains(personReferences, t.Surface) {
			return true
		}
	}
	return false
}
