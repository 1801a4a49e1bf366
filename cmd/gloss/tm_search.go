package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/glossterm/gloss/match"
	"github.com/glossterm/gloss/tm"
	"github.com/glossterm/gloss/tm/store"
)

// marks are the highlight strings of text output: brackets, or ANSI colours on a terminal.
type marks struct{ hitOpen, hitClose, termOpen, termClose, delOpen, delClose, insOpen, insClose string }

func textMarks(e *env) marks {
	if f, ok := e.stdout.(*os.File); ok && e.getenv("NO_COLOR") == "" && e.getenv("TERM") != "dumb" {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			const reset = "\x1b[0m"
			return marks{"\x1b[1;31m", reset, "\x1b[1;32m", reset, "\x1b[9;31m", reset, "\x1b[4;32m", reset}
		}
	}
	return marks{"[", "]", "{", "}", "[-", "-]", "{+", "+}"}
}

func langFlag(v string) (store.Lang, bool) {
	switch v {
	case "":
		return "", true
	case "ja", "en":
		return store.Lang(v), true
	}
	return "", false
}

// compileMatcher compiles the glossary for the commands that find its terms in units.
func compileMatcher(e *env, gf *glossaryFlags) (*match.Matcher, int) {
	g, code := gf.load(e)
	if g == nil {
		return nil, code
	}
	mt, err := match.Compile(g, match.Options{Langs: []string{"ja", "en"}})
	if err != nil {
		return nil, errorf(e, "%v", err)
	}
	return mt, exitOK
}

func unitPlace(u *tm.Unit) string {
	s := u.Origin
	if u.Line > 0 {
		s += fmt.Sprintf(":%d", u.Line)
	}
	if u.OriginID != "" {
		s += " (" + u.OriginID + ")"
	}
	return s
}

func runTMSearch(e *env, c *command) int {
	fs := newFlags(e, c)
	tf := addTMFlags(fs)
	gf := addGlossaryFlags(fs, glossaryReadHelp)
	regex := fs.Bool("regex", false, "the query is a Go regular expression (case-insensitive unless it starts with (?-i))")
	lang := fs.String("lang", "", "search the `SIDE` ja or en (default: ja when the query has kana or kanji)")
	limit := fs.Int("limit", 20, "show at most `N` units")
	format := fs.String("format", "text", "output `FORMAT`: text (highlighted), json or tsv (byte offsets of the highlights)")
	noGlossary := fs.Bool("no-glossary", false, "do not highlight the glossary counterparts")
	args, code, ok := parseFlags(fs, e.args)
	if !ok {
		return code
	}
	if len(args) != 1 || strings.TrimSpace(args[0]) == "" {
		fs.Usage()
		return exitUsage
	}
	l, ok := langFlag(*lang)
	if !ok {
		return errorf(e, "tm search: --lang %q: want ja or en", *lang)
	}
	if *format != "text" && *format != "json" && *format != "tsv" {
		return errorf(e, "tm search: --format %q: want text, json or tsv", *format)
	}
	if *limit <= 0 {
		return errorf(e, "tm search: --limit must be positive")
	}
	opt := tm.SearchOptions{Lang: l, Regex: *regex, Limit: *limit}
	if !*noGlossary {
		if opt.Matcher, code = compileMatcher(e, gf); opt.Matcher == nil {
			return code
		}
	}
	m, code := tf.open(e, false)
	if m == nil {
		return code
	}
	defer m.Close()
	hits, more, err := m.Search(context.Background(), args[0], opt)
	if err != nil {
		return errorf(e, "tm search: %v", err)
	}
	switch *format {
	case "json":
		type jsonHit struct {
			ID       int64     `json:"id"`
			Origin   string    `json:"origin"`
			OriginID string    `json:"origin_id,omitempty"`
			Line     int       `json:"line,omitempty"`
			JA       string    `json:"ja"`
			EN       string    `json:"en"`
			JAHits   []tm.Span `json:"ja_hits"`
			ENHits   []tm.Span `json:"en_hits"`
			JATerms  []tm.Span `json:"ja_terms"`
			ENTerms  []tm.Span `json:"en_terms"`
			Concepts []string  `json:"concepts"`
		}
		out := struct {
			Hits []jsonHit `json:"hits"`
			More bool      `json:"more"`
		}{Hits: []jsonHit{}, More: more}
		nz := func(s []tm.Span) []tm.Span {
			if s == nil {
				return []tm.Span{}
			}
			return s
		}
		for _, h := range hits {
			u := h.Unit
			cs := h.Concepts
			if cs == nil {
				cs = []string{}
			}
			out.Hits = append(out.Hits, jsonHit{u.ID, u.Origin, u.OriginID, u.Line, u.JA, u.EN, nz(h.JA), nz(h.EN), nz(h.JATerms), nz(h.ENTerms), cs})
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		enc.Encode(out)
	case "tsv":
		spans := func(s []tm.Span) string {
			var p []string
			for _, x := range s {
				p = append(p, fmt.Sprintf("%d-%d", x.Start, x.End))
			}
			return strings.Join(p, ",")
		}
		fmt.Fprintln(e.stdout, "id\torigin\tline\torigin_id\tja\ten\tja_hits\ten_hits\tja_terms\ten_terms\tconcepts")
		for _, h := range hits {
			u := h.Unit
			fmt.Fprintf(e.stdout, "%d\t%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", u.ID, tsvField(u.Origin), u.Line, tsvField(u.OriginID),
				tsvField(u.JA), tsvField(u.EN), spans(h.JA), spans(h.EN), spans(h.JATerms), spans(h.ENTerms), strings.Join(h.Concepts, ","))
		}
	default:
		mk := textMarks(e)
		for i, h := range hits {
			if i > 0 {
				fmt.Fprintln(e.stdout)
			}
			u := h.Unit
			fmt.Fprintln(e.stdout, unitPlace(u))
			ja := tm.Highlight(u.JA, h.JA, mk.hitOpen, mk.hitClose)
			if h.JATerms != nil {
				ja = tm.Highlight(u.JA, h.JATerms, mk.termOpen, mk.termClose)
			}
			en := tm.Highlight(u.EN, h.EN, mk.hitOpen, mk.hitClose)
			if h.ENTerms != nil {
				en = tm.Highlight(u.EN, h.ENTerms, mk.termOpen, mk.termClose)
			}
			fmt.Fprintf(e.stdout, "  ja  %s\n  en  %s\n", ja, en)
		}
		if more {
			fmt.Fprintf(e.stderr, "gloss: tm search: more than %d units; --limit N shows more\n", *limit)
		}
	}
	if len(hits) == 0 {
		if *format == "text" {
			fmt.Fprintf(e.stderr, "gloss: tm search: %q is in no unit\n", args[0])
		}
		return exitFindings
	}
	return exitOK
}

// tsvField keeps a value on its line and in its column.
func tsvField(s string) string {
	return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s)
}
