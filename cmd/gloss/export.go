package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/glossterm/gloss/exports"
	"github.com/glossterm/gloss/exports/delim"
	"github.com/glossterm/gloss/exports/tbx"
	"github.com/glossterm/gloss/exports/tmx"
	"github.com/glossterm/gloss/exports/xlsx"
	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/atomicfile"
)

func init() {
	register(&command{
		name:    "export",
		summary: "write the glossary as TBX, TMX, XLSX, CSV, OmegaT or DeepL for a CAT tool",
		usage:   "--format tbx|tbx3|tmx|xlsx|csv|tsv|omegat|deepl [--profile P] [-o FILE] [--from FILE|- [--from-format F]] [--source L --target L] [--locale bare|region|ja=ja-JP,…] [--status approved,proposed,retired|all] [--bom]",
		run:     runExport,
	})
}

type exportFunc func(w io.Writer, src exports.Source, opt exports.Options) (*exports.Report, error)

// exporters are the formats gloss export writes. Binary formats need -o.
var exporters = map[string]struct {
	write  exportFunc
	binary bool
}{
	"tbx": {write: func(w io.Writer, s exports.Source, o exports.Options) (*exports.Report, error) {
		return tbx.WriteSource(w, s, tbx.V2, o)
	}},
	"tbx3": {write: func(w io.Writer, s exports.Source, o exports.Options) (*exports.Report, error) {
		return tbx.WriteSource(w, s, tbx.V3, o)
	}},
	"tmx":    {write: tmx.WriteSource},
	"csv":    {write: delim.WriteCSVSource},
	"tsv":    {write: delim.WriteTSVSource},
	"omegat": {write: delim.WriteOmegaTSource},
	"deepl":  {write: delim.WriteDeepLSource},
	"xlsx":   {write: xlsx.WriteSource, binary: true},
}

