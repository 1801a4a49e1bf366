package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/glossterm/gloss/exports"
	"github.com/glossterm/gloss/exports/delim"
	"github.com/glossterm/gloss/exports/edict"
	"github.com/glossterm/gloss/exports/tbx"
	"github.com/glossterm/gloss/exports/tmx"
	"github.com/glossterm/gloss/exports/xlsx"
	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/textfile"
)

func init() {
	register(&command{
		name:    "import",
		summary: "read a TBX, TMX, XLSX, CSV/TSV, OmegaT, DeepL or EDICT glossary, and merge it with --merge",
		usage:   "FILE|- [--format tbx|tmx|xlsx|csv|tsv|omegat|deepl|edict|gloss] [--merge] [--encoding E] [--source L --target L] [-o FILE]",
		run:     runImport,
	})
}

// importFormats are the formats gloss import reads.
const importFormats = "tbx (v2 or v3), tmx, xlsx, csv, tsv, omegat, deepl, edict, gloss (a gloss.yaml, such as the proposals of gloss align --format yaml)"

type importOptions struct {
	format, encoding string
	formatFlag       string // the flag that sets format, for messages (default --format)
	source, target   string
	known            []string
	warn             func(error) // what a reader found wrong but read anyway
}

// readGlossaryFile reads an exchange file into a glossary.
func readGlossaryFile(data []byte, name string, o importOptions) (*glossary.Glossary, error) {
	r := bytes.NewReader(data)
	switch o.format {
	case "tbx", "tbx3":
		g, warnings, err := tbx.ReadWarn(r, name, o.known)
		for _, w := range warnings {
			if o.warn != nil {
				o.warn(w)
			}
		}
		return g, err
	case "tmx":
		return tmx.Read(r, name, o.known)
	case "csv", "tsv":
		ro := delim.ReadOptions{Encoding: o.encoding, Known: o.known}
		if o.format == "tsv" {
			ro.Comma = '\t'
		}
		return delim.Read(r, name, ro)
	case "xlsx":
		return xlsx.Read(r, name, o.known)
	case "edict":
		return edict.Read(r, name)
	case "gloss", "yaml":
		return glossary.Parse(data, name)
	case "omegat", "deepl":
		return delim.Read(r, name, delim.ReadOptions{Encoding: o.encoding, Pairs: true, Source: o.source, Target: o.target, Known: o.known})
	}
	if f, ok := extraImporters[o.format]; ok {
		return f(data, name, o)
	}
	return nil, fmt.Errorf("unknown format %q: use %s", o.format, importFormats)
}

// extraImporters are formats registered by other files of this command (xlsx, edict).
var extraImporters = map[string]func(data []byte, name string, o importOptions) (*glossary.Glossary, error){}

