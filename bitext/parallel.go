package bitext

import (
	"errors"
	"fmt"
	"strings"

	"github.com/glossterm/gloss/bitext/internal/docalign"
	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/segment"
)

// OriginParallel marks the segments aligned from parallel documents.
const OriginParallel = "parallel"

// Align aligns a Japanese document with its English translation (see
// [docalign]): both are split into sentences, and the beads with sentences on both sides
// (1-1, 2-1, 1-2) become segments that feed the bitext co-occurrence evidence and the TMX
// like the segments of a bitext file (Origin [OriginParallel], Doc the Japanese document,
// Line the line of the first Japanese sentence). When the two documents have as many
// paragraphs (non-empty lines), as a translation does, the sentences are aligned within
// each pair of paragraphs; otherwise across the whole documents (see [CheckParallel]).
// The glossary's approved pairs, when g is not nil, anchor the alignment. A document with
// no sentence is an error.
func Align(ja, en Doc, g *glossary.Glossary) ([]Segment, error) {
	js, es := segment.Japanese(ja.Text), segment.English(en.Text)
	switch {
	case len(js) == 0 && len(es) == 0:
		return nil, errors.New("parallel documents " + ja.Name + " and " + en.Name + ": both are empty")
	case len(js) == 0:
		return nil, inputErr(ja.Name, "no Japanese sentences", "a parallel pair needs text on both sides")
	case len(es) == 0:
		return nil, inputErr(en.Name, "no English sentences", "a parallel pair needs text on both sides")
	}
	opts := docalign.Options{Terms: ApprovedTerms(g)}
	jp, ep := paragraphs(ja.Text), paragraphs(en.Text)
	if len(jp) != len(ep) {
		return alignSentences(ja.Name, js, es, opts), nil
	}
	var out []Segment
	for i := range jp {
		js, es := segment.Japanese(jp[i].text), segment.English(ep[i].text)
		if len(js) == 0 || len(es) == 0 {
			continue
		}
		for k := range js {
			js[k].Line += jp[i].line - 1
		}
		out = append(out, alignSentences(ja.Name, js, es, opts)...)
	}
	return out, nil
}

// alignSentences aligns two lists of sentences and returns the beads with both sides.
func alignSentences(doc string, js, es []segment.Sentence, opts docalign.Options) []Segment {
	jt, et := make([]string, len(js)), make([]string, len(es))
	for i, s := range js {
		jt[i] = s.Text
	}
	for i, s := range es {
		et[i] = s.Text
	}
	var out []Segment
	for _, b := range docalign.Align(jt, et, opts) {
		if b.JA0 == b.JA1 || b.EN0 == b.EN1 {
			continue
		}
		out = append(out, Segment{Doc: doc, Line: js[b.JA0].Line, JA: strings.Join(jt[b.JA0:b.JA1], ""),
			EN: strings.Join(et[b.EN0:b.EN1], " "), Origin: OriginParallel})
	}
	return out
}

// paragraph is one non-empty line of a document.
type paragraph struct {
	line int
	text string
}

func paragraphs(text string) []paragraph {
	var out []paragraph
	for i, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(strings.TrimLeft(l, "\uFEFF")) != "" {
			out = append(out, paragraph{i + 1, l})
		}
	}
	return out
}

// CheckParallel reports, as a *gloss.Error on the English document, a pair whose
// paragraph counts (non-empty lines) differ: a document and its translation keep their
// paragraphs, so a difference means a paragraph missing, split or joined on one side, or
// a file that is not the other's translation. [Align] still aligns such a pair
// across the whole documents; the command line refuses it.
func CheckParallel(ja, en Doc) error {
	jp, ep := paragraphs(ja.Text), paragraphs(en.Text)
	if len(jp) == len(ep) {
		return nil
	}
	return inputErr(en.Name, fmt.Sprintf("%d paragraphs (non-empty lines), but %s has %d", len(ep), ja.Name, len(jp)),
		"a parallel pair is a document and its translation, paragraph for paragraph: join or split lines so that they correspond")
}

// TermPair is one allowed Japanese–English term pair of an approved concept.
type TermPair = docalign.TermPair

// ApprovedTerms lists the allowed term pairs of the glossary's approved concepts: the
// anchors of a parallel alignment, and the pairs align's lexicon is built from.
func ApprovedTerms(g *glossary.Glossary) []TermPair {
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
