package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	iofs "io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/glossterm/gloss"
	"github.com/glossterm/gloss/align"
	"github.com/glossterm/gloss/internal/atomicfile"
	"github.com/glossterm/gloss/internal/lexicon"
	"github.com/glossterm/gloss/internal/textfile"
	"github.com/glossterm/gloss/lint"
	"github.com/glossterm/gloss/report"
	"github.com/glossterm/gloss/review"
	"github.com/glossterm/gloss/tm"
)

func init() {
	register(&command{
		name:    "lint",
		summary: "check translations against the glossary: missing, forbidden, deprecated, inconsistent and do-not-translate terms",
		usage: "[flags] FILE... | --tm MEMORY [FILE...]\n\n" +
			"FILE is XLIFF 1.2/2.x (.xlf .xliff .sdlxliff .mqxliff .mxliff), TMX, PO, TSV or CSV with a\n" +
			"header naming the languages (id<TAB>ja<TAB>en), or text/Markdown in one language. With\n" +
			"--pair the files go in pairs, SOURCE TRANSLATION, aligned paragraph by paragraph, or\n" +
			"line by line when every paragraph has as many lines in both. A directory stands for\n" +
			"the XLIFF, TMX and PO files under it. A TSV or CSV holds several documents when it has\n" +
			"a doc column or ids of the form DOC-N (01-05, P2-1). FILE - is standard input, checked\n" +
			"as text (copied to a temporary file, within the same 256 MiB limit, and read as a\n" +
			"stream like a file; findings name it -). With --tm, every unit of a translation\n" +
			"memory (gloss tm) is checked too, Japanese → English, one document per file the\n" +
			"units came from: findings name that file, the unit's line in it and its id, and the\n" +
			"column in the unit's text.\n\n" +
			"Exit codes: 0 no findings at or above --fail-level, 1 findings, 2 usage or input error.",
		run: runLint,
	})
}

// reportFlag collects --report FORMAT=FILE.
type reportFlag []string

func (r *reportFlag) String() string     { return strings.Join(*r, ",") }
func (r *reportFlag) Set(s string) error { *r = append(*r, s); return nil }