func runImport(e *env) int {
	c := commands["import"]
	fs := newFlags(e, c)
	gf := addGlossaryFlags(fs, glossaryWriteHelp("the glossary `FILE` that --merge merges into and rewrites"))
	o := importOptions{warn: func(err error) { fmt.Fprintf(e.stderr, "gloss import: warning: %v\n", err) }}
	fs.StringVar(&o.format, "format", "", "input `FORMAT`: "+importFormats+" (default: from the content and the extension)")
	fs.StringVar(&o.encoding, "encoding", "", "CSV/TSV `ENCODING`: utf-8, utf-16, utf-16le, utf-16be, shift_jis, euc-jp (default: detected)")
	fs.StringVar(&o.source, "source", "", "source `LANG` of a pair file (omegat, deepl); default: the glossary's first language")
	fs.StringVar(&o.target, "target", "", "target `LANG` of a pair file; default: the glossary's second language")
	merge := fs.Bool("merge", false, "merge into the glossary (--glossary, $GLOSS_GLOSSARY or gloss.yaml, created if missing) instead of printing the imported glossary")
	out := addOutputFlag(fs, "without --merge: write the imported glossary to `FILE` (atomically) instead of standard output")
	dry := fs.Bool("n", false, "with --merge: report what would change, write nothing")
	args, code, ok := parseFlags(fs, e.args)
	if !ok {
		return code
	}
	if len(args) != 1 {
		fs.Usage()
		return exitUsage
	}
	if *merge && *out != "" {
		return errorf(e, "--merge writes the glossary file; -o is for an import without --merge")
	}
	name := args[0]
	data, err := readExchange(e, name, &o)
	if err != nil {
		return errorf(e, "%v", err)
	}

	if !*merge && o.format == "edict" {
		return importEdict(e, data, name, *out)
	}
	if !*merge {
		if code, ok := importStreamed(e, data, name, *out, &o); ok {
			return code
		}
		dst := exports.NewGlossary()
		read, _, err := importInto(dst, data, name, &o)
		if err != nil {
			fmt.Fprintf(e.stderr, "gloss import: %v\n", err)
			return exitUsage
		}
		text := glossary.Format(dst)
		if *out != "" {
			p := *out
			if !filepath.IsAbs(p) {
				p = filepath.Join(e.cwd, p)
			}
			if err := glossary.WriteFile(p, dst); err != nil {
				return errorf(e, "%v", err)
			}
		} else if _, err := e.stdout.Write(text); err != nil {
			return errorf(e, "%v", err)
		}
		fmt.Fprintf(e.stderr, "gloss import: %s: %s read as %s\n", name, plural(read, "concept", "concepts"), o.format)
		return exitOK
	}

	// The glossary merged into, read and written under its write lock so that concurrent
	// merges serialize; its languages map the file's (ja-JP onto ja).
	dstPath, code := gf.writable(e, "import --merge")
	if code != exitOK {
		return code
	}
	if dstPath == "" {
		dstPath = filepath.Join(e.cwd, glossaryFile)
	} else if !filepath.IsAbs(dstPath) {
		dstPath = filepath.Join(e.cwd, dstPath)
	}
	var (
		dst       *glossary.Glossary  // the glossary merged into, or of a large file only its head (merger)
		merger    *exports.Merger     // the merge into dst, when the file streams
		res       exports.MergeResult // without the concepts added when spooled
		read      int
		importErr error
		written   bool
		spooled   *glossary.Spool // the concepts new to dst, when the file was merged as read
		check     *glossary.Checker
	)
	defer func() { spooled.Remove(); merger.Close() }()
	wholeBudget := memBudget // for the glossary read whole, and an exchange file
	err = glossary.UpdateFileFunc(dstPath, func(cur []byte, exists bool) (func(io.Writer) error, error) {
		// load reads the glossary merged into: whole, or, for a large glossary and a
		// file that streams, split into its concepts and indexed
		// (exports.NewEntriesMerger), so that its model is never held, only the concepts
		// the merge changes; a file Parse reads only whole (comments in the concepts
		// list) is read whole.
		load := func(whole bool) error {
			merger.Close()
			dst, merger = exports.NewGlossary(), nil
			setBudget(e, wholeBudget)
			if !exists {
				return nil
			}
			if !whole && len(cur) >= splitMin && streamedFormat(o.format) {
				if ent, ok := glossary.SplitEntries(cur, dstPath); ok {
					mergeBudget(e, true, len(cur), name) // before the file is indexed
					if m, ok := exports.NewEntriesMerger(ent, nil); ok {
						dst, merger = ent.Head(), m
						return nil
					}
					setBudget(e, wholeBudget)
				}
			}
			g, err := glossary.Parse(cur, dstPath)
			if err != nil {
				return err
			}
			dst = g
			return nil
		}
		if err := load(false); err != nil {
			return nil, err
		}
		var streamed, changed bool
		read, res, spooled, merger, streamed, changed, importErr = mergeStreamed(e, dst, merger, data, name, len(cur), &o)
		if !streamed {
			if changed || merger != nil { // a streamed merge began, or dst is a head
				if err := load(true); err != nil {
					return nil, err
				}
			}
			read, res, importErr = importInto(dst, data, name, &o)
		} else {
			data = nil // merged: the file is not read again
		}
		if importErr != nil || *dry || (len(res.Added)+spooled.Len()+len(res.Updated) == 0 && exists) {
			return nil, importErr
		}
		written = true
		check = glossary.NewChecker(dst)
		return func(w io.Writer) error {
			return glossary.WriteEach(w, dst, mergedConcepts(ownConcepts(dst, merger), spooled, check))
		}, nil
	})
	switch {
	case importErr != nil:
		fmt.Fprintf(e.stderr, "gloss import: %v\n", importErr)
		return exitUsage
	case err != nil:
		return reportLoadError(e, err)
	}
	if err := printMerge(e, fmt.Sprintf("gloss import: %s: %s read as %s;", name, plural(read, "concept", "concepts"), o.format), res,
		addedIDs{list: res.Added, spool: spooled}); err != nil {
		return errorf(e, "%v", err)
	}
	if *dry {
		fmt.Fprintln(e.stderr, "gloss import: -n: nothing written")
	} else if written {
		fmt.Fprintf(e.stderr, "gloss import: wrote %s\n", dstPath)
	}
	if check == nil { // checked as written, else now
		check = glossary.NewChecker(dst)
		for _, err := range mergedConcepts(ownConcepts(dst, merger), spooled, check) {
			if err != nil {
				return errorf(e, "%v", err)
			}
		}
	}
	if n := countErrors(check.Problems()); n > 0 {
		fmt.Fprintf(e.stderr, "gloss import: the merged glossary has %s; run gloss validate\n", plural(n, "error", "errors"))
	}
	if len(res.Conflicts) > 0 {
		return exitFindings
	}
	return exitOK
}

