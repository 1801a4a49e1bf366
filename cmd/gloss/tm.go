package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/glossterm/gloss"
	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/textfile"
	"github.com/glossterm/gloss/tm"
	"github.com/glossterm/gloss/tm/store"
)

func init() {
	register(&command{
		name:    "tm",
		summary: "a translation memory: add TMX, XLIFF, bitexts and parallel documents; search, match, export, audit",
		usage:   "add|search|match|export|stats|terms|clean|upgrade [--tm FILE] ...",
		run:     runTM,
	})
}

// tmCommand is one subcommand of gloss tm.
type tmCommand struct {
	name, usage, summary string
	run                  func(e *env, c *command) int
}

var tmCommands = []tmCommand{
	{"add", "[--tm FILE] [--parallel JA_FILE=EN_FILE]... FILE|-...", "add the units of TMX, XLIFF and id/ja/en TSV files (- reads one from standard input), and of aligned parallel documents", runTMAdd},
	{"search", "[--tm FILE] [--regex] [--lang ja|en] [--limit N] [--format text|json|tsv] TERM", "concordance: the units with TERM, highlighted, and the glossary's counterpart on the other side", runTMSearch},
	{"match", "[--tm FILE] [--threshold PERCENT] [--limit N] [--format text|json] TEXT | --file FILE", "fuzzy matches for each sentence, scored on words as CAT tools do, differences marked", runTMMatch},
	{"export", "[--tm FILE] [--origin PATTERN] [--query TEXT] [--since DATE] [--until DATE] [-o FILE]", "the memory, or the units selected, as TMX 1.4b for OmegaT, memoQ, Trados", runTMExport},
	{"terms", "[--tm FILE] [--glossary FILE] [--origin PATTERN] [--format text|json]", "terminology audit: how the memory renders each glossary concept, and the units with deprecated or forbidden terms", runTMTerms},
	{"clean", "[--tm FILE] [--rules RULES] [--origin PATTERN] [--fix] [--format text|json]", "report, and with --fix remove, duplicates, empty or untranslated targets, tag and number mismatches, length-ratio outliers", runTMClean},
	{"stats", "[--tm FILE] [--json]", "what the memory holds: units, origins, dates, languages", runTMStats},
	{"upgrade", "[--tm FILE]", "rebuild the index of a memory written by an older gloss (searches and matches ask for it; an add does it too)", runTMUpgrade},
}

func runTM(e *env) int {
	if len(e.args) == 0 || e.args[0] == "-h" || e.args[0] == "--help" || e.args[0] == "help" {
		w := e.stderr
		code := exitUsage
		if len(e.args) > 0 {
			w, code = e.stdout, exitOK
		}
		fmt.Fprintln(w, "usage: gloss tm COMMAND [flags] [args]\n\ncommands:")
		for _, c := range tmCommands {
			fmt.Fprintf(w, "  %-7s %s\n", c.name, c.summary)
		}
		fmt.Fprintln(w, "\nThe memory is --tm FILE, else $GLOSS_TM, else gloss.tm beside gloss.yaml, else gloss.tm here.")
		fmt.Fprintln(w, "A team shares one memory in PostgreSQL: --tm postgres://user@host/db (or the URL in $GLOSS_TM).")
		printHelpExtra(w, &command{name: "tm"})
		return code
	}
	for _, c := range tmCommands {
		if c.name == e.args[0] {
			sub := *e
			sub.args = e.args[1:]
			return c.run(&sub, &command{name: "tm " + c.name, summary: c.summary, usage: c.usage})
		}
	}
	return errorf(e, "tm: unknown command %q (add, search, match, export, stats, terms, clean, upgrade)", e.args[0])
}

// tmFlags are the flags every tm command shares.
type tmFlags struct {
	path string
}

func addTMFlags(fs *flag.FlagSet) *tmFlags {
	tf := &tmFlags{}
	fs.StringVar(&tf.path, "tm", "", "the memory: a `FILE`, or a PostgreSQL URL postgres://user@host/db shared by a team (default: $GLOSS_TM, else gloss.tm beside gloss.yaml, else gloss.tm here)")
	return tf
}

// locate picks the memory file: the flag, $GLOSS_TM, gloss.tm beside the gloss.yaml found
// from the current directory, or gloss.tm in the current directory.
func (tf *tmFlags) locate(e *env) string {
	switch {
	case tf.path != "":
		return tf.path
	case e.getenv("GLOSS_TM") != "":
		return e.getenv("GLOSS_TM")
	}
	if g := findGlossary(e.cwd); g != "" {
		return filepath.Join(filepath.Dir(g), "gloss.tm")
	}
	return "gloss.tm"
}

