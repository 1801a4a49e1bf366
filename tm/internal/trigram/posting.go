package trigram

import (
	"context"
	"encoding/binary"
	"errors"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/glossterm/gloss/tm/store"
)

// A posting list is the IDs of the units whose padded key has a trigram, ascending. The
// engines keep each list as blocks: a row per (side, trigram, block) holding the IDs one
// write added (varint deltas, see Encode), keyed by its largest ID. Writers are
// serialized and IDs only grow, so the blocks of a list cover disjoint ranges and the
// newest units are in the block with the largest key. Building the lists in Go while
// the units are inserted is some ten times cheaper than SQLite's FTS5 index, and the same
// lists serve both engines' fuzzy-match candidates, so that the two vote alike by
// construction.

// Pack returns the three runes of g packed as in Freq (21 bits each), and false when g is
// not three runes.
func Pack(g string) (uint64, bool) {
	var p uint64
	n := 0
	for _, r := range g {
		if n == 3 {
			return 0, false
		}
		p = p<<21 | uint64(r)
		n++
	}
	return p, n == 3
}

// Range returns the packed trigrams that start with a one- or two-rune prefix, as the
// inclusive range [lo, hi].
func Range(prefix string) (lo, hi uint64, ok bool) {
	var p uint64
	n := 0
	for _, r := range prefix {
		if n == 2 {
			return 0, 0, false
		}
		p = p<<21 | uint64(r)
		n++
	}
	if n == 0 {
		return 0, 0, false
	}
	shift := uint(21 * (3 - n))
	return p << shift, p<<shift | (1<<shift - 1), true
}

// Grams appends to dst the packed trigrams of Pad(key), in order, repeats included
// (Postings.Add counts a unit once under each).
func Grams(dst []uint64, key string) []uint64 {
	dst = slices.Grow(dst, utf8.RuneCountInString(key))
	var a, b uint64
	i := 0
	for _, r := range key {
		g := a<<42 | b<<21 | uint64(r)
		a, b = b, uint64(r)
		if i++; i >= 3 {
			dst = append(dst, g)
		}
	}
	// the padding, as Pad has it (no copy of the key)
	for range 2 {
		g := a<<42 | b<<21 | 1
		a, b = b, 1
		if i++; i >= 3 {
			dst = append(dst, g)
		}
	}
	return dst
}

// Postings collects, by side (0 Japanese, 1 English), the IDs of the units that have each
// trigram, in the order added (ascending). The lists are chains of fixed-size chunks in
// large pages, and the maps hold no pointers, so that the millions of IDs of a large
// write are neither copied as they grow nor scanned by the garbage collector.
type Postings struct {
	lists [2]map[uint64]int32 // a trigram's list, an index into heads
	heads []chain
	pages [][]int64 // chunk c is at pages[c/pageChunks], chunkLen IDs and the next chunk
	used  int32     // chunks allocated
	Size  int       // IDs held
}

type chain struct {
	first, last int32 // chunks
	n           int32 // IDs
}

const (
	chunkLen   = 7    // IDs in a chunk, then the index of the next chunk
	pageChunks = 8192 // chunks in a page
)

// NewPostings returns empty postings.
func NewPostings() *Postings {
	return &Postings{lists: [2]map[uint64]int32{{}, {}}}
}

// chunk returns the slots of chunk c.
func (p *Postings) chunk(c int32) []int64 {
	off := int(c%pageChunks) * (chunkLen + 1)
	return p.pages[c/pageChunks][off : off+chunkLen+1]
}

func (p *Postings) alloc() int32 {
	c := p.used
	if int(c/pageChunks) == len(p.pages) {
		p.pages = append(p.pages, make([]int64, pageChunks*(chunkLen+1)))
	}
	p.used++
	p.chunk(c)[chunkLen] = -1
	return c
}

// Add records unit id under each of its Japanese and English trigrams (see Grams); the
// IDs are added in ascending order.
func (p *Postings) Add(id int64, ja, en []uint64) {
	for side, gs := range [2][]uint64{ja, en} {
		m := p.lists[side]
		for _, g := range gs {
			l, ok := m[g]
			if !ok {
				l = int32(len(p.heads))
				c := p.alloc()
				p.heads = append(p.heads, chain{first: c, last: c})
				m[g] = l
			}
			h := &p.heads[l]
			k := int(h.n) % chunkLen
			last := p.chunk(h.last)
			if h.n > 0 {
				if last[(int(h.n)-1)%chunkLen] == id {
					continue // a repeated trigram of the unit
				}
				if k == 0 {
					c := p.alloc()
					last[chunkLen] = int64(c)
					h.last = c
					last = p.chunk(c)
				}
			}
			last[k] = id
			h.n++
			p.Size++
		}
	}
}

