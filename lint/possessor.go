package lint

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossterm/gloss/match"
)

// possessorAsModifier reports whether an English source term that a noun possesses
// through "of" ("the peace and security of the international community") is rendered in
// the Japanese text by its modifier alone and の before the possessed noun (国際の平和と
// 安全, "international peace and security"): Japanese turns the possessor of a noun into a
// modifier of it and drops the possessor's head noun (社会, community), which the
// modified noun stands in for. The Japanese term must be a compound of nouns whose head is
// one noun of two characters or more (国際|社会), its modifier of two or more; the modifier
// must stand as a word of its own, followed by の and a noun. Where the source writes the
// term otherwise ("the international community condemned it"), or the translation writes
// the modifier and の without the source's "of", the term is still required; so is a
// capitalized name ("the goals of the National Defense Strategy": 国家防衛の目標 drops the
// document), whose head is part of what it names. The possessor may also be written with
// the possessive 's before its noun ("the international community's efforts"), and the
// modifier may take 的な, the attributive of an adjectival noun, for の (国際的な取組,
// "international efforts"): both are a possessor made the noun's modifier.
func (l *Linter) possessorAsModifier(src string, o match.Occurrence, tgt string, group []match.Occurrence, lang string) bool {
	if strings.IndexFunc(src[o.Start:o.End], unicode.IsUpper) >= 0 {
		return false // a name ("the goals of the National Defense Strategy") keeps its head
	}
	before := strings.ToLower(src[:o.Start])
	if !strings.HasSuffix(before, " of the ") && !strings.HasSuffix(before, " of ") && !possessiveNoun(src[o.End:]) {
		return false
	}
	for _, g := range group {
		for _, t := range g.Concept.Terms[lang] {
			if !t.Status.Allowed() || !someModifierBeforeNoun(tgt, t.Text, "の") && !someModifierBeforeNoun(tgt, t.Text, "的な") {
				continue // the text alone rules it out: kagome is not asked
			}
			toks := l.tokenize(t.Text)
			if len(toks) < 2 {
				continue
			}
			nouns := true
			for _, tk := range toks {
				if !hasPOS(tk, "名詞") {
					nouns = false
				}
			}
			head := toks[len(toks)-1]
			mod := t.Text[:head.Start]
			if !nouns || utf8.RuneCountInString(head.Surface) < 2 || utf8.RuneCountInString(mod) < 2 {
				continue
			}
			if modifierBeforeNoun(tgt, mod+"の") || modifierBeforeNoun(tgt, mod+"的な") {
				return true
			}
		}
	}
	return false
}

// possessiveNoun reports whether after, the text right after an English term, opens with
// the possessive 's (or ’s) and a word, the noun possessed: "'s efforts". An apostrophe
// alone may close a quotation, and is not read as a plural's possessive.
func possessiveNoun(after string) bool {
	for _, p := range []string{"'s ", "’s "} {
		if rest, ok := strings.CutPrefix(after, p); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsLetter(r)
		}
	}
	return false
}

// someModifierBeforeNoun reports whether text has a start of term, of two characters or
// more, as modifierBeforeNoun asks (the start, link, a noun; link is の or 的な): the
// cheap test before the term is split into words.
func someModifierBeforeNoun(text, term, link string) bool {
	if !strings.Contains(text, link) {
		return false
	}
	for i, n := 0, 0; i < len(term); n++ {
		if n >= 2 && modifierBeforeNoun(text, term[:i]+link) {
			return true
		}
		_, w := utf8.DecodeRuneInString(term[i:])
		i += w
	}
	return false
}

// modifierBeforeNoun reports whether text has lead as a word of its own (no kanji or
// katakana right before it) followed by a kanji or katakana noun that is not itself the
// possessor of another noun: in 国際的な会議の取組 the modifier belongs to 会議, and the
// noun that stands for the source's possessed noun is 取組.
func modifierBeforeNoun(text, lead string) bool {
	for off := 0; off < len(text); {
		k := strings.Index(text[off:], lead)
		if k < 0 {
			return false
		}
		at := off + k
		off = at + len(lead)
		if r, _ := utf8.DecodeLastRuneInString(text[:at]); at > 0 && (compounds(r) || unicode.Is(unicode.Han, r)) {
			continue
		}
		end := off
		for end < len(text) {
			r, w := utf8.DecodeRuneInString(text[end:])
			if !compounds(r) {
				break
			}
			end += w
		}
		if end > off && !strings.HasPrefix(text[end:], "の") {
			return true
		}
	}
	return false
}
