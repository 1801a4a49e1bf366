package main

import (
	"bytes"
	"errors"
	"fmt"
	iofs "io/fs"
	"os"

	"github.com/glossterm/gloss/glossary"
)

func init() {
	register(&command{
		name:    "fmt",
		summary: "print the glossary in canonical form; -w rewrites the file, --check fails when it is not canonical",
		usage:   "[-w | --check] [--glossary FILE] [FILE]",
		run:     runFmt,
	})
}

func runFmt(e *env) int {
	c := commands["fmt"]
	fs := newFlags(e, c)
	gf := addGlossaryFlags(fs)
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
		err := glossary.UpdateFile(path, func(data []byte, exists bool) ([]byte, error) {
			if !exists {
				return nil, fmt.Errorf("open %s: %w", path, iofs.ErrNotExist)
			}
			out, err := canonical(data, path)
			if err != nil || bytes.Equal(out, data) {
				return nil, err
			}
			return out, nil
		})
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
	out, err := canonical(data, path)
	if err != nil {
		return reportLoadError(e, err)
	}
	if *check {
		if !bytes.Equal(out, data) {
			fmt.Fprintf(e.stderr, "%s: not in canonical form; run gloss fmt -w %s\n", path, path)
			return exitFindings
		}
		return exitOK
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
// byte-order mark and CRLF line endings.
func repair(data []byte) []byte {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	return bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
}