// Each calls fn for each trigram of a side with its IDs, ascending; ids is reused.
func (p *Postings) Each(side int, fn func(g uint64, ids []int64) error) error {
	var ids []int64
	for g, l := range p.lists[side] {
		h := p.heads[l]
		ids = ids[:0]
		left := int(h.n)
		for c := h.first; left > 0; {
			ch := p.chunk(c)
			k := min(left, chunkLen)
			ids = append(ids, ch[:k]...)
			left -= k
			c = int32(ch[chunkLen])
		}
		if err := fn(g, ids); err != nil {
			return err
		}
	}
	return nil
}

// EachBlock calls fn for each trigram of a side with the number of its IDs, the largest,
// and their encoding (see Encode) in a buffer fn must not keep.
func (p *Postings) EachBlock(side int, fn func(g uint64, n int, last int64, block []byte) error) error {
	var buf []byte
	for g, l := range p.lists[side] {
		h := p.heads[l]
		buf = buf[:0]
		var prev int64
		left := int(h.n)
		for c := h.first; left > 0; {
			ch := p.chunk(c)
			k := min(left, chunkLen)
			for _, id := range ch[:k] {
				buf = binary.AppendUvarint(buf, uint64(id-prev))
				prev = id
			}
			left -= k
			c = int32(ch[chunkLen])
		}
		if err := fn(g, int(h.n), prev, buf); err != nil {
			return err
		}
	}
	return nil
}

// Len returns the number of trigrams of a side.
func (p *Postings) Len(side int) int { return len(p.lists[side]) }

// Reset empties p, keeping its memory.
func (p *Postings) Reset() {
	clear(p.lists[0])
	clear(p.lists[1])
	p.heads, p.used = p.heads[:0], 0
	p.Size = 0
}

// Encode appends the ascending IDs to dst as uvarint deltas, the first from 0.
func Encode(dst []byte, ids []int64) []byte {
	var prev int64
	for _, id := range ids {
		dst = binary.AppendUvarint(dst, uint64(id-prev))
		prev = id
	}
	return dst
}

// ErrBlock is the error of a posting block that does not decode.
var ErrBlock = errors.New("corrupt posting block")

// Decode appends the IDs of an encoded block to dst.
func Decode(dst []int64, b []byte) ([]int64, error) {
	var id int64
	for len(b) > 0 {
		d, n := binary.Uvarint(b)
		if n <= 0 {
			return dst, ErrBlock
		}
		id += int64(d)
		dst = append(dst, id)
		b = b[n:]
	}
	return dst, nil
}

// Blocks is how the shared searches read an engine's posting blocks.
type Blocks interface {
	// Newest returns, for each gram of a side, at least the IDs of its newest n units (all
	// of them when it has fewer), in any order; a gram in no unit may be absent.
	Newest(ctx context.Context, side int, grams []uint64, n int) (map[uint64][]int64, error)
	// Next returns the IDs of the first block of a gram whose largest ID is at least from,
	// ascending, and false when there is none.
	Next(ctx context.Context, side int, gram uint64, from int64) ([]int64, bool, error)
	// Units returns the units with these IDs.
	Units(ctx context.Context, ids []int64) (map[int64]*store.Unit, error)
}

