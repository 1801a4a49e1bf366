package align

import (
	"errors"
	"strings"

	"github.com/glossterm/gloss/align/internal/docalign"
	"github.com/glossterm/gloss/align/internal/segment"
	"github.com/glossterm/gloss/glossary"
)

// OriginParallel marks the segments aligned from parallel documents.
const OriginParallel = "parallel"

// AlignParallel aligns a Japanese document with its English translation (see
// [docalign]): both are split into sentences, and the beads with sentences on both sides
// (1-1, 2-1, 1-2) become segments that feed the bitext co-occurrence evidence and the TMX
// like the segments of a bitext file (Origin [OriginParallel], Doc the Japanese document,
// Line the line of the first Japanese sentence). The glossary's approved pairs, when g is
// not nil, anchor the alignment. A document with no sentence is an error.
func AlignParallel(ja, en Doc, g *glossary.Glossary) ([]BitextSegment, error) {
	js, es := segment.Japanese(ja.Text), segment.English(en.Text)
	switch {
	case len(js) == 0 && len(es) == 0:
		return nil, errors.New("parallel documents " + ja.Name + " and " + en.Name + ": both are empty")
	case len(js) == 0:
		return nil, &InputError{ja.Name, "no Japanese sentences", "a parallel pair needs text on both sides"}
	case len(es) == 0:
		return nil, &InputError{en.Name, "no English sentences", "a parallel pair needs text on both sides"}
	}
	jt, et := make([]string, len(js)), make([]string, len(es))
	for i, s := range js {
		jt[i] = s.Text
	}
	for i, s := range es {
		et[i] = s.Text
	}
	var out []BitextSegment
	for _, b := range docalign.Align(jt, et, docalign.Options{Terms: approvedTerms(g)}) {
		if b.JA0 == b.JA1 || b.EN0 == b.EN1 {
			continue
		}
		out = append(out, BitextSegment{Doc: ja.Name, Line: js[b.JA0].Line, JA: strings.Join(jt[b.JA0:b.JA1], ""),
			EN: strings.Join(et[b.EN0:b.EN1], " "), Origin: OriginParallel})
	}
	return out, nil
}

// approvedTerms lists the allowed term pairs of the glossary's approved concepts, the pairs
// the lexicon is built from.
func approvedTerms(g *glossary.Glossary) []docalign.TermPair {
	if g == nil {
		return nil
	}
	var out []docalign.TermPair
	for _, c := range g.Concepts {
		if c.Status != glossary.Approved {
			continue
		}
		for _, jt := range c.Terms["ja"] {
			if !jt.Status.Allowed() {
				continue
			}
			for _, et := range c.Terms["en"] {
				if et.Status.Allowed() {
					out = append(out, docalign.TermPair{JA: jt.Text, EN: et.Text})
				}
			}
		}
	}
	return out
}
