package lint

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/glossterm/gloss/internal/english"
	"github.com/glossterm/gloss/match"
)

// A term of a noun modified by a サ変 noun (共有された価値, 共通の価値: "shared values",
// "common values") is said in a clause by the noun as the object of the verb the サ変 noun
// makes: 価値を共有する, "share values". An English sentence "A and B share common values"
// has the verb and the adjective both; a Japanese translation writes 価値を共有している,
// the one verb saying what the English verb and adjective said. The clause renders the
// term where the English source has the verb before it in its clause: without the verb
// ("shared norms" alone), 規範を共有する says more than the term and is no rendering.

// verbEndings open the conjugations of a サ変 verb after its noun: する, し (している,
// した, しており), さ (される, された), でき (できる).
var verbEndings = []string{"す", "し", "さ", "でき"}

// verbPhraseVariant reports whether the English source src has before the term at o, in
// its clause, the verb whose participle opens an allowed term of the group ("share" of
// "shared values", before "common values"), and the Japanese text has, for an allowed term
// of the group of the form N+E+H (see attributiveSplit), the head H as the object of the
// verb of N or of its synonym (modifierSynonyms): H, を, the noun and a conjugation of
// する (価値を共有している for 共通の価値). The noun must stand as a verb: 価値を共有
// without する, or 価値を尊重する, is no such clause; nor is the head of a longer noun
// (付加価値を共有する).
//
// A clause that modifies a noun (価値観を共有するパートナー, "partners with shared values")
// needs no English verb: the relative clause is how Japanese says the participle of the
// term itself ("shared", "common"), the noun it modifies standing for what holds the
// values.
func verbPhraseVariant(src string, o match.Occurrence, text string, group []match.Occurrence, srcLang, lang string) bool {
	written, relative := clauseWritten(text, group, lang)
	return written && (relative || verbBefore(src[:o.Start], group, srcLang))
}

// relativeEndings are the conjugations of する that end a clause modifying the noun
// written right after them (共有するパートナー, 共有している国々, 共有してきた価値).
var relativeEndings = []string{"する", "している", "した", "してきた", "してきている"}

// clauseWritten reports whether the Japanese text has the clause of verbPhraseVariant,
// and whether some such clause modifies a noun (relative).
func clauseWritten(text string, group []match.Occurrence, lang string) (written, relative bool) {
	for _, g := range group {
		for _, t := range g.Concept.Terms[lang] {
			if !t.Status.Allowed() {
				continue
			}
			n, _, h := attributiveSplit(t.Text)
			if n == "" {
				continue
			}
			for _, n2 := range [2]string{n, modifierSynonyms[n]} {
				if n2 == "" {
					continue
				}
				if w, r := coordinatedClause(text, h, n2); w {
					written = true
					if r {
						return true, true
					}
				}
				phrase := h + "を" + n2
				if w, r := clauseAt(text, phrase, func(start int) (int, bool) { return start + len(phrase), true }); w {
					written = true
					if r {
						return true, true
					}
				}
			}
		}
	}
	return written, false
}

// clauseAt reports whether text has find, the head of a clause's object or the head and
// what follows it up to the verb's noun, not that of a longer noun (an adjective in 的
// modifies the head: 基本的価値観), where verb gives the offset after the noun, the clause
// going on to a conjugation of する; and whether some such clause modifies a noun
// (relative).
func clauseAt(text, find string, verb func(start int) (int, bool)) (written, relative bool) {
	for off := 0; ; {
		i := strings.Index(text[off:], find)
		if i < 0 {
			return written, false
		}
		start := off + i
		off = start + len(find)
		if r, _ := utf8.DecodeLastRuneInString(text[:start]); start > 0 && compounds(r) && !adjectiveBefore(text, start) {
			continue // 付加価値を共有する: another noun's head
		}
		end, ok := verb(start)
		if !ok {
			continue
		}
		for _, e := range verbEndings {
			if strings.HasPrefix(text[end:], e) {
				written = true
			}
		}
		for _, e := range relativeEndings {
			if rest, ok := strings.CutPrefix(text[end:], e); ok && nounStart(rest) {
				return true, true
			}
		}
	}
}

// nounStart reports whether text opens with a kanji or a katakana, the start of a noun.
func nounStart(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return compounds(r)
}

// verbBefore reports whether one of the last words of before, in the clause that ends
// there, is a form of the verb whose participle opens an allowed term of the group in
// lang (share, shares, shared or sharing, of "shared values").
func verbBefore(before string, group []match.Occurrence, lang string) bool {
	if i := strings.LastIndexAny(before, ".;:\n"); i >= 0 {
		before = before[i+1:]
	}
	words := strings.Fields(strings.ToLower(before))
	if len(words) > verbReach {
		words = words[len(words)-verbReach:]
	}
	if len(words) == 0 {
		return false
	}
	for _, g := range group {
		for _, t := range g.Concept.Terms[lang] {
			if !t.Status.Allowed() {
				continue
			}
			first, _, _ := strings.Cut(strings.ToLower(t.Text), " ")
			if len(first) < 5 || !strings.HasSuffix(first, "ed") {
				continue
			}
			for _, stem := range [2]string{first[:len(first)-1], first[:len(first)-2]} {
				forms := append(english.VerbForms(stem), stem)
				for _, w := range words {
					if slices.Contains(forms, w) {
						return true
					}
				}
			}
		}
	}
	return false
}

// verbReach is how many words before a term its clause's verb may stand: "share
// strategic interests and common values".
const verbReach = 6
