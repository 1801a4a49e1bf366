package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/lint"
)

// glossaryFlags are the flags every command that reads the glossary shares.
type glossaryFlags struct {
	path    string
	verbose bool
}

// addGlossaryFlags adds the flags to fs, usage being the help of --glossary: whether the
// command offers standard input there is the command's to say (glossaryReadHelp,
// glossaryWriteHelp).
func addGlossaryFlags(fs *flag.FlagSet, usage string) *glossaryFlags {
	gf := &glossaryFlags{}
	fs.StringVar(&gf.path, "glossary", "", usage)
	fs.BoolVar(&gf.verbose, "v", false, "say which glossary is used")
	return gf
}

// locate picks the glossary file: the flag, then $GLOSS_GLOSSARY, then gloss.yaml in the
// current directory or a parent. "" means the embedded default.
func (gf *glossaryFlags) locate(e *env) string {
	switch {
	case gf.path != "":
		return gf.path
	case e.getenv("GLOSS_GLOSSARY") != "":
		return e.getenv("GLOSS_GLOSSARY")
	}
	return findGlossary(e.cwd)
}

// glossaryFile is the glossary file gloss looks for in the current directory and its
// parents.
const glossaryFile = "gloss.yaml"

// findGlossary returns the path of the nearest gloss.yaml in dir or a parent of dir, or "".
func findGlossary(dir string) string {
	for {
		p := filepath.Join(dir, glossaryFile)
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// index reads the glossary and returns its lookup index, which for a large file comes from
// the compiled cache without decoding every concept.
func (gf *glossaryFlags) index(e *env) (*glossary.Index, int) {
	path := gf.locate(e)
	if path == "" || path == "-" {
		g, code := gf.load(e)
		if g == nil {
			return nil, code
		}
		return glossary.NewIndex(g), exitOK
	}
	if gf.verbose {
		fmt.Fprintf(e.stderr, "gloss: using glossary %s\n", path)
	}
	budget(e, indexFactor, 0, path)
	ix, err := glossary.OpenIndex(path)
	if err != nil {
		return nil, reportLoadError(e, err)
	}
	return ix, exitOK
}

// concepts is index for a command that reads only the concepts (export): from the compiled
// cache it leaves out the lookup tables (glossary.OpenConcepts).
func (gf *glossaryFlags) concepts(e *env) (*glossary.Index, int) {
	path := gf.locate(e)
	if path == "" || path == "-" {
		return gf.index(e)
	}
	if gf.verbose {
		fmt.Fprintf(e.stderr, "gloss: using glossary %s\n", path)
	}
	memBudget = conceptsBase
	budget(e, indexFactor, 0, path)
	ix, err := glossary.OpenConcepts(path)
	if err != nil {
		return nil, reportLoadError(e, err)
	}
	return ix, exitOK
}

// load reads the glossary. On failure it prints every problem and returns exitUsage.
func (gf *glossaryFlags) load(e *env) (*glossary.Glossary, int) {
	path := gf.locate(e)
	if path == "" {
		if gf.verbose {
			fmt.Fprintln(e.stderr, "gloss: using the embedded default glossary")
		}
		g, err := glossary.Default()
		if err != nil {
			return nil, reportLoadError(e, err)
		}
		return g, exitOK
	}
	if path == "-" {
		return gf.loadStdin(e)
	}
	if gf.verbose {
		fmt.Fprintf(e.stderr, "gloss: using glossary %s\n", path)
	}
	budgetFor(e, 0, path)
	ix, err := glossary.OpenIndex(path) // the compiled cache decodes a large file fastest
	if err != nil {
		return nil, reportLoadError(e, err)
	}
	return ix.Glossary(), exitOK
}

// linter compiles the glossary for lint, with its declared languages. A glossary file is
// read concept by concept (glossary.OpenModel): from the compiled cache the linter decodes
// only the concepts a text has terms of. On failure it prints why and returns exitUsage.
func (gf *glossaryFlags) linter(e *env, opts lint.Options) (*lint.Linter, []string, int) {
	path := gf.locate(e)
	if path == "" || path == "-" {
		g, code := gf.load(e)
		if g == nil {
			return nil, nil, code
		}
		l, err := lint.New(g, opts)
		if err != nil {
			return nil, nil, errorf(e, "%v", err)
		}
		return l, g.Languages, exitOK
	}
	if gf.verbose {
		fmt.Fprintf(e.stderr, "gloss: using glossary %s\n", path)
	}
	// Reading the glossary may build its compiled cache, or parse it whole where there is
	// none; the matchers are then compiled from the cache (the first time) or mapped.
	budget(e, lintGlossaryFactor, 0, path)
	ix, err := glossary.OpenModel(path)
	if err != nil {
		return nil, nil, reportLoadError(e, err)
	}
	cached := ix.CacheFile("") != ""
	if cached {
		lintCompileBudget(e, path, true)
	}
	l, err := lint.NewIndex(ix, opts)
	if err != nil {
		return nil, nil, errorf(e, "%v", err)
	}
	if cached {
		// The matchers are mapped from beside the compiled cache, off the heap: the
		// budget for compiling them is let go before kagome's dictionary comes in.
		lintCompileBudget(e, path, false)
	}
	return l, ix.Languages(), exitOK
}

// reportLoadError prints why a glossary could not be read and returns exitUsage.
func reportLoadError(e *env, err error) int {
	var le *glossary.LoadError
	switch {
	case errors.As(err, &le):
		printProblems(e.stderr, le.Problems)
	case errors.Is(err, fs.ErrNotExist):
		fmt.Fprintf(e.stderr, "gloss: %v\n\thint: check the path, or run without --glossary to use gloss.yaml or the embedded default\n", err)
	default:
		fmt.Fprintf(e.stderr, "gloss: %v\n", err)
	}
	return exitUsage
}

func printProblems(w io.Writer, list []glossary.Problem) {
	for _, p := range list {
		fmt.Fprintln(w, p.Error())
		if p.Hint != "" {
			fmt.Fprintf(w, "\thint: %s\n", p.Hint)
		}
	}
}

// writable returns the glossary file a command writes (import --merge, review, serve), or
// exits: standard input (--glossary -) cannot be written.
func (gf *glossaryFlags) writable(e *env, cmd string) (string, int) {
	path := gf.locate(e)
	if path == "-" {
		return "", errorf(e, "%s writes the glossary file: name it with --glossary FILE; standard input (-) cannot be written", cmd)
	}
	return path, exitOK
}

// loadStdin reads the glossary from standard input (--glossary -), through the input gate
// of a glossary (glossary.ReadAll), and parses it whole. Standard input holds one input: a
// command that reads a document too refuses - for both up front (stdinOnce); standard
// input read already is refused here all the same.
func (gf *glossaryFlags) loadStdin(e *env) (*glossary.Glossary, int) {
	if e.stdinRead {
		return nil, errorf(e, "%s", stdinGlossaryBoth)
	}
	if gf.verbose {
		fmt.Fprintln(e.stderr, "gloss: using the glossary on standard input")
	}
	e.stdinRead = true // nothing else reads it
	data, err := glossary.ReadAll(e.stdin, "-")
	if err != nil {
		return nil, reportLoadError(e, err)
	}
	budgetSize(e, inputFactor, int64(len(data)))
	g, err := glossary.Parse(data, "-")
	if err != nil {
		return nil, reportLoadError(e, err)
	}
	return g, exitOK
}
