package exports

import (
	"cmp"
	"fmt"
	"hash/maphash"
	"iter"
	"slices"
	"sort"

	"github.com/glossterm/gloss/glossary"
)

// NewEntriesMerger is [NewMerger] into the glossary file e, read one concept at a time, so
// that a glossary of a million concepts is merged into without holding its model (some 7
// bytes per byte of YAML, 2.4 GB for the 145 MB of a million concepts). It decodes every
// concept once to index it, and keeps of each only the hashes of its terms' keys and of its
// id, 16 bytes apiece; a hash met is checked against the concept decoded again, so that
// the merge is exactly [Merge]'s. A concept that [Merger.Merge] changes is held from then
// on (a later incoming concept is merged into it as changed); [Merger.Concepts] yields it
// in its place, and decodes the others again as it goes. The languages, langs, are added
// to e's head.
//
// ok is false when a concept cannot be decoded alone (see [glossary.Entries.Concept]):
// parse the file whole then, and use NewMerger.
func NewEntriesMerger(e *glossary.Entries, langs []string) (m *Merger, ok bool) {
	addLangs(e.Head(), langs)
	t := &entriesTarget{e: e, seed: maphash.MakeSeed(), held: map[int32]*heldConcept{}, cur: map[int32]*heldConcept{}}
	t.ids = make([]hashRef, 0, e.Len())
	t.keys = make([]hashRef, 0, 2*e.Len())
	for i := range e.Len() {
		c, ok := e.Concept(i)
		if !ok {
			return nil, false
		}
		t.ids = append(t.ids, hashRef{maphash.String(t.seed, c.ID), int32(i)})
		for lang, ts := range c.Terms {
			for _, term := range ts {
				t.keys = append(t.keys, hashRef{maphash.String(t.seed, termKey(lang, term.Text)), int32(i)})
			}
		}
	}
	t.ids = sortRefs(t.ids)
	t.keys = sortRefs(t.keys)
	return &Merger{t: t}, true
}

// Concepts yields the concepts of the glossary merged into, in file order, as the merge
// has changed them so far; after every incoming concept is merged, those of the merged
// glossary but the concepts added, which the caller keeps.
func (m *Merger) Concepts() iter.Seq2[*glossary.Concept, error] {
	return m.t.concepts
}

// hashRef is a hash of a term key or an id, and the index of the concept it is of.
type hashRef struct {
	h uint64
	c int32
}

// sortRefs sorts refs by hash, then concept, without repeats (a concept with two terms of
// one key is a candidate once).
func sortRefs(refs []hashRef) []hashRef {
	slices.SortFunc(refs, func(a, b hashRef) int {
		if a.h != b.h {
			return cmp.Compare(a.h, b.h)
		}
		return cmp.Compare(a.c, b.c)
	})
	return slices.Compact(refs)
}

// entriesTarget is the glossary file merged into, indexed by hashes.
type entriesTarget struct {
	e         *glossary.Entries
	seed      maphash.Seed
	keys, ids []hashRef
	held      map[int32]*heldConcept // the concepts the merge changed
	cur       map[int32]*heldConcept // those decoded for the incoming concept being merged
	err       error
}

// heldConcept is a concept of the file that the merge changes, with the keys of its terms
// before the merge, which are the ones it is matched by.
type heldConcept struct {
	c    *glossary.Concept
	keys []string
}

// each calls f with the index of each concept whose hash in refs is h's, in file order.
func each(refs []hashRef, h uint64, f func(i int32)) {
	for j := sort.Search(len(refs), func(j int) bool { return refs[j].h >= h }); j < len(refs) && refs[j].h == h; j++ {
		f(refs[j].c)
	}
}

func (t *entriesTarget) candidates(key string, f func(*glossary.Concept)) bool {
	if len(t.keys) == 0 {
		return false
	}
	each(t.keys, maphash.String(t.seed, key), func(i int32) {
		hc := t.held[i]
		if hc == nil {
			hc = t.cur[i]
		}
		if hc == nil {
			c, ok := t.e.Concept(int(i))
			if !ok { // decoded once already: cannot happen
				t.fail(i)
				return
			}
			hc = &heldConcept{c: c}
			for lang, ts := range c.Terms {
				for _, term := range ts {
					hc.keys = append(hc.keys, termKey(lang, term.Text))
				}
			}
		}
		if slices.Contains(hc.keys, key) { // not a hash shared by another key
			if t.held[i] == nil {
				t.cur[i] = hc
			}
			f(hc.c)
		}
	})
	return true
}

func (t *entriesTarget) head() *glossary.Glossary { return t.e.Head() }

// merged holds c, decoded for the incoming concept just merged, when the merge changed it;
// a concept matched and left as it was is decoded again when needed, so that merging a
// file into the glossary it was exported from holds nothing.
func (t *entriesTarget) merged(c *glossary.Concept, changed bool) {
	for i, hc := range t.cur {
		if changed && hc.c == c {
			t.held[i] = hc
		}
		delete(t.cur, i)
	}
}

func (t *entriesTarget) hasID(id string) bool {
	found := false
	each(t.ids, maphash.String(t.seed, id), func(i int32) {
		if found {
			return
		}
		if hc := t.held[i]; hc != nil {
			found = hc.c.ID == id
		} else if c, ok := t.e.Concept(int(i)); ok {
			found = c.ID == id
		} else {
			t.fail(i)
		}
	})
	return found
}

// fail records that concept i, decoded when the file was indexed, no longer decodes,
// which cannot happen: the merge is not to be trusted, and Concepts says so.
func (t *entriesTarget) fail(i int32) {
	if t.err == nil {
		t.err = fmt.Errorf("%s: concept %d could not be read again", t.e.Head().File, i+1)
	}
}

func (t *entriesTarget) concepts(yield func(*glossary.Concept, error) bool) {
	if t.err != nil {
		yield(nil, t.err)
		return
	}
	for i := range t.e.Len() {
		var c *glossary.Concept
		if hc := t.held[int32(i)]; hc != nil {
			c = hc.c
		} else {
			var ok bool
			if c, ok = t.e.Concept(i); !ok {
				t.fail(int32(i))
				yield(nil, t.err)
				return
			}
		}
		if !yield(c, nil) {
			return
		}
	}
}
