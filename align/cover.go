package align

import (
	"slices"
	"strings"
)

// What compose asks of an English word, for one segmentation of a candidate, is the same
// in every n-gram that holds the word: which constituents render it (covers), and which
// words of their glosses it meets (lexicon.SameWord, or the same raw word). optionsOf rates
// hundreds of n-grams against one segmentation, most of them sharing their words, so the
// answers are worked out once a word (coverMemo) as a row of bits, and coverage2 reads them.

// coverLayout numbers the bits of a row for a segmentation cs: bit j for constituent j,
// bit off[j][gi]+k for word k of gloss gi of constituent j, and bit pairs+j-1 for whether
// the word is a closed compound of constituents j-1 and j (closedCompound).
type coverLayout struct {
	cs     []constituent
	off    [][]int
	pairs  int
	stride int // uint64s a row
	// the initials of each gloss (see initials), in the order of off, once asked for
	inits    []string
	initDone []bool
	first    []int // the number of the first gloss of each constituent
}

func newCoverLayout(cs []constituent) coverLayout {
	l := coverLayout{cs: cs, off: make([][]int, len(cs)), first: make([]int, len(cs))}
	n, ng := len(cs), 0
	for j, c := range cs {
		l.off[j] = make([]int, len(c.glosses))
		l.first[j] = ng
		ng += len(c.glosses)
		for gi, g := range c.glosses {
			l.off[j][gi] = n
			n += len(g)
		}
	}
	l.pairs = n
	n += max(0, len(cs)-1)
	l.stride = max(1, (n+63)/64)
	l.inits, l.initDone = make([]string, ng), make([]bool, ng)
	return l
}

// initials returns initials(g) for gloss gi of constituent j.
func (l *coverLayout) initials(j, gi int) string {
	k := l.first[j] + gi
	if !l.initDone[k] {
		l.inits[k], l.initDone[k] = initials(l.cs[j].glosses[gi]), true
	}
	return l.inits[k]
}

// row fills dst (stride uint64s) with what the English word raw (normalized w) meets.
func (l *coverLayout) row(dst []uint64, w, raw string) {
	clear(dst)
	tw := strings.TrimPrefix(w, "^")
	for j := range l.cs {
		c := &l.cs[j]
		if covers(*c, w, raw) {
			dst[j>>6] |= 1 << (j & 63)
		}
		if j > 0 && closedCompound(l.cs[j-1], *c, raw) {
			b := l.pairs + j - 1
			dst[b>>6] |= 1 << (b & 63)
		}
		for gi, g := range c.glosses {
			for k, gw := range g {
				if glossMeets(c, gw, tw, raw) {
					b := l.off[j][gi] + k
					dst[b>>6] |= 1 << (b & 63)
				}
			}
		}
	}
}

func has(row []uint64, b int) bool { return row[b>>6]&(1<<(b&63)) != 0 }

// coverMemo keeps the rows of the English words met so far against one segmentation: the
// rows of word id (see run.wordIDs) are valid while stamp[id] is gen.
type coverMemo struct {
	coverLayout
	r *run
}

// newCoverMemo starts the rows of a segmentation, forgetting those of the one before.
func (r *run) newCoverMemo(cs []constituent) *coverMemo {
	r.cover.gen++
	if r.cover.gen == 0 { // wrapped: no stamp may look valid
		clear(r.cover.stamp)
		r.cover.gen = 1
	}
	return &coverMemo{coverLayout: newCoverLayout(cs), r: r}
}

// coverState is the run's store of rows, reused from one segmentation to the next.
type coverState struct {
	ids   map[string]int32 // raw English word → id
	stamp []uint32
	rows  []uint64
	gen   uint32
	buf   []uint64 // the rows of one n-gram's words, in order
}

// wordIDs returns the ids of the words of an n-gram (its raw words: the normalized word is
// a function of the raw one, see lexicon.Split).
func (r *run) wordIDs(raw []string) []int32 {
	if r.cover.ids == nil {
		r.cover.ids = map[string]int32{}
	}
	out := make([]int32, len(raw))
	for i, w := range raw {
		id, ok := r.cover.ids[w]
		if !ok {
			id = int32(len(r.cover.ids))
			r.cover.ids[w] = id
		}
		out[i] = id
	}
	return out
}

// rows returns the rows of the words of an n-gram, one after the other.
func (m *coverMemo) rows(ids []int32, words, raw []string) []uint64 {
	s, st := &m.r.cover, m.stride
	n := len(s.ids)
	if len(s.stamp) < n {
		s.stamp = append(s.stamp, make([]uint32, n-len(s.stamp))...)
	}
	if len(s.rows) < n*st {
		s.rows = append(s.rows, make([]uint64, n*st-len(s.rows))...)
	}
	s.buf = slices.Grow(s.buf[:0], len(ids)*st)[:len(ids)*st]
	for i, id := range ids {
		row := s.rows[int(id)*st : int(id+1)*st]
		if s.stamp[id] != s.gen {
			m.row(row, words[i], raw[i])
			s.stamp[id] = s.gen
		}
		copy(s.buf[i*st:], row)
	}
	return s.buf
}

