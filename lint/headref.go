package lint

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/match"
)

// A thing referred to by its head noun. English names a thing once in full ("the United
// Nations Security Council resolution", "the National Defense Strategy") and then by the
// head noun of its name, after a demonstrative ("this resolution", "the present
// resolution", "that strategy") or before the number that labels it ("Resolution 2321",
// "Article 5"); Japanese writes the whole name at each mention (国連安保理決議, この安保理決議).
// A Japanese source term whose English segment refers to the concept so (headReference)
// is rendered where the English names the concept in that segment or in one before, the
// naming the head noun refers back to: by a term of the concept or by its parts, the
// head noun and the modifier that a term of it writes before the head ("the United
// Nations Security Council unanimously adopted Resolution 2321", "a Resolution by the
// United Nations Security Council"; namesByParts). Named only after, the finding is a
// note; never named, an error (weNamesPass). The head noun alone, or with "the" or "a",
// is no reference, nor is it one before "of", another sense of the word ("this
// resolution of the issue").

// headDeterminers refer a noun back to one named before: the demonstratives, and "the"
// with a word that says the same one. Not "that", which is as often the conjunction
// ("confirmed that cooperation would be strengthened"), nor "such", which speaks of a kind,
// not of the one named ("seeks such resolution through dialogue").
var headDeterminers = []string{"this", "these", "those", "the present", "the said", "the same", "the above", "the above-mentioned"}

// headReference reports whether the target tgt refers to a concept of group by the head
// noun of its terms in lang: in English the last word of an allowed term of two words or
// more (headReferred); in Japanese the ending its terms share (jaHeadReferred).
func (l *Linter) headReference(tgt string, group []match.Occurrence, lang string) bool {
	if isJapanese(lang) {
		for _, g := range group {
			if head, mods := l.jaHeadParts(g.Concept, lang); len(mods) > 0 && jaHeadReferred(tgt, head, mods) {
				return true
			}
		}
		return false
	}
	for _, g := range group {
		for _, t := range g.Concept.Terms[lang] {
			if t.Status.Allowed() && headReferred(tgt, t.Text) {
				return true
			}
		}
	}
	return false
}

// headReferred reports whether text refers to the thing term names by the term's head
// noun (its last word), in either number: after a determiner of headDeterminers, or
// before a number that labels it, and not before "of". Before a number, a capitalized
// word just before the head that is no word of the term's modifier, nor its initials,
// makes the head part of another name ("General Assembly resolution 2321"), not the
// term's ("Security Council resolution 1718", "UNSC resolution 1718").
func headReferred(text, term string) bool {
	i := strings.LastIndexByte(term, ' ')
	if i < 0 {
		return false
	}
	lower := strings.ToLower(text)
	head := strings.ToLower(term[i+1:])
	cased := len(lower) == len(text) // the case of text readable at lower's offsets
	return eachHead(lower, head, func(at, end int) bool {
		after := lower[end:]
		if strings.HasPrefix(after, " of ") {
			return false
		}
		if labelNumber(after) && !(cased && otherNameBefore(text[:at], term[:i])) {
			return true
		}
		before := strings.TrimRight(lower[:at], " ")
		for _, d := range headDeterminers {
			if rest, ok := strings.CutSuffix(before, d); ok && (rest == "" || !isWordByte(rest[len(rest)-1])) {
				return true
			}
		}
		return false
	})
}

// otherNameBefore reports whether before, the text before a head noun, ends with a
// capitalized word, separated from the head by spaces alone, that is neither a word of
// mod, the modifier a term writes before that head, nor mod's initials (nameInitials).
func otherNameBefore(before, mod string) bool {
	b := strings.TrimRight(before, " ")
	if len(b) == len(before) || b == "" || !isWordByte(b[len(b)-1]) {
		return false
	}
	k := len(b)
	for k > 0 && isWordByte(b[k-1]) {
		k--
	}
	w := b[k:]
	if w[0] < 'A' || w[0] > 'Z' || slices.Contains(strings.Fields(mod), w) {
		return false
	}
	acr, _ := nameInitials(mod)
	return w != acr
}

// eachHead calls f with the bounds of each whole word of the lowercased text that is head
// in either number, until f returns true; it reports whether f did.
func eachHead(text, head string, f func(at, end int) bool) bool {
	stem := stemOf(head)
	for off := 0; off < len(text); {
		i := strings.Index(text[off:], stem)
		if i < 0 {
			return false
		}
		at := off + i
		off = at + 1
		if at > 0 && isWordByte(text[at-1]) {
			continue
		}
		end := at
		for end < len(text) && isWordByte(text[end]) {
			end++
		}
		if sameNumber(text[at:end], head) && f(at, end) {
			return true
		}
	}
	return false
}

// stemOf returns head without a plural -s, the part both numbers of it share.
func stemOf(head string) string {
	if s, ok := strings.CutSuffix(head, "s"); ok && len(s) > 2 {
		return s
	}
	return head
}

// labelNumber reports whether s, the text after a noun, opens with the number that labels
// it: " 2321", " no. 1718".
func labelNumber(s string) bool {
	s, ok := strings.CutPrefix(s, " ")
	if !ok {
		return false
	}
	s = strings.TrimPrefix(s, "no. ")
	return s != "" && '0' <= s[0] && s[0] <= '9'
}

