package serve

import (
	"slices"
	"testing"

	"github.com/glossterm/gloss/glossary"
)

// TestSearchAgreesWithLookup: the workbench's search finds the concepts gloss lookup finds,
// with the same kinds of match, in the same order.
func TestSearchAgreesWithLookup(t *testing.T) {
	g, err := glossary.Default()
	if err != nil {
		t.Fatal(err)
	}
	ix := glossary.NewIndex(g)
	s := newSearcher(g)
	for _, q := range []string{"抑止", "拡大抑止", "ＮＡＴＯ", "nato", "model ally", "MODEL ALLIES", "burden sharing", "deterrence",
		"deter", "defense", "同盟", "ミサイル", "expanded deterrence", "Peace through Strength", "a", "核", "no such thing"} {
		want := ix.Lookup(q).Matches
		hits, total := s.search(g, q, len(g.Concepts), true)
		if total != len(want) || len(hits) != len(want) {
			t.Errorf("%q: %d concepts (%d shown), lookup finds %d", q, total, len(hits), len(want))
			continue
		}
		for i, m := range want {
			h := hits[i]
			if c := g.Concepts[h.concept]; c.ID != m.Concept.ID || kinds[h.kind] != m.Kind {
				t.Errorf("%q #%d: %s (%s), lookup %s (%s)", q, i, c.ID, kinds[h.kind], m.Concept.ID, m.Kind)
				break
			}
		}
	}
}

func TestSearchLimit(t *testing.T) {
	g := generate(5000)
	s := newSearcher(g)
	all, total := s.search(g, "deter", len(g.Concepts), true)
	top, total2 := s.search(g, "deter", 50, true)
	if total != total2 || len(top) != 50 || total <= 50 {
		t.Fatalf("total %d and %d, top %d", total, total2, len(top))
	}
	for i := range top {
		if top[i] != all[i] {
			t.Fatalf("#%d: the top 50 differ from the first 50 of all", i)
		}
	}
}

func TestSuggestByPrefix(t *testing.T) {
	g, _ := glossary.Default()
	s := newSearcher(g)
	tests := []struct {
		q    string
		want string
	}{
		{"extended deterence", "extended deterrence"},
		{"統合抑制", "統合抑止"},
		{"zzzz", ""},
	}
	for _, tt := range tests {
		got := s.suggest(g, tt.q, 5)
		if tt.want == "" && len(got) > 0 || tt.want != "" && !slices.Contains(got, tt.want) {
			t.Errorf("suggest(%q) = %q, want %q among them", tt.q, got, tt.want)
		}
	}
}
