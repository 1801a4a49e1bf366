package exports

import (
	"fmt"
	"runtime"
	"testing"

	"github.com/glossterm/gloss/glossary"
)

// TestEntriesMergerHoldsNoChangedConcept checks that a merge into a glossary file that
// changes its concepts keeps them on disk, not in memory: merging back a file exported
// from a glossary of a million concepts with one field filled held them all as models
// (some 2.5 GB), and looked each id up in the list of those updated. The concepts come
// back as merged, each once in the result.
func TestEntriesMergerHoldsNoChangedConcept(t *testing.T) {
	const n = 20000
	tests := []struct {
		name    string
		change  func(i int, c *glossary.Concept) // the incoming concept i, made from the file's
		updated int                              // the concepts updated
		perC    uint64                           // at most so many bytes held a concept merged
	}{
		{name: "every concept gains a subject", change: func(i int, c *glossary.Concept) { c.Subject = "deterrence" },
			updated: n, perC: 200},
		{name: "every concept gains a term", change: func(i int, c *glossary.Concept) {
			c.AddTerm("en", &glossary.Term{Text: fmt.Sprintf("deterrence word %d", i), Status: glossary.Admitted})
		}, updated: n, perC: 200},
		{name: "nothing changes", change: func(int, *glossary.Concept) {}, updated: 0, perC: 50},
	}
	g := &glossary.Glossary{Version: 1, Languages: []string{"ja", "en"}}
	for i := range n {
		c := &glossary.Concept{ID: fmt.Sprintf("deterrence-term-%d", i), Status: glossary.Proposed}
		c.AddTerm("ja", &glossary.Term{Text: fmt.Sprintf("抑止用語%d", i), Status: glossary.Preferred})
		c.AddTerm("en", &glossary.Term{Text: fmt.Sprintf("deterrence term %d", i), Status: glossary.Preferred})
		g.Concepts = append(g.Concepts, c)
	}
	file := glossary.Format(g)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ent, ok := glossary.SplitEntries(file, "gloss.yaml")
			if !ok {
				t.Fatal("the glossary does not split into its concepts")
			}
			m, ok := NewEntriesMerger(ent, nil)
			if !ok {
				t.Fatal("a concept does not decode alone")
			}
			defer m.Close()
			heap := func() uint64 {
				var ms runtime.MemStats
				runtime.GC()
				runtime.ReadMemStats(&ms)
				return ms.HeapAlloc
			}
			before := heap()
			for i := range n {
				in := &glossary.Concept{}
				in.AddTerm("ja", &glossary.Term{Text: fmt.Sprintf("抑止用語%d", i), Status: glossary.Preferred})
				in.AddTerm("en", &glossary.Term{Text: fmt.Sprintf("deterrence term %d", i), Status: glossary.Preferred})
				tt.change(i, in)
				if m.Merge(in) {
					t.Fatalf("concept %d added, not merged", i)
				}
			}
			after := heap()
			if after > before && (after-before)/n > tt.perC {
				t.Errorf("the merge holds %d bytes a concept, want at most %d", (after-before)/n, tt.perC)
			}
			res := m.Result()
			if len(res.Updated) != tt.updated || res.Unchanged != n-tt.updated {
				t.Errorf("%d updated, %d unchanged; want %d, %d", len(res.Updated), res.Unchanged, tt.updated, n-tt.updated)
			}
			i := 0
			for c, err := range m.Concepts() {
				if err != nil {
					t.Fatal(err)
				}
				want := &glossary.Concept{ID: g.Concepts[i].ID, Status: glossary.Proposed}
				for _, l := range []string{"ja", "en"} {
					for _, term := range g.Concepts[i].Terms[l] {
						want.AddTerm(l, &glossary.Term{Text: term.Text, Status: term.Status})
					}
				}
				tt.change(i, want)
				one := func(c *glossary.Concept) string {
					return string(glossary.Format(&glossary.Glossary{Version: 1, Languages: g.Languages, Concepts: []*glossary.Concept{c}}))
				}
				if got, w := one(c), one(want); got != w {
					t.Fatalf("concept %d merged as\n%s\nwant\n%s", i, got, w)
				}
				i++
			}
			if i != n {
				t.Errorf("%d concepts, want %d", i, n)
			}
		})
	}
}