func runLint(e *env) int {
	c := commands["lint"]
	fs := newFlags(e, c)
	gf := addGlossaryFlags(fs, glossaryReadHelp)
	format := fs.String("format", "text", "output `format` on stdout: "+strings.Join(report.Formats, ", "))
	var reports reportFlag
	fs.Var(&reports, "report", "also write a report, `FORMAT=FILE` (repeatable), e.g. sarif=gloss.sarif")
	failLevel := fs.String("fail-level", "error", "exit 1 on findings at or above this `level`: error or warning")
	source := fs.String("source", "", "source `language` (default: from the file; the first language column of a TSV)")
	target := fs.String("target", "", "target `language` (default: from the file; the second language column of a TSV)")
	lang := fs.String("lang", "", "`language` of monolingual text (default: detected from its script)")
	pair := fs.Bool("pair", false, "FILE arguments are pairs: SOURCE TRANSLATION (text or Markdown)")
	all := fs.Bool("all-segments", false, "check every XLIFF segment, also new, draft and locked ones")
	baseline := fs.String("baseline", "", "baseline `FILE`: findings recorded in it are not reported")
	update := fs.Bool("update-baseline", false, "write the current findings to the --baseline file and exit 0")
	memory := fs.String("tm", "", "also check every unit of the translation memory `FILE` (see gloss tm)")
	notePara := fs.Bool("note-paraphrases", false, "report the paraphrases accepted as rendering a term (every part of it rendered in other words) as paraphrased-term notes; by default they are no finding: the summary counts them and --format json lists them under \"accepted\"")
	noDict := fs.Bool("no-dict", false, "do not use EDICT (default: "+align.EDICTPath+" when installed) to tell a paraphrased term from a missing one")
	consistency := fs.String("consistency", "file", "`scope` of the consistency check: file (each document alone: a file, or a document within a TSV) or run (all files together)")
	args, code, ok := parseFlags(fs, e.args)
	if !ok {
		return code
	}
	if len(args) == 0 && *memory == "" {
		fs.Usage()
		return exitUsage
	}
	if !validFormat(*format) {
		return errorf(e, "unknown --format %q: use %s", *format, strings.Join(report.Formats, ", "))
	}
	type out struct{ format, file string }
	var outs []out
	for _, r := range reports {
		f, file, ok := strings.Cut(r, "=")
		if !ok || file == "" || !validFormat(f) {
			return errorf(e, "bad --report %q: want FORMAT=FILE with FORMAT one of %s", r, strings.Join(report.Formats, ", "))
		}
		outs = append(outs, out{f, file})
	}
	level, ok := lint.ParseSeverity(*failLevel)
	if !ok || level == lint.Info {
		return errorf(e, "unknown --fail-level %q: use error or warning", *failLevel)
	}
	if *consistency != "file" && *consistency != "run" {
		return errorf(e, "unknown --consistency %q: use file or run", *consistency)
	}
	if *update && *baseline == "" {
		return errorf(e, "--update-baseline needs --baseline FILE")
	}
	if *pair && len(args)%2 != 0 {
		return errorf(e, "--pair takes files in pairs (SOURCE TRANSLATION), got %d", len(args))
	}
	if !*pair {
		var err error
		if args, err = expandDirs(e, args); err != nil {
			return errorf(e, "%v", err)
		}
	}
	// A file is linted as a stream, read as it is checked, not ahead; standard input is
	// spooled to a temporary file ahead and linted as a stream like a file; the pairs of
	// --pair are read whole.
	streamed := func(p string) bool { return !*pair && p != "-" && lint.Streamed(p) }
	if code := stdinOnce(e, gf.locate(e), args, stdinGlossaryBoth, ""); code != exitOK {
		return code // before readAhead spools standard input
	}
	lintBudget(e, streamed, args...)
	inputs := readAhead(e, args, streamed, !*pair)
	defer inputs.stop()
	lo := lint.Options{NoteParaphrases: *notePara}
	if p := align.InstalledEDICT(); p != "" && !*noDict {
		lo.Glosses = lexicon.EDICTGlosses(p) // read only where a missing term is about to fire
	}
	l, languages, code := gf.linter(e, lo)
	if l == nil {
		return code
	}
	ro := lint.ReadOptions{Source: *source, Target: *target, Lang: *lang, AllSegments: *all, Langs: languages}
	// Each file is checked as it is read and let go: only its findings (and, for the
	// consistency check, its approved renderings' positions) are kept.
	run := l.NewRun(*consistency == "run")
	files := 0
	step := 1
	if *pair {
		step = 2
	}
	for i := 0; i < len(args); i += step {
		data, spooled, err := inputs.next()
		if err != nil {
			return errorf(e, "%v", err)
		}
		if *pair {
			tdata, _, err := inputs.next()
			if err != nil {
				return errorf(e, "%v", err)
			}
			doc, err := lint.ReadPaired(args[i], data, args[i+1], tdata, *source, *target)
			if err != nil {
				return errorf(e, "%v", err)
			}
			if err := l.CheckLanguages(doc); err != nil {
				return errorf(e, "%v", err)
			}
			run.LintDoc(doc)
		} else {
			var doc *lint.Doc
			if spooled != nil {
				lintSpoolBudget(e, spooled.Size)
				doc, err = run.LintReaderAt(args[i], spooled, spooled.Size, ro)
				spooled.Close()
			} else if streamed(args[i]) {
				doc, err = run.LintPath(args[i], e.path(args[i]), ro)
			} else {
				doc, err = run.LintFile(args[i], data, ro)
			}
			if err != nil {
				return errorf(e, "%v", err)
			}
			if doc.Direction != "" {
				fmt.Fprintf(e.stderr, "gloss: %s: checked %s\n", doc.File, doc.Direction)
			}
		}
		files++
	}
	var findings, accepted []lint.Finding
	if *memory != "" {
		ld, code := memoryDocs(e, *memory)
		if ld == nil {
			return code
		}
		if *consistency == "run" {
			for _, doc := range ld.Docs {
				files++
				run.LintDoc(doc)
			}
			findings = run.Findings()
			accepted = run.Accepted()
			ld.Fix(findings)
			ld.Fix(accepted)
		} else {
			findings = run.Findings()
			accepted = run.Accepted()
			for _, doc := range ld.Docs {
				files++
				r := l.NewRun(false)
				r.LintDoc(doc)
				got, acc := r.Findings(), r.Accepted()
				ld.Fix(got)
				ld.Fix(acc)
				findings = append(findings, got...)
				accepted = append(accepted, acc...)
			}
		}
	} else {
		findings = run.Findings()
		accepted = run.Accepted()
	}
	if *baseline != "" {
		path := e.path(*baseline)
		if *update {
			if err := atomicfile.Write(path, lint.NewBaseline(findings).Marshal()); err != nil {
				return errorf(e, "%v", err)
			}
			fmt.Fprintf(e.stderr, "gloss: wrote %s with %s\n", *baseline, plural(len(findings), "finding", "findings"))
			return exitOK
		}
		data, err := os.ReadFile(path)
		if errors.Is(err, iofs.ErrNotExist) {
			return errorf(e, "%s does not exist: create it with --baseline %s --update-baseline", *baseline, *baseline)
		}
		if err != nil {
			return errorf(e, "%v", err)
		}
		b, err := lint.ParseBaseline(*baseline, data)
		if err != nil {
			return errorf(e, "%v", err)
		}
		findings = b.Filter(findings)
	}
	meta := report.Meta{Files: files, Version: version(), Accepted: accepted}
	for _, o := range outs {
		var buf bytes.Buffer
		if err := report.Write(&buf, o.format, findings, meta); err != nil {
			return errorf(e, "%v", err)
		}
		if dir := filepath.Dir(e.path(o.file)); dir != "" {
			os.MkdirAll(dir, 0o755)
		}
		if err := atomicfile.Write(e.path(o.file), buf.Bytes()); err != nil {
			return errorf(e, "%v", err)
		}
	}
	if err := report.Write(e.stdout, *format, findings, meta); err != nil {
		return errorf(e, "%v", err)
	}
	if *format == "github" {
		if p := e.getenv("GITHUB_STEP_SUMMARY"); p != "" {
			if f, err := os.OpenFile(p, os.O_APPEND|os.O_WRONLY|os.O_CREATE, 0o644); err == nil {
				report.MarkdownSummary(f, findings, meta)
				f.Close()
			}
		}
	}
	for _, f := range findings {
		if f.Severity >= level {
			return exitFindings
		}
	}
	return exitOK
}

