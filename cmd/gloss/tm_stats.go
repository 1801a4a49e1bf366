package main

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
)

func runTMStats(e *env, c *command) int {
	fs := newFlags(e, c)
	tf := addTMFlags(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	args, code, ok := parseFlags(fs, e.args)
	if !ok {
		return code
	}
	if len(args) > 0 {
		return errorf(e, "tm stats: unexpected argument %q", args[0])
	}
	m, code := tf.open(e, false)
	if m == nil {
		return code
	}
	defer m.Close()
	s, err := m.Stats(context.Background())
	if err != nil {
		return errorf(e, "tm stats: %v", err)
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		enc.Encode(s)
		return exitOK
	}
	fmt.Fprintf(e.stdout, "units        %d (%d with inline codes)\n", s.Units, s.WithMarkup)
	fmt.Fprintf(e.stdout, "Japanese     %d characters\n", s.JAChars)
	fmt.Fprintf(e.stdout, "English      %d words\n", s.ENWords)
	if s.OldestDate != "" {
		fmt.Fprintf(e.stdout, "dates        %s … %s\n", s.OldestDate, s.NewestDate)
	}
	if s.Creators > 0 {
		fmt.Fprintf(e.stdout, "creators     %d\n", s.Creators)
	}
	var langs []string
	for l := range s.Languages {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, l := range langs {
		fmt.Fprintf(e.stdout, "languages    %s: %d\n", l, s.Languages[l])
	}
	fmt.Fprintf(e.stdout, "origins      %d\n", len(s.Origins))
	for _, o := range s.Origins {
		fmt.Fprintf(e.stdout, "  %6d  %s\n", o.Units, o.Origin)
	}
	return exitOK
}
