package lint

import (
	"fmt"
	"testing"

	"github.com/glossterm/gloss/glossary"
)

// TestConceptSet checks the set a segment keeps its concepts in, past the list's length
// too, where it moves them into a map.
func TestConceptSet(t *testing.T) {
	var cs []*glossary.Concept
	for i := 0; i < 40; i++ {
		cs = append(cs, &glossary.Concept{ID: fmt.Sprint("c", i)})
	}
	var s conceptSet
	for n := 0; n < 30; n++ {
		s.add(cs[n])
		s.add(cs[n/2]) // again
		for i, c := range cs {
			if got, want := s.has(c), i <= n; got != want {
				t.Fatalf("after adding %d concepts: has(%s) = %v, want %v", n+1, c.ID, got, want)
			}
		}
	}
}
