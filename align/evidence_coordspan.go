package align

import (
	"strings"
	"unicode"

	"github.com/glossterm/gloss/internal/lexicon"
)

// Coordinations the English goes on with.
//
// A Japanese coordination of nouns joined by "and" (・, と, 及び, 並びに) is rendered member by
// member, and where the members share a head or a complement the English writes it once:
// 装備・技術協力 = "cooperation on equipment and technology", 友好国・パートナー国 = "friends
// and partner countries". The aligner's rendering of such a term is then often one member
// with the shared part ("cooperation on equipment", at review), the English of the other
// member cut off beside it by the conjunction. Where an aligned segment holding the term
// writes that rendering with "and" and a run of content words on one side, and the run
// holds a gloss word of the member's edge next to the coordinator (the last word of the
// member before it, the first of the member after) that the rendering does not hold, the
// run is that member's English and the term's English goes on over it. The run is one to
// three content words written as the words beside it (capitalized inside a capitalized
// name, in lower case after a lower-case word); after the rendering it ends where no
// capitalized name goes on. For review, as the rendering it extends: the member rests on
// one gloss word and its place.

// coordAndJoiners are the Japanese coordinators rendered by "and".
var coordAndJoiners = []string{"及び", "および", "並びに", "・", "と"}

// coordSpans extends the rendering of a coordination over the English of the member it
// leaves out, written beside it across "and" in an aligned segment holding the term.
func (r *run) coordSpans() {
	r.extendInSegments(func(p *Pair, jc *jaCand) func(BitextSegment) (string, string) {
		if jc.coord != 1 || jc.disj > 0 || jc.caseLinks > 0 {
			return nil
		}
		edge := r.coordEdgeGlosses(jc, p.EN)
		if len(edge) == 0 {
			return nil
		}
		return func(b BitextSegment) (string, string) {
			run, after := andRun(b.EN, p.EN, edge)
			if run == "" {
				return "", ""
			}
			e := p.EN + " and " + run
			if !after {
				e = run + " and " + p.EN
			}
			if r.proposedPair(p.JA, e) {
				return "", ""
			}
			return e, "a coordination's member beside it: " + run
		}
	})
}

// coordEdgeGlosses returns the normalized gloss words of the edges of the members of the
// coordination jc next to its coordinator (the last one or two units before it, the
// first one or two after it) that the English en does not hold, or nil when the term has
// no such coordinator.
func (r *run) coordEdgeGlosses(jc *jaCand, en string) map[string]bool {
	var coord string
	for _, j := range coordAndJoiners {
		if strings.Count(jc.text, j) == 1 {
			coord = j
			break
		}
	}
	if coord == "" {
		return nil
	}
	x, _, _ := strings.Cut(jc.text, coord)
	// the units on each side, by their place in the text
	var before, after []string
	pos := 0
	for _, u := range jc.units {
		k := strings.Index(jc.text[pos:], u.Surface)
		if k < 0 {
			return nil
		}
		pos += k + len(u.Surface)
		switch {
		case pos <= len(x):
			before = append(before, u.Surface)
		case pos-len(u.Surface) >= len(x)+len(coord):
			after = append(after, u.Surface)
		}
	}
	if len(before) == 0 || len(after) == 0 {
		return nil
	}
	var parts []string
	parts = append(parts, before[len(before)-1], after[0])
	if len(before) >= 2 {
		parts = append(parts, before[len(before)-2]+before[len(before)-1])
	}
	if len(after) >= 2 {
		parts = append(parts, after[0]+after[1])
	}
	has := wordSet(en)
	out := map[string]bool{}
	for _, part := range parts {
		for _, e := range r.lx.Lookup(part) {
			for _, w := range e.Words {
				if !has[w] && !lexicon.IsStop(w) {
					out[w] = true
				}
			}
		}
	}
	return out
}

// andRun finds the phrase e in the sentence en with "and" and a run of one to three
// content words on one side, the run holding a gloss word of glosses, and returns the run
// and whether it stands after e; else "".
func andRun(en, e string, glosses map[string]bool) (string, bool) {
	ws := strings.Fields(en)
	es := strings.Fields(e)
	n := len(es)
	for _, i := range phraseAt(ws, es) {
		capAfter := capitalized(es[n-1])
		if ws[i+n-1] == es[n-1] && i+n+1 < len(ws) && ws[i+n] == "and" {
			// e and W…: the run after, up to three words, the name not going on
			var run []string
			for j := i + n + 1; j < len(ws) && len(run) < 3; j++ {
				w := strings.TrimRight(ws[j], ",.;:)")
				if !runWord(w) || capitalized(w) != capAfter {
					break
				}
				run = append(run, w)
				if w != ws[j] {
					break
				}
			}
			for k := len(run); k >= 1; k-- {
				if !writesGloss(strings.Join(run[:k], " "), glosses) {
					continue
				}
				next := i + n + 1 + k
				if next < len(ws) && strings.TrimRight(ws[next-1], ",.;:)") == ws[next-1] && capitalized(ws[next]) && capAfter {
					break // the name goes on
				}
				if next < len(ws) && !capAfter && runWord(ws[next]) && ws[next-1] == run[k-1] {
					continue // the lower-case noun phrase goes on
				}
				return strings.Join(run[:k], " "), true
			}
		}
		capBefore := capitalized(es[0])
		if i >= 2 && ws[i-1] == "and" {
			// W… and e: the run before, up to three words
			var run []string
			for j := i - 2; j >= 0 && len(run) < 3; j-- {
				w := ws[j]
				if !runWord(w) || capitalized(w) != capBefore {
					break
				}
				run = append([]string{w}, run...)
			}
			for k := len(run); k >= 1; k-- {
				sub := run[len(run)-k:]
				if !writesGloss(sub[0], glosses) {
					continue
				}
				return strings.Join(sub, " "), false
			}
		}
	}
	return "", false
}

// runWord reports whether w is a word of letters (and inner hyphens) that is no
// function word.
func runWord(w string) bool {
	if w == "" || lexicon.IsStop(strings.ToLower(w)) {
		return false
	}
	return strings.IndexFunc(w, func(c rune) bool { return !unicode.IsLetter(c) && c != '-' }) < 0
}