// mergedConcepts yields the concepts of the merged glossary, each checked by check: the
// glossary's own, then those spooled (none when spooled is nil: a merge of the file read
// whole appends them to the glossary).
func mergedConcepts(own iter.Seq2[*glossary.Concept, error], spooled *glossary.Spool, check *glossary.Checker) iter.Seq2[*glossary.Concept, error] {
	return func(yield func(*glossary.Concept, error) bool) {
		for c, err := range own {
			if err == nil {
				check.Check(c)
			}
			if !yield(c, err) || err != nil {
				return
			}
		}
		if spooled == nil {
			return
		}
		for c, err := range spooled.Concepts() {
			if err == nil {
				check.Check(c)
			}
			if !yield(c, err) || err != nil {
				return
			}
		}
	}
}

// ownConcepts yields the concepts of the glossary merged into: those of merger, when the
// file was merged as read, else dst's.
func ownConcepts(dst *glossary.Glossary, merger *exports.Merger) iter.Seq2[*glossary.Concept, error] {
	if merger != nil {
		return merger.Concepts()
	}
	return func(yield func(*glossary.Concept, error) bool) {
		for _, c := range dst.Concepts {
			if !yield(c, nil) {
				return
			}
		}
	}
}

// splitMin is the size of a glossary from which gloss import --merge reads it one concept
// at a time (exports.NewEntriesMerger) rather than whole: below it the model is small, and
// the maps of the whole glossary are the cheaper index (a million rows into the default
// glossary, 0.35 MB, took some 10% more CPU time and 20 MB more split).
var splitMin = 8 << 20

// streamedFormat reports whether gloss import --merge merges a file of format as it reads
// it (mergeStreamed), unless its reader finds it cannot.
func streamedFormat(format string) bool {
	switch format {
	case "csv", "tsv", "xlsx", "tmx", "tbx", "tbx3":
		return true
	}
	return false
}

// mergeStreamed is importInto for an exchange file whose reader streams (XLSX, CSV, TSV,
// TBX, TMX): its concepts are merged into dst as they are read (exports.Merger), and
// those new to dst go to a spool, written after dst's own concepts, so that the file is
// never held as a glossary. The merger into dst is m, or when m is nil a new one into
// dst held whole; it is returned, for the concepts of dst as merged (Merger.Concepts).
// ok is false when the file is to be read whole after all: a format that does not
// stream, or a file whose reader says so (exports.ErrNotStreamed, such as rows of one
// concept apart); dst may then have been changed, and is to be read again (changed). The
// spool is the caller's to remove; the concepts added are those in it, and not in
// res.Added.
func mergeStreamed(e *env, dst *glossary.Glossary, m *exports.Merger, data []byte, name string, dstSize int, o *importOptions) (read int, res exports.MergeResult, sp *glossary.Spool, _ *exports.Merger, ok, changed bool, err error) {
	o.settle(dst.Languages)
	src, release, ok, err := scanExchange(data, name, *o)
	defer release()
	if !ok || err != nil {
		return 0, res, nil, m, ok, false, err
	}
	changed = true
	saved := memBudget
	mergeBudget(e, m != nil, dstSize, name)
	if len(dst.Languages) == 0 {
		dst.Languages = orderLangs(src.Languages, o.known)
	}
	if m == nil {
		m = exports.NewMerger(dst, src.Languages)
	} else {
		m.AddLanguages(src.Languages)
	}
	if sp, err = glossary.NewSpool(); err != nil {
		return 0, res, nil, m, true, changed, err
	}
	for c, err := range src.Concepts {
		if err == nil && m.Merge(c) {
			m.TakeAdded() // the spool has them
			err = sp.Add(c)
		}
		switch {
		case errors.Is(err, exports.ErrNotStreamed):
			// read whole after all: the budget of an exchange file, and its warnings said once
			sp.Remove()
			memBudget = saved
			debug.SetMemoryLimit(memBudget)
			o.warn = nil
			return 0, exports.MergeResult{}, nil, m, false, changed, nil
		case err != nil:
			sp.Remove()
			return 0, exports.MergeResult{}, nil, m, true, changed, err
		}
		read++
	}
	return read, m.Result(), sp, m, true, changed, nil
}

