package glossary

import (
	"errors"
	"io"
)

// Entries is a glossary file split into its head and the text of its concepts, each
// decoded when asked for, so that a large glossary is walked (and walked again) without
// holding its model, which takes some 7 bytes per byte of YAML: gloss import --merge reads
// the glossary it merges into once to index its terms and once to write it, keeping only
// the concepts it changed. It holds the file's bytes and some 32 bytes a concept.
type Entries struct {
	head  *Glossary
	items []chunk
	d     decoder
	ps    problems
	fast  fastReader
}

// SplitEntries splits data, the glossary file named file, into its head and its concepts
// as [Parse] reads a large file one concept at a time (a small one too: the concepts are
// the same). ok is false when Parse would read the file whole (a comment in the concepts
// list, a layout other than the one [Write] produces) or its head has a problem: Parse it
// then, for the glossary or the error.
func SplitEntries(data []byte, file string) (e *Entries, ok bool) {
	e = &Entries{ps: problems{file: file}}
	if !checkEncoding(data, &e.ps) {
		return nil, false
	}
	head, items, ok := splitConcepts(data)
	if !ok {
		return nil, false
	}
	doc, ok := parseYAML(head, &e.ps)
	if !ok {
		return nil, false
	}
	e.d = decoder{ps: &e.ps}
	e.head = e.d.glossary(doc)
	if len(e.ps.list) > 0 {
		return nil, false
	}
	e.head.File = file
	e.items = items
	return e, true
}

// Head returns the glossary of the file's head (version, languages, comment, file), with
// no concepts. It is the same value on every call, for a caller to change (the languages
// of a merge).
func (e *Entries) Head() *Glossary { return e.head }

// Len returns the number of concepts.
func (e *Entries) Len() int { return len(e.items) }

// Concept decodes concept i (0 ≤ i < Len), a new value on every call. ok is false when the
// concept is one that Parse reads only with the whole file, or has a problem: Parse the
// file then, for the glossary or the error (which lists every problem of the file).
func (e *Entries) Concept(i int) (c *Concept, ok bool) {
	it := e.items[i]
	item, ok := e.fast.item(it.text, it.line)
	if !ok {
		if item, ok = yamlItem(it); !ok {
			return nil, false
		}
	}
	c = e.d.concept(item)
	if len(e.ps.list) > 0 {
		e.ps.list = e.ps.list[:0]
		return nil, false
	}
	return c, true
}

// ErrNotAlone is the error of [WriteEntries] when a concept cannot be decoded alone (see
// [Entries.Concept]): Parse the file whole then, for the glossary or the error.
var ErrNotAlone = errors.New("a concept of the glossary cannot be read alone")

// WriteEntries is [Write] for the glossary file e, each concept decoded and written as it
// goes, so that a large glossary is put in canonical form without holding its model: the
// output is Write's of the glossary Parse reads from the file. It returns [ErrNotAlone]
// when a concept cannot be decoded alone, having written part of the output.
func WriteEntries(w io.Writer, e *Entries) error {
	return WriteEach(w, e.Head(), func(yield func(*Concept, error) bool) {
		for i := range e.Len() {
			c, ok := e.Concept(i)
			if !ok {
				yield(nil, ErrNotAlone)
				return
			}
			if !yield(c, nil) {
				return
			}
		}
	})
}
