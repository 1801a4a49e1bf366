package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	iofs "io/fs"
	"os"
	"runtime/debug"

	"github.com/glossterm/gloss/glossary"
)

func init() {
	register(&command{
		name:    "fmt",
		summary: "print the glossary in canonical form; -w rewrites the file, --check fails when it is not canonical",
		usage:   "[-w | --check] [--glossary FILE] [FILE | -]",
		run:     runFmt,
	})
}

func runFmt(e *env) int {
	c := commands["fmt"]
	fs := newFlags(e, c)
	gf := addGlossaryFlags(fs, "glossary `FILE`, or - for standard input (not with -w) (default: "+glossaryDefault+")")
	write := fs.Bool("w", false, "rewrite the file in place (atomically)")
	check := fs.Bool("check", false, "exit 1 when the file is not in canonical form, and write nothing")
	args, code, ok := parseFlags(fs, e.args)
	if !ok {
		return code
	}
	if len(args) > 1 {
		return errorf(e, "fmt takes one glossary file, got %d", len(args))
	}
	if len(args) == 1 {
		gf.path = args[0]
	}
	if *write && *check {
		return errorf(e, "-w and --check exclude each other")
	}
	path := gf.locate(e)
	if path == "" {
		return errorf(e, "no gloss.yaml here or in a parent directory: name the file, or - to read standard input")
	}
	if path == "-" && (*write) {
		return errorf(e, "-w needs a file, not standard input")
	}
	if gf.verbose {
		fmt.Fprintf(e.stderr, "gloss: formatting %s\n", path)
	}
	if *write {
		if _, err := os.Stat(path); err != nil {
			return reportLoadError(e, err)
		}
		// under the glossary's write lock, so that a concurrent import is not lost
		err := fmtInPlace(e, path)
		var le *glossary.LoadError
		switch {
		case errors.As(err, &le), errors.Is(err, iofs.ErrNotExist):
			return reportLoadError(e, err)
		case err != nil:
			return errorf(e, "%v (the file is unchanged)", err)
		}
		return exitOK
	}
	var data []byte
	var err error
	if path == "-" {
		data, err = glossary.ReadAll(e.stdin, "-")
	} else {
		data, err = glossary.ReadFile(path)
	}
	if err != nil {
		return reportLoadError(e, err)
	}
	if *check {
		same, err := isCanonical(e, data, path)
		if err != nil {
			return reportLoadError(e, err)
		}
		if !same {
			fmt.Fprintf(e.stderr, "%s: not in canonical form; run gloss fmt -w %s\n", path, path)
			return exitFindings
		}
		return exitOK
	}
	if done, err := fmtSpooled(e, data, path); done || err != nil {
		if err != nil {
			return reportLoadError(e, err)
		}
		return exitOK
	}
	out, err := canonical(data, path)
	if err != nil {
		return reportLoadError(e, err)
	}
	e.stdout.Write(out)
	return exitOK
}

// canonical parses a glossary and returns its canonical form. It repairs what it can fix
// without loss: a byte-order mark and CRLF line ends.
func canonical(data []byte, path string) ([]byte, error) {
	g, err := glossary.Parse(repair(data), path)
	if err != nil {
		return nil, err
	}
	return glossary.Format(g), nil
}

// repair removes what glossary.Parse refuses but fmt can fix without loss: a UTF-8
// byte-order mark and CRLF line endings. data is returned as it is when it has no CRLF, so
// that a large file is not copied.
func repair(data []byte) []byte {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if !bytes.Contains(data, []byte("\r\n")) {
		return data
	}
	return bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
}

// fmtInPlace is gloss fmt -w of the glossary file at path: under the glossary's write lock,
// through a temporary file renamed over it (glossary.UpdateFileFunc), and only when its
// canonical form differs from it. A large file that splits into its concepts
// (fmtEntries) is written one concept at a time, so that its model is never held; when a
// concept cannot be read alone, the file is read again under the lock, and whole.
func fmtInPlace(e *env, path string) error {
	whole := func(data []byte, exists bool) (func(io.Writer) error, error) {
		if !exists {
			return nil, fmt.Errorf("open %s: %w", path, iofs.ErrNotExist)
		}
		return fmtWhole(data, path)
	}
	err := glossary.UpdateFileFunc(path, func(data []byte, exists bool) (func(io.Writer) error, error) {
		if !exists {
			return whole(data, exists)
		}
		if ent, ok := fmtEntries(e, data, path); ok {
			return func(w io.Writer) error {
				sw := &sameWriter{w: w, want: data}
				if err := glossary.WriteEntries(sw, ent); err != nil {
					return err
				}
				if sw.same() {
					return errCanonical // the temporary file is removed, the file left as it is
				}
				return nil
			}, nil
		}
		return whole(data, exists)
	})
	switch {
	case errors.Is(err, errCanonical):
		return nil
	case errors.Is(err, glossary.ErrNotAlone):
		return glossary.UpdateFileFunc(path, whole)
	}
	return err
}