// importEdict is gloss import of an EDICT file without --merge: each entry is written as
// it is read (see importSource), so that the dictionary (some 257,000 concepts) is never
// held whole.
func importEdict(e *env, data []byte, name, out string) int {
	memBudget = edictBase // one concept at a time: not the budget of an exchange file
	budget(e, edictFactor, 0, name)
	src := edict.Scan(bytes.NewReader(data), name)
	code, _ := importSource(e, src, name, out, "edict", edict.NoEntries(name))
	return code
}

// importStreamed is gloss import without --merge of an exchange file whose reader streams
// (XLSX, CSV, TSV, TBX, TMX): its concepts are written as they are read, holding the file,
// the ids given and one concept at a time instead of the whole glossary. ok is false when
// the file is to be read whole after all: a format that does not stream, or a file whose
// reader says so (exports.ErrNotStreamed, such as rows of one concept apart), in which case
// nothing has been written.
func importStreamed(e *env, data []byte, name, out string, o *importOptions) (code int, ok bool) {
	o.settle(nil)
	saved := memBudget
	// the stream's budget while the reader opens the file too: an XLSX unzips its shared
	// strings then, and at the budget of a file read whole its heap would grow to 20 times
	// the file before the first concept
	streamBudget(e, o.format, name)
	src, release, ok, err := scanExchange(data, name, *o)
	defer release()
	if !ok {
		memBudget = saved
		debug.SetMemoryLimit(memBudget)
		return 0, false
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "gloss import: %v\n", err)
		return exitUsage, true
	}
	src.Languages = orderLangs(src.Languages, o.known)
	if code, ok = importSource(e, src, name, out, o.format, nil); !ok {
		// read whole after all: the budget of an exchange file, and its warnings said once
		memBudget = saved
		debug.SetMemoryLimit(memBudget)
		o.warn = nil
	}
	return code, ok
}

// importSource writes the concepts of src as a new glossary, each as a merge into an empty
// glossary would add it (exports.Adder), to out or, when it is empty, standard output.
// Nothing is written on an error: out is written through a temporary file renamed at the
// end, and standard output only once the last concept is read. none, when not nil, is the
// error of a file with no concept. ok is false when src yields exports.ErrNotStreamed.
func importSource(e *env, src exports.Source, name, out, format string, none error) (code int, ok bool) {
	read := 0
	var readErr error
	write := func(w io.Writer) error {
		var add exports.Adder
		concepts := func(yield func(*glossary.Concept, error) bool) {
			for c, err := range src.Concepts {
				if err != nil {
					readErr = err
					yield(nil, err)
					return
				}
				add.Add(c)
				read++
				if !yield(c, nil) {
					return
				}
			}
			if read == 0 && none != nil {
				readErr = none
				yield(nil, readErr)
			}
		}
		return glossary.WriteEach(w, exports.NewGlossary(src.Languages...), concepts)
	}
	var err error
	if out != "" {
		p := out
		if !filepath.IsAbs(p) {
			p = filepath.Join(e.cwd, p)
		}
		err = glossary.WriteFileFunc(p, write)
	} else {
		err = spoolTo(e.stdout, write) // a failure half-way prints nothing
	}
	switch {
	case errors.Is(readErr, exports.ErrNotStreamed):
		return 0, false
	case readErr != nil:
		fmt.Fprintf(e.stderr, "gloss import: %v\n", readErr)
		return exitUsage, true
	case err != nil:
		return errorf(e, "%v", err), true
	}
	fmt.Fprintf(e.stderr, "gloss import: %s: %s read as %s\n", name, plural(read, "concept", "concepts"), format)
	return exitOK, true
}

