package lint

import (
	"slices"
	"strings"

	"github.com/glossterm/gloss/internal/morph"
	"github.com/glossterm/gloss/match"
)

// A place and an honorific written against a term's head. Japanese compounds the place a
// visit or a stay is at with its noun (インド訪問, "a visit to India"; 米国滞在), and
// writes an honorific prefix on the act of a person it honours (御訪問, ご出席). A term
// written as a modifier, の and a head (国賓としての訪問, "State Visit") keeps both against
// its head: 国賓としてのインド御訪問 is a State Visit to India. So a Japanese term "M の H"
// is rendered by M の, then proper nouns (kagome's 固有名詞) and at most one honorific
// prefix (御, ご, お), then H. A common noun between (国賓としての公式会談) or another head
// after them (国賓としてのインド訪問団) is not the term. The place is the translation's
// only where the English names it: a country by one of its English names anywhere in the
// source (インド for "India"), another place after the term with "to" or "in" ("the State
// Visit to Hawaii"); a place the English does not name (国賓としての中国訪問 for "the State
// Visit to India", or for "the State Visit" alone) is another visit. An honorific prefix
// alone names no place.

// honorificPrefixes are the prefixes Japanese writes on the act of a person it honours.
var honorificPrefixes = []string{"御", "ご", "お"}

// headWithPlace reports whether the Japanese text writes a term of group that is a
// modifier, の and a head, with proper nouns that the English source src names for the
// term at o and at most one honorific prefix between the の and the head.
func (l *Linter) headWithPlace(src string, o match.Occurrence, text string, group []match.Occurrence, lang string) bool {
	var toks []morph.Token
	for _, g := range group {
		for _, t := range g.Concept.Terms[lang] {
			i := strings.LastIndex(t.Text, "の")
			if !t.Status.Allowed() || i <= 0 || i+len("の") == len(t.Text) {
				continue
			}
			mod, head := t.Text[:i+len("の")], t.Text[i+len("の"):]
			for off := 0; ; {
				j := strings.Index(text[off:], mod)
				if j < 0 {
					break
				}
				at := off + j + len(mod)
				off = at
				if toks == nil {
					toks = l.tokenize(text)
				}
				if place, ok := placedHead(text, toks, at, head); ok && (place == "" || placeNamed(src, o, place)) {
					return true
				}
			}
		}
	}
	return false
}

// placedHead reports whether the text from byte at writes one or more proper nouns, then
// at most one honorific prefix, or an honorific prefix alone, then head, ending a word;
// and returns the proper nouns, "" where there are none.
func placedHead(text string, toks []morph.Token, at int, head string) (string, bool) {
	from := at
	k := 0
	for k < len(toks) && toks[k].Start < at {
		k++
	}
	skipped := false
	for ; k < len(toks) && toks[k].Start == at && hasPOS(toks[k], "名詞", "固有名詞"); k++ {
		at, skipped = toks[k].End, true
	}
	place := text[from:at]
	if k < len(toks) && toks[k].Start == at && hasPOS(toks[k], "接頭詞") && slices.Contains(honorificPrefixes, toks[k].Surface) {
		at, skipped = toks[k].End, true
		k++
	}
	if !skipped || !strings.HasPrefix(text[at:], head) {
		return "", false
	}
	end := at + len(head)
	for ; k < len(toks) && toks[k].End <= end; k++ {
	}
	return place, k == len(toks) || toks[k].Start == end && !hasPOS(toks[k], "名詞")
}

// placeNamed reports whether the English source src names the Japanese place: a country
// (countryInitials) by one of its English names (countryNames) as a word anywhere in src,
// another place by a capitalized word after "to" or "in" right after the term at o.
func placeNamed(src string, o match.Occurrence, place string) bool {
	for r, names := range countryInitials {
		if !slices.Contains(names, place) {
			continue
		}
		key := strings.ToLower(src)
		for _, n := range countryNames[r] {
			if hasWords(key, n) {
				return true
			}
		}
		return false
	}
	for _, p := range []string{" to ", " in "} {
		if a, ok := strings.CutPrefix(src[o.End:], p); ok && startsUpper(a) {
			return true
		}
	}
	return false
}
