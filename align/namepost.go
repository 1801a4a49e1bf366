package align

import (
	"slices"
	"unicode/utf8"

	"github.com/glossterm/gloss/internal/morph"
)

// maxGivenName is the most characters of a name kagome may leave after the first word it
// tags as a person's (晋|三 after 安倍): a given name written in kanji is short.
const maxGivenName = 4

// splitNamePost reads again the post that a person's name written in kanji runs into. A
// post written right after a name (安倍晋三日本国総理大臣) makes one compound with it, and
// kagome, reading the name's characters as it can, may cut the post's first word so that
// it is no word of the compound (安倍|晋|三|日|本国|総理|大臣): the post (日本国総理大臣)
// and the state inside it (日本国) are then never candidates. After the first word kagome
// tags as a person's (人名), the post begins at the first point, a few characters on at
// most, from which the rest of the compound, read on its own, is nouns opening with a
// word of its own, no person's word, number or suffix (the name's characters are read
// so: 晋, 三, the 日 of 三日); the compound is read from there as that reading. A
// compound kagome already cut there stays as it is.
func splitNamePost(text string, toks []morph.Token) []morph.Token {
	for i := 0; i < len(toks); i++ {
		if toks[i].POSAt(1) != "固有名詞" || toks[i].POSAt(2) != "人名" {
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].Start == toks[j-1].End && toks[j].POSAt(0) == "名詞" {
			j++
		}
		if j-i < 3 {
			continue // a name and one word: nothing that kagome can have cut wrongly
		}
		end, p, n := toks[j-1].End, toks[i].End, 0
		var rest []morph.Token
		for p < end && n < maxGivenName {
			rt := morph.Tokenize(text[p:end])
			if postOpening(rt) {
				rest = rt
				break
			}
			_, size := utf8.DecodeRuneInString(text[p:])
			p += size
			n++
		}
		if rest == nil {
			continue
		}
		k := i + 1
		for k < j && toks[k].End <= p {
			k++
		}
		if k < j && toks[k].Start == p && sameSurfaces(toks[k:j], rest) {
			i = j - 1
			continue
		}
		var parts []morph.Token
		if k < j && toks[k].Start < p {
			// the word that runs over the post's start: its part before the post, read alone
			for _, t := range morph.Tokenize(text[toks[k].Start:p]) {
				t.Start += toks[k].Start
				t.End += toks[k].Start
				parts = append(parts, t)
			}
		}
		for _, t := range rest {
			t.Start += p
			t.End += p
			parts = append(parts, t)
		}
		toks = slices.Concat(toks[:k], parts, toks[j:])
		i = k + len(parts) - 1
	}
	return toks
}

// postOpening reports whether toks, a compound's rest read on its own, are nouns that open
// with a word of their own: no person's word, number, suffix or dependent noun.
func postOpening(toks []morph.Token) bool {
	if len(toks) < 2 {
		return false
	}
	for _, t := range toks {
		if t.POSAt(0) != "名詞" {
			return false
		}
	}
	f := toks[0]
	switch {
	case !f.Known, f.POSAt(2) == "人名", f.POSAt(1) == "数", f.POSAt(1) == "接尾", f.POSAt(1) == "非自立":
		return false
	}
	return len([]rune(f.Surface)) >= 2
}

// sameSurfaces reports whether a and b are the same words.
func sameSurfaces(a, b []morph.Token) bool {
	return slices.EqualFunc(a, b, func(x, y morph.Token) bool { return x.Surface == y.Surface })
}
