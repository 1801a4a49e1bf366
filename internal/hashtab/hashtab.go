// Package hashtab is gloss's one table keyed by 64-bit hashes, for the sets and maps that
// hold an entry for each of a million ids or terms (the validator's owners of terms and
// ids, the ids an import has met or given): a Go map of the hashes took some 33 to 36
// bytes an entry, this table takes its slot, 8 bytes and the value's, at 64% to 80% full.
package hashtab

import (
	"math/bits"
	"unsafe"
)

// Table maps 64-bit hashes to values of type V. The hashes are spread over 64 shards by
// their top bits once multiplied by 2^64/φ (which spreads hashes that differ in few
// bits), so that a shard that grows copies a sixty-fourth of the entries, not all of them
// beside a new table of all. The zero Table is empty and ready to use.
type Table[V any] struct {
	shards [64]shard[V]
	zero   bool // whether the hash 0, which marks an empty slot, is in the table
	zeroV  V    // its value
}

type shard[V any] struct {
	slots []slot[V] // probed linearly from the slot the spread hash's low bits name
	n     int
}

// slot is an entry, empty when key is 0. The value comes first, so that a value of no
// size (a set) takes no room: the key alone, 8 bytes.
type slot[V any] struct {
	v   V
	key uint64
}

// at returns h's shard and its spread hash (h times 2^64/φ) with the 6 top bits, which
// named the shard, shifted out: the rest names the first slot.
func (t *Table[V]) at(h uint64) (*shard[V], uint64) {
	m := h * 0x9e3779b97f4a7c15
	return &t.shards[m>>58], m << 6
}

// first is the slot where the probe for the spread hash m starts.
func (s *shard[V]) first(m uint64) int {
	hi, _ := bits.Mul64(m, uint64(len(s.slots)))
	return int(hi)
}

// find returns the slot of h in s, or the empty slot where the probe for it ended (-1
// when s has no slots), and whether h is there.
func (s *shard[V]) find(h, m uint64) (int, bool) {
	if len(s.slots) == 0 {
		return -1, false
	}
	for i := s.first(m); ; i++ {
		if i == len(s.slots) {
			i = 0
		}
		switch s.slots[i].key {
		case h:
			return i, true
		case 0:
			return i, false
		}
	}
}

// Get returns the value of h, and whether h is in the table.
func (t *Table[V]) Get(h uint64) (V, bool) {
	if h == 0 {
		return t.zeroV, t.zero
	}
	s, m := t.at(h)
	if i, ok := s.find(h, m); ok {
		return s.slots[i].v, true
	}
	var none V
	return none, false
}

// GetOrAdd returns the value of h and true when h is in the table; otherwise it gives h
// the value v and returns v and false. It probes once, again only when the shard grows.
func (t *Table[V]) GetOrAdd(h uint64, v V) (V, bool) {
	if h == 0 {
		if t.zero {
			return t.zeroV, true
		}
		t.zero, t.zeroV = true, v
		return v, false
	}
	s, m := t.at(h)
	i, ok := s.find(h, m)
	if ok {
		return s.slots[i].v, true
	}
	if (s.n+1)*5 > len(s.slots)*4 { // over 80% full: a quarter larger
		t.grow(s)
		i, _ = s.find(h, m)
	}
	s.slots[i] = slot[V]{v, h}
	s.n++
	return v, false
}

// grow makes s a quarter larger (64 slots at first) and puts its entries back in.
func (t *Table[V]) grow(s *shard[V]) {
	old := s.slots
	s.slots = make([]slot[V], max(len(old)+len(old)/4, 64))
	for _, e := range old {
		if e.key != 0 {
			_, m := t.at(e.key)
			i, _ := s.find(e.key, m)
			s.slots[i] = e
		}
	}
}

// Len returns the number of hashes in the table.
func (t *Table[V]) Len() int {
	n := 0
	if t.zero {
		n++
	}
	for i := range t.shards {
		n += t.shards[i].n
	}
	return n
}

// SlotBytes returns the bytes the table's slots take, for tests and memory accounts.
func (t *Table[V]) SlotBytes() int {
	var e slot[V]
	n := 0
	for i := range t.shards {
		n += len(t.shards[i].slots)
	}
	return n * int(unsafe.Sizeof(e))
}
