package lint

import (
	"path/filepath"
	"slices"
	"strings"
)

// ReadOptions say how to read a file.
type ReadOptions struct {
	Source, Target string // languages; "" takes them from the file, or detects them
	// Langs are the glossary's languages in its order, the first the one it translates
	// from; a TMX file's direction is taken from them, its tuvs and its header.
	Langs []string
	Lang  string // the language of a monolingual text; "" means Target, else detected
	// AllSegments checks every segment of an XLIFF file, not only translated-or-later,
	// unlocked ones.
	AllSegments bool
}

// Kind names the reader for a file from its extension: tsv, csv, xliff, tmx, po or text.
func Kind(file string) string {
	switch strings.ToLower(filepath.Ext(file)) {
	case ".tsv", ".tab":
		return "tsv"
	case ".csv":
		return "csv"
	case ".xlf", ".xliff", ".sdlxliff", ".mqxliff", ".mxliff":
		return "xliff"
	case ".tmx":
		return "tmx"
	case ".po", ".pot":
		return "po"
	}
	return "text"
}

// Read reads one file for linting, choosing the reader by extension; plain text and
// Markdown are read as monolingual. Pairs of text files go through [ReadPaired].
func Read(file string, content []byte, o ReadOptions) (*Doc, error) {
	return collected(func(s sink) error { return read(file, content, o, s) })
}

// A sink takes what a reader reads: the document without segments once, before any
// segment, then its segments one at a time. The readers hand segments over as they read
// them, so that a linter that keeps only what it finds holds one segment (or a batch) of a
// large file at a time, not all of them beside the file.
type sink interface {
	begin(d *Doc) error
	segment(seg Segment) error
}

// An expecter is a sink that takes the number of segments to come, from a reader that
// knows it before the first.
type expecter interface{ expect(n int) }

// collect is the sink that keeps the segments in the document, for Read.
type collect struct{ doc *Doc }

func (c *collect) expect(n int) { c.doc.Segments = slices.Grow(c.doc.Segments, n) }

func (c *collect) begin(d *Doc) error { c.doc = d; return nil }

func (c *collect) segment(seg Segment) error {
	c.doc.Segments = append(c.doc.Segments, seg)
	return nil
}

// read reads one file into s, choosing the reader like Read.
func read(file string, content []byte, o ReadOptions, s sink) error {
	switch Kind(file) {
	case "tsv":
		return readDelimitedTo(file, content, '\t', o.Source, o.Target, s)
	case "csv":
		return readDelimitedTo(file, content, ',', o.Source, o.Target, s)
	case "xliff":
		return readXLIFFTo(file, content, o, s)
	case "tmx":
		return readTMXTo(file, content, o, s)
	case "po":
		return readPOTo(file, content, o, s)
	}
	lang := o.Lang
	if lang == "" {
		lang = o.Target // a monolingual text is in the language translations go into
	}
	return readMonolingualTo(file, content, lang, s)
}

// collected runs a reader that hands segments over and returns the document it read.
func collected(readTo func(s sink) error) (*Doc, error) {
	c := &collect{}
	if err := readTo(c); err != nil {
		return nil, err
	}
	return c.doc, nil
}

// The readers, each returning its document whole.

func readTMX(file string, content []byte, o ReadOptions) (*Doc, error) {
	return collected(func(s sink) error { return readTMXTo(file, content, o, s) })
}

func readPO(file string, content []byte, o ReadOptions) (*Doc, error) {
	return collected(func(s sink) error { return readPOTo(file, content, o, s) })
}

func readDelimited(file string, content []byte, comma rune, source, target string) (*Doc, error) {
	return collected(func(s sink) error { return readDelimitedTo(file, content, comma, source, target, s) })
}

func readMonolingual(file string, content []byte, lang string) (*Doc, error) {
	return collected(func(s sink) error { return readMonolingualTo(file, content, lang, s) })
}
