package exports

import (
	"fmt"
	"testing"
)

// TestIDSet checks that an IDSet says each id once new and then met, tells apart ids it
// was not given, takes ids with one hash (the hash 0 among them, which the table keeps
// apart from its slots) for one id, and holds a large set in at most 16 bytes an id (a Go
// map of the hashes took some 33).
func TestIDSet(t *testing.T) {
	fnv := idHash
	tests := []struct {
		name     string
		hash     func(id string) uint64 // nil: FNV-1a
		ids      int
		collide  bool // every id has one hash: after the first, each id looks met
		maxBytes int  // per id, of the table; 0: not checked
	}{
		{name: "empty", ids: 0},
		{name: "a few", ids: 5},
		{name: "past the first table", ids: 5000, maxBytes: 16},
		{name: "a quarter of a million", ids: 250000, maxBytes: 16},
		{name: "one id with the hash 0 among others", ids: 5000, hash: func(id string) uint64 {
			if id == "deterrence-term-7" {
				return 0
			}
			return fnv(id)
		}},
		{name: "every id with the hash 0", ids: 4, collide: true, hash: func(string) uint64 { return 0 }},
		{name: "every id with the hash 1", ids: 4, collide: true, hash: func(string) uint64 { return 1 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.hash != nil {
				idHash = tt.hash
				defer func() { idHash = fnv }()
			}
			var s IDSet
			for i := range tt.ids {
				id := fmt.Sprintf("deterrence-term-%d", i)
				met := tt.collide && i > 0
				if s.Has(id) != met {
					t.Fatalf("Has(%q) before Add = %v, want %v", id, !met, met)
				}
				if s.Add(id) == met {
					t.Fatalf("Add(%q) the first time: new = %v, want %v", id, met, !met)
				}
				if s.Add(id) {
					t.Fatalf("Add(%q) the second time: new", id)
				}
			}
			for i := range tt.ids {
				if id := fmt.Sprintf("deterrence-term-%d", i); !s.Has(id) {
					t.Fatalf("Has(%q) = false after Add", id)
				}
				if id := fmt.Sprintf("alliance-term-%d", i); s.Has(id) != tt.collide {
					t.Fatalf("Has(%q) = %v, never added", id, !tt.collide)
				}
			}
			if tt.maxBytes > 0 {
				if per := s.t.SlotBytes() / tt.ids; per > tt.maxBytes {
					t.Errorf("%d bytes an id, want at most %d", per, tt.maxBytes)
				}
			}
		})
	}
}
