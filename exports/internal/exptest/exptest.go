// Package exptest holds the helpers the format packages' tests share: the sample glossary,
// golden files (rewritten with -update) and the comparison of glossaries by canonical form.
package exptest

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/glossterm/gloss/exports"
	"github.com/glossterm/gloss/glossary"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// Root returns the repository's testdata/exports directory.
func Root() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..", "testdata", "exports")
}

// Sample loads testdata/exports/sample.yaml.
func Sample(t testing.TB) *glossary.Glossary {
	t.Helper()
	g, err := glossary.LoadFile(filepath.Join(Root(), "sample.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// Options are the fixed options golden files are written with.
func Options() exports.Options {
	return exports.Options{Now: time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC), Version: "test"}
}

// All selects every concept status.
func All(o exports.Options) exports.Options {
	o.Statuses = []glossary.ConceptStatus{glossary.Approved, glossary.Proposed, glossary.Retired}
	return o
}

// Golden compares got with testdata/exports/golden/NAME, rewriting it under -update.
func Golden(t testing.TB, name string, got []byte) {
	t.Helper()
	path := filepath.Join(Root(), "golden", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test -update rewrites it)\n--- got ---\n%s", name, clip(got))
	}
}

func clip(b []byte) []byte {
	if len(b) > 3000 {
		return append(b[:3000:3000], "…"...)
	}
	return b
}

// Same fails unless a and b print the same canonical YAML.
func Same(t testing.TB, got, want *glossary.Glossary) {
	t.Helper()
	g, w := glossary.Format(got), glossary.Format(want)
	if !bytes.Equal(g, w) {
		t.Errorf("glossaries differ\n--- got ---\n%s\n--- want ---\n%s", g, w)
	}
}

// Strip returns a copy of g without what a format cannot carry: the term options (case,
// boundary, except, forms), links, translate flags and comments always, and the fields
// named in drop ("term.note", "term.pos", "term.short", "status", "source.loc", …).
func Strip(g *glossary.Glossary, drop ...string) *glossary.Glossary {
	d := map[string]bool{}
	for _, f := range drop {
		d[f] = true
	}
	out := &glossary.Glossary{Version: g.Version, Languages: g.Languages}
	for _, c := range g.Concepts {
		n := &glossary.Concept{ID: c.ID, Subject: c.Subject, Status: c.Status, Note: c.Note}
		if c.Status == "" {
			n.Status = glossary.Proposed
		}
		if d["status"] {
			n.Status = glossary.Proposed
		}
		if len(c.Definition) > 0 && !d["definition"] {
			n.Definition = map[string]string{}
			for k, v := range c.Definition {
				n.Definition[k] = v
			}
		}
		for _, l := range c.Langs(g.Languages) {
			for _, t := range c.Terms[l] {
				nt := &glossary.Term{Text: t.Text, Status: t.Status, PartOfSpeech: t.PartOfSpeech, Note: t.Note}
				if d["term.note"] {
					nt.Note = ""
				}
				if d["term.pos"] {
					nt.PartOfSpeech = ""
				}
				if !d["term.short"] {
					nt.Short = t.Short
				}
				n.AddTerm(l, nt)
			}
		}
		if !d["sources"] {
			for _, s := range c.Sources {
				ns := *s
				ns.Pos = glossary.Pos{}
				n.Sources = append(n.Sources, &ns)
			}
		}
		out.Concepts = append(out.Concepts, n)
	}
	return out
}