// spoolTo calls write and, when it succeeds, copies what it wrote to w: output that must
// not appear half-written (on standard output). Up to spoolMemory bytes are held in
// memory, more in a temporary file, so that a large export is not held whole.
func spoolTo(w io.Writer, write func(io.Writer) error) error {
	sp := &spool{}
	defer sp.remove()
	if err := write(sp); err != nil {
		return err
	}
	return sp.copyTo(w)
}

const spoolMemory = 8 << 20

type spool struct {
	mem  bytes.Buffer
	file *os.File
	bw   *bufio.Writer
}

func (s *spool) Write(p []byte) (int, error) {
	if s.file == nil && s.mem.Len()+len(p) <= spoolMemory {
		return s.mem.Write(p)
	}
	if s.file == nil {
		f, err := os.CreateTemp("", "gloss-out-")
		if err != nil {
			return 0, err
		}
		s.file, s.bw = f, bufio.NewWriterSize(f, 256<<10)
		if _, err := s.bw.Write(s.mem.Bytes()); err != nil {
			return 0, err
		}
		s.mem = bytes.Buffer{}
	}
	return s.bw.Write(p)
}

func (s *spool) copyTo(w io.Writer) error {
	if s.file == nil {
		_, err := w.Write(s.mem.Bytes())
		return err
	}
	if err := s.bw.Flush(); err != nil {
		return err
	}
	if _, err := s.file.Seek(0, io.SeekStart); err != nil {
		return err
	}
	_, err := io.Copy(w, s.file)
	return err
}

func (s *spool) remove() {
	if s.file != nil {
		s.file.Close()
		os.Remove(s.file.Name())
	}
}

// scanExchange returns the concepts of the exchange file data as a Source that reads them
// one at a time, when o.format's reader streams; ok is false otherwise. release removes
// what reading keeps on disk (an XLSX sheet spooled by excelize); call it in every case.
func scanExchange(data []byte, name string, o importOptions) (src exports.Source, release func(), ok bool, err error) {
	release = func() {}
	switch o.format {
	case "csv", "tsv":
		ro := delim.ReadOptions{Encoding: o.encoding, Known: o.known}
		if o.format == "tsv" {
			ro.Comma = '\t'
		}
		src, err = delim.Scan(data, name, ro)
	case "xlsx":
		src, release, err = xlsx.Scan(data, name, o.known)
	case "tmx":
		src, err = tmx.Scan(data, name, o.known)
	case "tbx", "tbx3":
		var warnings []error
		src, warnings, err = tbx.Scan(data, name, o.known)
		for _, w := range warnings {
			if o.warn != nil {
				o.warn(w)
			}
		}
	default:
		return src, release, false, nil
	}
	return src, release, true, err
}

// importInto reads the exchange file data into dst: the file's languages are mapped onto
// dst's (or, for a new glossary, ja and en), and its concepts merged by normalized term.
// It returns the number of concepts read and what the merge did.
func importInto(dst *glossary.Glossary, data []byte, name string, o *importOptions) (int, exports.MergeResult, error) {
	o.settle(dst.Languages)
	in, err := readGlossaryFile(data, name, *o)
	if err != nil {
		return 0, exports.MergeResult{}, err
	}
	if len(dst.Languages) == 0 {
		dst.Languages = orderLangs(in.Languages, o.known)
	}
	return len(in.Concepts), exports.Merge(dst, in), nil
}

// settle sets the languages the file's are mapped onto, those of the glossary imported
// into (langs; ja and en for a new one) and the pair languages, and the pair languages
// when they are not given.
func (o *importOptions) settle(langs []string) {
	o.known = slices.Clone(langs)
	if len(o.known) == 0 {
		o.known = []string{"ja", "en"}
	}
	for _, l := range []string{o.source, o.target} {
		if l != "" && !slices.Contains(o.known, l) {
			o.known = append(o.known, l)
		}
	}
	if o.source == "" {
		o.source = o.known[0]
	}
	if o.target == "" && len(o.known) > 1 {
		o.target = o.known[1]
	}
}

