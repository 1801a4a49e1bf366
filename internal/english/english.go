package english

import (
	"strings"

	"github.com/glossterm/gloss/internal/textnorm"
)

// Forms returns the inflected forms of term other than term itself, without duplicates.
// pos is the glossary's part of speech: "verb" inflects as a verb (the first word of a
// phrase), "properNoun" and "other" are left alone, anything else inflects the last word
// as a noun in both directions (singular ↔ plural). Terms whose word to inflect is not
// all letters, or is an acronym, get only a plain "s" plural (ICBM → ICBMs) or nothing.
func Forms(term, pos string) []string {
	var out []string
	add := func(s string) {
		if s == "" || s == term {
			return
		}
		for _, x := range out {
			if x == s {
				return
			}
		}
		out = append(out, s)
	}
	switch pos {
	case "properNoun", "other", "adjective", "adverb":
		return nil
	case "verb":
		first, rest := term, ""
		if i := strings.IndexByte(term, ' '); i > 0 {
			first, rest = term[:i], term[i:]
		}
		if !isLetters(first) {
			return nil
		}
		for _, f := range VerbForms(first) {
			add(f + rest)
		}
		return out
	}
	i := strings.LastIndexByte(term, ' ') + 1
	head, last := term[:i], term[i:]
	if pre, noun, ok := prefixed(last); ok {
		head, last = head+pre, noun
	}
	switch {
	case isAcronym(last):
		add(head + last + "s")
	case isLetters(last):
		add(head + Plural(last))
		add(head + Singular(last))
	}
	return out
}

// boundPrefixes are the prefixes English hyphenates to a noun without changing its
// class: the noun after them stays the head of the word (co-chair, vice-minister,
// counter-measure).
var boundPrefixes = []string{"co-", "vice-", "counter-", "sub-", "ex-"}

// prefixed splits a word written as a bound prefix and a noun (co-chair) into the prefix
// with its hyphen and the noun, which inflects as the word's head (co-chairs). A compound
// of two words of their own (burden-sharing) is not split: its last part need not be a
// noun.
func prefixed(w string) (pre, noun string, ok bool) {
	lw := strings.ToLower(w)
	for _, p := range boundPrefixes {
		if strings.HasPrefix(lw, p) && isLetters(w[len(p):]) {
			return w[:len(p)], w[len(p):], true
		}
	}
	return "", "", false
}

var irregular = map[string]string{
	"analysis": "analyses", "crisis": "crises", "basis": "bases", "thesis": "theses",
	"man": "men", "woman": "women", "child": "children", "person": "people",
	"criterion": "criteria", "phenomenon": "phenomena", "datum": "data",
	"serviceman": "servicemen", "servicewoman": "servicewomen", "leaf": "leaves",
	"life": "lives", "half": "halves", "self": "selves", "foot": "feet",
}

var irregularSingular = func() map[string]string {
	m := map[string]string{}
	for s, p := range irregular {
		m[p] = s
	}
	return m
}()

// Plural returns the plural of an English noun by the regular rules and a table of
// irregular ones, keeping the case of the word's first letter.
func Plural(w string) string {
	lw := strings.ToLower(w)
	if p, ok := irregular[lw]; ok {
		return w[:1] + p[1:]
	}
	if _, ok := irregularSingular[lw]; ok {
		return w
	}
	switch {
	case len(lw) > 1 && strings.HasSuffix(lw, "y") && !isVowel(lw[len(lw)-2]):
		return w[:len(w)-1] + "ies"
	case hasAnySuffix(lw, "s", "x", "z", "ch", "sh"):
		if hasAnySuffix(lw, "ies", "es") && len(lw) > 4 {
			return w // already plural, most likely
		}
		return w + "es"
	}
	return w + "s"
}

// Singular returns the singular of a plural English noun (the irregular table first, then
// textnorm's regular rules), or w when it does not look plural.
func Singular(w string) string {
	if s, ok := irregularSingular[strings.ToLower(w)]; ok {
		return w[:1] + s[1:]
	}
	return textnorm.Singular(w)
}

// VerbForms returns the third-person singular, past and -ing forms of a regular verb. Where
// the final consonant may double (deter → deterred, but offer → offered) both spellings
// are returned.
func VerbForms(v string) []string {
	lv := strings.ToLower(v)
	n := len(lv)
	if n < 2 {
		return nil
	}
	last, prev := lv[n-1], lv[n-2]
	switch {
	case last == 'e':
		stem := v[:len(v)-1]
		if strings.HasSuffix(lv, "ee") || strings.HasSuffix(lv, "ye") {
			stem = v
		}
		return []string{v + "s", v[:len(v)-1] + "ed", stem + "ing"}
	case last == 'y' && !isVowel(prev):
		return []string{v[:len(v)-1] + "ies", v[:len(v)-1] + "ied", v + "ing"}
	case hasAnySuffix(lv, "s", "x", "z", "ch", "sh"):
		return []string{v + "es", v + "ed", v + "ing"}
	}
	forms := []string{v + "s", v + "ed", v + "ing"}
	if !isVowel(last) && last != 'w' && last != 'x' && last != 'y' && isVowel(prev) && (n < 3 || !isVowel(lv[n-3])) {
		d := v + v[len(v)-1:]
		forms = []string{v + "s", d + "ed", d + "ing", v + "ed", v + "ing"}
	}
	return forms
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

func hasAnySuffix(s string, suffixes ...string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

func isLetters(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

// isAcronym reports a word of two or more capitals (digits allowed after the first).
func isAcronym(s string) bool {
	if len(s) < 2 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	caps := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			caps++
		case '0' <= c && c <= '9':
		default:
			return false
		}
	}
	return caps >= 2
}

// postWords are the head words of a post's title in English ("Minister for Foreign
// Affairs", "Secretary of State", "Chair of the Board").
var postWords = map[string]bool{"minister": true, "secretary": true, "president": true, "ambassador": true,
	"chancellor": true, "premier": true, "director": true, "chair": true, "chairman": true, "chairperson": true,
	"governor": true, "commander": true, "chief": true, "representative": true, "advisor": true, "adviser": true}

// IsPostWord reports whether w, in any case, is the head word of a post's title.
func IsPostWord(w string) bool { return postWords[strings.ToLower(w)] }
