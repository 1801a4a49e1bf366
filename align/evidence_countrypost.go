package align

import (
	"slices"
	"strings"

	"github.com/glossterm/gloss/internal/morph"
	"github.com/glossterm/gloss/internal/textnorm"
)

// countryPosts pairs a country's post written after a person's name and a middle dot
// (アレクサンダー・ダウナー・オーストラリア外務大臣) with the English that writes the
// country's adjective before the post's rendering ("Australian Minister for Foreign
// Affairs Alexander Downer"). Japanese names a foreign minister by name, a dot, then the
// country and the post as one noun; English puts the post first, its country as an
// adjective. The grammar reads name, dot and post as one term, so the post with its
// country is taken from it: the part after the last middle dot, opening with a country
// by kagome's parts of speech (名詞,固有名詞,地域,国) and ending in a post (common nouns
// and suffixes), after a person's name. Its English is found in an aligned segment holding
// the term: a rendering of the post proposed at review or better, right after a
// capitalized word that is the country's rendering or its adjective (Australia,
// Australian; Philippines, Philippine). The pair joins two renderings: for review.
func (r *run) countryPosts() {
	type add struct {
		ja, en string
		seg    int
	}
	var adds []add
	seen := map[string]bool{}
	for jk, jc := range r.ja {
		i := strings.LastIndex(jc.text, "・")
		if i <= 0 {
			continue
		}
		head, tail := jc.text[:i], jc.text[i+len("・"):]
		toks := morph.Tokenize(tail)
		k := 0
		for k < len(toks) && toks[k].POSAt(1) == "固有名詞" && toks[k].POSAt(2) == "地域" && toks[k].POSAt(3) == "国" {
			k++
		}
		if k == 0 || k == len(toks) || !postWords(toks[k:]) || !namedPerson(morph.Tokenize(head)) {
			continue
		}
		country, post := "", ""
		for _, t := range toks[:k] {
			country += t.Surface
		}
		for _, t := range toks[k:] {
			post += t.Surface
		}
		countries := r.renderingsOf(country)
		posts := r.renderingsOf(post)
		if len(countries) == 0 || len(posts) == 0 {
			continue
		}
		for s := range r.bitext {
			if !r.bitJA[s][jk] {
				continue
			}
			for _, p := range posts {
				if en := countryBefore(r.bitext[s].EN, p, countries); en != "" && !seen[tail+"\x00"+en] {
					seen[tail+"\x00"+en] = true
					adds = append(adds, add{tail, en, s})
				}
			}
		}
	}
	for _, x := range adds {
		b := r.bitext[x.seg]
		r.add(x.ja, x.en, Evidence{Type: EvPartial, Doc: b.Doc, Line: b.Line, Quote: quote(b.EN),
			Detail: countryPostDetail})
	}
}

// countryPostDetail says that a pair's English is a post after its country's adjective.
const countryPostDetail = "the post after the country's adjective, the person's name left out"

// renderingsOf returns the English of the proposals for ja at review or better, and the
// lexicon's glosses of it.
func (r *run) renderingsOf(ja string) []string {
	jk := textnorm.Key(ja)
	var out []string
	for _, p := range r.pairs {
		if textnorm.Key(p.JA) == jk && score(p.Evidence) >= ReviewScore && !slices.Contains(out, p.EN) {
			out = append(out, p.EN)
		}
	}
	for _, e := range r.lx.Lookup(ja) {
		if !slices.Contains(out, e.Gloss) {
			out = append(out, e.Gloss)
		}
	}
	return out
}

// countryBefore returns "Adj post" when the sentence en writes post (letter case as given)
// right after a capitalized word Adj that is one of the countries or its adjective, or "".
func countryBefore(en, post string, countries []string) string {
	for from := 0; ; {
		k := strings.Index(en[from:], post)
		if k < 0 {
			return ""
		}
		k += from
		from = k + len(post)
		if k == 0 || en[k-1] != ' ' || from < len(en) && isWordByte(en[from]) {
			continue
		}
		ws := strings.Fields(en[:k])
		if len(ws) == 0 {
			continue
		}
		adj := ws[len(ws)-1]
		if !capitalized(adj) || strings.ContainsAny(adj, `,;:()"“”.`) {
			continue
		}
		for _, c := range countries {
			if countryAdjective(adj, c) {
				return adj + " " + post
			}
		}
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// countryAdjective reports whether the one-word country name c is written as w or as its
// adjective (demonymOf: Australia → Australian, Japan → Japanese, Philippines →
// Philippine, Germany → German).
func countryAdjective(w, c string) bool {
	return capitalized(c) && (w == c || capitalized(w) && demonymOf(w, c))
}
