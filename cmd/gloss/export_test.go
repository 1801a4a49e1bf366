package main

import (
	"testing"

	"github.com/glossterm/gloss/exports"
)

// TestDropsAlike checks how an export's report decides that another format keeps an item:
// only when that format's report mentions nothing like it.
func TestDropsAlike(t *testing.T) {
	for _, tc := range []struct {
		name    string
		dropped []string // the other format's report
		key     string   // what the chosen format dropped
		want    bool
	}{
		{name: "same key", dropped: []string{"sources"}, key: "sources", want: true},
		{name: "partial loss counts as loss", dropped: []string{"sources after the first"}, key: "sources", want: true},
		{name: "status words fold together", dropped: []string{"deprecated and forbidden source terms"}, key: "deprecated and forbidden terms", want: true},
		{name: "statuses fold to status", dropped: []string{"concepts' definitions, notes, sources and statuses"}, key: "deprecated and forbidden terms", want: true},
		{name: "plural folds to singular", dropped: []string{"concept notes"}, key: "term notes", want: true},
		{name: "unrelated item is kept", dropped: []string{"related links", "term forms"}, key: "sources", want: false},
		{name: "nothing dropped keeps all", dropped: nil, key: "target synonyms", want: false},
		{name: "stop words do not link items", dropped: []string{"terms in other languages"}, key: "term notes", want: false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep := &exports.Report{}
			for _, d := range tc.dropped {
				rep.Drop(d, 1)
			}
			if got := dropsAlike(rep, tc.key); got != tc.want {
				t.Errorf("dropsAlike(%v, %q) = %v, want %v", tc.dropped, tc.key, got, tc.want)
			}
		})
	}
}
