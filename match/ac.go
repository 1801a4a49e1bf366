package match

import (
	"math"
	"sort"
	"unicode/utf8"
)

// automaton is a byte-level Aho-Corasick automaton over a sorted set of patterns, its nodes
// numbered in BFS order (see buildWith). Children are stored per node in one flat array
// (CSR), in byte order; the root has a full table.
// A small automaton (any glossary a team keeps by hand) is also compiled to a full DFA over
// byte classes, which scans with one table load a byte.
type automaton struct {
	childStart []int32 // node → first index in childByte; len = nodes+1
	childByte  []byte  // child i (in this array) is node i+1: see buildWith
	fail       []int32
	out        []int32 // node → pattern index ending here, or -1
	dict       []int32 // node → nearest node on the fail chain with out >= 0, or -1
	root       [256]int32
	patLen     []int32
	// rows holds a full 256-entry row of DFA transitions (goto and failure links
	// resolved) for each of the shallowest nodes, in BFS order: node u < len(rows)/256
	// has row u (at most maxDense of them). Numbered in BFS order, the nodes with a row
	// are the first ones, so no table says which have one.
	rows []int32
	// The full DFA, when there is one: class maps a byte to its column (0 for the bytes no
	// pattern has); trans[node*stride+class] is the next node times stride, complemented
	// (negative) when that node ends a pattern. An automaton of at most maxNodes16 nodes
	// (any glossary a team keeps by hand, and the default one) has trans16 instead, half
	// the size: the next node itself, complemented likewise, at node<<shift+class, the
	// stride rounded up to a power of two.
	class   [256]int32
	stride  int32
	trans   []int32
	trans16 []int16
	shift   uint8
	// first has a bit for every three-byte rune (kana, kanji) that begins a pattern: in
	// the start state the scan steps over any other such rune whole. It is nil unless
	// every pattern is valid UTF-8 (keys always are).
	first *[1 << 16 / 64]uint64
}

// maxDFACells bounds the full DFA (4 bytes a cell); larger automata use dense rows for
// their shallow nodes and the trie below.
const maxDFACells = 1 << 21

// maxNodes16 is the most nodes trans16 can name.
const maxNodes16 = 1<<15 - 1

// maxDense bounds the nodes with full transition rows (4 KiB each).
const maxDense = 4096

// patSet is a list of patterns one after the other in blob: pattern i is
// blob[offs[i]:offs[i+1]].
type patSet struct {
	blob string
	offs []uint32
}

// patSetOf returns the patSet of pats.
func patSetOf(pats []string) patSet {
	b, offs := strTable(pats)
	return patSet{string(b), offs}
}

func (p patSet) len() int { return len(p.offs) - 1 }

func (p patSet) at(i int) string { return p.blob[p.offs[i]:p.offs[i+1]] }

// build compiles pats, which must be sorted, unique and non-empty.
func build(pats patSet) *automaton { return buildWith(pats, maxDFACells, maxNodes16) }

