package hashtab

import (
	"testing"
	"unsafe"
)

// pair is a value of 8 bytes, as the validator's owners (a concept and a line).
type pair struct{ c, line int32 }

// TestTable checks that a Table gives back the value added for each hash, the first value
// when a hash is added again, none for a hash never added (the hash 0, small hashes and
// hashes that differ only in their top bits among them), counts its entries, and holds a
// large table in at most 26 bytes an entry of 8 bytes (a map[uint64]pair took some 36).
func TestTable(t *testing.T) {
	tests := []struct {
		name     string
		hashes   func(i int) uint64
		n        int
		maxBytes int // per entry, of the slots; 0: not checked
	}{
		{name: "spread hashes", hashes: func(i int) uint64 { return uint64(i)*0x2545f4914f6cdd1d + 1 }, n: 300000, maxBytes: 26},
		{name: "the hash 0 and small ones", hashes: func(i int) uint64 { return uint64(i) }, n: 5000},
		{name: "hashes that differ in their top bits", hashes: func(i int) uint64 { return uint64(i) << 40 }, n: 5000},
		{name: "the hash 0 alone", hashes: func(int) uint64 { return 0 }, n: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var tab Table[pair]
			want := func(i int) pair { return pair{c: int32(i), line: int32(3*i + 1)} }
			for i := range tt.n {
				h := tt.hashes(i)
				if _, ok := tab.Get(h); ok {
					t.Fatalf("hash %#x is in the table before it was added", h)
				}
				if v, found := tab.GetOrAdd(h, want(i)); found || v != want(i) {
					t.Fatalf("GetOrAdd(%#x) the first time = %+v, %v; want %+v, false", h, v, found, want(i))
				}
				if v, found := tab.GetOrAdd(h, pair{c: -1, line: -1}); !found || v != want(i) {
					t.Fatalf("GetOrAdd(%#x) again = %+v, %v; want %+v, true", h, v, found, want(i))
				}
			}
			for i := range tt.n {
				h := tt.hashes(i)
				if v, ok := tab.Get(h); !ok || v != want(i) {
					t.Fatalf("Get(%#x) = %+v, %v; want %+v, true", h, v, ok, want(i))
				}
			}
			if got := tab.Len(); got != tt.n {
				t.Errorf("Len() = %d, want %d", got, tt.n)
			}
			if _, ok := tab.Get(tt.hashes(tt.n) ^ 1<<40); ok {
				t.Errorf("a hash never added is in the table")
			}
			if tt.maxBytes > 0 {
				if per := tab.SlotBytes() / tt.n; per > tt.maxBytes {
					t.Errorf("%d bytes an entry, want at most %d", per, tt.maxBytes)
				}
			}
		})
	}
}

// TestSlotSize checks that a slot is the key and the value, no more: a set's slot (a
// value of no size) is 8 bytes, a slot with a value of 8 bytes 16.
func TestSlotSize(t *testing.T) {
	tests := []struct {
		name string
		size uintptr
		want uintptr
	}{
		{name: "set", size: unsafe.Sizeof(slot[struct{}]{}), want: 8},
		{name: "pair", size: unsafe.Sizeof(slot[pair]{}), want: 16},
	}
	for _, tt := range tests {
		if tt.size != tt.want {
			t.Errorf("%s: a slot takes %d bytes, want %d", tt.name, tt.size, tt.want)
		}
	}
}
