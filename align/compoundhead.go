package align

import (
	"regexp"
	"strings"

	"github.com/glossterm/gloss/align/internal/enterm"
	"github.com/glossterm/gloss/internal/lexicon"
	"github.com/glossterm/gloss/internal/textnorm"
)

// An English noun compound puts its head last: "transport planes", "liaison office". Where
// a Japanese noun is the head of its phrase in a segment (the last word of every maximal term
// that holds it, not the modifier of a longer compound, not a noun used as a verb) and the
// one English word that renders it is, in the aligned English, the modifier of a noun that
// follows it (singular, lower case, nothing between), the translation is the compound: the
// head names the kind of thing the Japanese noun is (輸送機 "transport" written "transport
// planes"). The one word alone names less than the term, so the compound is proposed
// instead; it is a partial rendering (the head has no gloss of its own), at review. A head
// that renders another word of the Japanese sentence is that word's, and a Japanese term that
// modifies a longer compound (安全保障 of 安全保障協力) keeps its one word.

// enWordRE finds the words of an English sentence with the text between them.
var enWordRE = regexp.MustCompile(`[A-Za-z][A-Za-z'’\-]*`)

// compoundHead returns the option that extends o, a one-word rendering of jc in segment i,
// by the noun that follows it in the segment's English, when every occurrence of the word
// there is followed by the same noun and jc stands whole in the segment's Japanese.
func (r *run) compoundHead(jc *jaCand, cs []constituent, i int, o option) (option, bool) {
	if r.wn == nil || !o.full || o.def != "" || o.g == nil || len(o.g.Raw) == 0 || len(o.g.Words) != len(o.g.Raw) || !nounHead(jc) || !r.standsWhole(jc, i) {
		return option{}, false
	}
	// a noun compound's rendering is a compound too, which the noun after it may continue
	// (沿岸監視レーダー "coastal surveillance radar" written "coastal surveillance radar
	// system"); a phrase's English is a phrase, and a phrase or a coordination never stands
	// whole (standsWhole: it is no maximal term of the segment)
	n := len(o.g.Raw)
	last := o.g.Raw[n-1]
	if verbForm(last) || textnorm.Plural(last) != last || !r.wn.IsNoun(last) {
		// a modifier of an English compound is a noun in the singular ("fighter jets", not
		// the "countries" of "the two countries make")
		return option{}, false
	}
	head, ok := followingNoun(r.bitext[i].EN, last, r.wn.IsNoun)
	if !ok {
		return option{}, false
	}
	g := r.en.ByKey(enterm.Key(strings.Join(o.g.Raw, " ") + " " + head))
	if g == nil || len(g.Words) != n+1 {
		return option{}, false
	}
	if r.renderedElsewhere(i, jc, partsOf(o, cs), g) {
		return option{}, false
	}
	h := o
	h.g, h.full, h.ue, h.headed = g, false, 1, true
	return h, true
}

// nounHead reports whether the last unit of jc is a noun that names a thing: not the stem
// of an adjective (着実 "steady"), not an adverbial noun (時).
func nounHead(jc *jaCand) bool {
	if len(jc.units) == 0 {
		return false
	}
	t := jc.units[len(jc.units)-1]
	if t.POSAt(0) != "名詞" {
		return false
	}
	switch t.POSAt(1) {
	case "形容動詞語幹", "副詞可能", "ナイ形容詞語幹", "非自立", "代名詞", "数":
		return false
	}
	return true
}

// standsWhole reports whether jc is, in segment i's Japanese, the head of every maximal
// term that holds it (戦闘機 of F-35戦闘機; Japanese compounds put their head last too), not
// the modifier of a longer compound (安全保障 of 安全保障協力), and not a noun used as a verb
// there (強化|し).
func (r *run) standsWhole(jc *jaCand, i int) bool {
	found := false
	s := r.segJA[i]
	for _, c := range s.chunks {
		if !c.term || !strings.Contains(c.key, jc.key) {
			continue
		}
		if !strings.HasSuffix(c.key, jc.key) || c.to < 1 || c.to > len(s.toks) || s.toks[c.to-1].verbal {
			return false
		}
		found = true
	}
	return found
}

// followingNoun returns the lower-case noun that follows every occurrence of the word w
// (lower case, as written) in the English sentence en, a single space between: the head of
// the compound w modifies. A word written capitalized, a function word, a word that is no
// noun, or two different followers give none.
func followingNoun(en, w string, isNoun func(string) bool) (string, bool) {
	locs := enWordRE.FindAllStringIndex(en, -1)
	head := ""
	for k, l := range locs {
		if en[l[0]:l[1]] != w {
			if strings.EqualFold(en[l[0]:l[1]], w) {
				return "", false // written capitalized: a word of a name
			}
			continue
		}
		if k+1 == len(locs) || en[l[1]:locs[k+1][0]] != " " {
			return "", false
		}
		next := en[locs[k+1][0]:locs[k+1][1]]
		if strings.ToLower(next) != next || lexicon.IsStop(next) || verbForm(next) || adverb(next) || !(isNoun(next) || isNoun(textnorm.Plural(next))) {
			return "", false
		}
		if head != "" && head != next {
			return "", false
		}
		head = next
	}
	return head, head != ""
}
