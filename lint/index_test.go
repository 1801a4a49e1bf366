package lint

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glossterm/gloss/glossary"
)

// TestNewIndexSameFindings checks that a linter compiled concept by concept from the
// compiled cache (NewIndex, which decodes a concept only when a text has one of its terms,
// and maps the matchers it kept beside the cache the time before) finds what one compiled
// from the whole model finds: on the default glossary, with its
// listed forms, short forms, verbs, adjectives, do-not-translate terms and every status,
// made large enough to be cached, over the official texts and a text that renders every
// concept with a forbidden or deprecated term, with none, or with its approved terms.
func TestNewIndexSameFindings(t *testing.T) {
	g, err := glossary.Default()
	if err != nil {
		t.Fatal(err)
	}
	real := len(g.Concepts)
	var rows strings.Builder
	rows.WriteString("id\tja\ten\n")
	for i, c := range g.Concepts {
		ja, en := c.Preferred("ja"), c.Terms["en"]
		if ja == nil || len(en) == 0 {
			continue
		}
		targets := []string{"nothing that renders it"}
		for _, tm := range en {
			switch {
			case i%3 == 0 && !tm.Status.Allowed():
				targets[0] = "they chose the " + tm.Text
			case i%3 == 1 && tm.Status.Allowed(): // a row for each approved term
				target := "the " + tm.Text + " and the " + tm.Text
				if len(tm.Short) > 0 {
					target += " and " + tm.Short[0]
				}
				if tm.Verb != "" {
					target = "they " + tm.Verb
				}
				targets = append(targets, target)
			}
		}
		for k, target := range targets {
			fmt.Fprintf(&rows, "%d.%d\t%sを強化する。%s\t%s\n", i, k, ja.Text, ja.Text, target)
		}
	}
	for i := 0; i < 300; i++ {
		fmt.Fprintf(&rows, "f%d\t詰め物用語%d号\tthe filler terms number %d, not padding term number %d\n", i, i, i, i+i%2)
	}
	// Filler concepts past the size from which a glossary is cached.
	for i := 0; i < 12000; i++ {
		c := &glossary.Concept{ID: fmt.Sprintf("filler-%d", i), Status: glossary.Approved}
		c.AddTerm("ja", &glossary.Term{Text: fmt.Sprintf("詰め物用語%d号", i), Status: glossary.Preferred})
		c.AddTerm("en", &glossary.Term{Text: fmt.Sprintf("filler term number %d", i), Status: glossary.Preferred, Forms: []string{fmt.Sprintf("filler terms number %d", i)}})
		c.AddTerm("en", &glossary.Term{Text: fmt.Sprintf("padding term number %d", i), Status: glossary.Forbidden})
		g.Concepts = append(g.Concepts, c)
	}
	dir := t.TempDir()
	t.Setenv("GLOSS_CACHE", "")
	t.Setenv("GLOSS_CACHE_DIR", filepath.Join(dir, "cache"))
	path := filepath.Join(dir, "gloss.yaml")
	if err := glossary.WriteFile(path, g); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(path); err != nil || fi.Size() < 1<<20 {
		t.Fatalf("the glossary is too small to be cached: %v, %v", fi.Size(), err)
	}
	full, err := glossary.LoadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(full.Concepts) != real+12000 {
		t.Fatalf("read %d concepts, want %d", len(full.Concepts), real+12000)
	}
	want, err := New(full, Options{})
	if err != nil {
		t.Fatal(err)
	}
	tsv := filepath.Join(dir, "rows.tsv")
	if err := os.WriteFile(tsv, []byte(rows.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	texts := append(officialTexts(t), officialText{name: "rows.tsv", tsv: tsv})
	for round := 0; round < 2; round++ { // the first builds the cache, the second reads it
		ix, err := glossary.OpenModel(path)
		if err != nil {
			t.Fatal(err)
		}
		if cached, _ := filepath.Glob(filepath.Join(dir, "cache", "*.idx")); len(cached) == 0 {
			t.Fatal("no compiled cache was written")
		}
		got, err := NewIndex(ix, Options{})
		if err != nil {
			t.Fatal(err)
		}
		// The first round compiled the matchers and wrote them beside the cache, the
		// second maps them from there.
		if kept, _ := filepath.Glob(filepath.Join(dir, "cache", "*.match*")); len(kept) != 2 {
			t.Fatalf("the matchers were not kept beside the cache: %v", kept)
		}
		rules := map[string]int{}
		for _, o := range texts {
			w, g := want.Lint(o.read(t)), got.Lint(o.read(t))
			if fmt.Sprintf("%+v", w) != fmt.Sprintf("%+v", g) {
				t.Fatalf("round %d, %s: from the index\n%+v\nfrom the model\n%+v", round, o.name, g, w)
			}
			for _, f := range w {
				rules[f.Rule]++
			}
		}
		for _, r := range []string{RuleForbidden, RuleDeprecated, RuleMissing, RuleInconsistent} {
			if rules[r] == 0 {
				t.Errorf("no %s finding: the texts do not test it (%v)", r, rules)
			}
		}
	}
}
