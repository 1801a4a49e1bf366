package glossary

import (
	"bytes"
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"
)

// TestEntriesAsParse: a glossary split into its concepts, each decoded alone, gives the
// concepts and head Parse gives, decoded again as often as asked; a file Parse reads only
// whole (a comment in the concepts list), or one with a problem, does not split or decode.
func TestEntriesAsParse(t *testing.T) {
	def, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{
		"default": Format(def),
		"golden":  readGolden(t),
	} {
		t.Run(name, func(t *testing.T) {
			want, err := Parse(data, "g.yaml")
			if err != nil {
				t.Fatal(err)
			}
			e, ok := SplitEntries(data, "g.yaml")
			if !ok {
				t.Fatal("does not split")
			}
			if e.Len() != len(want.Concepts) {
				t.Fatalf("%d concepts, want %d", e.Len(), len(want.Concepts))
			}
			head := *want
			head.Concepts = nil
			if !reflect.DeepEqual(e.Head(), &head) {
				t.Errorf("head %+v, want %+v", e.Head(), &head)
			}
			for round := range 2 {
				for i := e.Len() - 1; i >= 0; i-- { // in any order
					c, ok := e.Concept(i)
					if !ok {
						t.Fatalf("concept %d does not decode", i)
					}
					if !reflect.DeepEqual(c, want.Concepts[i]) {
						t.Fatalf("round %d: concept %d is %+v, want %+v", round, i, c, want.Concepts[i])
					}
				}
			}
		})
	}
	good := "gloss: 1\nlanguages: [ja, en]\nconcepts:\n  - id: a\n    terms:\n      en: [alpha]\n"
	if _, ok := SplitEntries([]byte(good+"  # a comment\n  - id: b\n    terms:\n      en: [beta]\n"), "g.yaml"); ok {
		t.Error("a comment in the concepts list: split")
	}
	e, ok := SplitEntries([]byte(good+"  - id: b\n    colour: red\n    terms:\n      en: [beta]\n"), "g.yaml")
	if !ok {
		t.Fatal("does not split")
	}
	if _, ok := e.Concept(0); !ok {
		t.Error("concept 0 does not decode")
	}
	if _, ok := e.Concept(1); ok {
		t.Error("a concept with an unknown field decodes")
	}
	if _, ok := e.Concept(0); !ok {
		t.Error("concept 0 does not decode after a problem in concept 1")
	}
	if _, ok := SplitEntries([]byte(strings.Replace(good, "gloss: 1", "gloss: 2", 1)), "g.yaml"); ok {
		t.Error("a head with a problem: split")
	}
}

// readGolden reads the golden glossary, every field of the format in it.
func readGolden(t *testing.T) []byte {
	t.Helper()
	data, err := os.ReadFile("testdata/full.golden.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder // without the comments in the concepts list, which only Parse reads
	for _, l := range strings.SplitAfter(string(data), "\n") {
		if !strings.HasPrefix(strings.TrimLeft(l, " "), "#") || !strings.HasPrefix(l, " ") {
			b.WriteString(l)
		}
	}
	return []byte(b.String())
}

// FuzzEntriesAsParse: whatever the file, a split that decodes every concept alone writes
// what Write writes of the glossary Parse reads, and Parse reads it without error; a
// concept that does not decode alone makes WriteEntries say ErrNotAlone, never a wrong
// output.
func FuzzEntriesAsParse(f *testing.F) {
	f.Add([]byte(fullExample))
	f.Add(DefaultSource()[:4000])
	f.Add([]byte("gloss: 1\nlanguages: [ja, en]\nconcepts:\n  - id: a\n    terms:\n      en: [alpha]\n  - id: b\n    terms:\n      ja: [ベータ]\n"))
	f.Add([]byte("gloss: 1\nlanguages: [ja, en]\nconcepts:\n  - id: a\n    terms:\n      en: [alpha]\n  # note\n  - id: b\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		e, ok := SplitEntries(data, "g.yaml")
		if !ok {
			return
		}
		var split bytes.Buffer
		err := WriteEntries(&split, e)
		if errors.Is(err, ErrNotAlone) {
			return
		}
		if err != nil {
			t.Fatalf("WriteEntries: %v", err)
		}
		g, err := Parse(data, "g.yaml")
		if err != nil {
			t.Fatalf("split and written, but Parse fails: %v", err)
		}
		var whole bytes.Buffer
		if err := Write(&whole, g); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(split.Bytes(), whole.Bytes()) {
			t.Fatalf("split output differs from the whole parse's:\n%s\n---\n%s", split.Bytes(), whole.Bytes())
		}
	})
}