// coverage2 is coverage that also reports the constituents used only in part — none of
// their glosses has its head among the English words (防衛費 "defense costs" against
// "defense") — and whether the one uncovered English word stands where the missing
// gloss word would (after the covered ones for "defense costs": "defense spending", not
// "missile defense").
func coverage2(cs []constituent, words, raw []string, heads []int) (covered, ue, uj int, headOK bool, half, explained int) {
	l := newCoverLayout(cs)
	rows := make([]uint64, len(words)*l.stride)
	for i, w := range words {
		l.row(rows[i*l.stride:(i+1)*l.stride], w, raw[i])
	}
	return coverageRows(&l, rows, raw, heads)
}

// coverageRows is coverage2 from the rows of the English words (raw, and their rows one
// after the other).
func coverageRows(l *coverLayout, rows []uint64, raw []string, heads []int) (covered, ue, uj int, headOK bool, half, explained int) {
	cs, st := l.cs, l.stride
	var anyBuf [4]uint64 // the union of the rows: the gloss words met by some English word
	var any []uint64
	if st <= len(anyBuf) {
		any = anyBuf[:st]
	} else {
		any = make([]uint64, st)
	}
	for i := range raw {
		for k, v := range rows[i*st : (i+1)*st] {
			any[k] |= v
		}
	}
	used := make([]bool, len(cs))
	coveredBy := make([]int, len(raw))
	gap := -1
	for i := range raw {
		row := rows[i*st : (i+1)*st]
		coveredBy[i] = -1
		for j := range cs {
			c := &cs[j]
			if has(row, j) {
				used[j] = true
				if coveredBy[i] < 0 {
					coveredBy[i] = j
				}
				if c.head && (heads == nil || slices.Contains(heads, i) || gerundHead(raw, i) && verbalNoun(*c)) {
					headOK = true
				}
			}
		}
		if coveredBy[i] >= 0 {
			covered++
		} else {
			ue++
			gap = i
		}
	}
	// an English closed compound renders a Japanese compound of two words, the second
	// translated by the compound's last part: 上空|飛行 "overflight" (flight), 核|拡散 …
	// The first word's share is inferred, so both count as met in part only (half).
	for i := range raw {
		if coveredBy[i] >= 0 {
			continue
		}
		for j := 1; j < len(cs); j++ {
			if used[j] || used[j-1] || !has(rows[i*st:(i+1)*st], l.pairs+j-1) { // closedCompound(cs[j-1], cs[j], raw[i])
				continue
			}
			used[j-1], used[j] = true, true
			coveredBy[i] = j
			covered++
			ue--
			if cs[j].head && (heads == nil || slices.Contains(heads, i)) {
				headOK = true
			}
			break
		}
	}
	if ue == 0 {
		gap = -1
	}
	for j := range cs {
		c := &cs[j]
		if !used[j] {
			if !c.affix || c.required {
				uj++
			}
			// a gap on both sides at the head: 核不拡散|体制 against nonproliferation|regime
			if c.head && ue == 1 && gap >= 0 && (heads == nil || slices.Contains(heads, gap)) {
				headOK = true
			}
			continue
		}
		if c.affix || len(c.glosses) == 0 {
			continue
		}
		complete, missAfter, best := false, true, -1
		for gi0, g := range c.glosses {
			base := l.off[j][gi0]
			matched, firstMatch, firstMiss := 0, -1, -1
			for gi := range g {
				if has(any, base+gi) {
					matched++
					if firstMatch < 0 {
						firstMatch = gi
					}
				} else if firstMiss < 0 {
					firstMiss = gi
				}
			}
			if in := l.initials(j, gi0); in != "" {
				for _, w := range raw {
					if strings.HasPrefix(w, "^") && strings.ReplaceAll(w[1:], ".", "") == in {
						and := slices.Index(g, "and")
						matched, firstMatch, firstMiss = len(g), 0, -1
						if and > 0 {
							matched, firstMiss = and, and+1
						}
					}
				}
			}
			if firstMiss < 0 || (matched*2 >= len(g) && has(any, base+headIndex(g, c.gheads[gi0]))) {
				complete = true
				break
			}
			if matched > best {
				best = matched
				missAfter = firstMiss > firstMatch
			}
		}
		if !complete {
			half++
			// the gap is explained when it follows the words this part covers, where its
			// gloss has the word it lacks: 防衛費 "defense costs" → defense spending
			if gap >= 0 && ue == 1 && missAfter && gap > 0 && coveredBy[gap-1] == j {
				explained = 1
				if c.head && (heads == nil || slices.Contains(heads, gap)) {
					headOK = true
				}
			}
		}
	}
	return
}

// headIndex returns h, the index of a gloss's head word, after checking it is one.
func headIndex(g []string, h int) int {
	_ = g[h]
	return h
}

// soundsLike returns the memo of the English words that the katakana sound sounds like
// (see covers), one for every constituent of that sound: translit.Similarity is the same
// for every candidate the sound is part of.
func (r *run) soundsLike(sound string) map[string]bool {
	m := r.sims[sound]
	if m == nil {
		if r.sims == nil {
			r.sims = map[string]map[string]bool{}
		}
		m = map[string]bool{}
		r.sims[sound] = m
	}
	return m
}