func formatNames() string {
	names := make([]string, 0, len(exporters))
	for n := range exporters {
		names = append(names, n)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

func runExport(e *env) int {
	c := commands["export"]
	fs := newFlags(e, c)
	gf := addGlossaryFlags(fs, glossaryReadHelp)
	format := fs.String("format", "", "output `FORMAT`: "+formatNames()+" (default: from the -o extension)")
	out := addOutputFlag(fs, "write to `FILE` (atomically) instead of standard output")
	var opt exports.Options
	fs.StringVar(&opt.Source, "source", "", "source `LANG` (default: the glossary's first language)")
	fs.StringVar(&opt.Target, "target", "", "target `LANG` (default: the glossary's second language)")
	fs.StringVar(&opt.Locale, "locale", "", "how language tags are written: bare (ja, en), region (ja-JP, en-US) or a `LIST` such as ja=ja-JP,en=en-GB (default: region for tmx, bare otherwise)")
	status := fs.String("status", "approved", "concept `STATUSES` to export: a comma-separated list of approved, proposed, retired, or all (default with --from: all)")
	fs.StringVar(&opt.Profile, "profile", "generic", "xlsx `PROFILE`: generic, memoq, trados, phrase, crowdin")
	fs.BoolVar(&opt.BOM, "bom", false, "start CSV with a UTF-8 byte-order mark (for Excel on Japanese Windows)")
	fs.StringVar(&opt.Namespace, "namespace", "", "TBX v3 namespace `URI` (default "+tbx.Namespace+")")
	from := fs.String("from", "", "export the concepts of an exchange `FILE` (any format gloss import reads) instead of the glossary: a converter")
	fromFormat := fs.String("from-format", "", "the `FORMAT` of the --from file: "+importFormats+" (default: from the content and the extension; needed on standard input, --from -, for what its content does not tell)")
	quiet := fs.Bool("q", false, "do not print the report on standard error")
	args, code, ok := parseFlags(fs, e.args)
	if !ok {
		return code
	}
	if len(args) > 0 {
		return errorf(e, "export takes no arguments (got %q); the glossary is --glossary FILE", args[0])
	}
	if *format == "" {
		*format = exports.FormatByExt(*out)
	}
	*format = strings.ToLower(*format)
	x, known := exporters[*format]
	if !known {
		if *format == "" {
			return errorf(e, "say which format: --format %s", formatNames())
		}
		return errorf(e, "unknown format %q: use %s", *format, formatNames())
	}
	if x.binary && *out == "" {
		return errorf(e, "%s is a binary format: write it to a file with -o FILE.%s", *format, *format)
	}
	if *fromFormat != "" && *from == "" {
		return errorf(e, "--from-format is the format of the --from file: give --from FILE, or - for standard input")
	}
	if *from != "" {
		set := false
		fs.Visit(func(f *flag.Flag) { set = set || f.Name == "status" })
		if !set {
			*status = "all" // an exchange file's concepts are not reviewed in gloss
		}
	}
	var err error
	if opt.Statuses, err = exports.ParseStatuses(*status); err != nil {
		return errorf(e, "%v", err)
	}
	if err := exports.CheckLocale(opt.Locale); err != nil {
		return errorf(e, "%v", err)
	}
	var src exports.Source
	concepts := -1 // the number of concepts, when they can be read more than once
	if *from != "" {
		var release func()
		src, release, code = loadExchange(e, *from, *fromFormat, false)
		defer release()
	} else {
		ix, c := gf.concepts(e)
		if ix == nil {
			return c
		}
		src, concepts = exports.FromIndex(ix), ix.Len()
	}
	if src.Concepts == nil {
		return code
	}
	for _, l := range []string{opt.Source, opt.Target} {
		if l != "" && !slices.Contains(src.Languages, l) {
			return errorf(e, "language %q is not one of the glossary's languages %v", l, src.Languages)
		}
	}
	opt.Version = version()
	var rep *exports.Report
	var left leftOut
	write := func(w io.Writer) error {
		var err error
		rep, err = x.write(w, left.count(src, opt), opt)
		return err
	}
	dest := "standard output"
	output := func() error {
		if *out == "" {
			// text formats: spooled, so a refusal or a read error half-way prints nothing
			return spoolTo(e.stdout, write)
		}
		path := *out
		if !filepath.IsAbs(path) {
			path = filepath.Join(e.cwd, path)
		}
		dest = *out
		return atomicfile.WriteFunc(path, write)
	}
	err = output()
	if errors.Is(err, exports.ErrNotStreamed) {
		// an exchange file that cannot be read one concept at a time: read it whole
		var release func()
		src, release, code = loadExchange(e, *from, *fromFormat, true)
		defer release()
		if src.Concepts == nil {
			return code
		}
		err = output()
	}
	if err != nil {
		var refused *delim.RefusedError
		var perr *exports.Error
		if errors.As(err, &refused) || errors.As(err, &perr) {
			fmt.Fprintf(e.stderr, "gloss export: %v\n", err)
			return exitUsage
		}
		return errorf(e, "export %s: %v", *format, err)
	}
	if !*quiet {
		fmt.Fprintf(e.stderr, "gloss export: %s as %s to %s\n", plural(rep.Written, "concept", "concepts"), *format, dest)
		if rep.Written == 0 {
			fmt.Fprintf(e.stderr, "\thint: no concept has status %s; --status all exports every concept\n", *status)
		}
		left.print(e, *status)
		if lines := rep.Lines(); len(lines) > 0 {
			keptBy := map[string][]string{}
			if concepts >= 0 && concepts <= maxCompare {
				keptBy = whoKeeps(*format, rep, src, opt)
			}
			fmt.Fprintf(e.stderr, "not carried by %s:\n", *format)
			for _, k := range rep.Keys() {
				where := "only gloss.yaml keeps them"
				if fs := keptBy[k]; len(fs) > 0 {
					where = "kept by " + strings.Join(fs, ", ")
				} else if concepts < 0 {
					where = "" // a streamed file is not exported twice to compare
				}
				if where != "" {
					where = " (" + where + ")"
				}
				fmt.Fprintf(e.stderr, "\t%d %s%s\n", rep.Dropped[k], k, where)
			}
		}
	}
	return exitOK
}

// leftOut counts the concepts, and their terms, that --status leaves out of an export.
type leftOut struct {
	concepts, terms int
	byStatus        map[glossary.ConceptStatus]int
}

// count passes src's concepts through, counting those opt does not select.
func (l *leftOut) count(src exports.Source, opt exports.Options) exports.Source {
	l.concepts, l.terms, l.byStatus = 0, 0, map[glossary.ConceptStatus]int{}
	inner := src.Concepts
	src.Concepts = func(yield func(*glossary.Concept, error) bool) {
		for c, err := range inner {
			if err == nil && !opt.Selected(c) {
				st := c.Status
				if st == "" {
					st = glossary.Proposed
				}
				l.concepts++
				l.byStatus[st]++
				for _, ts := range c.Terms {
					l.terms += len(ts)
				}
			}
			if !yield(c, err) {
				return
			}
		}
	}
	return src
}

func (l *leftOut) print(e *env, status string) {
	if l.concepts == 0 {
		return
	}
	var parts []string
	for _, st := range []glossary.ConceptStatus{glossary.Approved, glossary.Proposed, glossary.Retired} {
		if n := l.byStatus[st]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, st))
		}
	}
	fmt.Fprintf(e.stderr, "left out by --status %s: %s with %s (%s); --status all exports them\n",
		status, plural(l.concepts, "concept", "concepts"), plural(l.terms, "term", "terms"), strings.Join(parts, ", "))
}

