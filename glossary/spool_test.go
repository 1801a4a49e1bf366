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
