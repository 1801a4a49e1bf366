package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/glossterm/gloss/glossary"
)

func init() {
	register(&command{
		name:    "lookup",
		summary: "show the concept a Japanese or English term belongs to: approved rendering, variants, definition, evidence",
		usage:   "[--format text|json] [--glossary FILE] TERM... | --in FILE",
		run:     runLookup,
	})
}

func runLookup(e *env) int {
	c := commands["lookup"]
	fs := newFlags(e, c)
	gf := addGlossaryFlags(fs, glossaryReadHelp)
	format := addFormatFlag(fs)
	in := fs.String("in", "", "list the glossary terms found in `FILE` (- for standard input) instead")
	args, code, ok := parseFlags(fs, e.args)
	if !ok {
		return code
	}
	if code := format.check(e); code != exitOK {
		return code
	}
	asJSON := format.json()
	if *in != "" {
		if len(args) > 0 {
			return errorf(e, "give either terms or --in FILE, not both")
		}
		if code := stdinOnce(e, gf.locate(e), []string{*in}, stdinGlossaryBoth, ""); code != exitOK {
			return code
		}
		lookupInBudget(e)
		g, code := gf.load(e)
		if g == nil {
			return code
		}
		return lookupIn(e, g, *in, asJSON)
	}
	if len(args) == 0 {
		fs.Usage()
		return exitUsage
	}
	ix, code := gf.index(e)
	if ix == nil {
		return code
	}
	langs := ix.Languages()
	var results []glossary.Result
	found := true
	for _, q := range args {
		r := ix.Lookup(q)
		if len(r.Matches) == 0 {
			found = false
		}
		results = append(results, r)
	}
	if asJSON {
		out := make([]jsonResult, len(results))
		for i, r := range results {
			out[i] = toJSON(r, langs)
			out[i].SuggestionsMarked = markSuggestions(ix, r.Suggestions)
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if len(out) == 1 {
			enc.Encode(out[0])
		} else {
			enc.Encode(out)
		}
	} else {
		for i, r := range results {
			if i > 0 {
				fmt.Fprintln(e.stdout)
			}
			printResult(e.stdout, r, langs, markSuggestions(ix, r.Suggestions))
		}
	}
	if !found {
		return exitFindings
	}
	return exitOK
}

func printResult(w io.Writer, r glossary.Result, langs []string, sugs []suggestion) {
	if len(r.Matches) == 0 {
		fmt.Fprintf(w, "%s: not in the glossary\n", r.Query)
		if len(sugs) > 0 {
			list := make([]string, len(sugs))
			for i, s := range sugs {
				list[i] = s.String()
			}
			fmt.Fprintf(w, "did you mean: %s\n", strings.Join(list, ", "))
		}
		return
	}
	var partial []glossary.Match
	for _, m := range r.Matches {
		if m.Kind == glossary.PartialMatch {
			partial = append(partial, m)
			continue
		}
		printConcept(w, m, langs)
	}
	if len(partial) == 0 {
		return
	}
	if len(partial) < len(r.Matches) {
		fmt.Fprintf(w, "\nalso in %s:\n", plural(len(partial), "concept", "concepts"))
	} else {
		fmt.Fprintf(w, "%q is part of %s:\n", r.Query, plural(len(partial), "concept", "concepts"))
	}
	for _, m := range partial {
		c := m.Concept
		fmt.Fprintf(w, "  %-28s %s\n", c.ID, summaryLine(c, langs))
	}
}

// summaryLine is a concept's preferred terms, one per language: "統合抑止 = integrated deterrence".
func summaryLine(c *glossary.Concept, langs []string) string {
	var parts []string
	for _, l := range c.Langs(langs) {
		if t := c.Preferred(l); t != nil {
			parts = append(parts, t.Text)
		} else if ts := c.Terms[l]; len(ts) > 0 {
			parts = append(parts, ts[0].Text+" ("+string(ts[0].Status)+")")
		}
	}
	s := strings.Join(parts, " = ")
	if c.Status != glossary.Approved {
		s += "  [" + string(c.Status) + "]"
	}
	return s
}

func printConcept(w io.Writer, m glossary.Match, langs []string) {
	c := m.Concept
	fmt.Fprintf(w, "%s\n", summaryLine(c, langs))
	how := ""
	if m.Kind == glossary.VariantMatch {
		how = fmt.Sprintf(" (matched %q)", m.Term.Text)
	}
	if m.Term.Status == glossary.Deprecated || m.Term.Status == glossary.Forbidden {
		how += fmt.Sprintf("\n  ! %q is %s here: use %s", m.Term.Text, m.Term.Status, preferredText(c, m.Lang))
	}
	meta := []string{"concept " + c.ID}
	if c.Subject != "" {
		meta = append(meta, "subject "+c.Subject)
	}
	meta = append(meta, "status "+string(c.Status))
	if c.Translate != nil && !*c.Translate {
		meta = append(meta, "keep verbatim in translation")
	}
	fmt.Fprintf(w, "  %s%s\n", strings.Join(meta, " · "), how)
	fmt.Fprintln(w, "  terms:")
	for _, l := range c.Langs(langs) {
		for _, t := range c.Terms[l] {
			line := fmt.Sprintf("    %-3s %-11s %s", l, t.Status, t.Text)
			if t.Note != "" {
				line += "  — " + t.Note
			}
			fmt.Fprintln(w, line)
		}
	}
	if len(c.Definition) > 0 {
		fmt.Fprintln(w, "  definition:")
		for _, l := range definitionLangs(c, langs) {
			fmt.Fprintf(w, "    %-3s %s\n", l, c.Definition[l])
		}
	}
	if c.Note != "" {
		fmt.Fprintf(w, "  note: %s\n", c.Note)
	}
	if len(c.Sources) > 0 {
		fmt.Fprintln(w, "  evidence:")
		for _, s := range c.Sources {
			doc := s.Doc
			if s.Loc != "" {
				doc += ", " + s.Loc
			}
			fmt.Fprintf(w, "    - %s\n", doc)
			if s.Quote != "" {
				fmt.Fprintf(w, "      “%s”\n", s.Quote)
			}
			if s.URL != "" {
				fmt.Fprintf(w, "      %s\n", s.URL)
			}
		}
	}
}

func preferredText(c *glossary.Concept, lang string) string {
	if t := c.Preferred(lang); t != nil {
		return fmt.Sprintf("%q", t.Text)
	}
	return "an approved term (none is preferred yet)"
}

func definitionLangs(c *glossary.Concept, langs []string) []string {
	var out []string
	for _, l := range langs {
		if _, ok := c.Definition[l]; ok {
			out = append(out, l)
		}
	}
	for l := range c.Definition {
		if !contains(out, l) {
			out = append(out, l)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// JSON shapes: stable field names for scripts.
type jsonResult struct {
	Query       string      `json:"query"`
	Matches     []jsonMatch `json:"matches"`
	Suggestions []string    `json:"suggestions,omitempty"`
	// SuggestionsMarked are the suggestions with the status of their term, so that a
	// deprecated or forbidden term is not taken for a recommendation.
	SuggestionsMarked []suggestion `json:"suggestions_marked,omitempty"`
}

// suggestion is a "did you mean" term with its status and, when that is deprecated or
// forbidden, the preferred term of its concept.
type suggestion struct {
	Term      string `json:"term"`
	Status    string `json:"status"`
	Concept   string `json:"concept,omitempty"`
	Preferred string `json:"preferred,omitempty"`
}

func (s suggestion) String() string {
	switch {
	case s.Status != string(glossary.Deprecated) && s.Status != string(glossary.Forbidden):
		return s.Term
	case s.Preferred != "":
		return fmt.Sprintf("%s (%s: use %s)", s.Term, s.Status, s.Preferred)
	}
	return fmt.Sprintf("%s (%s)", s.Term, s.Status)
}

// markSuggestions looks each suggested term up to tell a term to use from one to avoid.
func markSuggestions(ix *glossary.Index, terms []string) []suggestion {
	var out []suggestion
	for _, t := range terms {
		s := suggestion{Term: t, Status: string(glossary.Preferred)}
		for _, m := range ix.Lookup(t).Matches {
			if m.Kind != glossary.ExactMatch || m.Term == nil || m.Term.Text != t {
				continue
			}
			s = suggestion{Term: t, Status: string(m.Term.Status), Concept: m.Concept.ID}
			if s.Status == "" {
				s.Status = string(glossary.Preferred)
			}
			if p := m.Concept.Preferred(m.Lang); p != nil && p.Text != t {
				s.Preferred = p.Text
			}
			// a term that is also a preferred term elsewhere is not a term to avoid
			if s.Status != string(glossary.Deprecated) && s.Status != string(glossary.Forbidden) {
				break
			}
		}
		out = append(out, s)
	}
	return out
}

type jsonMatch struct {
	Kind    string      `json:"match"`
	Score   float64     `json:"score"`
	Lang    string      `json:"lang"`
	Term    string      `json:"term"`
	Concept jsonConcept `json:"concept"`
}

type jsonConcept struct {
	ID         string                `json:"id"`
	Subject    string                `json:"subject,omitempty"`
	Status     string                `json:"status"`
	Translate  *bool                 `json:"translate,omitempty"`
	Definition map[string]string     `json:"definition,omitempty"`
	Note       string                `json:"note,omitempty"`
	Terms      map[string][]jsonTerm `json:"terms"`
	Sources    []jsonSource          `json:"sources,omitempty"`
}

type jsonTerm struct {
	Term   string `json:"term"`
	Status string `json:"status"`
	Note   string `json:"note,omitempty"`
}

type jsonSource struct {
	Lang  string `json:"lang,omitempty"`
	Doc   string `json:"doc"`
	Quote string `json:"quote,omitempty"`
	Loc   string `json:"loc,omitempty"`
	URL   string `json:"url,omitempty"`
}

func toJSON(r glossary.Result, langs []string) jsonResult {
	out := jsonResult{Query: r.Query, Matches: []jsonMatch{}, Suggestions: r.Suggestions}
	for _, m := range r.Matches {
		c := m.Concept
		jc := jsonConcept{ID: c.ID, Subject: c.Subject, Status: string(c.Status), Translate: c.Translate,
			Definition: c.Definition, Note: c.Note, Terms: map[string][]jsonTerm{}}
		for _, l := range c.Langs(langs) {
			for _, t := range c.Terms[l] {
				jc.Terms[l] = append(jc.Terms[l], jsonTerm{t.Text, string(t.Status), t.Note})
			}
		}
		for _, s := range c.Sources {
			jc.Sources = append(jc.Sources, jsonSource{s.Lang, s.Doc, s.Quote, s.Loc, s.URL})
		}
		out.Matches = append(out.Matches, jsonMatch{string(m.Kind), m.Score, m.Lang, m.Term.Text, jc})
	}
	return out
}
