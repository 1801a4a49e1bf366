package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/glossterm/gloss/glossary"
)

func init() {
	register(&command{
		name:    "validate",
		summary: "check the glossary and report every problem with its position",
		usage:   "[--format text|json] [--fail-level error|warning] [--glossary FILE] [FILE | -]",
		run:     runValidate,
	})
}

func runValidate(e *env) int {
	c := commands["validate"]
	fs := newFlags(e, c)
	gf := addGlossaryFlags(fs, glossaryReadHelp)
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
	problems, file, concepts, code := validateGlossary(e, gf)
	if code != exitOK {
		return code
	}
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
		}{file, concepts, errs, warns, problems})
	} else {
		printProblems(e.stdout, problems)
		name := file
		if name == "" {
			name = glossary.DefaultName
		}
		fmt.Fprintf(e.stderr, "%s: %s, %s, %s\n", name, plural(concepts, "concept", "concepts"),
			plural(errs, "error", "errors"), plural(warns, "warning", "warnings"))
	}
	if errs > 0 || (*failLevel == "warning" && warns > 0) {
		return exitFindings
	}
	return exitOK
}

// validateGlossary validates the glossary the flags name and returns its problems, its file
// ("" for the embedded default) and its number of concepts. A glossary file is checked one
// concept at a time (glossary.ValidateFile), so that a large one takes a fraction of the
// memory of its model.
func validateGlossary(e *env, gf *glossaryFlags) ([]glossary.Problem, string, int, int) {
	path := gf.locate(e)
	if path == "" {
		g, code := gf.load(e)
		if g == nil {
			return nil, "", 0, code
		}
		return glossary.Validate(g), g.File, len(g.Concepts), exitOK
	}
	if gf.verbose {
		fmt.Fprintf(e.stderr, "gloss: using glossary %s\n", path)
	}
	var (
		problems []glossary.Problem
		n        int
		err      error
	)
	if path == "-" {
		// standard input, through the same gate as a file and then checked as one
		var data []byte
		if data, err = glossary.ReadAll(e.stdin, "-"); err == nil {
			validateBudget(e, int64(len(data)))
			problems, n, err = glossary.ValidateData(data, "-")
		}
	} else {
		if fi, serr := os.Stat(e.path(path)); serr == nil && fi.Mode().IsRegular() {
			validateBudget(e, fi.Size())
		} else {
			validateBudget(e, 0)
		}
		problems, n, err = glossary.ValidateFile(path)
	}
	if err != nil {
		return nil, "", 0, reportLoadError(e, err)
	}
	return problems, path, n, exitOK
}
