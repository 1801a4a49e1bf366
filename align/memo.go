package align

import (
	"github.com/glossterm/gloss/align/internal/enterm"
	"github.com/glossterm/gloss/align/internal/lexicon"
)

// Memos of pure look-ups that compose asks again and again (see cover.go for the coverage
// of English words). Each gives what the look-up gives.

// memos holds them.
type memos struct {
	en    map[string]*enterm.NGram // phrase → r.en.Lookup(phrase); the index is complete before evidence is mined
	words map[string][]string      // English text → lexicon.Words(text); callers only read the slices
	seen  []uint32                 // n-gram id → the optionsOf call that last rated it (see seenOnce)
	call  uint32
}

// enLookup is r.en.Lookup(phrase), remembered. It is only asked once the English is
// indexed (step 2 of runAll): the index does not change after.
func (r *run) enLookup(phrase string) *enterm.NGram {
	g, ok := r.memo.en[phrase]
	if !ok {
		if r.memo.en == nil {
			r.memo.en = map[string]*enterm.NGram{}
		}
		g = r.en.Lookup(phrase)
		r.memo.en[phrase] = g
	}
	return g
}

// glossWordsOf is lexicon.Words(s), remembered; the slice must not be changed.
func (r *run) glossWordsOf(s string) []string {
	ws, ok := r.memo.words[s]
	if !ok {
		if r.memo.words == nil {
			r.memo.words = map[string][]string{}
		}
		ws = lexicon.Words(s)
		r.memo.words[s] = ws
	}
	return ws
}

// newSeen starts a set of n-gram ids (the n-grams one optionsOf call has rated), emptying
// the one before.
func (r *run) newSeen() {
	r.memo.call++
	if r.memo.call == 0 {
		clear(r.memo.seen)
		r.memo.call = 1
	}
	if n := r.en.Len(); len(r.memo.seen) < n {
		r.memo.seen = append(r.memo.seen, make([]uint32, n-len(r.memo.seen))...)
	}
}

// seenOnce reports whether n-gram id is met for the first time since newSeen, and marks
// it met.
func (r *run) seenOnce(id int) bool {
	if r.memo.seen[id] == r.memo.call {
		return false
	}
	r.memo.seen[id] = r.memo.call
	return true
}
