package align

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossterm/gloss/align/internal/enterm"
	"github.com/glossterm/gloss/align/internal/paren"
	"github.com/glossterm/gloss/internal/morph"
)

// maxMirrorWords bounds the English words of a parenthetical paired by parenMirrors.
const maxMirrorWords = 8

// parenMirrors pairs the one parenthetical noun phrase of an aligned segment's Japanese
// (国家安全保障会議(四大臣会合)) with the one parenthetical phrase of its English ("the
// National Security Council (meeting among four ministers)"): a translation keeps a
// parenthesis where the original has one, around the same words, as it keeps quotation
// marks. Numbers and dates (日本時間午後3時10分, 3:10 p.m.), list numbers ((1)) and
// acronyms (their own evidence) are set aside; a segment with more than one parenthetical
// left on either side pairs nothing. The pair is at review unless a translation of its
// parts agrees: a parenthesis may hold a gloss the other side words otherwise.
func (r *run) parenMirrors() {
	for _, seg := range r.bitext {
		var js []string
		for _, p := range paren.Find(seg.JA) {
			if strings.ContainsFunc(p.Inner, unicode.IsDigit) || p.Kind == paren.Acronym || p.Kind == paren.English {
				continue
			}
			js = append(js, p.Inner)
		}
		es := enParens(seg.EN)
		if len(js) != 1 || len(es) != 1 || !jaNounPhrase(js[0]) {
			continue
		}
		r.add(js[0], es[0], Evidence{Type: EvParenMirror, Doc: seg.Doc, Line: seg.Line, Quote: quote(seg.EN),
			Detail: "the one parenthetical of the segment on each side"})
	}
}

// enParens returns the insides of the parentheses of an English sentence that hold a
// phrase of words: no digits, no acronym alone, no clause punctuation, at most
// maxMirrorWords words.
func enParens(s string) []string {
	var out []string
	for {
		i := strings.IndexByte(s, '(')
		if i < 0 {
			return out
		}
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			return out
		}
		inner := strings.TrimSpace(s[i+1 : i+j])
		s = s[i+j+1:]
		n := len(strings.Fields(inner))
		if inner == "" || strings.ContainsFunc(inner, unicode.IsDigit) || enterm.IsAcronym(inner) || n > maxMirrorWords ||
			strings.ContainsAny(inner, ",;:.!?") || !strings.ContainsFunc(inner, unicode.IsLetter) {
			continue
		}
		out = append(out, inner)
	}
}

// jaNounPhrase reports whether a parenthetical's Japanese is a short noun phrase: at most
// 20 characters, no punctuation, ending in a noun.
func jaNounPhrase(ja string) bool {
	if utf8.RuneCountInString(ja) > 20 || strings.ContainsAny(ja, "、。，．・「」") {
		return false
	}
	toks := morph.Tokenize(ja)
	return len(toks) > 0 && toks[len(toks)-1].POSAt(0) == "名詞"
}
