package align

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossterm/gloss/align/internal/enterm"
	"github.com/glossterm/gloss/internal/lexicon"
)

// glossHeads pairs a term whose last word the dictionary glosses by a compound, modifier
// and head ("press release" for 記者発表, "Security Council" for 安全保障会議), with the
// English that writes the compound's modifier and another head: 共同記者発表 = "joint press
// conference", アジア安全保障会議 = "Asian Security Summit". A compound's gloss names the
// modifier and the head of the thing; a translation keeps the modifier and names the kind
// of thing as this text does, so the aligner's partial rendering stops at the modifier
// ("joint press", at review), the word after it unexplained. Where an aligned segment
// holding the term writes that rendering followed by one noun (lower case after a
// lower-case word, capitalized inside a capitalized name), and writes the gloss's own head
// nowhere, that noun is the head's rendering in this text. For review, as the partial
// rendering it extends is: the head's word rests on its place and its part of speech.
func (r *run) glossHeads() {
	r.extendInSegments(func(p *Pair, jc *jaCand) func(BitextSegment) (string, string) {
		ens := strings.Fields(p.EN)
		if !hasType(p.Evidence, EvPartial) || jc.phrasal || len(jc.units) < 2 || len(ens) < 2 {
			return nil // (a compound: a phrase's head is its own)
		}
		last := lexicon.Norm(strings.ToLower(ens[len(ens)-1]))
		part, head := r.glossAfter(jc, last)
		if head == "" {
			return nil
		}
		return func(b BitextSegment) (string, string) {
			if writesGloss(b.EN, map[string]bool{head: true}) {
				return "", "" // the gloss's own head is written: the word after is another's
			}
			if compoundGoesOn(b.JA, p.JA) {
				return "", "" // アジア安全保障 of アジア安全保障会議: the head is further
			}
			_, w := r.nounAfter(b.EN, p.EN, false)
			if w == "" || r.en.Lookup(p.EN+" "+w) == nil {
				return "", ""
			}
			return p.EN + " " + w, part + " → … " + head + ", written " + w
		}
	})
}

// glossAfter returns the last word of the term jc, one to three units, that the lexicon
// glosses by a compound ending in the normalized English word m and a head after it,
// and that head ("press" in "press release" gives release; the head comes before a
// complement: "Security" in "Security Council of Japan" gives council), or "", "".
func (r *run) glossAfter(jc *jaCand, m string) (string, string) {
	n := len(jc.units)
	for k := n - 1; k >= max(1, n-3); k-- {
		part := unitsText(jc.units[k:])
		for _, e := range r.lx.Lookup(part) {
			g := e.Gloss
			if i := strings.Index(g, " of "); i > 0 {
				g = g[:i] // "Security Council of Japan": the head before its complement
			}
			if ws, _ := lexicon.Split(g); len(ws) >= 2 && ws[len(ws)-2] == m {
				return part, ws[len(ws)-1]
			}
		}
	}
	return "", ""
}

// nounAfter returns the phrase e as the sentence en writes it and the word that follows
// it when that is a noun that ends the phrase (see nounAt), at the first occurrence where
// one does, or "", "". With fold, e is found written in any case ("Non-Proliferation"
// for "non-proliferation"); a case change that resizes a letter leaves no byte offsets to
// share, and the phrase is not found.
func (r *run) nounAfter(en, e string, fold bool) (string, string) {
	in, find := en, e
	if fold {
		in, find = strings.ToLower(en), strings.ToLower(e)
		if len(in) != len(en) || len(find) != len(e) {
			return "", ""
		}
	}
	for from := 0; ; {
		k := strings.Index(in[from:], find+" ")
		if k < 0 {
			return "", ""
		}
		k += from
		from = k + len(e) + 1
		if w := r.nounAt(en, k, en[k:k+len(e)]); w != "" {
			return en[k : k+len(e)], w
		}
	}
}

// nounAt returns the word after the phrase e written at byte k of the sentence en when it
// is a noun that ends the phrase: a letter word, no function word and no acronym,
// capitalized if e ends in a capitalized word and in lower case if it does not, a noun by
// WordNet (when installed), with no capitalized word after it that would carry a name on;
// else "".
func (r *run) nounAt(en string, k int, e string) string {
	lastCap := unicode.IsUpper([]rune(e[strings.LastIndexByte(e, ' ')+1:])[0])
	end := k + len(e)
	if k > 0 && isWordByte(en[k-1]) || end >= len(en) || en[end] != ' ' {
		return ""
	}
	ws := strings.Fields(en[end:])
	if len(ws) == 0 {
		return ""
	}
	w := strings.TrimRight(ws[0], ",.;:)")
	if w == "" || lexicon.IsStop(strings.ToLower(w)) || enterm.IsAcronym(w) ||
		strings.IndexFunc(w, func(c rune) bool { return !unicode.IsLetter(c) }) >= 0 ||
		unicode.IsUpper([]rune(w)[0]) != lastCap {
		return ""
	}
	if r.wn != nil && !r.wn.IsNoun(strings.ToLower(w)) {
		return ""
	}
	if w == ws[0] && len(ws) > 1 && lastCap && unicode.IsUpper([]rune(ws[1])[0]) {
		return "" // the name goes on: its head is further
	}
	return w
}

// compoundGoesOn reports whether every occurrence of the term ja in the sentence is
// written against a kanji or a katakana after it: the compound goes on, and its head is
// a word further.
func compoundGoesOn(sentence, ja string) bool {
	found := false
	for from := 0; ; {
		k := strings.Index(sentence[from:], ja)
		if k < 0 {
			return found
		}
		from += k + len(ja)
		next, _ := utf8.DecodeRuneInString(sentence[from:])
		if !compoundRune(next) {
			return false
		}
		found = true
	}
}