func validFormat(f string) bool {
	for _, x := range report.Formats {
		if f == x {
			return true
		}
	}
	return false
}

// expandDirs replaces a directory argument by the bilingual files under it (XLIFF, TMX,
// PO), in lexical order; text, Markdown, TSV and CSV files are linted only when named.
func expandDirs(e *env, args []string) ([]string, error) {
	var out []string
	for _, a := range args {
		fi, err := os.Stat(e.path(a))
		if err != nil || !fi.IsDir() {
			out = append(out, a)
			continue
		}
		before := len(out)
		err = filepath.WalkDir(e.path(a), func(p string, d iofs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if d.Name() != "." && strings.HasPrefix(d.Name(), ".") && p != e.path(a) {
					return filepath.SkipDir
				}
				return nil
			}
			switch lint.Kind(p) {
			case "xliff", "tmx", "po":
				rel, err := filepath.Rel(e.path(a), p)
				if err != nil {
					return err
				}
				if !textfile.Regular(p, d) {
					// a named pipe or a device: reading it may block for ever
					fmt.Fprintf(e.stderr, "gloss lint: warning: %v\n", textfile.NotRegular(filepath.Join(a, rel), d))
					return nil
				}
				out = append(out, filepath.Join(a, rel))
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if len(out) == before {
			// "no findings in 0 files" would pass CI for a directory of files lint never
			// reads (Word files, a wrong path in the workflow).
			return nil, gloss.Errorf(nil, a, 0, 0,
				"name text, Markdown, TSV and CSV files one by one; a directory stands only for the XLIFF, TMX and PO files under it",
				"no XLIFF, TMX or PO file under the directory: nothing to check")
		}
	}
	return out, nil
}

// ahead reads files on a goroutine of its own, in order and one ahead of their use: the
// first while the glossary loads and compiles, which on a large file take about as long,
// and each next one while the one before is linted.
type ahead struct {
	files chan readResult
	done  chan struct{}
}

type readResult struct {
	data    []byte
	spooled *textfile.Spooled
	err     error
}

// readAhead reads paths ahead of their use; with spool, standard input ("-") is spooled
// to a temporary file, within the input gate, instead of read whole.
func readAhead(e *env, paths []string, streamed func(string) bool, spool bool) *ahead {
	a := &ahead{files: make(chan readResult, 1), done: make(chan struct{})}
	go func() {
		for _, p := range paths {
			var r readResult
			switch {
			case p == "-" && spool:
				r.spooled, r.err = textfile.Spool(e.stdin, p, textfile.Document)
			case !streamed(p):
				r.data, r.err = readInput(e, p)
			}
			select {
			case a.files <- r:
			case <-a.done:
				if r.spooled != nil {
					r.spooled.Close()
				}
				return
			}
		}
	}()
	return a
}

// next returns the next file's contents, or standard input spooled (close it).
func (a *ahead) next() ([]byte, *textfile.Spooled, error) {
	r := <-a.files
	return r.data, r.spooled, r.err
}

// stop lets the reader go when the files are no longer wanted, and closes a spool read
// ahead and not taken.
func (a *ahead) stop() {
	close(a.done)
	select {
	case r := <-a.files:
		if r.spooled != nil {
			r.spooled.Close()
		}
	default:
	}
}

// readInput reads a file to lint; "-" is standard input.
func readInput(e *env, p string) ([]byte, error) {
	if p == "-" {
		return textfile.Read(e.stdin, p, textfile.Document)
	}
	return textfile.ReadFile(e.path(p), textfile.Document)
}

// memoryDocs reads the units of the memory at path as lint documents.
func memoryDocs(e *env, path string) (*review.LintDocs, int) {
	tf := &tmFlags{path: path}
	m, code := tf.open(e, false)
	if m == nil {
		return nil, code
	}
	defer m.Close()
	ld, err := review.MemoryDocs(context.Background(), m, tm.Filter{})
	if err != nil {
		return nil, errorf(e, "%s: %v", path, err)
	}
	return ld, exitOK
}