func orderLangs(langs, known []string) []string {
	var out []string
	for _, k := range known {
		if slices.Contains(langs, k) {
			out = append(out, k)
		}
	}
	for _, l := range langs {
		if !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return out
}

// readLimited reads an exchange file through the input gate (at most exports.MaxInput bytes).
func readLimited(path string) ([]byte, error) {
	return textfile.ReadFile(path, textfile.Exchange)
}

// readExchange reads an exchange file and settles its format (o.format, when empty, from
// the content and the name).
// "-" is standard input, read through the same gate (textfile.ReadSpooled) and sniffed
// from its content alone.
func readExchange(e *env, name string, o *importOptions) ([]byte, error) {
	var data []byte
	var err error
	if name == "-" {
		if data, err = readStdin(e, textfile.Exchange); err == nil {
			budgetSize(e, exchangeFactor, int64(len(data)))
		}
	} else {
		budget(e, exchangeFactor, 0, name)
		path := name
		if !filepath.IsAbs(path) {
			path = filepath.Join(e.cwd, path)
		}
		data, err = readLimited(path)
	}
	if err != nil {
		return nil, err
	}
	o.format = strings.ToLower(o.format)
	if o.format == "" {
		head := data
		if len(head) > 512 {
			head = head[:512]
		}
		if o.format = exports.Detect(name, head); o.format == "" {
			what := name + ": cannot tell the format"
			if name == "-" {
				what = "-: cannot tell the format of standard input from its content"
			}
			flag := o.formatFlag
			if flag == "" {
				flag = "--format"
			}
			return nil, fmt.Errorf("%s; say %s %s", what, flag, importFormats)
		}
	}
	return data, nil
}

// loadExchange reads an exchange file as the concepts to export (gloss export --from).
// EDICT is streamed: its entries go to the writer one at a time; so are the concepts of an
// exchange file whose reader streams (scanExchange), unless whole is set. release removes
// what reading keeps on disk; call it in every case.
func loadExchange(e *env, name, format string, whole bool) (src exports.Source, release func(), code int) {
	release = func() {}
	o := importOptions{format: format, formatFlag: "--from-format", known: []string{"ja", "en"}, source: "ja", target: "en",
		warn: func(err error) { fmt.Fprintf(e.stderr, "gloss export: warning: %v\n", err) }}
	if o.format == "" && strings.Contains(strings.ToLower(filepath.Base(name)), "edict") {
		o.format = "edict"
	}
	if o.format == "edict" && name != "-" {
		path := name
		if !filepath.IsAbs(path) {
			path = filepath.Join(e.cwd, path)
		}
		f, err := os.Open(path)
		if err != nil {
			return exports.Source{}, release, errorf(e, "%v", err)
		}
		// the file stays open until the process ends: the writer reads it as it goes
		return edict.Scan(f, name), release, exitOK
	}
	data, err := readExchange(e, name, &o)
	if err != nil {
		return exports.Source{}, release, errorf(e, "%v", err)
	}
	if whole {
		o.warn = nil // said by the streaming reader already
	} else {
		saved := memBudget
		streamBudget(e, o.format, name) // while the reader opens the file too (see importStreamed)
		src, release, ok, err := scanExchange(data, name, o)
		if err != nil {
			release()
			fmt.Fprintf(e.stderr, "gloss export: %v\n", err)
			return exports.Source{}, func() {}, exitUsage
		}
		if !ok {
			memBudget = saved
			debug.SetMemoryLimit(memBudget)
		}
		if ok {
			langs := orderLangs(src.Languages, o.known)
			var add exports.Adder
			inner := src.Concepts
			return exports.Source{Languages: langs, Concepts: func(yield func(*glossary.Concept, error) bool) {
				for c, err := range inner {
					if err == nil {
						add.Add(c) // the id and status a merge into a new glossary gives it
					}
					if !yield(c, err) || err != nil {
						return
					}
				}
			}}, release, exitOK
		}
	}
	in, err := readGlossaryFile(data, name, o)
	if err != nil {
		fmt.Fprintf(e.stderr, "gloss export: %v\n", err)
		return exports.Source{}, release, exitUsage
	}
	g := exports.NewGlossary(orderLangs(in.Languages, o.known)...)
	exports.Merge(g, in)
	return exports.FromGlossary(g), release, exitOK
}

func countErrors(problems []glossary.Problem) int {
	n := 0
	for _, p := range problems {
		if p.Severity == glossary.SevError {
			n++
		}
	}
	return n
}

// readStdin reads standard input through the input gate of kind k, once: a command that
// reads it again (an exchange file read whole after its reader could not stream it) is
// given the same bytes.
func readStdin(e *env, k textfile.Kind) ([]byte, error) {
	if !e.stdinRead {
		data, err := textfile.ReadSpooled(e.stdin, "-", k)
		if err != nil {
			return nil, err
		}
		e.stdinData, e.stdinRead = data, true
	}
	return e.stdinData, nil
}
