package exports

import (
	"fmt"
	"testing"

	"github.com/glossterm/gloss/glossary"
)

func parse(t *testing.T, concepts string) *glossary.Glossary {
	t.Helper()
	g, err := glossary.Parse([]byte("gloss: 1\nlanguages: [ja, en]\nconcepts:\n"+concepts), "g.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestMerge(t *testing.T) {
	const have = `  - id: a
    status: approved
    definition: {en: Reviewed.}
    terms: {ja: [抑止], en: [deterrence]}
  - id: b
    status: proposed
    definition: {en: Draft.}
    terms: {ja: [拡大抑止], en: [extended deterrence]}
  - id: c1
    status: proposed
    homonyms: [c2]
    terms: {ja: [安保], en: [security]}
  - id: c2
    status: proposed
    homonyms: [c1]
    terms: {ja: [安保], en: [security treaty]}
`
	for _, tc := range []struct {
		name                      string
		in                        string
		added, updated, conflicts int
		check                     func(g *glossary.Glossary) string
	}{
		{name: "equal", in: "  - {id: x, terms: {ja: [抑止], en: [deterrence]}}\n"},
		{name: "by normalized term", in: "  - {id: x, terms: {en: [ＤＥＴＥＲＲＥＮＣＥ], ja: [抑止]}}\n"},
		{name: "reviewed definition kept", in: "  - {id: x, definition: {en: Other.}, terms: {ja: [抑止]}}\n", conflicts: 1,
			check: func(g *glossary.Glossary) string { return want(g.Concept("a").Definition["en"], "Reviewed.") }},
		{name: "empty field filled in a reviewed concept", in: "  - {id: x, subject: deterrence, terms: {ja: [抑止]}}\n", updated: 1,
			check: func(g *glossary.Glossary) string { return want(g.Concept("a").Subject, "deterrence") }},
		{name: "proposed definition replaced", in: "  - {id: x, definition: {en: New.}, terms: {ja: [拡大抑止]}}\n", updated: 1,
			check: func(g *glossary.Glossary) string { return want(g.Concept("b").Definition["en"], "New.") }},
		{name: "new preferred term in a reviewed concept", in: "  - {id: x, terms: {ja: [抑止], en: [deterrent]}}\n", conflicts: 1,
			check: func(g *glossary.Glossary) string { return want(len(g.Concept("a").Terms["en"]), 1) }},
		{name: "new preferred term in a proposed concept is admitted", in: "  - {id: x, terms: {ja: [拡大抑止], en: [nuclear umbrella]}}\n", updated: 1,
			check: func(g *glossary.Glossary) string {
				return want(g.Concept("b").Terms["en"][1].Status, glossary.Admitted)
			}},
		{name: "reviewed term status kept", in: "  - {id: x, terms: {en: [{term: deterrence, status: forbidden}]}}\n", conflicts: 1},
		{name: "ambiguous", in: "  - {id: x, terms: {ja: [安保]}}\n", conflicts: 1},
		{name: "ambiguous resolved by id", in: "  - {id: c2, note: n, terms: {ja: [安保]}}\n", updated: 1,
			check: func(g *glossary.Glossary) string { return want(g.Concept("c2").Note, "n") }},
		{name: "new concept", in: "  - {id: B, terms: {ja: [反撃能力], en: [counterstrike capabilities]}}\n", added: 1,
			check: func(g *glossary.Glossary) string { return want(g.Concepts[4].ID, "b-2") }},
		{name: "new concept without id", in: "  - {id: '', terms: {ja: [反撃能力], en: [counterstrike capabilities]}}\n", added: 1,
			check: func(g *glossary.Glossary) string { return want(g.Concepts[4].ID, "counterstrike-capabilities") }},
		{name: "new concept keeps a free id", in: "  - {id: counter, terms: {ja: [反撃能力]}}\n", added: 1,
			check: func(g *glossary.Glossary) string {
				return want(g.Concepts[4].ID+string(g.Concepts[4].Status), "counterproposed")
			}},
		{name: "taken id", in: "  - {id: a, terms: {ja: [反撃能力], en: [counterstrike]}}\n", added: 1,
			check: func(g *glossary.Glossary) string { return want(g.Concepts[4].ID, "a-2") }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := parse(t, have)
			in := parse(t, tc.in)
			for _, c := range in.Concepts {
				c.Status = "" // as readers leave it when a file does not say
			}
			res := Merge(g, in)
			if len(res.Added) != tc.added || len(res.Updated) != tc.updated || len(res.Conflicts) != tc.conflicts {
				t.Errorf("added %v, updated %v, conflicts %v", res.Added, res.Updated, res.Conflicts)
			}
			if tc.check != nil {
				if msg := tc.check(g); msg != "" {
					t.Error(msg)
				}
			}
		})
	}
}

func want[T comparable](got, want T) string {
	if got != want {
		return fmt.Sprintf("got %#v, want %#v", got, want)
	}
	return ""
}

func TestOptionsTag(t *testing.T) {
	o := Options{Locale: "region"}
	if o.Tag("ja") != "ja-JP" || o.Tag("en") != "en-US" || (Options{Locale: "en=en-GB"}).Tag("en") != "en-GB" || (Options{}).Tag("en_us") != "en-US" {
		t.Error("Tag")
	}
}

func TestMergeResultConflictIDs(t *testing.T) {
	res := MergeResult{Conflicts: []Conflict{
		{Concept: "b", Field: "note"},
		{Concept: "a", Field: "subject"},
		{Concept: "b", Field: "definition.en"},
	}}
	got := res.ConflictIDs()
	if len(got) != 2 || got[0] != "b" || got[1] != "a" {
		t.Errorf("ConflictIDs() = %v, want [b a]", got)
	}
	if ids := (MergeResult{}).ConflictIDs(); ids != nil {
		t.Errorf("no conflicts: ConflictIDs() = %v, want nil", ids)
	}
}

// TestAdderSameAsMerge: concepts added one at a time get the ids and statuses a merge into
// an empty glossary gives them, clashing and malformed ids included.
func TestAdderSameAsMerge(t *testing.T) {
	concepts := func() []*glossary.Concept {
		var list []*glossary.Concept
		for i, id := range []string{"a", "a", "", "Bad ID", "bad-id", "", "a-2"} {
			c := &glossary.Concept{ID: id}
			if i%2 == 0 {
				c.Status = glossary.Approved
			}
			c.AddTerm("en", &glossary.Term{Text: fmt.Sprintf("term %d", i%3), Status: glossary.Preferred})
			list = append(list, c)
		}
		return list
	}
	merged := NewGlossary("ja", "en")
	Merge(merged, &glossary.Glossary{Languages: []string{"en"}, Concepts: concepts()})
	var add Adder
	for i, c := range concepts() {
		add.Add(c)
		if m := merged.Concepts[i]; c.ID != m.ID || c.Status != m.Status {
			t.Errorf("concept %d: Adder gives %s %s, Merge %s %s", i, c.ID, c.Status, m.ID, m.Status)
		}
	}
}
