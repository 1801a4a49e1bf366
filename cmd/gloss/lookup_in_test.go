package main

import (
	"testing"

	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/match"
)

// TestDistinctOccurrencesOrder: a term that a concept lists in both languages is found once
// per language; which one is reported must not depend on the order the matcher gave them.
func TestDistinctOccurrencesOrder(t *testing.T) {
	c := &glossary.Concept{ID: "nato"}
	term := &glossary.Term{Text: "NATO", Status: glossary.Preferred}
	ja := match.Occurrence{Start: 0, End: 4, Lang: "ja", Concept: c, Term: term}
	en := match.Occurrence{Start: 0, End: 4, Lang: "en", Concept: c, Term: term}
	inflectedJa := ja
	inflectedJa.Inflected = true
	tests := []struct {
		name  string
		occ   []match.Occurrence
		langs []string
		want  string
	}{
		{name: "ja found first", occ: []match.Occurrence{ja, en}, langs: []string{"ja", "en"}, want: "ja"},
		{name: "en found first", occ: []match.Occurrence{en, ja}, langs: []string{"ja", "en"}, want: "ja"},
		{name: "the glossary's order decides", occ: []match.Occurrence{ja, en}, langs: []string{"en", "ja"}, want: "en"},
		{name: "the glossary's own term over an inflection", occ: []match.Occurrence{inflectedJa, en}, langs: []string{"ja", "en"}, want: "en"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := distinctOccurrences(tt.occ, tt.langs)
			if len(got) != 1 || got[0].Lang != tt.want {
				t.Fatalf("got %d occurrences, first in %q; want one in %q", len(got), got[0].Lang, tt.want)
			}
		})
	}
}
