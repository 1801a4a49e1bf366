package glossary

import "testing"

// TestOwnerTable checks that an ownerTable gives back the owner added for each hash, none
// for a hash never added (the hash 0, small hashes and hashes that differ only in their top bits among them), and
// holds a large table in at most 26 bytes an entry (a map[uint64]owner took some 36).
func TestOwnerTable(t *testing.T) {
	tests := []struct {
		name     string
		hashes   func(i int) uint64
		n        int
		maxBytes int // per entry, of the slots; 0: not checked
	}{
		{name: "spread hashes", hashes: func(i int) uint64 { return uint64(i)*0x2545f4914f6cdd1d + 1 }, n: 300000, maxBytes: 26},
		{name: "the hash 0 and small ones", hashes: func(i int) uint64 { return uint64(i) }, n: 5000},
		{name: "hashes that differ in their top bits", hashes: func(i int) uint64 { return uint64(i) << 40 }, n: 5000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var tab ownerTable
			for i := range tt.n {
				h := tt.hashes(i)
				if _, ok := tab.get(h); ok {
					t.Fatalf("hash %#x has an owner before it was added", h)
				}
				tab.add(h, owner{c: int32(i), line: int32(3*i + 1)})
			}
			for i := range tt.n {
				h := tt.hashes(i)
				o, ok := tab.get(h)
				if !ok || o != (owner{c: int32(i), line: int32(3*i + 1)}) {
					t.Fatalf("get(%#x) = %+v, %v; want concept %d line %d", h, o, ok, i, 3*i+1)
				}
			}
			if _, ok := tab.get(tt.hashes(tt.n) ^ 1<<40); ok {
				t.Errorf("a hash never added has an owner")
			}
			if tt.maxBytes > 0 {
				slots := 0
				for _, s := range tab.shards {
					slots += len(s.slots)
				}
				if per := 16 * slots / tt.n; per > tt.maxBytes {
					t.Errorf("%d bytes an entry, want at most %d", per, tt.maxBytes)
				}
			}
		})
	}
}