// buildWith compiles pats with a full DFA of at most maxCells cells of 4 bytes (twice as
// many of 2), in trans16 when it has at most nodes16 nodes.
//
// The trie's nodes are numbered in BFS order, children in byte order, and built level by
// level from the sorted patterns: at each depth the patterns still longer than it, in
// order, with the length of the prefix each shares with the one before it. Numbered so,
// the children of a node are consecutive nodes (node i+1 is child i in the CSR arrays),
// the failure links are found in one pass over the nodes in order, and the shallow nodes
// that failure links point to lie together at the start of every array: on EDICT's six
// million nodes, numbered depth first, nearly every failure link was a cache miss.
func buildWith(pats patSet, maxCells, nodes16 int) *automaton {
	np := pats.len()
	a := &automaton{patLen: make([]int32, np)}
	// The trie's size first, so that its arrays are made once at their size.
	shared := make([]int32, np) // the length of the prefix pattern k shares with the active one before it
	n, prev := 1, ""
	for i := range np {
		p := pats.at(i)
		l := commonPrefix(prev, p)
		shared[i] = int32(l)
		a.patLen[i] = int32(len(p))
		n += len(p) - l
		prev = p
	}
	a.childStart = make([]int32, n+1)
	a.childByte = make([]byte, n-1)
	a.out = make([]int32, n)
	for i := range a.out {
		a.out[i] = -1
	}
	active := make([]int32, np) // the patterns longer than the depth, in order
	for i := range active {
		active[i] = int32(i)
	}
	at := make([]int32, np) // the node of active[k] at the depth: the root at depth 0
	v := int32(1)           // the next node
	for d := 0; len(active) > 0; d++ {
		kept, last := 0, int32(0)
		carry := int32(math.MaxInt32) // the least shared length of the patterns dropped since the last kept
		for k, pi := range active {
			p := pats.at(int(pi))
			if k == 0 || shared[k] <= int32(d) { // a new prefix of d+1 bytes: a child of at[k]
				a.childStart[at[k]+1]++
				a.childByte[v-1] = p[d]
				last = v
				v++
			}
			if len(p) == d+1 {
				a.out[last] = pi
				carry = min(carry, shared[k])
				continue
			}
			active[kept], at[kept], shared[kept] = pi, last, min(carry, shared[k])
			carry = math.MaxInt32
			kept++
		}
		active = active[:kept]
	}
	active, at, shared = nil, nil, nil
	// A node's children follow the children of the nodes before it: child i is node i+1,
	// so no array names the children.
	for i := 1; i <= n; i++ {
		a.childStart[i] += a.childStart[i-1]
	}
	a.fail = make([]int32, n)
	a.dict = make([]int32, n)
	a.dict[0] = -1
	for i := a.childStart[0]; i < a.childStart[1]; i++ {
		c := i + 1
		a.root[a.childByte[i]] = c
		a.fail[c] = 0
		a.dict[c] = -1
	}
	for u := int32(1); u < int32(n); u++ {
		for i := a.childStart[u]; i < a.childStart[u+1]; i++ {
			c, b := i+1, a.childByte[i]
			f := a.fail[u]
			for {
				if g := a.next(f, b); g >= 0 {
					a.fail[c] = g
					break
				}
				if f == 0 {
					a.fail[c] = 0
					break
				}
				f = a.fail[f]
			}
			if fc := a.fail[c]; a.out[fc] >= 0 {
				a.dict[c] = fc
			} else {
				a.dict[c] = a.dict[fc]
			}
		}
	}
	if !a.buildDFA(pats, maxCells, nodes16) {
		a.buildDense()
	}
	return a
}

// commonPrefix returns the length of the longest common prefix of a and b.
func commonPrefix(a, b string) int {
	l := 0
	for l < len(a) && l < len(b) && a[l] == b[l] {
		l++
	}
	return l
}

// buildDFA compiles the full DFA if it fits in maxCells, in BFS order: a node's row
// starts as a copy of its failure link's row, which is complete by then.
func (a *automaton) buildDFA(pats patSet, maxCells, nodes16 int) bool {
	if 2*len(a.out) > maxCells { // two columns at least: too large whatever the classes
		return false
	}
	var used [256]bool
	for i := 0; i < len(pats.blob); i++ {
		used[pats.blob[i]] = true
	}
	a.stride = 1
	for b := range used {
		if used[b] {
			a.class[b] = a.stride
			a.stride++
		}
	}
	a.first = new([1 << 16 / 64]uint64)
	for i := range pats.len() {
		p := pats.at(i)
		if !utf8.ValidString(p) { // a pattern that starts or ends inside a rune
			a.first = nil
			break
		}
		if r, w := utf8.DecodeRuneInString(p); w == 3 {
			a.first[r>>6] |= 1 << (r & 63)
		}
	}
	n := len(a.out)
	if n <= min(nodes16, maxNodes16) {
		for a.shift = 0; 1<<a.shift < a.stride; a.shift++ {
		}
		if n<<a.shift <= 2*maxCells { // cells of 2 bytes, not 4
			a.stride = 1 << a.shift
			a.buildDFA16()
			return true
		}
		a.shift = 0
	}
	if n*int(a.stride) > maxCells {
		a.stride = 0
		return false
	}
	stride := int(a.stride)
	a.trans = make([]int32, n*stride)
	enc := func(v int32) int32 {
		if a.out[v] >= 0 || a.dict[v] >= 0 {
			return ^(v * a.stride)
		}
		return v * a.stride
	}
	for u := range int32(len(a.out)) {
		row := a.trans[int(u)*stride : int(u+1)*stride]
		if u != 0 {
			f := int(a.fail[u])
			copy(row, a.trans[f*stride:(f+1)*stride])
		}
		for i := a.childStart[u]; i < a.childStart[u+1]; i++ {
			row[a.class[a.childByte[i]]] = enc(i + 1)
		}
	}
	return true
}

