package main

import (
	"encoding/json"
	"fmt"
	"slices"

	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/textfile"
	"github.com/glossterm/gloss/internal/textpos"
	"github.com/glossterm/gloss/match"
)

// lookupIn lists every glossary term found in a text file, with its position and the
// concept's preferred terms: a translator's view of which terms a document uses, and
// which of them are to be avoided.
func lookupIn(e *env, g *glossary.Glossary, path string, asJSON bool) int {
	var data []byte
	var err error
	if path == "-" {
		data, err = textfile.Read(e.stdin, path, textfile.Document)
	} else {
		data, err = textfile.ReadFile(path, textfile.Document)
	}
	if err == nil {
		err = textfile.CheckText(path, data)
	}
	if err != nil {
		return errorf(e, "%v", err)
	}
	m, err := match.Compile(g, match.Options{})
	if err != nil {
		return errorf(e, "%v", err)
	}
	text := string(data)
	type hit struct {
		File      string `json:"file"`
		Line      int    `json:"line"`
		Col       int    `json:"col"`
		Offset    int    `json:"offset"`
		Text      string `json:"text"`
		Lang      string `json:"lang"`
		Concept   string `json:"concept"`
		Term      string `json:"term"`
		Status    string `json:"status"`
		Preferred string `json:"preferred,omitempty"`
	}
	var hits []hit
	lines := textpos.New(text)
	for _, o := range distinctOccurrences(m.Find(text), g.Languages) {
		line, col, _ := lines.Locate(o.Start)
		h := hit{File: path, Line: line, Col: col, Offset: o.Start, Text: text[o.Start:o.End], Lang: o.Lang,
			Concept: o.Concept.ID, Term: o.Term.Text, Status: string(o.Term.Status)}
		if p := o.Concept.Preferred(o.Lang); p != nil {
			h.Preferred = p.Text
		}
		hits = append(hits, h)
	}
	if asJSON {
		if hits == nil {
			hits = []hit{}
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		enc.Encode(hits)
	} else {
		for _, h := range hits {
			advice := ""
			if h.Status == string(glossary.Deprecated) || h.Status == string(glossary.Forbidden) {
				advice = fmt.Sprintf("  ! %s: use %q", h.Status, h.Preferred)
			}
			fmt.Fprintf(e.stdout, "%s:%d:%d: %s  [%s] %s%s\n", h.File, h.Line, h.Col, h.Text, h.Concept,
				summaryLine(g.Concept(h.Concept), g.Languages), advice)
		}
		fmt.Fprintf(e.stderr, "%s: %s\n", path, plural(len(hits), "term occurrence", "term occurrences"))
	}
	if len(hits) == 0 {
		return exitFindings
	}
	return exitOK
}

// distinctOccurrences keeps one occurrence per span and concept (the glossary's own term
// over an inflection), and drops a deprecated or forbidden reading of a span that another
// concept allows: "burden-sharing" is a preferred term of one concept and a deprecated
// rendering of its homonym, and a text that uses it is not wrong. A term that the concept
// lists in two languages (NATO) is reported in the first of langs, so that the output does
// not depend on the order the matcher found them in.
func distinctOccurrences(occ []match.Occurrence, langs []string) []match.Occurrence {
	type span struct{ s, e int }
	allowed := map[span]bool{}
	for _, o := range occ {
		if o.Term.Status.Allowed() {
			allowed[span{o.Start, o.End}] = true
		}
	}
	type key struct {
		span
		concept *glossary.Concept
	}
	at := map[key]int{}
	var out []match.Occurrence
	for _, o := range occ {
		sp := span{o.Start, o.End}
		if !o.Term.Status.Allowed() && allowed[sp] {
			continue
		}
		k := key{sp, o.Concept}
		if i, dup := at[k]; dup {
			if out[i].Inflected && !o.Inflected ||
				out[i].Inflected == o.Inflected && langRank(langs, o.Lang) < langRank(langs, out[i].Lang) {
				out[i] = o
			}
			continue
		}
		at[k] = len(out)
		out = append(out, o)
	}
	return out
}

// langRank is lang's place in langs; a language not in it comes after them all.
func langRank(langs []string, lang string) int {
	if i := slices.Index(langs, lang); i >= 0 {
		return i
	}
	return len(langs)
}
