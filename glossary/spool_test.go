package glossary

import (
	"bytes"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// A spool gives back concepts that write as they were written, and leaves no file.
func TestSpoolRoundTrip(t *testing.T) {
	g, err := Parse(DefaultSource(), "default.yaml") // a copy of its own: changed below
	if err != nil {
		t.Fatal(err)
	}
	sp, err := NewSpool()
	if err != nil {
		t.Fatal(err)
	}
	name := sp.f.Name()
	defer sp.Remove()
	no := false
	g.Concepts[0].Translate = &no // a false that must not read back as unset
	for _, c := range g.Concepts {
		if err := sp.Add(c); err != nil {
			t.Fatal(err)
		}
	}
	if sp.Len() != len(g.Concepts) {
		t.Fatalf("Len %d, want %d", sp.Len(), len(g.Concepts))
	}
	for range 2 { // read twice: the second reading starts again at the first concept
		var got bytes.Buffer
		if err := WriteEach(&got, g, sp.Concepts()); err != nil {
			t.Fatal(err)
		}
		if want := Format(g); !bytes.Equal(got.Bytes(), want) {
			t.Fatalf("spooled concepts write differently:\n%.400s", got.String())
		}
	}
	sp.Remove()
	if _, err := os.Stat(name); err == nil {
		t.Errorf("spool file %s left behind", name)
	}
	sp.Remove() // twice is fine
}

// A Checker given the concepts one at a time finds what Validate finds.
func TestCheckerAsValidate(t *testing.T) {
	g, err := Parse([]byte(`gloss: 1
languages: [ja, en]
concepts:
  - id: a
    terms: {ja: [抑止], en: [deterrence]}
  - id: a
    related: [missing]
    terms: {ja: [抑止], en: [""]}
`), "g.yaml")
	if err != nil {
		t.Fatal(err)
	}
	k := NewChecker(g)
	for _, c := range g.Concepts {
		k.Check(c)
	}
	got, want := k.Problems(), Validate(g)
	if len(want) < 3 || !reflect.DeepEqual(got, want) {
		t.Errorf("Checker: %v\nValidate: %v", got, want)
	}
}

// TestSpoolIDs: IDs reads back the ids alone, in order, ids longer than a one-byte length
// too, and the concepts read whole after it as before.
func TestSpoolIDs(t *testing.T) {
	g, err := Parse(DefaultSource(), "default.yaml")
	if err != nil {
		t.Fatal(err)
	}
	g.Concepts[1].ID = strings.Repeat("long-id-", 40)
	sp, err := NewSpool()
	if err != nil {
		t.Fatal(err)
	}
	defer sp.Remove()
	var want []string
	for _, c := range g.Concepts {
		if err := sp.Add(c); err != nil {
			t.Fatal(err)
		}
		want = append(want, c.ID)
	}
	var got []string
	for id, err := range sp.IDs() {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, string(id))
	}
	if !slices.Equal(got, want) {
		t.Fatalf("IDs: %d ids %.300q, want %d %.300q", len(got), got, len(want), want)
	}
	var all bytes.Buffer
	if err := WriteEach(&all, g, sp.Concepts()); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(all.Bytes(), Format(g)) {
		t.Fatal("the concepts read after IDs differ")
	}
}

// TestSpoolGet checks that a concept put in a spool is got back from where Put said, in
// any order, read before or after more are put: the reader of a spool used so may have
// met the end of the file before the concept was put.
func TestSpoolGet(t *testing.T) {
	g, err := Parse(DefaultSource(), "default.yaml")
	if err != nil {
		t.Fatal(err)
	}
	one := func(c *Concept) string {
		return string(Format(&Glossary{Version: g.Version, Languages: g.Languages, Concepts: []*Concept{c}}))
	}
	n := min(len(g.Concepts), 40)
	tests := []struct {
		name  string
		order func(i int) int // the concept got after the i-th is put
	}{
		{name: "each as soon as it is put", order: func(i int) int { return i }},
		{name: "the first each time", order: func(int) int { return 0 }},
		{name: "one from the middle", order: func(i int) int { return i / 2 }},
		{name: "the one before", order: func(i int) int { return max(i-1, 0) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sp, err := NewSpool()
			if err != nil {
				t.Fatal(err)
			}
			defer sp.Remove()
			offs := make([]int64, n)
			for i := range n {
				if offs[i], err = sp.Put(g.Concepts[i]); err != nil {
					t.Fatal(err)
				}
				k := tt.order(i)
				c, err := sp.Get(offs[k])
				if err != nil {
					t.Fatalf("Get of concept %d after %d put: %v", k, i+1, err)
				}
				if got, want := one(c), one(g.Concepts[k]); got != want {
					t.Fatalf("concept %d got back as\n%s\nwant\n%s", k, got, want)
				}
			}
			for i := range n { // all of them again, in order
				c, err := sp.Get(offs[i])
				if err != nil || one(c) != one(g.Concepts[i]) {
					t.Fatalf("concept %d read again: %v", i, err)
				}
			}
			if _, err := sp.Get(offs[n-1] + 1); err == nil {
				t.Errorf("Get inside a record: no error")
			}
		})
	}
}
