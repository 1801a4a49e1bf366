package glossary

import "math/bits"

// ownerTable maps 64-bit hashes to owners, for the validator's tables of a glossary's
// terms and ids, which a glossary checked one concept at a time holds for each of a
// million concepts (gloss import --merge). A map[uint64]owner took some 36 bytes an entry;
// here an entry is a slot of 16 bytes in tables kept between 64% and 80% full: some 22
// bytes. The hashes are spread over 64 tables by their top bits, so that a table that
// grows copies a sixty-fourth of the entries, not all of them beside a new table of all.
type ownerTable struct {
	shards [64]ownerShard
}

type ownerShard struct {
	slots []ownerSlot // probed linearly from the slot the hash's middle bits name
	n     int
}

// ownerSlot is an entry; c is the owner's concept number plus one, 0 in an empty slot.
type ownerSlot struct {
	key uint64
	c   int32
	ln  int32
}

// at returns h's table and its hash spread (times 2^64/φ): the top 6 bits name the
// table, the rest the first slot.
func (t *ownerTable) at(h uint64) (*ownerShard, uint64) {
	m := h * 0x9e3779b97f4a7c15
	return &t.shards[m>>58], m << 6
}

// first is the slot where the probe for the spread hash m starts.
func (s *ownerShard) first(m uint64) int {
	hi, _ := bits.Mul64(m, uint64(len(s.slots)))
	return int(hi)
}

// get returns the owner of h, and whether it has one.
func (t *ownerTable) get(h uint64) (owner, bool) {
	s, m := t.at(h)
	if len(s.slots) == 0 {
		return owner{}, false
	}
	for i := s.first(m); ; i++ {
		if i == len(s.slots) {
			i = 0
		}
		e := &s.slots[i]
		if e.c == 0 {
			return owner{}, false
		}
		if e.key == h {
			return owner{e.c - 1, e.ln}, true
		}
	}
}

// add gives h the owner o; h has none (get said so).
func (t *ownerTable) add(h uint64, o owner) {
	s, m := t.at(h)
	if (s.n+1)*5 > len(s.slots)*4 { // over 80% full: a quarter larger
		old := s.slots
		s.slots = make([]ownerSlot, max(len(old)+len(old)/4, 64))
		for _, e := range old {
			if e.c != 0 {
				s.put(e, t.spread(e.key))
			}
		}
	}
	s.put(ownerSlot{h, o.c + 1, o.line}, m)
	s.n++
}

func (t *ownerTable) spread(h uint64) uint64 { return h * 0x9e3779b97f4a7c15 << 6 }

// put puts e in the first empty slot from where m starts.
func (s *ownerShard) put(e ownerSlot, m uint64) {
	for i := s.first(m); ; i++ {
		if i == len(s.slots) {
			i = 0
		}
		if s.slots[i].c == 0 {
			s.slots[i] = e
			return
		}
	}
}
