package exports

import (
	"sort"
)

// Text is a piece of a file's text as a reader decoded it — an XLIFF source or target,
// a TMX segment, a table cell, a paragraph — with anchors back into the file: byte
// Anchors[i].Text of Value is byte Anchors[i].File of the file, and the bytes after it
// follow one for one until the next anchor (entities, CDATA, CR LF and left-out inline
// codes break that; the next anchor restores it). The first anchor is at 0.
type Text struct {
	Value   string
	Anchors []Anchor
}

// Anchor ties an offset in a Text to an offset in the file.
type Anchor struct{ Text, File int }

// At returns a Text whose Value starts at byte off of the file and is copied verbatim.
func At(value string, off int) Text { return Text{Value: value, Anchors: []Anchor{{0, off}}} }

// FileOffset maps byte i of t.Value to its byte offset in the file.
func (t Text) FileOffset(i int) int {
	if len(t.Anchors) == 0 {
		return 0
	}
	k := sort.Search(len(t.Anchors), func(k int) bool { return t.Anchors[k].Text > i }) - 1
	if k < 0 {
		k = 0
	}
	a := t.Anchors[k]
	return a.File + i - a.Text
}
