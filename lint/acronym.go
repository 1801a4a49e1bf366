package lint

import (
	"strings"
	"unicode/utf8"

	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/textnorm"
	"github.com/glossterm/gloss/match"
)

// latinAcronym reports whether a Japanese translation writes, as a word of its own, a Latin
// acronym of one of the group's concepts: an allowed term of the source language that is
// an acronym ("NSC"), or the initials of an allowed term of three capitalized words or more
// ("National Security Council": NSC). Japanese official texts write the Latin acronym of an
// English name as it is (NSC特別会合, RCEPの早期妥結), so the acronym names the concept as
// its Japanese term does. The acronym is matched in its case, in full or half width, with no
// Latin letter or digit against it: NSCA and ANSC are other names. Initials the glossary
// rejects for the concept are no rendering.
func latinAcronym(target string, group []match.Occurrence, srcLang string) bool {
	for _, g := range group {
		for _, t := range g.Concept.Terms[srcLang] {
			if !t.Status.Allowed() {
				continue
			}
			a := t.Text
			if !isAcronym(a) {
				if a = initials(a); len(a) < 3 || rejected(g.Concept, a) {
					continue
				}
			}
			if hasLatinWord(target, a) {
				return true
			}
		}
	}
	return false
}

// rejected reports whether c has s as a deprecated or forbidden term in some language.
func rejected(c *glossary.Concept, s string) bool {
	for _, terms := range c.Terms {
		for _, t := range terms {
			if !t.Status.Allowed() && t.Text == s {
				return true
			}
		}
	}
	return false
}

// initials returns the initials of an English name whose words are capitalized, the
// lowercase function words of names ("of", "for", "and", "the", "on", "in") left out:
// "National Security Council" is NSC, "Ministry of Foreign Affairs" MFA. A word that is
// neither, or that holds other than letters ("U.S.-Japan"), leaves the name without
// initials one could trust: "".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		switch w {
		case "of", "for", "and", "the", "on", "in":
			continue
		}
		for _, r := range w {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
				return ""
			}
		}
		if w[0] < 'A' || w[0] > 'Z' {
			return ""
		}
		b.WriteByte(w[0])
	}
	return b.String()
}

// hasLatinWord reports whether text has word, Latin letters in their case, written in half
// or full width, with neither a Latin letter nor a digit just before or after it.
func hasLatinWord(text, word string) bool {
	folded := []rune(text)
	for i, r := range folded {
		if r >= '！' && r <= '～' {
			folded[i] = r - '！' + '!'
		}
	}
	w := []rune(word)
	latin := func(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' }
	for i := 0; i+len(w) <= len(folded); i++ {
		if string(folded[i:i+len(w)]) != word {
			continue
		}
		if (i == 0 || !latin(folded[i-1])) && (i+len(w) == len(folded) || !latin(folded[i+len(w)])) {
			return true
		}
	}
	return false
}

// nameAcronym reports whether an English translation writes an allowed English term of the
// group with the name it opens shortened to the name's acronym: "UNSC resolutions" for "UN
// Security Council resolutions", "the NSC" for "the National Security Council". English
// writes a well-known body by its initials, an acronym word of the name whole (UN), other
// words by their first letters, the function words of names left out; the acronym has
// three letters or more, in its case, as a word of its own, and the rest of the term
// follows it as written, its last word in either number, which the sentence sets ("a new
// UNSC resolution"). Initials the glossary rejects for the concept are no rendering.
func nameAcronym(target string, group []match.Occurrence, lang string) bool {
	lower := strings.ToLower(target)
	for _, g := range group {
		for _, t := range g.Concept.Terms[lang] {
			if !t.Status.Allowed() {
				continue
			}
			acr, rest := nameInitials(t.Text)
			if len(acr) < 3 || rejected(g.Concept, acr) {
				continue
			}
			for from := 0; ; {
				i := strings.Index(target[from:], acr)
				if i < 0 {
					break
				}
				at := from + i
				from = at + len(acr)
				if !hasLatinWord(target[max(0, at-1):min(len(target), at+len(acr)+1)], acr) {
					continue
				}
				if rest == "" || restFollows(lower[at+len(acr):], strings.ToLower(rest)) {
					return true
				}
			}
		}
	}
	return false
}

// restFollows reports whether after, the lowercased text after a name's initials, goes on
// with the words of rest, the lowercased rest of the term, as written, except that its last
// word may be in the other number: "UNSC resolution" as well as "UNSC resolutions".
func restFollows(after, rest string) bool {
	if !strings.HasPrefix(after, " ") {
		return false
	}
	want := strings.Fields(rest)
	for i, w := range want {
		after = strings.TrimLeft(after, " ")
		end := strings.IndexByte(after, ' ')
		if end < 0 {
			end = len(after)
		}
		g := after[:end]
		after = after[end:]
		if i < len(want)-1 {
			if g != w {
				return false
			}
			continue
		}
		return sameNumber(strings.TrimRight(g, wordPunct), w)
	}
	return true
}

// nameInitials splits an English term into the initials of the name it opens (two words or
// more, each capitalized or an acronym, with the function words of names inside) and the
// rest of the term: "UN Security Council resolutions" is UNSC and "resolutions". A term
// that opens with no such name has no initials: "".
func nameInitials(term string) (acr, rest string) {
	words := strings.Fields(term)
	var b strings.Builder
	n, end := 0, 0
	for k, w := range words {
		switch w {
		case "of", "for", "and", "on":
			if n > 0 && k+1 < len(words) {
				continue
			}
		}
		if w[0] < 'A' || w[0] > 'Z' {
			break
		}
		letters := true
		for _, r := range w {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
				letters = false
			}
		}
		if !letters {
			break
		}
		if isAcronym(w) {
			b.WriteString(w)
		} else {
			b.WriteByte(w[0])
		}
		n, end = n+1, k+1
	}
	if n < 2 {
		return "", ""
	}
	return b.String(), strings.Join(words[end:], " ")
}

// nameWithAcronym reports whether the Japanese source term at o lies inside a longer name
// that the source follows at once with its Latin acronym in parentheses, and the
// translation writes that acronym: 東アジア in 東アジア地域包括的経済連携（RCEP） where the
// English writes "Regional Comprehensive Economic Partnership (RCEP)". Official Japanese
// gives a name's acronym as the English gives it; the translation renders the name as the
// fixed name the acronym stands for, not word by word, so a term inside the name is not the
// term in use (the scope rule). The name must go on after the term in kanji or katakana up
// to the parenthesis; a term that is the whole name, or an acronym the translation does not
// write, is still demanded.
func nameWithAcronym(src, target string, o match.Occurrence) bool {
	rest := src[o.End:]
	n := 0
	for n < len(rest) {
		r, w := utf8.DecodeRuneInString(rest[n:])
		if s := script(r); s != 1 && s != 3 && r != '・' {
			break
		}
		n += w
	}
	if n == 0 || n > 90 { // the name goes on, for some thirty characters at most
		return false
	}
	rest = rest[n:]
	var open string
	for _, p := range []string{"(", "（"} {
		if strings.HasPrefix(rest, p) {
			open = p
		}
	}
	if open == "" {
		return false
	}
	rest = rest[len(open):]
	end := strings.IndexAny(rest, ")）")
	if end < 2 {
		return false
	}
	acr := textnorm.KeyCase(rest[:end]) // full-width Latin, as Japanese text may write it
	if !isAcronym(acr) {
		return false
	}
	return hasLatinWord(target, acr)
}