// namesByParts reports whether text names concept c in lang by a term of it (writesTerm),
// or by the parts of one of its terms: in English, the modifier of a term of two words or
// more written as the name it is, capitalized and in the term's case, or by its initials,
// and the head noun, in either number, anywhere in the text ("the United Nations Security
// Council unanimously adopted Resolution 2321", "the UNSC adopted Resolution 2321"). A
// lowercase modifier is no name: "security" in "the security environment" does not name
// the security cooperation that "this cooperation" refers to. In Japanese, the head noun
// the terms share and the modifier of one of them (jaHeadParts: 国連安全保障理事会は、決議第
// 1874号を).
func namesByParts(text string, c *glossary.Concept, lang string) bool {
	head, mods := "", []string(nil)
	if isJapanese(lang) {
		head, mods = jaHeadParts(c, lang)
	}
	return namedByParts(text, c, lang, head, mods)
}

// namedByParts is namesByParts with the Japanese head noun and modifiers of c given
// (jaHeadParts), as a caller that checks many texts computes them once.
func namedByParts(text string, c *glossary.Concept, lang, jaHead string, jaMods []string) bool {
	lower := strings.ToLower(text)
	if writesTerm(lower, c, lang) {
		return true
	}
	if isJapanese(lang) {
		if len(jaMods) == 0 || !strings.Contains(text, jaHead) {
			return false
		}
		for _, m := range jaMods {
			if strings.Contains(text, m) {
				return true
			}
		}
		return false
	}
	for _, t := range c.Terms[lang] {
		if !t.Status.Allowed() {
			continue
		}
		i := strings.LastIndexByte(t.Text, ' ')
		if i < 0 || t.Text[0] < 'A' || t.Text[0] > 'Z' {
			continue
		}
		mod := t.Text[:i]
		acr, _ := nameInitials(mod)
		if (hasWords(text, mod) || len(acr) >= 3 && hasWords(text, acr)) && hasHead(lower, strings.ToLower(t.Text[i+1:])) {
			return true
		}
	}
	return false
}

// hasHead reports whether the lowercased text has head as a word, in either number.
func hasHead(text, head string) bool {
	return eachHead(text, head, func(int, int) bool { return true })
}

// jaHeadParts returns jaHeadParts(c, lang), computed once for each concept and language.
func (l *Linter) jaHeadParts(c *glossary.Concept, lang string) (head string, mods []string) {
	if !isJapanese(lang) {
		return "", nil
	}
	type key struct {
		c    *glossary.Concept
		lang string
	}
	type parts struct {
		head string
		mods []string
	}
	if v, ok := l.jaHeads.Load(key{c, lang}); ok {
		p := v.(parts)
		return p.head, p.mods
	}
	head, mods = jaHeadParts(c, lang)
	l.jaHeads.Store(key{c, lang}, parts{head, mods})
	return head, mods
}

// jaHeadParts splits the allowed Japanese terms of c into the head noun they share and
// the modifiers before it: a compound's head is its last element, and the terms of one
// concept differ in how they write the modifier (国連安全保障理事会決議, 国連安保理決議,
// 安保理決議: the head 決議, the modifiers 国連安全保障理事会, 国連安保理, 安保理). The head is
// the longest ending all of them share, two characters or more; a concept with one
// Japanese term, or whose terms share none, or one of which is the ending itself, has
// none (no modifiers).
func jaHeadParts(c *glossary.Concept, lang string) (head string, mods []string) {
	var terms []string
	for _, t := range c.Terms[lang] {
		if t.Status.Allowed() && t.Text != "" {
			terms = append(terms, t.Text)
		}
	}
	if len(terms) < 2 {
		return "", nil
	}
	head = terms[0]
	for _, t := range terms[1:] {
		for !strings.HasSuffix(t, head) {
			_, w := utf8.DecodeRuneInString(head)
			head = head[w:]
		}
	}
	if utf8.RuneCountInString(head) < 2 {
		return "", nil
	}
	for _, t := range terms {
		if t == head {
			return "", nil
		}
		mods = append(mods, strings.TrimSuffix(t, head))
	}
	return head, mods
}

// jaHeadReferred reports whether the Japanese text has head after a demonstrative
// (この決議, 同決議, 本決議: see demonstrativeBefore) or before the number that labels it
// (決議第1874号), and there not after a kanji or katakana that ends no modifier of mods: a
// noun before the head makes it another compound, another name (総会決議第77号).
func jaHeadReferred(text, head string, mods []string) bool {
	for off := 0; off < len(text); {
		i := strings.Index(text[off:], head)
		if i < 0 {
			return false
		}
		at := off + i
		off = at + len(head)
		if demonstrativeBefore(text, at) || strings.HasSuffix(text[:at], "本") && !endsWithKanjiBefore(text[:at-len("本")]) {
			return true
		}
		rest, ok := strings.CutPrefix(text[off:], "第")
		if !ok {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsDigit(r) || otherNounBefore(text[:at], mods) {
			continue
		}
		return true
	}
	return false
}

// otherNounBefore reports whether the Japanese s ends with a kanji or katakana and with no
// modifier of mods.
func otherNounBefore(s string, mods []string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	if s == "" || !unicode.Is(unicode.Han, r) && !unicode.Is(unicode.Katakana, r) && r != 'ー' {
		return false
	}
	for _, m := range mods {
		if m != "" && strings.HasSuffix(s, m) {
			return false
		}
	}
	return true
}

// endsWithKanjiBefore reports whether s ends with a kanji: 本 after one is the end of
// another word (日本, 基本), not the determiner.
func endsWithKanjiBefore(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return s != "" && unicode.Is(unicode.Han, r)
}
