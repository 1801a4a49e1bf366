package main

import (
	"encoding/json"
	"fmt"

	"github.com/glossterm/gloss/glossary"
)

func init() {
	register(&command{
		name:    "validate",
		summary: "check the glossary and report every problem with its position",
		usage:   "[--format text|json] [--fail-level error|warning] [--glossary FILE] [FILE]",
		run:     runValidate,
	})
}

func runValidate(e *env) int {
	c := commands["validate"]
	fs := newFlags(e, c)
	gf := addGlossaryFlags(fs)
	ff := addFormatFlag(fs)
	failLevel := fs.String("fail-level", "error", "exit 1 on problems at or above this `level`: error or warning")
	args, code, ok := parseFlags(fs, e.args)
	if !ok {
		return code
	}
	if len(args) > 1 {
		return errorf(e, "validate takes one glossary file, got %d", len(args))
	}
	if len(args) == 1 {
		gf.path = args[0]
	}
	if code := ff.check(e); code != exitOK {
		return code
	}
	if *failLevel != "error" && *failLevel != "warning" {
		return errorf(e, "unknown --fail-level %q: use error or warning", *failLevel)
	}
	g, code := gf.load(e)
	if g == nil {
		return code
	}
	problems := glossary.Validate(g)
	errs, warns := 0, 0
	for _, p := range problems {
		if p.Severity == glossary.SevError {
			errs++
		} else {
			warns++
		}
	}
	if ff.json() {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if problems == nil {
			problems = []glossary.Problem{}
		}
		enc.Encode(struct {
			File     string             `json:"file"`
			Concepts int                `json:"concepts"`
			Errors   int                `json:"errors"`
			Warnings int                `json:"warnings"`
			Problems []glossary.Problem `json:"problems"`
		}{g.File, len(g.Concepts), errs, warns, problems})
	} else {
		printProblems(e.stdout, problems)
		name := g.File
		if name == "" {
			name = glossary.DefaultName
		}
		fmt.Fprintf(e.stderr, "%s: %s, %s, %s\n", name, plural(len(g.Concepts), "concept", "concepts"),
			plural(errs, "error", "errors"), plural(warns, "warning", "warnings"))
	}
	if errs > 0 || (*failLevel == "warning" && warns > 0) {
		return exitFindings
	}
	return exitOK
}
