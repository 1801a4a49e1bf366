package align

import (
	"strings"

	"github.com/glossterm/gloss/align/internal/enterm"
	"github.com/glossterm/gloss/internal/lexicon"
)

// Memos of pure look-ups that compose asks again and again (see cover.go for the coverage
// of English words). Each gives what the look-up gives.

// memos holds them.
type memos struct {
	en    map[string]*enterm.NGram // phrase → r.en.Lookup(phrase); the index is complete before evidence is mined
	words map[string][]string      // English text → lexicon.Words(text); callers only read the slices
	seen  []uint32                 // n-gram id → the optionsOf call that last rated it (see seenOnce)
	call  uint32
	// WordNet neighbours of a gloss word (related; key: the word, and "\x00one" for a
	// one-word gloss) and the words a gloss defines (definedBy; key: its words joined by
	// "\x00"), asked for every constituent whose glosses hold them
	related, defined map[string][]string
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

// relatedOf is r.related(w, one), remembered; the slice must not be changed.
func (r *run) relatedOf(w string, one bool) []string {
	k := w
	if one {
		k += "\x00one"
	}
	rel, ok := r.memo.related[k]
	if !ok {
		if r.memo.related == nil {
			r.memo.related = map[string][]string{}
		}
		rel = r.related(w, one)
		r.memo.related[k] = rel
	}
	return rel
}

// definedByOf is r.definedBy(ws, one), remembered; the slice must not be changed.
func (r *run) definedByOf(ws []string, one bool) []string {
	if one {
		return r.definedBy(ws, one)
	}
	k := strings.Join(ws, "\x00")
	d, ok := r.memo.defined[k]
	if !ok {
		if r.memo.defined == nil {
			r.memo.defined = map[string][]string{}
		}
		d = r.definedBy(ws, one)
		r.memo.defined[k] = d
	}
	return d
}