// buildDFA16 compiles the full DFA into trans16, as buildDFA into trans.
func (a *automaton) buildDFA16() {
	stride := int(a.stride)
	a.trans16 = make([]int16, len(a.out)*stride)
	enc := func(v int32) int16 {
		if a.out[v] >= 0 || a.dict[v] >= 0 {
			return int16(^v)
		}
		return int16(v)
	}
	for u := range int32(len(a.out)) {
		row := a.trans16[int(u)*stride : int(u+1)*stride]
		if u != 0 {
			f := int(a.fail[u])
			copy(row, a.trans16[f*stride:(f+1)*stride])
		}
		for i := a.childStart[u]; i < a.childStart[u+1]; i++ {
			row[a.class[a.childByte[i]]] = enc(i + 1)
		}
	}
}

// hasDFA reports whether the automaton scans with a full DFA.
func (a *automaton) hasDFA() bool { return a.trans != nil || a.trans16 != nil }

// buildDense gives the root and the first nodes in BFS order (the first maxDense nodes)
// full transition rows. A node's failure link comes earlier in BFS order, so its row
// exists when the node's is built.
func (a *automaton) buildDense() {
	rows := min(len(a.out), maxDense)
	a.rows = make([]int32, 256*rows)
	for k := range rows {
		u := int32(k)
		row := a.rows[256*k : 256*k+256]
		var failRow []int32
		if u != 0 {
			fr := int(a.fail[u]) // earlier than u: it has a row
			failRow = a.rows[256*fr : 256*fr+256]
		}
		for b := 0; b < 256; b++ {
			if g := a.next(u, byte(b)); g >= 0 {
				row[b] = g
			} else if u != 0 {
				row[b] = failRow[b]
			}
		}
	}
}

// next returns the goto transition of node on b, or -1.
func (a *automaton) next(node int32, b byte) int32 {
	if node == 0 {
		if c := a.root[b]; c != 0 {
			return c
		}
		return -1
	}
	lo, hi := a.childStart[node], a.childStart[node+1]
	if hi-lo <= 8 {
		for i := lo; i < hi; i++ {
			if a.childByte[i] == b {
				return i + 1
			}
		}
		return -1
	}
	i := lo + int32(sort.Search(int(hi-lo), func(k int) bool { return a.childByte[lo+int32(k)] >= b }))
	if i < hi && a.childByte[i] == b {
		return i + 1
	}
	return -1
}

// startsNone reports whether s has at i a three-byte rune that begins no pattern (first):
// patterns start on rune boundaries, so from the start state such a rune leads back to it,
// and the scan skips it whole.
func startsNone(first *[1 << 16 / 64]uint64, s string, i int) bool {
	c, b1, b2 := s[i], s[i+1], s[i+2]
	if c&0xF0 != 0xE0 || b1&0xC0 != 0x80 || b2&0xC0 != 0x80 {
		return false
	}
	r := rune(c&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F)
	return first[r>>6]&(1<<(r&63)) == 0
}

// scan calls emit(pattern, end) for every occurrence of every pattern in s, overlapping
// ones included, in order of end offset.
func (a *automaton) scan(s string, emit func(pat int32, end int)) {
	if a.trans16 != nil {
		trans, class, first, shift := a.trans16, &a.class, a.first, a.shift
		st := int32(0)
		for i := 0; i < len(s); i++ {
			if st == 0 && first != nil && i+2 < len(s) && startsNone(first, s, i) {
				i += 2
				continue
			}
			st = int32(trans[st<<shift+class[s[i]]])
			if st < 0 {
				st = ^st
				a.emit(st, i+1, emit)
			}
		}
		return
	}
	if a.trans != nil {
		trans, class, first := a.trans, &a.class, a.first
		st := int32(0)
		for i := 0; i < len(s); i++ {
			if st == 0 && first != nil && i+2 < len(s) && startsNone(first, s, i) {
				i += 2
				continue
			}
			st = trans[st+class[s[i]]]
			if st < 0 {
				st = ^st
				a.emit(st/a.stride, i+1, emit)
			}
		}
		return
	}
	state, dense := int32(0), int32(len(a.rows)>>8)
	for i := 0; i < len(s); i++ {
		b := s[i]
		for {
			if state < dense {
				state = a.rows[int(state)<<8|int(b)]
				break
			}
			if g := a.next(state, b); g >= 0 {
				state = g
				break
			}
			if state == 0 {
				break
			}
			state = a.fail[state]
		}
		if state != 0 {
			a.emit(state, i+1, emit)
		}
	}
}

// emit reports the patterns that end at node, which the scan reached at end.
func (a *automaton) emit(node int32, end int, emit func(pat int32, end int)) {
	for v := node; v >= 0; v = a.dict[v] {
		if p := a.out[v]; p >= 0 {
			emit(p, end)
		}
	}
}

func (a *automaton) nodes() int { return len(a.out) }