// fmtWhole is what gloss fmt -w writes for the glossary file data read whole: its
// canonical form, or nothing when it is in canonical form already.
func fmtWhole(data []byte, path string) (func(io.Writer) error, error) {
	out, err := canonical(data, path)
	if err != nil || bytes.Equal(out, data) {
		return nil, err
	}
	return func(w io.Writer) error { _, err := w.Write(out); return err }, nil
}

// isCanonical reports whether data, the glossary file at path, is in canonical form (gloss
// fmt --check): a large file that splits into its concepts is compared with its canonical
// form one concept at a time, every concept decoded, so that an error stops it as Parse's.
func isCanonical(e *env, data []byte, path string) (bool, error) {
	if ent, ok := fmtEntries(e, data, path); ok {
		sw := &sameWriter{w: io.Discard, want: data}
		err := glossary.WriteEntries(sw, ent)
		if err == nil {
			return sw.same(), nil
		}
		if !errors.Is(err, glossary.ErrNotAlone) {
			return false, err
		}
	}
	out, err := canonical(data, path)
	if err != nil {
		return false, err
	}
	return bytes.Equal(out, data), nil
}

// fmtSpooled is gloss fmt to standard output of a large glossary file that splits into
// its concepts: its canonical form is written one concept at a time to a temporary file,
// then copied, so that an error found in a later concept stops fmt before anything is
// printed, as when the file is parsed whole. done is false when the file is to be
// formatted whole (small, or a concept that cannot be read alone).
func fmtSpooled(e *env, data []byte, path string) (done bool, err error) {
	ent, ok := fmtEntries(e, data, path)
	if !ok {
		return false, nil
	}
	tmp, err := os.CreateTemp("", "gloss-fmt-*.yaml")
	if err != nil {
		return false, nil // formatted whole, in memory
	}
	defer func() {
		tmp.Close()
		os.Remove(tmp.Name())
	}()
	if err := glossary.WriteEntries(tmp, ent); err != nil {
		if errors.Is(err, glossary.ErrNotAlone) {
			return false, nil
		}
		return false, fmt.Errorf("%s: writing its canonical form to a temporary file: %w", path, err)
	}
	if _, err := tmp.Seek(0, io.SeekStart); err != nil {
		return false, err
	}
	_, err = io.Copy(e.stdout, tmp)
	return true, err
}

// fmtSplitMin is the size of a glossary file from which gloss fmt -w and --check format it
// one concept at a time (glossary.WriteEntries) rather than parsed whole, as import --merge
// does (splitMin): below it the model is small.
var fmtSplitMin = splitMin

// fmtEntries splits data, the glossary file at path, into its concepts when it is large
// (fmtSplitMin) and splits (glossary.SplitEntries, after repair), and sets the soft memory
// limit for it.
func fmtEntries(e *env, data []byte, path string) (*glossary.Entries, bool) {
	if len(data) < fmtSplitMin {
		return nil, false
	}
	ent, ok := glossary.SplitEntries(repair(data), path)
	if ok {
		fmtBudget(e, len(data))
	}
	return ent, ok
}

// fmtBudget sets the soft memory limit of gloss fmt of a glossary file of size bytes
// formatted one concept at a time: it holds the file and some 32 bytes a concept, and one
// concept's model at a time.
func fmtBudget(e *env, size int) {
	if e.getenv("GOMEMLIMIT") != "" {
		return
	}
	memBudget += fmtFactor * int64(size)
	debug.SetMemoryLimit(memBudget)
}

// fmtFactor is the heap per byte of the glossary file that gloss fmt formats one concept at
// a time, beyond the base of memBudget.
const fmtFactor = 2

// errCanonical is what the write of gloss fmt -w returns when the file is in canonical form
// already: nothing is replaced.
var errCanonical = errors.New("the glossary is in canonical form")

// sameWriter writes to w and compares what it writes with want.
type sameWriter struct {
	w    io.Writer
	want []byte
	off  int // bytes of want matched so far
	diff bool
}

func (s *sameWriter) Write(p []byte) (int, error) {
	if !s.diff {
		if len(p) > len(s.want)-s.off || !bytes.Equal(p, s.want[s.off:s.off+len(p)]) {
			s.diff = true
		} else {
			s.off += len(p)
		}
	}
	return s.w.Write(p)
}

// same reports whether what was written is want, whole.
func (s *sameWriter) same() bool { return !s.diff && s.off == len(s.want) }
