package align

import (
	"strings"
	"unicode"

	"golang.org/x/text/width"

	"github.com/glossterm/gloss/align/internal/enterm"
	"github.com/glossterm/gloss/internal/lexicon"
	"github.com/glossterm/gloss/internal/textnorm"
)

// prefixedAcronyms pairs a term that ends in a Latin acronym after the parties it belongs
// to (日豪ACSA, 日・フィリピンRAA) with the English that writes those parties before the
// acronym spelled out: "Japan-Australia Acquisition and Cross-Servicing Agreement
// (ACSA)". Japanese keeps an agreement's English acronym and names the parties by their
// abbreviations before it; English spells the name out where it first gives it and keeps
// the parties as its premodifier. The English must write, in an aligned segment holding
// the term, the parties' rendering (a proposal or a gloss of the Japanese before the
// acronym, every word of it capitalized) right before the expansion the English sources
// define for the acronym. The name rests on two renderings it joins: for review.
func (r *run) prefixedAcronyms() {
	type add struct {
		ja, en, acr string
		seg         int
	}
	var adds []add
	for jk, jc := range r.ja {
		text := width.Narrow.String(jc.text)
		acr := trailingAcronym(text)
		if acr == "" {
			continue
		}
		rest := strings.TrimRight(strings.TrimSuffix(text, acr), "・")
		if rest == "" || strings.IndexFunc(rest, latinRune) >= 0 {
			continue
		}
		for _, exp := range r.en.Expansions(acr) {
			for i, b := range r.bitext {
				if !r.bitJA[i][jk] {
					continue
				}
				parties := wordsBefore(b.EN, exp)
				if parties == "" || !r.renders(rest, parties) {
					continue
				}
				en := parties + " " + exp
				if r.en.Lookup(en) == nil {
					continue
				}
				adds = append(adds, add{jc.text, en, acr, i})
				break
			}
		}
	}
	for _, x := range adds {
		b := r.bitext[x.seg]
		r.add(x.ja, x.en, Evidence{Type: EvPartial, Doc: b.Doc, Line: b.Line, Quote: quote(b.EN),
			Detail: x.acr + " spelled out as the English sources define it, after the parties"})
	}
}

// trailingAcronym returns the Latin acronym a Japanese term ends in, written after
// Japanese, or "".
func trailingAcronym(text string) string {
	rs := []rune(text)
	i := len(rs)
	for i > 0 && latinRune(rs[i-1]) {
		i--
	}
	if i == 0 || i == len(rs) {
		return ""
	}
	a := string(rs[i:])
	if !lexicon.IsAcronym(a) || strings.IndexFunc(a, unicode.IsLetter) < 0 {
		return ""
	}
	return a
}

// wordsBefore returns the capitalized words that stand right before exp in the sentence
// en, at most three and inside its clause ("new Japan-Australia Acquisition …" gives
// "Japan-Australia"), or "".
func wordsBefore(en, exp string) string {
	k := strings.Index(en, exp)
	if k <= 0 || en[k-1] != ' ' {
		return ""
	}
	ws := strings.Fields(en[:k])
	var out []string
	for j := len(ws) - 1; j >= 0 && len(out) < 3; j-- {
		w := ws[j]
		if strings.ContainsAny(w, `,;:()"“”`) || !capitalized(w) {
			break
		}
		out = append([]string{w}, out...)
	}
	return strings.Join(out, " ")
}

// renders reports whether en renders the Japanese ja: a proposal at review or better, or
// a gloss of the lexicon.
func (r *run) renders(ja, en string) bool {
	ek := enterm.Key(en)
	if p := r.pairs[textnorm.Key(ja)+"\x00"+ek]; p != nil && score(p.Evidence) >= ReviewScore {
		return true
	}
	for _, e := range r.lx.Lookup(ja) {
		if enterm.Key(e.Gloss) == ek {
			return true
		}
	}
	return false
}

// partiesNames pairs an agreement's Japanese name that opens with its parties
// (日豪円滑化協定) with the English name an aligned segment spells out before its acronym,
// the parties before it: "Japan-Australia Reciprocal Access Agreement (RAA)"; or with the
// parties and the acronym, the name spelled out elsewhere ("the Japan-UK RAA"); and, in a
// segment that writes the acronym alone, with the acronym, where the term is paired so in
// another segment. The English
// defines the name by the acronym; the Japanese names the same agreement by a compound
// the words of the English need not gloss (円滑化, "Reciprocal Access"). The term is a
// candidate of the segment that opens with a rendering of the parties (a proposal or a
// gloss of its first units) and ends in a noun the dictionary glosses by the name's last
// word (協定, "Agreement"), with no Latin letter. The name rests on its parties and its
// head: for review.
func (r *run) partiesNames() {
	type add struct {
		ja, en, acr string
		seg         int
	}
	var adds []add
	named := map[string]string{} // a term paired with a spelled-out name → its acronym
	for i, b := range r.bitext {
		for _, lw := range latinRuns(b.EN) {
			if !enterm.IsAcronym(lw.w) {
				continue
			}
			for _, exp := range r.en.Expansions(lw.w) {
				ews := strings.Fields(exp)
				if len(ews) < 2 {
					continue
				}
				// the name spelled out before its acronym, or the acronym after the parties
				name := exp
				if !lw.paren || !strings.Contains(b.EN, exp+" ("+lw.w+")") {
					name = lw.w
				}
				parties := wordsBefore(b.EN, name)
				if parties == "" {
					continue
				}
				en := parties + " " + name
				if r.en.Lookup(en) == nil {
					continue
				}
				head := lexicon.Norm(strings.ToLower(ews[len(ews)-1]))
				for jk := range r.bitJA[i] {
					jc := r.ja[jk]
					if jc == nil || len(jc.units) < 3 || strings.IndexFunc(jc.text, latinRune) >= 0 || !r.glossesAs(jc.units[len(jc.units)-1].Surface, head) {
						continue
					}
					if r.renders(jc.units[0].Surface, parties) || r.renders(jc.units[0].Surface+jc.units[1].Surface, parties) {
						adds = append(adds, add{jc.text, en, lw.w, i})
						named[jk] = lw.w
					}
				}
			}
		}
	}
	// the acronym alone, in a segment of a term paired so in another: the translation
	// abbreviates the name after it first spells it out
	for jk, acr := range named {
		for i, b := range r.bitext {
			if r.bitJA[i][jk] && writesWord(b.EN, acr) && r.en.Lookup(acr) != nil {
				adds = append(adds, add{r.ja[jk].text, acr, acr, i})
			}
		}
	}
	for _, x := range adds {
		b := r.bitext[x.seg]
		r.add(x.ja, x.en, Evidence{Type: EvPartial, Doc: b.Doc, Line: b.Line, Quote: quote(b.EN),
			Detail: partiesNameDetail + x.acr})
	}
}

// writesWord reports whether the sentence en writes w as a word of its own.
func writesWord(en, w string) bool {
	for _, f := range strings.Fields(en) {
		if strings.Trim(f, `"“”‘’'(),.;:`) == w {
			return true
		}
	}
	return false
}

// partiesNameDetail opens the detail of a pair partiesNames proposes.
const partiesNameDetail = "the parties, then the name the English spells out for "

// glossesAs reports whether the lexicon glosses ja by a phrase whose last word is the
// normalized word w.
func (r *run) glossesAs(ja, w string) bool {
	for _, e := range r.lx.Lookup(ja) {
		if n := len(e.Words); n > 0 && e.Words[n-1] == w {
			return true
		}
	}
	return false
}
