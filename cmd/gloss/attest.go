package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/glossterm/gloss"
	"github.com/glossterm/gloss/align"
)

func init() {
	register(&command{
		name:    "attest",
		summary: "check that each approved concept's preferred terms occur in the documents of a corpus, and say where",
		usage:   "--corpus DIR [--glossary FILE] [--format text|json]",
		run:     runAttest,
	})
}

func runAttest(e *env) int {
	c := commands["attest"]
	fs := newFlags(e, c)
	gf := addGlossaryFlags(fs, glossaryReadHelp)
	corpus := fs.String("corpus", "", "the corpus `DIR`: its .txt documents and id/ja/en .tsv bitexts, each term in its own language; term lists are skipped; a .txt or .tsv that is not a regular file (a named pipe, a device, a dangling link) is an error")
	format := addFormatFlag(fs)
	args, code, ok := parseFlags(fs, e.args)
	if !ok {
		return code
	}
	if code := format.check(e); code != exitOK {
		return code
	}
	if *corpus == "" || len(args) > 0 {
		fs.Usage()
		return exitUsage
	}
	dir := e.path(*corpus)
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return errorf(e, "attest: %s is not a directory", *corpus)
	}
	g, code := gf.load(e)
	if g == nil {
		return code
	}
	res, err := align.Attest(g, dir)
	if err != nil {
		// each file of the corpus that could not be read, named as the user named the corpus
		errs := []error{err}
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			errs = j.Unwrap()
		}
		for _, err := range errs {
			var ge *gloss.Error
			if errors.As(err, &ge) && ge.File != "" {
				if rel, rerr := filepath.Rel(dir, ge.File); rerr == nil && !strings.HasPrefix(rel, "..") {
					ge.File = filepath.Join(*corpus, rel)
				}
			}
			errorf(e, "attest: %v", err)
		}
		return exitUsage
	}
	for _, s := range res.Skipped {
		fmt.Fprintf(e.stderr, "gloss attest: skipped %s: %s\n", s.File, s.Reason)
	}
	as := res.Attestations
	missing, quoted, explained := 0, 0, 0
	for _, a := range as {
		switch {
		case a.Quoted():
			quoted++
		case a.Explained():
			explained++
		case a.Missing():
			missing++
		}
	}
	if format.json() {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if as == nil {
			as = []align.Attestation{}
		}
		enc.Encode(as)
	} else {
		for _, a := range as {
			where := "not attested"
			switch {
			case a.Attested():
				where = strings.Join(a.Where, ", ")
			case a.Quoted():
				where = "not in the corpus; quoted by " + a.Source
			case a.Explained():
				where = "not attested; the term says why: " + a.Why
			}
			fmt.Fprintf(e.stdout, "%s\t%s\t%s\t%s\n", a.Concept, a.Lang, a.Term, where)
		}
	}
	fmt.Fprintf(e.stderr, "gloss attest: %s checked in %s in %s: %d not in the corpus (%d quoted by a source outside it, %d explained by the term's note, %d neither)\n",
		plural(len(as), "preferred term", "preferred terms"), plural(res.Documents, "document", "documents"), *corpus, missing+quoted+explained, quoted, explained, missing)
	if missing > 0 {
		return exitFindings
	}
	return exitOK
}
