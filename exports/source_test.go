package exports_test

import (
	"reflect"
	"testing"

	"github.com/glossterm/gloss/exports"
	"github.com/glossterm/gloss/glossary"
)

// TestFromIndexEqualsFromGlossary: an export through the index (as gloss export reads a
// cached glossary) has the languages and the concepts of one through the glossary.
func TestFromIndexEqualsFromGlossary(t *testing.T) {
	g, err := glossary.Parse(glossary.DefaultSource(), glossary.DefaultName)
	if err != nil {
		t.Fatal(err)
	}
	g.Concepts[0].AddTerm("fr", &glossary.Term{Text: "dissuasion élargie", Status: glossary.Preferred})
	a, b := exports.FromGlossary(g), exports.FromIndex(glossary.NewIndex(g))
	if !reflect.DeepEqual(a.Languages, b.Languages) {
		t.Errorf("languages %v, want %v", b.Languages, a.Languages)
	}
	var ca, cb []*glossary.Concept
	for c := range a.Concepts {
		ca = append(ca, c)
	}
	for c := range b.Concepts {
		cb = append(cb, c)
	}
	if len(ca) != len(g.Concepts) || !reflect.DeepEqual(ca, cb) {
		t.Errorf("%d concepts through the index, want the %d of the glossary", len(cb), len(ca))
	}
}
