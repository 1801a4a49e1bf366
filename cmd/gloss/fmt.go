package main

import (
	"bytes"
	"fmt"
	"io"

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
	var data []byte
	var err error
	if path == "-" {
		data, err = io.ReadAll(io.LimitReader(e.stdin, glossary.MaxFileSize+1))
	} else {
		data, err = glossary.ReadFile(path)
	}
	if err != nil {
		return errorf(e, "%v", err)
	}
	// fmt repairs what it can fix without loss: a byte-order mark and CRLF line ends.
	g, err := glossary.Parse(glossary.Repair(data), path)
	if err != nil {
		return reportLoadError(e, err)
	}
	out := glossary.Format(g)
	switch {
	case *check:
		if !bytes.Equal(out, data) {
			fmt.Fprintf(e.stderr, "%s: not in canonical form; run gloss fmt -w %s\n", path, path)
			return exitFindings
		}
		return exitOK
	case *write:
		if bytes.Equal(out, data) {
			return exitOK
		}
		if err := glossary.WriteFileAtomic(path, out); err != nil {
			return errorf(e, "%v (the file is unchanged)", err)
		}
		return exitOK
	}
	e.stdout.Write(out)
	return exitOK
}