// open opens the memory; create makes a missing one. On failure it prints the error.
func (tf *tmFlags) open(e *env, create bool) (*tm.Memory, int) {
	path := tf.locate(e)
	if !tm.IsURL(path) && strings.Contains(path, "://") {
		errorf(e, "tm: %s: not a memory file or a postgres:// URL", tm.Redact(path))
		return nil, exitUsage
	}
	loc := path
	if !tm.IsURL(path) {
		loc = e.path(path)
	}
	m, err := tm.Open(context.Background(), loc, create)
	if err != nil {
		msg := strings.ReplaceAll(err.Error(), loc, tm.Redact(path))
		fmt.Fprintf(e.stderr, "gloss: %s\n", msg)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			fmt.Fprintln(e.stderr, "\thint: add units first (gloss tm add FILE), or give the memory with --tm FILE or $GLOSS_TM")
		case tm.IsURL(path) && errors.Is(err, store.ErrNotMemory) && !create:
			fmt.Fprintln(e.stderr, "\thint: gloss tm add --tm URL FILE creates the memory in this database")
		case errors.Is(err, store.ErrNewer):
			fmt.Fprintln(e.stderr, "\thint: this memory was written by a newer gloss; use that version")
		}
		return nil, exitUsage
	}
	return m, exitOK
}

func runTMAdd(e *env, c *command) int {
	fs := newFlags(e, c)
	tf := addTMFlags(fs)
	gf := addGlossaryFlags(fs, glossaryReadHelp)
	var parallel []string
	fs.Func("parallel", "a Japanese document and its English translation, `JA_FILE=EN_FILE` (repeatable), aligned sentence by sentence", func(v string) error {
		parallel = append(parallel, v)
		return nil
	})
	quiet := fs.Bool("q", false, "print nothing on success")
	args, code, ok := parseFlags(fs, e.args)
	if !ok {
		return code
	}
	if len(args) == 0 && len(parallel) == 0 {
		fs.Usage()
		return exitUsage
	}
	var pairs [][2]string
	for _, v := range parallel {
		ja, en, err := parallelPair(v)
		if err != nil {
			return errorf(e, "tm add: %s", strings.TrimPrefix(err.Error(), "align: "))
		}
		pairs = append(pairs, [2]string{ja, en})
	}
	glossaryPath := "" // the glossary is read for --parallel only
	if len(pairs) > 0 {
		glossaryPath = gf.locate(e)
	}
	if code := stdinOnce(e, glossaryPath, args, stdinGlossaryBoth, "tm add: standard input (-) can be given once"); code != exitOK {
		return code
	}
	for _, a := range args {
		if a == "-" {
			continue
		}
		if _, err := os.Stat(e.path(a)); err != nil {
			return errorf(e, "tm add: %s: no such file", a)
		}
	}
	var g *glossary.Glossary
	if len(pairs) > 0 {
		if g, code = gf.load(e); g == nil {
			return code
		}
	}
	files := args
	for _, p := range pairs {
		files = append(files, p[0], p[1])
	}
	tmAddBudget(e, files...)
	m, code := tf.open(e, true)
	if m == nil {
		return code
	}
	defer m.Close()
	ctx := context.Background()
	report := func(r *tm.AddResult) {
		if *quiet {
			return
		}
		fmt.Fprintf(e.stdout, "%s: %s added, %s already in the memory", r.File, plural(r.Added, "unit", "units"), plural(r.Skipped, "unit", "units"))
		var reasons []string
		for why := range r.Ignored {
			reasons = append(reasons, why)
		}
		sort.Strings(reasons)
		for _, why := range reasons {
			fmt.Fprintf(e.stdout, ", %d left out (%s)", r.Ignored[why], why)
		}
		fmt.Fprintln(e.stdout)
	}
	failed := false
	for _, a := range args {
		var r *tm.AddResult
		var err error
		if a == "-" {
			// through the gate of a document to lint, and whole (a TMX file is streamed)
			var data []byte
			if data, err = readStdin(e, textfile.Document); err == nil {
				r, err = m.AddData(ctx, a, data)
			}
		} else {
			r, err = m.AddFile(ctx, a)
		}
		if err != nil {
			tmInputError(e, a, err)
			failed = true
			continue
		}
		report(r)
	}
	for _, p := range pairs {
		r, err := m.AddParallel(ctx, p[0], p[1], g)
		if err != nil {
			tmInputError(e, p[0]+"="+p[1], err)
			failed = true
			continue
		}
		report(r)
	}
	if failed {
		fmt.Fprintln(e.stderr, "gloss: tm add: the files above were not added (nothing of them is in the memory); the others were")
		return exitUsage
	}
	return exitOK
}

// tmInputError prints an input file's error: with its position when the reader gave one.
func tmInputError(e *env, name string, err error) {
	var xe *gloss.Error
	switch {
	case errors.As(err, &xe):
		fmt.Fprintf(e.stderr, "gloss: %v\n", xe)
	case errors.Is(err, fs.ErrNotExist):
		fmt.Fprintf(e.stderr, "gloss: %s: no such file\n", name)
	default:
		fmt.Fprintf(e.stderr, "gloss: %s: %v\n", name, err)
	}
}