// Vote returns up to limit unit IDs, best first: each probe votes, with its weight, for
// the newest MaxVoters units that have it; the sum of the votes ranks, the ID breaks
// ties.
func Vote(ctx context.Context, b Blocks, side int, probes []string, weights []float64, limit int) ([]int64, error) {
	grams := make([]uint64, 0, len(probes))
	w := map[uint64]float64{}
	for i, g := range probes {
		if p, ok := Pack(g); ok {
			if _, dup := w[p]; !dup {
				grams = append(grams, p)
			}
			w[p] = weights[i]
		}
	}
	lists, err := b.Newest(ctx, side, grams, MaxVoters)
	if err != nil {
		return nil, err
	}
	sum := map[int64]float64{}
	for _, g := range grams {
		ids := lists[g]
		if len(ids) > MaxVoters {
			slices.Sort(ids)
			ids = ids[len(ids)-MaxVoters:]
		}
		for _, id := range ids {
			sum[id] += w[g]
		}
	}
	out := make([]int64, 0, len(sum))
	for id := range sum {
		out = append(out, id)
	}
	slices.SortFunc(out, func(a, b int64) int {
		switch {
		case sum[a] > sum[b]:
			return -1
		case sum[a] < sum[b]:
			return 1
		case a < b:
			return -1
		case a > b:
			return 1
		}
		return 0
	})
	if len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// stream reads one posting list in ascending order, a block at a time.
type stream struct {
	b    Blocks
	side int
	gram uint64
	ids  []int64
	i    int
	done bool
}

// seek returns the first ID of the list that is at least id, and false past its end.
func (s *stream) seek(ctx context.Context, id int64) (int64, bool, error) {
	for !s.done {
		if s.i < len(s.ids) && s.ids[len(s.ids)-1] >= id {
			j, _ := slices.BinarySearch(s.ids[s.i:], id)
			s.i += j
			return s.ids[s.i], true, nil
		}
		ids, ok, err := s.b.Next(ctx, s.side, s.gram, id)
		if err != nil {
			return 0, false, err
		}
		if !ok {
			s.done = true
			break
		}
		s.ids, s.i = ids, 0
	}
	return 0, false, nil
}

// Candidates calls fn, in ascending order, with the IDs of the units whose posting lists
// have every gram of all (an intersection) or, with any, some gram (a union), until fn
// returns false.
func Candidates(ctx context.Context, b Blocks, side int, grams []uint64, any bool, fn func(id int64) (bool, error)) error {
	if len(grams) == 0 {
		return nil
	}
	ss := make([]*stream, len(grams))
	for i, g := range grams {
		ss[i] = &stream{b: b, side: side, gram: g}
	}
	var next int64
	for {
		var id int64
		found := false
		if any {
			for _, s := range ss {
				x, ok, err := s.seek(ctx, next)
				if err != nil {
					return err
				}
				if ok && (!found || x < id) {
					id, found = x, true
				}
			}
		} else {
			id = next
		agree:
			for {
				for _, s := range ss {
					x, ok, err := s.seek(ctx, id)
					if err != nil || !ok {
						return err
					}
					if x > id {
						id = x
						continue agree
					}
				}
				found = true
				break
			}
		}
		if !found {
			return nil
		}
		if more, err := fn(id); err != nil || !more {
			return err
		}
		next = id + 1
	}
}

// Contains calls fn, in ID order, for each unit whose key (the side's, read by keyOf)
// contains key, until fn returns false or limit units (0: no limit) were seen: the
// candidates of the trigrams that cover key (three characters or more) or, for a shorter
// key, of expand, the trigrams that start with it, checked on the text.
func Contains(ctx context.Context, b Blocks, side int, key string, expand []uint64, keyOf func(*store.Unit) string, limit int, fn func(*store.Unit) bool) error {
	any := utf8.RuneCountInString(key) < 3
	grams := expand
	if !any {
		grams = packed(Cover(key))
	}
	return check(ctx, b, side, grams, any, func(u *store.Unit) bool { return strings.Contains(keyOf(u), key) }, limit, fn)
}

func packed(gs []string) []uint64 {
	var out []uint64
	for _, g := range gs {
		if p, ok := Pack(g); ok {
			out = append(out, p)
		}
	}
	return out
}

// check calls fn for the candidates (see Candidates) that match, until fn returns false
// or limit (0: no limit) were seen, reading the units in batches.
func check(ctx context.Context, b Blocks, side int, grams []uint64, any bool, match func(*store.Unit) bool, limit int, fn func(*store.Unit) bool) error {
	const batch = 64
	var ids []int64
	seen := 0
	stop := false
	flush := func() error {
		us, err := b.Units(ctx, ids)
		if err != nil {
			return err
		}
		for _, id := range ids {
			u := us[id]
			if u == nil || !match(u) {
				continue
			}
			seen++
			if !fn(u) || (limit > 0 && seen >= limit) {
				stop = true
				return nil
			}
		}
		ids = ids[:0]
		return nil
	}
	err := Candidates(ctx, b, side, grams, any, func(id int64) (bool, error) {
		ids = append(ids, id)
		if len(ids) < batch {
			return true, nil
		}
		err := flush()
		return !stop, err
	})
	if err != nil || stop || len(ids) == 0 {
		return err
	}
	return flush()
}

// Cover returns trigrams of key that together cover it: every third one and the last.
func Cover(key string) []string {
	all := Of(key)
	if len(all) == 0 {
		return nil
	}
	var out []string
	for i := 0; i < len(all); i += 3 {
		out = append(out, all[i])
	}
	if last := all[len(all)-1]; out[len(out)-1] != last {
		out = append(out, last)
	}
	return out
}
