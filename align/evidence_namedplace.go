package align

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossterm/gloss/internal/morph"
)

// EvNamedPlace is the evidence of namedPlaces.
const EvNamedPlace = "named-place" // a place of a meeting: a proper noun and a noun, and the proper noun heard and a capitalized word after "at"

// namedPlaces pairs the name of a place where something is held, a proper noun and one
// common noun before a locative particle (飯倉公館において, …にて, …で), with the English
// name after the locative "at" or "in" (the) of its aligned English: the proper noun's
// reading heard as a capitalized word, and one capitalized word after it that renders
// the noun ("at the Iikura House"). A building's or a residence's English name keeps the
// proper noun and names the kind of place by a word of its own, which no dictionary gloss
// of the noun need hold (公館, an official residence, is the House). The word after the
// proper noun must be no reading of the sentence's Japanese (a given name after a
// surname). Review: the name is found by the structure of the text.
func (r *run) namedPlaces() {
	for _, sent := range r.sents {
		if sent.bitext < 0 || !strings.Contains(sent.text, "において") && !strings.Contains(sent.text, "にて") && !strings.Contains(sent.text, "で") {
			continue
		}
		seg := r.bitext[sent.bitext]
		places := capitalsAfterAt(seg.EN)
		if !slices.ContainsFunc(places, func(a afterAt) bool { return !a.longer }) {
			continue // no English place name to meet: the sentence is not tokenized again
		}
		toks := sent.toks
		if len(toks) == 0 {
			toks = tokenize(seg.JA)
		}
		for i := 0; i+2 < len(toks); i++ {
			t, u, p := toks[i], toks[i+1], toks[i+2]
			if len(t.POS) < 2 || t.POS[0] != "名詞" || t.POS[1] != "固有名詞" || t.Reading == "" ||
				len(u.POS) < 2 || u.POS[0] != "名詞" || u.POS[1] != "一般" || t.End != u.Start || u.End != p.Start ||
				!placeParticle(p) {
				continue
			}
			if i > 0 && toks[i-1].End == t.Start && len(toks[i-1].POS) > 0 && toks[i-1].POS[0] == "名詞" {
				continue // a longer compound: the proper noun does not open the name
			}
			if en := placeHeard(places, t, toks); en != "" {
				r.add(t.Surface+u.Surface, en, Evidence{Type: EvNamedPlace, Doc: seg.Doc, Line: seg.Line, Quote: quote(seg.EN),
					Detail: "the place a meeting is held at: the proper noun heard, and the word after it for the noun"})
			}
		}
	}
}

// placeParticle reports whether the token is a case particle of place: において, にて, で.
func placeParticle(p morph.Token) bool {
	return len(p.POS) > 1 && p.POS[0] == "助詞" && p.POS[1] == "格助詞" && (p.Surface == "において" || p.Surface == "にて" || p.Surface == "で")
}

// placeHeard returns, of the places of the English, the two words whose first the proper
// noun t sounds like and whose second is heard in no token of the sentence toks (a given
// name after a surname), and no third follows; "" when there are none.
func placeHeard(places []afterAt, t morph.Token, toks []morph.Token) string {
	for _, c := range places {
		if !c.longer && soundsLikeName(c.name, []morph.Token{t}) && !soundsLikeName(c.head, toks) {
			return c.name + " " + c.head
		}
	}
	return ""
}

// afterAt is two capitalized words after "at" or "in" (and "the"), and whether a third
// follows them.
type afterAt struct {
	name, head string
	longer     bool
}

// capitalsAfterAt returns the places in en of the shape placeHeard looks for.
func capitalsAfterAt(en string) []afterAt {
	var out []afterAt
	ws := strings.Fields(en)
	for k := 0; k+2 < len(ws); k++ {
		if w := strings.ToLower(ws[k]); w != "at" && w != "in" {
			continue
		}
		j := k + 1
		if strings.ToLower(ws[j]) == "the" {
			j++
		}
		if j+1 >= len(ws) {
			continue
		}
		name, head := ws[j], strings.TrimRight(ws[j+1], ".,;:")
		if capitalWord(name) && capitalWord(head) {
			longer := j+2 < len(ws) && ws[j+1] == head && capitalWord(strings.TrimRight(ws[j+2], ".,;:"))
			out = append(out, afterAt{name, head, longer})
		}
	}
	return out
}

// capitalWord reports whether w is a word of letters that opens with a capital.
func capitalWord(w string) bool {
	c, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(c) && strings.IndexFunc(w, func(c rune) bool { return !unicode.IsLetter(c) }) < 0
}
