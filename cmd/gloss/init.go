package main

import (
	_ "embed"
	"errors"
	"fmt"
	iofs "io/fs"
	"os"
	"slices"
	"sort"
	"strings"

	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/atomicfile"
)

//go:embed starter.yaml
var starterYAML []byte

func init() {
	register(&command{
		name:    "init",
		summary: "start a team glossary: a commented gloss.yaml with an example of each kind of entry, or the embedded default",
		usage:   "[--from-default [--subject S,...]] [--force] [FILE]",
		run:     runInit,
	})
}

func runInit(e *env) int {
	c := commands["init"]
	fs := newFlags(e, c)
	fromDefault := fs.Bool("from-default", false, "start from the embedded default glossary instead of the commented examples")
	subject := fs.String("subject", "", "with --from-default: only the concepts of these `SUBJECTS` (comma-separated)")
	force := fs.Bool("force", false, "overwrite an existing file")
	args, code, ok := parseFlags(fs, e.args)
	if !ok {
		return code
	}
	if len(args) > 1 {
		return errorf(e, "init takes one file name, got %d", len(args))
	}
	if *subject != "" && !*fromDefault {
		return errorf(e, "--subject picks concepts of the default glossary: add --from-default")
	}
	name := glossaryFile
	if len(args) == 1 {
		name = args[0]
	}
	data := starterYAML
	what := "the commented starter glossary"
	if *fromDefault {
		var n int
		var err error
		if data, n, err = defaultSubset(*subject); err != nil {
			return errorf(e, "%v", err)
		}
		what = plural(n, "concept", "concepts") + " of the default glossary"
	}
	path := e.path(name)
	if *force {
		if err := atomicfile.Write(path, data); err != nil {
			return errorf(e, "%v", err)
		}
	} else if err := createNew(path, data); err != nil {
		if errors.Is(err, iofs.ErrExist) {
			fmt.Fprintf(e.stderr, "gloss init: %s already exists; it is left as it is\n\thint: gloss init --force %s replaces it, or name another file\n", name, name)
			return exitUsage
		}
		return errorf(e, "%v", err)
	}
	fmt.Fprintf(e.stderr, "gloss init: wrote %s with %s\n", name, what)
	fmt.Fprintln(e.stderr, "\tnext: edit it (gloss help glossary has the format), check it with gloss validate, try gloss lookup 拡大抑止")
	return exitOK
}

// createNew writes a file that must not exist yet: a file made meanwhile by someone else is
// not overwritten, and a failed write leaves no file behind.
func createNew(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
	}
	return err
}

// defaultSubset is the embedded default glossary, or the concepts of the given subjects,
// in canonical form. Links to concepts left out are dropped so that the file validates.
func defaultSubset(subjects string) ([]byte, int, error) {
	g, err := glossary.Parse(glossary.DefaultSource(), glossary.DefaultName)
	if err != nil {
		return nil, 0, err
	}
	if subjects == "" {
		g.Comment = "Started from gloss's default glossary: Japanese–English security-policy terms.\nThe file format: gloss help glossary."
		return glossary.Format(g), len(g.Concepts), nil
	}
	have := map[string]int{}
	for _, c := range g.Concepts {
		have[c.Subject]++
	}
	var want []string
	for _, s := range strings.Split(subjects, ",") {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		if have[s] == 0 {
			var list []string
			for k := range have {
				if k != "" {
					list = append(list, k)
				}
			}
			sort.Strings(list)
			return nil, 0, fmt.Errorf("no concept of the default glossary has subject %q; subjects: %s", s, strings.Join(list, ", "))
		}
		want = append(want, s)
	}
	kept := map[string]bool{}
	var concepts []*glossary.Concept
	for _, c := range g.Concepts {
		if slices.Contains(want, c.Subject) {
			concepts = append(concepts, c)
			kept[c.ID] = true
		}
	}
	for _, c := range concepts {
		c.Related = slices.DeleteFunc(c.Related, func(id string) bool { return !kept[id] })
		c.Homonyms = slices.DeleteFunc(c.Homonyms, func(id string) bool { return !kept[id] })
	}
	g.Concepts = concepts
	g.Comment = "Started from gloss's default glossary, subject " + strings.Join(want, ", ") + ".\nThe file format: gloss help glossary."
	return glossary.Format(g), len(concepts), nil
}
