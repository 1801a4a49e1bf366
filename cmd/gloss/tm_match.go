package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/glossterm/gloss/internal/textfile"
	"github.com/glossterm/gloss/tm"
)

func runTMMatch(e *env, c *command) int {
	fs := newFlags(e, c)
	tf := addTMFlags(fs)
	file := fs.String("file", "", "match the sentences of `FILE` (- for standard input)")
	lang := fs.String("lang", "", "the `LANG` of the text, ja or en (default: ja when it has kana or kanji)")
	threshold := fs.Int("threshold", 70, "the lowest score `PERCENT` shown (1-101)")
	limit := fs.Int("limit", 3, "at most `N` matches a sentence")
	format := fs.String("format", "text", "output `FORMAT`: text or json")
	args, code, ok := parseFlags(fs, e.args)
	if !ok {
		return code
	}
	var text string
	switch {
	case *file != "" && len(args) == 0:
		name := *file
		var err error
		if name == "-" {
			var data []byte
			if data, err = textfile.Read(e.stdin, "-", textfile.Plain); err == nil {
				text, err = textfile.DecodePlain("-", data)
			}
		} else {
			text, err = textfile.ReadPlain(e.path(name))
		}
		if err != nil {
			return inputError(e, name, err)
		}
	case *file == "" && len(args) > 0:
		text = strings.Join(args, " ")
	default:
		fs.Usage()
		return exitUsage
	}
	l, ok := langFlag(*lang)
	if !ok {
		return errorf(e, "tm match: --lang %q: want ja or en", *lang)
	}
	if *threshold < 1 || *threshold > 101 {
		return errorf(e, "tm match: --threshold %d: want 1 to 101", *threshold)
	}
	if *format != "text" && *format != "json" {
		return errorf(e, "tm match: --format %q: want text or json", *format)
	}
	m, code := tf.open(e, false)
	if m == nil {
		return code
	}
	defer m.Close()
	res, err := m.Match(context.Background(), text, tm.MatchOptions{Lang: l, Threshold: *threshold, Limit: max(*limit, 1)})
	if err != nil {
		return errorf(e, "tm match: %v", err)
	}
	found := 0
	for _, s := range res {
		found += len(s.Matches)
	}
	srcJA := l == "ja" || l == "" && tm.QueryLang(text) == "ja"
	if *format == "json" {
		type jm struct {
			Score    int    `json:"score"`
			ID       int64  `json:"id"`
			Origin   string `json:"origin"`
			OriginID string `json:"origin_id,omitempty"`
			Line     int    `json:"line,omitempty"`
			JA       string `json:"ja"`
			EN       string `json:"en"`
			Diff     string `json:"diff"`
		}
		type js struct {
			Sentence string `json:"sentence"`
			Line     int    `json:"line"`
			Matches  []jm   `json:"matches"`
		}
		out := []js{}
		for _, s := range res {
			x := js{Sentence: s.Text, Line: s.Line, Matches: []jm{}}
			for _, mt := range s.Matches {
				u := mt.Unit
				seg := u.JA
				if !srcJA {
					seg = u.EN
				}
				x.Matches = append(x.Matches, jm{mt.Score, u.ID, u.Origin, u.OriginID, u.Line, u.JA, u.EN, tm.MarkDiff(seg, mt.Ops, nil, nil)})
			}
			out = append(out, x)
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		enc.Encode(out)
	} else {
		mk := textMarks(e)
		del := func(s string) string { return mk.delOpen + s + mk.delClose }
		ins := func(s string) string { return mk.insOpen + s + mk.insClose }
		for i, s := range res {
			if i > 0 {
				fmt.Fprintln(e.stdout)
			}
			fmt.Fprintf(e.stdout, "%d: %s\n", s.Line, s.Text)
			if len(s.Matches) == 0 {
				fmt.Fprintf(e.stdout, "  no match at %d%% or more\n", *threshold)
			}
			for _, mt := range s.Matches {
				u := mt.Unit
				src, tgt := u.JA, u.EN
				if !srcJA {
					src, tgt = u.EN, u.JA
				}
				fmt.Fprintf(e.stdout, "  %3d%%  %s\n", mt.Score, unitPlace(u))
				fmt.Fprintf(e.stdout, "        %s\n        %s\n", tm.MarkDiff(src, mt.Ops, del, ins), tgt)
			}
		}
	}
	if found == 0 {
		return exitFindings
	}
	return exitOK
}
