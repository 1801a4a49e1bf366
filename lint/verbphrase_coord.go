package lint

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The head of a term as one object of the verb among several. Japanese coordinates the
// objects of one verb before its を (価値観と利益を共有する) or accompanies one with
// とともに (価値観とともに利益を共有している, "share common values and interests"), and a
// modifier may stand before the head (基本的価値観を共有する, an adjective in 的): the
// head is still the verb's object, in the same clause, whatever else stands between. A
// clause ends where a predicate does (異なり、, 尊重し、) or at another object's を: what
// comes after is another clause's or another verb's.

// coordinators are the particles that join the head to the next object of the same verb:
// とともに before と, as the longer; 、 and ・ in a list.
var coordinators = []string{"とともに", "並びに", "及び", "と", "や", "、", "・"}

// coordReach is how many characters may stand between the coordinator and the を of the
// verb: the other objects and their modifiers.
const coordReach = 30

// coordinatedObject reports, for the head h written at start in text, whether a
// coordinator follows it and the clause goes on, with no other を, predicate or sentence
// end, to を and the noun n of the verb; it returns the offset after the noun, where the
// verb's conjugation must begin.
func coordinatedObject(text string, start int, h, n string) (int, bool) {
	rest := text[start+len(h):]
	var after string
	for _, c := range coordinators {
		if r, ok := strings.CutPrefix(rest, c); ok {
			after = r
			break
		}
	}
	if after == "" {
		return 0, false
	}
	phrase := "を" + n
	i := strings.Index(after, phrase)
	if i <= 0 {
		return 0, false
	}
	between := after[:i]
	if utf8.RuneCountInString(between) > coordReach || strings.ContainsAny(between, "を。！？!?\n") {
		return 0, false
	}
	for j := 0; ; {
		k := strings.Index(between[j:], "、")
		if k < 0 {
			break
		}
		k += j
		if r, _ := utf8.DecodeLastRuneInString(between[:k]); k > 0 && unicode.Is(unicode.Hiragana, r) {
			return 0, false // 異なり、: a predicate ends the clause
		}
		j = k + len("、")
	}
	return len(text) - len(after) + i + len(phrase), true
}

// adjectiveBefore reports whether the rune before a head at start is that of an adjective in
// 的 (基本的価値観), a modifier of the head rather than a noun it is the head of.
func adjectiveBefore(text string, start int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:start])
	return start > 0 && r == '的'
}

// coordinatedClause reports whether text has the head h, not that of a longer noun, as
// one of the coordinated objects of the verb of the noun n (coordinatedObject) followed by
// a conjugation of する, and whether that clause modifies a noun (relative), as
// clauseWritten does for the head right before を.
func coordinatedClause(text, h, n string) (written, relative bool) {
	return clauseAt(text, h, func(start int) (int, bool) { return coordinatedObject(text, start, h, n) })
}
