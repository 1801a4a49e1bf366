package lint

import (
	"iter"
	"strings"

	"github.com/glossterm/gloss/internal/lexicon"
	"github.com/glossterm/gloss/match"
)

// Shared heads in English. English factors the head out of coordinated modifiers and
// writes it once, in the plural, after the last: the U.S.-Japan Alliance and the U.S.-ROK
// Alliance are "the U.S.-Japan and U.S.-ROK alliances", 核戦力 and 通常戦力 "nuclear and
// conventional forces". A term "M H" is so rendered by "M and M2 Hs", "M, M2, and M3 Hs"
// (M first, a complete conjunct: the next token is the conjunction or a comma) and by
// "M2 and M Hs" (M last, right before the plural head). The words are compared as
// englishUnits splits them, so a hyphened modifier is its words, and a dash, like any
// punctuation but a comma, ends the phrase ("… alliances—each of …").

// sharedTok is a token of an English target for sharedHead: a word, a comma, or a stop
// (punctuation that ends a phrase).
type sharedTok struct {
	word        string // the word as written, "" for a comma or a stop
	norm        string // englishUnits' norm
	comma, stop bool
	start, end  int // byte offsets in the text
}

// sharedToks splits s into sharedToks.
func sharedToks(s string) []sharedTok {
	var out []sharedTok
	prev := 0
	for _, u := range englishUnits(s) {
		if between := s[prev:u.start]; strings.ContainsAny(between, "—―") || strings.Contains(between, " – ") {
			out = append(out, sharedTok{stop: true, start: prev, end: u.start})
		}
		prev = u.end
		t := sharedTok{start: u.start, end: u.end}
		switch {
		case !u.clause:
			t.word, t.norm = s[u.start:u.end], u.norm
		case s[u.start:u.end] == ",":
			t.comma = true
		default:
			t.stop = true
		}
		out = append(out, t)
	}
	return out
}

// sharedWords returns the words of a term, its marks left out.
func sharedWords(term string) []sharedTok {
	var words []sharedTok
	for _, w := range sharedToks(term) {
		if w.word != "" {
			words = append(words, w)
		}
	}
	return words
}

// sharedHead reports whether the English target renders an allowed term of the group's
// concepts with its head shared by coordinated modifiers.
func sharedHead(target string, group []match.Occurrence, lang string) bool {
	if isJapanese(lang) || !strings.Contains(target, " and ") && !strings.Contains(target, " or ") {
		return false
	}
	var toks []sharedTok
	for mod, head := range modifiedTerms(group, lang) {
		if toks == nil {
			toks = sharedToks(target)
		}
		if headShared(toks, mod, head) {
			return true
		}
	}
	return false
}

// modifiedTerms yields the modifier words and the head of each allowed term of two or
// more words of the group's concepts in lang: the terms whose head a coordination may
// share or leave out.
func modifiedTerms(group []match.Occurrence, lang string) iter.Seq2[[]sharedTok, sharedTok] {
	return func(yield func([]sharedTok, sharedTok) bool) {
		for _, g := range group {
			for _, t := range g.Concept.Terms[lang] {
				if !t.Status.Allowed() {
					continue
				}
				words := sharedWords(t.Text)
				if len(words) < 2 {
					continue
				}
				if !yield(words[:len(words)-1], words[len(words)-1]) {
					return
				}
			}
		}
	}
}

// headShared reports whether toks have the modifier words mod coordinated with another
// modifier before the plural of head: mod first, then a conjunction or comma and at most
// five more words before the head, or mod last, right before the head, after a
// conjunction or comma.
func headShared(toks []sharedTok, mod []sharedTok, head sharedTok) bool {
	isConj := func(t sharedTok) bool {
		return t.comma || strings.EqualFold(t.word, "and") || strings.EqualFold(t.word, "or")
	}
	isHead := func(t sharedTok) bool {
		return t.word != "" && lexicon.SameWord(t.norm, head.norm) && strings.HasSuffix(strings.ToLower(t.word), "s")
	}
	for i := 0; i+len(mod) < len(toks); i++ {
		ok := true
		for k, m := range mod {
			ok = ok && strings.EqualFold(toks[i+k].word, m.word)
		}
		if !ok {
			continue
		}
		after := i + len(mod)
		// M last: "M2 and M Hs"
		if isHead(toks[after]) && i >= 2 && isConj(toks[i-1]) && toks[i-2].word != "" {
			return true
		}
		// M first: "M and M2 Hs", "M, M2, and M3 Hs"
		if !isConj(toks[after]) {
			continue
		}
		conj, words := false, 0
		for j := after; j < len(toks) && !toks[j].stop; j++ {
			t := toks[j]
			if isHead(t) && conj && words > 0 {
				return true
			}
			if strings.EqualFold(t.word, "and") || strings.EqualFold(t.word, "or") {
				conj = true
			} else if t.word != "" {
				if words++; words > 5 {
					break
				}
			}
		}
	}
	return false
}
