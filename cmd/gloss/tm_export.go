package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/glossterm/gloss/internal/atomicfile"
	"github.com/glossterm/gloss/tm"
)

// addFilterFlags adds the flags that select units.
func addFilterFlags(fs interface {
	StringVar(*string, string, string, string)
}) *struct{ origin, query, since, until string } {
	f := &struct{ origin, query, since, until string }{}
	fs.StringVar(&f.origin, "origin", "", "only units from files matching `PATTERN` (a glob with * ? [, else a substring)")
	fs.StringVar(&f.query, "query", "", "only units whose Japanese or English contains `TEXT`")
	fs.StringVar(&f.since, "since", "", "only units dated `DATE` (YYYY-MM-DD) or later")
	fs.StringVar(&f.until, "until", "", "only units dated before `DATE`")
	return f
}

func filterOf(v *struct{ origin, query, since, until string }) (tm.Filter, error) {
	f := tm.Filter{Origin: v.origin, Query: v.query}
	var err error
	if v.since != "" {
		if f.Since, err = tm.ParseDate(v.since); err != nil {
			return f, fmt.Errorf("--since: %v", err)
		}
	}
	if v.until != "" {
		if f.Until, err = tm.ParseDate(v.until); err != nil {
			return f, fmt.Errorf("--until: %v", err)
		}
	}
	return f, nil
}

func runTMExport(e *env, c *command) int {
	fs := newFlags(e, c)
	tf := addTMFlags(fs)
	fv := addFilterFlags(fs)
	out := addOutputFlag(fs, "write to `FILE` (atomically) instead of standard output")
	args, code, ok := parseFlags(fs, e.args)
	if !ok {
		return code
	}
	if len(args) > 0 {
		return errorf(e, "tm export: unexpected argument %q", args[0])
	}
	f, err := filterOf(fv)
	if err != nil {
		return errorf(e, "tm export: %v", err)
	}
	m, code := tf.open(e, false)
	if m == nil {
		return code
	}
	defer m.Close()
	n := 0
	write := func(w io.Writer) error {
		var err error
		n, err = m.ExportTMX(context.Background(), w, f, version(), time.Now())
		return err
	}
	if *out == "" {
		err = write(e.stdout)
	} else {
		err = atomicfile.WriteFunc(e.path(*out), write)
	}
	if err != nil {
		return errorf(e, "tm export: %v", err)
	}
	fmt.Fprintf(e.stderr, "gloss: tm export: %s\n", plural(n, "unit", "units"))
	return exitOK
}
