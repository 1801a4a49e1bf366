package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/glossterm/gloss/align"
)

func init() {
	register(&command{
		name:    "attest",
		summary: "check that each approved concept's preferred terms occur in a corpus, and say where",
		usage:   "--corpus DIR [--glossary FILE] [--format text|json]",
		run:     runAttest,
	})
}

func runAttest(e *env) int {
	c := commands["attest"]
	fs := newFlags(e, c)
	gf := addGlossaryFlags(fs)
	corpus := fs.String("corpus", "", "the corpus `DIR`: every .txt and .tsv file below it is read")
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
	as, err := align.Attest(g, dir)
	if err != nil {
		return errorf(e, "attest: %v", err)
	}
	missing := 0
	for _, a := range as {
		if len(a.Where) == 0 {
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
			if len(a.Where) > 0 {
				where = strings.Join(a.Where, ", ")
			}
			fmt.Fprintf(e.stdout, "%s\t%s\t%s\t%s\n", a.Concept, a.Lang, a.Term, where)
		}
		fmt.Fprintf(e.stderr, "gloss attest: %s checked, %d not attested in %s\n", plural(len(as), "preferred term", "preferred terms"), missing, *corpus)
	}
	if missing > 0 {
		return exitFindings
	}
	return exitOK
}
