package exports

import (
	"fmt"
	"testing"
)

// TestIDSet checks that an IDSet says each id once new and then met, tells apart ids it
// was not given, and holds a large set in at most 16 bytes an id (a Go map of the hashes
// took some 33).
func TestIDSet(t *testing.T) {
	tests := []struct {
		name     string
		ids      int
		maxBytes int // per id, of the table
	}{
		{name: "empty", ids: 0, maxBytes: 0},
		{name: "a few", ids: 5, maxBytes: 0},
		{name: "past the first table", ids: 5000, maxBytes: 16},
		{name: "a quarter of a million", ids: 250000, maxBytes: 16},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s IDSet
			for i := range tt.ids {
				id := fmt.Sprintf("deterrence-term-%d", i)
				if !s.Add(id) {
					t.Fatalf("Add(%q) the first time: not new", id)
				}
				if s.Add(id) {
					t.Fatalf("Add(%q) the second time: new", id)
				}
			}
			for i := range tt.ids {
				if id := fmt.Sprintf("deterrence-term-%d", i); !s.Has(id) {
					t.Fatalf("Has(%q) = false after Add", id)
				}
				if id := fmt.Sprintf("alliance-term-%d", i); s.Has(id) {
					t.Fatalf("Has(%q) = true, never added", id)
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
