package lint

import (
	"strings"

	"github.com/glossterm/gloss/internal/lexicon"
	"github.com/glossterm/gloss/match"
)

// Elided heads. English leaves out the head after coordinated modifiers that end a phrase
// when the sentence has named the head's sense before them: 核及び通常戦力を含むあらゆる種類の
// 米国の軍事力 is "the full range of U.S. military capabilities, including nuclear and
// conventional". The term's modifier is rendered, its head is understood from the noun
// the coordination qualifies: that is a paraphrase (a note), not an omission. A
// coordination followed by a noun has a head of its own ("nuclear and conventional
// weapons"), and one whose head's sense the sentence never names leaves it out: both are
// still missing the term.

// elidedHead returns the span of the target's coordination that renders the modifier of an
// allowed English term of the group ("conventional" of "conventional forces") with its
// head left out, and ok true when the head's sense comes earlier in the target's sentence:
// the term's own head, or a word of the Japanese source head's glosses or concepts.
func (l *Linter) elidedHead(src, tgt string, o match.Occurrence, group []match.Occurrence, srcLang, tgtLang string) (start, end int, ok bool) {
	if !isJapanese(srcLang) || isJapanese(tgtLang) || !strings.Contains(tgt, " and ") && !strings.Contains(tgt, " or ") {
		return 0, 0, false
	}
	var toks []sharedTok
	var senses []string // words that name the head's sense, asked for once
	sensesDone := false
	for mod, head := range modifiedTerms(group, tgtLang) {
		if toks == nil {
			toks = sharedToks(tgt)
		}
		for i := 0; i+len(mod) <= len(toks); i++ {
			cs, ce, found := elidedAt(toks, i, mod)
			if !found {
				continue
			}
			if !sensesDone {
				senses, sensesDone = l.headSenses(src[o.Start:o.End], srcLang, tgtLang), true
			}
			ss, _ := match.SentenceAround(tgt, toks[cs].start, toks[ce-1].end)
			for _, b := range toks[:cs] {
				if b.start < ss || b.norm == "" {
					continue
				}
				if lexicon.SameWord(b.norm, head.norm) || anySame([]string{b.norm}, senses) {
					return toks[cs].start, toks[ce-1].end, true
				}
			}
		}
	}
	return 0, 0, false
}

// elidedAt reports whether toks has the words mod at i as a conjunct of a coordination of
// one-word modifiers that ends the phrase ("nuclear and conventional.", "conventional or
// nuclear,", "nuclear, conventional, and missile."), with the coordination's token range.
func elidedAt(toks []sharedTok, i int, mod []sharedTok) (cs, ce int, ok bool) {
	for k, m := range mod {
		if !strings.EqualFold(toks[i+k].word, m.word) {
			return 0, 0, false
		}
	}
	conj := func(j int) bool {
		return j >= 0 && j < len(toks) && (strings.EqualFold(toks[j].word, "and") || strings.EqualFold(toks[j].word, "or"))
	}
	sep := func(j int) bool { return conj(j) || j >= 0 && j < len(toks) && toks[j].comma }
	word := func(j int) bool { return j >= 0 && j < len(toks) && toks[j].word != "" && toks[j].norm != "" }
	// A conjunct is a word after one or two separators (", and").
	conjunct := func(j, step int) (k int, hasConj, ok bool) {
		k = j + step
		if !sep(k) {
			return 0, false, false
		}
		hasConj = conj(k)
		if sep(k + step) {
			k += step
			hasConj = hasConj || conj(k)
		}
		if !word(k + step) {
			return 0, false, false
		}
		return k + step, hasConj, true
	}
	cs, ce = i, i+len(mod)
	coord, n := false, 1
	for {
		k, c, ok := conjunct(cs, -1)
		if !ok {
			break
		}
		cs, coord, n = k, coord || c, n+1
	}
	for {
		k, c, ok := conjunct(ce-1, 1)
		if !ok {
			break
		}
		ce, coord, n = k+1, coord || c, n+1
	}
	if !coord || n < 2 || ce < len(toks) && !toks[ce].stop && !toks[ce].comma {
		return 0, 0, false
	}
	return cs, ce, true
}

// headSenses returns the English words that name the sense of a Japanese term's head (its
// last part): the part's concepts' terms and its dictionary glosses.
func (l *Linter) headSenses(term, srcLang, tgtLang string) []string {
	parts := l.termParts(term, srcLang, tgtLang)
	if len(parts) < 2 {
		return nil
	}
	p := parts[len(parts)-1]
	var out []string
	for _, c := range p.concepts {
		for _, t := range c.Terms[tgtLang] {
			if t.Status.Allowed() {
				out = append(out, lexicon.EnglishWords(t.Text)...)
			}
		}
	}
	if l.glosses != nil {
		gs := l.glosses(p.texts)
		for _, text := range p.texts {
			for _, g := range gs[text] {
				out = append(out, lexicon.EnglishWords(g)...)
			}
		}
	}
	return out
}
