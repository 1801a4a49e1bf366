package align

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// keepsBareName reports whether a full rendering o should stand for its segment where
// wholeName widened it to w only on the right, by an of or for phrase the Japanese does not
// render, and the widened name could not be proposed (a one-part term explains no word of
// the phrase): the name of a body, an office or a post is complete without the country it
// belongs to (外務省 = Ministry of Foreign Affairs, written "Ministry of Foreign Affairs of
// Japan" in a statement of that country), which a Japanese name leaves implicit. A rendering
// widened on the left, or with a proposable whole name, is replaced as before.
//
// Widened on the left, the rendering stands too when the segment writes the Japanese term
// against a noun after it (大量破壊兵器|対策): the term modifies that noun, which English, head
// first, writes before the name ("Countering Weapons of Mass Destruction"), so the word
// before the name renders the Japanese noun after the term, not a word the term leaves out.
func (r *run) keepsBareName(jc *jaCand, o, w option, cs []constituent, seg int) bool {
	if !o.full || w.full || w.g == nil || o.g == nil {
		return false
	}
	if !strings.HasPrefix(w.g.Surface, o.g.Surface+" ") && !modifiesNext(r.bitext[seg].JA, jc.text) {
		return false // widened on the left: a modifier the Japanese leaves out
	}
	if nonAffixCount(partsOf(w, cs)) >= 2 || r.glossWordOnly(jc, w) {
		return false
	}
	if strings.HasPrefix(w.g.Surface, o.g.Surface+" ") {
		// the whole name the segment writes is a rendering too, for review (内閣総理大臣 =
		// Prime Minister of Japan: the name of a post may keep its country)
		seg := r.bitext[seg]
		r.add(jc.text, w.g.Surface, Evidence{Type: EvBitext, Doc: seg.Doc, Line: seg.Line, Quote: quote(seg.EN),
			Detail: "the whole name, " + o.g.Surface + " and the phrase after it"})
	}
	return true
}

// modifiesNext reports whether the Japanese term is written, at its first occurrence in
// the segment, right before a noun of kanji or katakana: a modifier inside a longer
// compound (大量破壊兵器対策).
func modifiesNext(ja, term string) bool {
	at := strings.Index(ja, term)
	if at < 0 {
		return false
	}
	c, _ := utf8.DecodeRuneInString(ja[at+len(term):])
	return unicode.Is(unicode.Han, c) || unicode.Is(unicode.Katakana, c) && c != '・'
}
