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
// the merge is exactly [Merge]'s. A concept that [Merger.Merge] changes is put, as changed,
// in a spool (a temporary file), and read from it from then on (a later incoming concept
// is merged into it as changed): a merge that changes every concept holds 8 bytes a
// concept, not the model. [Merger.Concepts] yields it in its place, and decodes the others
// again as it goes; [Merger.Close] removes the spool. The languages, langs, are added to
// e's head.
//
// ok is false when a concept cannot be decoded alone (see [glossary.Entries.Concept]):
// parse the file whole then, and use NewMerger.
func NewEntriesMerger(e *glossary.Entries, langs []string) (m *Merger, ok bool) {
	addLangs(e.Head(), langs)
	t := &entriesTarget{e: e, seed: maphash.MakeSeed(), cur: map[int32]*heldConcept{}}
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

// Close removes what the merger keeps on disk: the concepts a merge into a glossary file
// changed ([NewEntriesMerger]). Concepts yields nothing good afterwards. It is safe on a
// nil Merger and more than once.
func (m *Merger) Close() {
	if m == nil {
		return
	}
	if t, ok := m.t.(*entriesTarget); ok {
		t.close()
	}
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
	// held is where each concept the merge changed is in spool, -1 for one it has not
	// (nil until the first): held in memory, a merge that changes every concept of a
	// large glossary (a file exported from it, a field filled) held its model whole.
	held  []int64
	spool *glossary.Spool
	cur   map[int32]*heldConcept // those decoded for the incoming concept being merged
	err   error
}

// heldConcept is a concept of the file that the merge is looking at, with the keys of its
// terms before the merge, which are the ones it is matched by.
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

// concept returns concept i as the merge has left it so far: from the spool when the
// merge changed it, else decoded from the file.
func (t *entriesTarget) concept(i int32) (*glossary.Concept, bool) {
	if t.held != nil && t.held[i] >= 0 {
		c, err := t.spool.Get(t.held[i])
		if err != nil {
			t.failWith(err)
			return nil, false
		}
		return c, true
	}
	c, ok := t.e.Concept(int(i))
	if !ok { // decoded once already: cannot happen
		t.fail(i)
	}
	return c, ok
}

func (t *entriesTarget) candidates(key string, f func(*glossary.Concept)) bool {
	if len(t.keys) == 0 {
		return false
	}
	each(t.keys, maphash.String(t.seed, key), func(i int32) {
		hc := t.cur[i]
		if hc == nil {
			// The keys it is matched by are those of the file's concept, before the merge.
			orig, ok := t.e.Concept(int(i))
			if !ok {
				t.fail(i)
				return
			}
			hc = &heldConcept{c: orig}
			for lang, ts := range orig.Terms {
				for _, term := range ts {
					hc.keys = append(hc.keys, termKey(lang, term.Text))
				}
			}
			if !slices.Contains(hc.keys, key) { // a hash shared by another key
				return
			}
			if t.held != nil && t.held[i] >= 0 {
				if hc.c, ok = t.concept(i); !ok {
					return
				}
			}
			t.cur[i] = hc
		} else if !slices.Contains(hc.keys, key) {
			return
		}
		f(hc.c)
	})
	return true
}

func (t *entriesTarget) head() *glossary.Glossary { return t.e.Head() }

// merged puts c, decoded for the incoming concept just merged, into the spool when the
// merge changed it; a concept matched and left as it was is read again when needed, so
// that merging a file into the glossary it was exported from holds nothing, and merging
// one that changes every concept holds 8 bytes a concept.
func (t *entriesTarget) merged(c *glossary.Concept, changed bool) {
	for i, hc := range t.cur {
		if changed && hc.c == c {
			t.put(i, c)
		}
		delete(t.cur, i)
	}
}

// put puts concept i, as the merge changed it, into the spool.
func (t *entriesTarget) put(i int32, c *glossary.Concept) {
	if t.spool == nil {
		sp, err := glossary.NewSpool()
		if err != nil {
			t.failWith(err)
			return
		}
		t.spool = sp
		t.held = make([]int64, t.e.Len())
		for k := range t.held {
			t.held[k] = -1
		}
	}
	off, err := t.spool.Put(c)
	if err != nil {
		t.failWith(err)
		return
	}
	t.held[i] = off
}

func (t *entriesTarget) hasID(id string) bool {
	found := false
	each(t.ids, maphash.String(t.seed, id), func(i int32) {
		if found {
			return
		}
		// A merge changes no concept's id: the file's says.
		if c, ok := t.e.Concept(int(i)); ok {
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
	t.failWith(fmt.Errorf("%s: concept %d could not be read again", t.e.Head().File, i+1))
}

// failWith records err, the first error of the merge, which Concepts yields.
func (t *entriesTarget) failWith(err error) {
	if t.err == nil {
		t.err = err
	}
}

func (t *entriesTarget) concepts(yield func(*glossary.Concept, error) bool) {
	if t.err != nil {
		yield(nil, t.err)
		return
	}
	for i := range t.e.Len() {
		c, ok := t.concept(int32(i))
		if !ok {
			yield(nil, t.err)
			return
		}
		if !yield(c, nil) {
			return
		}
	}
}

// close removes the spool of the concepts the merge changed.
func (t *entriesTarget) close() { t.spool.Remove() }