// maxCompare is the largest glossary whose export is compared with every other format to
// say which one keeps what this one drops.
const maxCompare = 20000

// whoKeeps exports src in every other format, to nowhere, and returns for each item the
// chosen format dropped the formats that carry it.
func whoKeeps(format string, rep *exports.Report, src exports.Source, opt exports.Options) map[string][]string {
	out := map[string][]string{}
	var names []string
	for n := range exporters {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if n == format || n == "deepl" {
			continue // DeepL takes pairs only and reports all the rest as one item
		}
		other, err := exporters[n].write(io.Discard, src, opt)
		if err != nil || other == nil {
			continue // a format that refuses this glossary keeps nothing of it
		}
		for k := range rep.Dropped {
			if !dropsAlike(other, k) {
				out[k] = append(out[k], n)
			}
		}
	}
	return out
}

// dropsAlike reports whether a format's report drops what the item named by key is about:
// the same key, or one that shares a content word with it ("sources after the first" and
// "sources"; DeepL's "definitions, notes, sources and statuses" and "deprecated and
// forbidden terms", both about term status). It errs towards "drops": a format is named
// as keeping an item only when its report mentions nothing like it.
func dropsAlike(rep *exports.Report, key string) bool {
	if rep.Dropped[key] > 0 {
		return true
	}
	want := contentWords(key)
	for k := range rep.Dropped {
		for w := range contentWords(k) {
			if want[w] {
				return true
			}
		}
	}
	return false
}

// contentWords are the words of a report key that say what was dropped, folded to one
// form: plurals to the singular, deprecated and forbidden to status.
func contentWords(key string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(key), func(r rune) bool { return r < 'a' || r > 'z' }) {
		switch w {
		case "and", "the", "in", "of", "a", "an", "as", "to", "by", "or", "both", "only", "other", "after", "first",
			"over", "without", "inside", "written", "term", "terms", "concept", "concepts", "language", "languages",
			"characters", "takes", "anyway", "difference", "between", "allowed", "cut", "fields", "cells", "it":
			continue
		case "deprecated", "forbidden", "statuses":
			w = "status"
		}
		if len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			w = strings.TrimSuffix(w, "s")
		}
		out[w] = true
	}
	return out
}
