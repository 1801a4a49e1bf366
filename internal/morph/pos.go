package morph

import (
	"github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome/v2/tokenizer"
)

// posTable gives each word of a dictionary its part of speech as one shared list of names.
//
// kagome keeps a word's part of speech as a list of ids, one slice header (24 bytes) a
// word: 9 MiB for the IPA dictionary's 392,127 words, though they hold only a few hundred
// distinct lists, and Token.POS makes a new list of names for every token it is asked
// about (a third of what lint's tokenizing allocated). Here each word has a 2-byte index
// into the distinct lists, resolved to names once: 0.8 MiB, and no allocation a token.
// The lean dictionary then drops kagome's lists (Dict.POSTable.POSs), which its tokenizer
// reads only to print a lattice (Tokenizer.AnalyzeGraph); the full one keeps them, since
// its other features (base form, reading) are found after them.
type posTable struct {
	of    []uint16   // word id → index in lists
	lists [][]string // the distinct parts of speech
	ids   [][]uint16 // the same as ids in the dictionary's POSTable.NameList
	unk   [][]string // unknown-word class id → its part of speech, as Token.POS gives it
}

// newPOSTable builds d's table, or returns nil if d has more distinct lists than an index
// of 2 bytes holds (then Token.POS gives them).
func newPOSTable(d *dict.Dict) *posTable {
	x := newPOSIndex(len(d.POSTable.POSs))
	for id, ids := range d.POSTable.POSs {
		if !x.add(id, ids) {
			return nil
		}
	}
	lists, ok := namedLists(x.ids, d.POSTable.NameList)
	if !ok {
		return nil
	}
	p := &posTable{of: x.of, ids: x.ids, lists: lists}
	p.unknown(d)
	return p
}

// namedLists returns the lists of part-of-speech ids as lists of their names, and false
// when an id names none.
func namedLists(ids [][]uint16, names []string) ([][]string, bool) {
	out := make([][]string, len(ids))
	for i, l := range ids {
		out[i] = make([]string, len(l))
		for k, id := range l {
			if int(id) >= len(names) {
				return nil, false
			}
			out[i][k] = names[id]
		}
	}
	return out, true
}

// posIndex numbers the distinct lists of part-of-speech ids of a dictionary's words.
type posIndex struct {
	of   []uint16   // word id → number of its list
	ids  [][]uint16 // the distinct lists
	seen map[string]uint16
	key  []byte
}

func newPOSIndex(words int) *posIndex {
	return &posIndex{of: make([]uint16, words), seen: map[string]uint16{}}
}

// add gives word the number of its list ids, and reports false when the lists are more
// than 2 bytes number.
func (x *posIndex) add(word int, ids dict.POS) bool {
	x.key = x.key[:0]
	for _, id := range ids {
		x.key = append(x.key, byte(id), byte(id>>8))
	}
	i, ok := x.seen[string(x.key)]
	if !ok {
		if len(x.ids) > 0xffff {
			return false
		}
		nums := make([]uint16, len(ids))
		for k, id := range ids {
			nums[k] = uint16(id)
		}
		i = uint16(len(x.ids))
		x.ids = append(x.ids, nums)
		x.seen[string(x.key)] = i
	}
	x.of[word] = i
	return true
}

// unknown fills in the parts of speech of d's unknown words.
func (p *posTable) unknown(d *dict.Dict) {
	// Token.POS of an unknown word: the features from the POS start index, as many as
	// the hierarchy has levels.
	start, end := 0, 1
	if v, ok := d.UnkDict.ContentsMeta[dict.POSStartIndex]; ok {
		start = int(v)
	}
	if v, ok := d.UnkDict.ContentsMeta[dict.POSHierarchy]; ok {
		end = start + int(v)
	}
	p.unk = make([][]string, len(d.UnkDict.Contents))
	for id, f := range d.UnkDict.Contents {
		if start < end && end <= len(f) {
			p.unk[id] = f[start:end:end]
		}
	}
}

// pos returns the part of speech of k, shared: not to be changed.
func (p *posTable) pos(k tokenizer.Token) []string {
	if l, ok := p.lookup(k.Class, k.ID); ok {
		return l
	}
	return k.POS()
}

// lookup returns the part of speech of the word id of class, and whether the table has it.
func (p *posTable) lookup(class tokenizer.TokenClass, id int) ([]string, bool) {
	switch class {
	case tokenizer.KNOWN:
		if id >= 0 && id < len(p.of) {
			return p.lists[p.of[id]], true
		}
	case tokenizer.UNKNOWN:
		if id >= 0 && id < len(p.unk) {
			return p.unk[id], true
		}
	}
	return nil, false
}
