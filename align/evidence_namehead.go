package align

import (
	"strings"
	"unicode"

	"github.com/glossterm/gloss/align/internal/enterm"
	"github.com/glossterm/gloss/internal/lexicon"
	"github.com/glossterm/gloss/internal/textnorm"
)

// nameHeads pairs a name whose head noun the English renders by a word no dictionary
// gives it (日米拡大抑止協議 = "Japan-U.S. Extended Deterrence Dialogue", 協議 glossed
// "consultation") with that name. A Japanese compound ends in its head and an English
// name ends in its own; where the aligner renders the rest of the term (日米拡大抑止 =
// "Japan-U.S. Extended Deterrence", a proposal at review or better written as a name,
// every word capitalized) and an aligned segment holding the term writes that rendering
// followed by one more capitalized word that ends the name, that word is the head's
// rendering in this name. The head is one noun by kagome's parts of speech (名詞,一般 or
// 名詞,サ変接続), a word of its own and not the end of one the dictionary knows with the
// unit before it (安全|保障), whose glosses the segment does not write (else the word after the name
// is another's). For review: the head's word rests on its place alone.
func (r *run) nameHeads() {
	byJA := map[string][]string{}
	rendered := map[string]bool{}
	for _, p := range r.pairs {
		if score(p.Evidence) < ReviewScore {
			continue
		}
		k := textnorm.Key(p.JA)
		rendered[k] = true
		if titleCase(p.EN) && len(strings.Fields(p.EN)) >= 2 {
			byJA[k] = append(byJA[k], p.EN)
		}
	}
	type add struct {
		ja, en string
		seg    int
	}
	var adds []add
	for jk, jc := range r.ja {
		n := len(jc.units)
		if n < 2 || rendered[jk] {
			continue // a term rendered otherwise keeps its renderings
		}
		head := jc.units[n-1]
		if !commonNounUnit(head) || !strings.HasSuffix(jc.text, head.Surface) {
			continue
		}
		if len(r.lx.Lookup(jc.units[n-2].Surface+head.Surface)) > 0 {
			continue // the head is the end of a word (安全|保障), no head of its own
		}
		starts := byJA[textnorm.Key(strings.TrimSuffix(jc.text, head.Surface))]
		if len(starts) == 0 {
			continue
		}
		glosses := map[string]bool{}
		for _, e := range r.lx.Lookup(head.Surface) {
			for _, w := range e.Words {
				glosses[w] = true
			}
		}
		for s := range r.bitext {
			if !r.bitJA[s][jk] || writesGloss(r.bitext[s].EN, glosses) {
				continue // the head's own rendering is written: the word after the name is another's
			}
			for _, e := range starts {
				if w := headAfter(r.bitext[s].EN, e); w != "" && r.en.Lookup(e+" "+w) != nil {
					adds = append(adds, add{jc.text, e + " " + w, s})
				}
			}
		}
	}
	for _, x := range adds {
		b := r.bitext[x.seg]
		r.add(x.ja, x.en, Evidence{Type: EvPartial, Doc: b.Doc, Line: b.Line, Quote: quote(b.EN),
			Detail: nameHeadDetail})
	}
}

// nameHeadDetail says that a pair's last English word renders the term's head by its place.
const nameHeadDetail = "the rest rendered, the name's last word its head"

// headAfter returns the capitalized word that follows the name e in the sentence en and
// ends it (no capitalized word after it), or "".
func headAfter(en, e string) string {
	for from := 0; ; {
		k := strings.Index(en[from:], e+" ")
		if k < 0 {
			return ""
		}
		k += from
		from = k + len(e) + 1
		if k > 0 && isWordByte(en[k-1]) || nameGoesBack(en[:k]) {
			continue
		}
		ws := strings.Fields(en[from:])
		if len(ws) == 0 {
			return ""
		}
		w := strings.TrimRight(ws[0], ",.;:)")
		if w == "" || !unicode.IsUpper([]rune(w)[0]) || lexicon.IsStop(strings.ToLower(w)) || enterm.IsAcronym(w) ||
			strings.IndexFunc(w, func(c rune) bool { return !unicode.IsLetter(c) }) >= 0 {
			continue
		}
		if w == ws[0] && len(ws) > 1 && unicode.IsUpper([]rune(ws[1])[0]) {
			continue // the name goes on: its head is further
		}
		return w
	}
}

// nameGoesBack reports whether the text before a phrase ends in a word of a name, so that
// the phrase does not open it: a capitalized word, or a function word after one ("Weapons
// of" before "Mass Destruction").
func nameGoesBack(before string) bool {
	ws := strings.Fields(before)
	if len(ws) == 0 {
		return false
	}
	last := ws[len(ws)-1]
	if strings.ContainsAny(last, ",;:()\"“”") {
		return false
	}
	if unicode.IsUpper([]rune(last)[0]) {
		return len(ws) > 1 // a sentence's first word opens no name before the phrase
	}
	return lexicon.IsStop(strings.ToLower(last)) && len(ws) > 1 && unicode.IsUpper([]rune(ws[len(ws)-2])[0])
}

// writesGloss reports whether the sentence en writes one of the normalized words.
func writesGloss(en string, words map[string]bool) bool {
	for _, w := range lexicon.Words(en) {
		if words[lexicon.Norm(strings.ToLower(w))] {
			return true
		}
	}
	return false
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}
