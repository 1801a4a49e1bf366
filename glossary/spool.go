package glossary

import (
	"bufio"
	"encoding/binary"
	"errors"
	"io"
	"iter"
	"os"
	"slices"
)

// Spool holds concepts in a temporary file, each as the binary record of the compiled
// cache, so that a writer that must put them after others (gloss import --merge: the
// concepts new to a glossary after its own) does not keep them in memory. Concepts come
// back in the order they were added, equal to what was added for everything [Write]
// writes. Remove the file with [Spool.Remove] on every path.
type Spool struct {
	f    *os.File
	w    *bufio.Writer
	n    int
	size int64 // the bytes added
	rec  []byte
	gone bool // the file is unlinked already
	// for Get: a reader of the file from at, so that records read in the order they
	// were put are read through one buffer
	r   *bufio.Reader
	at  int64
	sym symbols
}

// NewSpool creates an empty spool in the directory for temporary files.
func NewSpool() (*Spool, error) {
	f, err := os.CreateTemp("", "gloss-spool-")
	if err != nil {
		return nil, err
	}
	s := &Spool{f: f, w: bufio.NewWriterSize(f, 256<<10)}
	// Unlinked at once where the system allows it (the open file stays readable), so that
	// a process killed half-way leaves nothing behind; else removed by Remove.
	s.gone = os.Remove(f.Name()) == nil
	return s, nil
}

// Add appends c.
func (s *Spool) Add(c *Concept) error {
	_, err := s.Put(c)
	return err
}

// Put appends c and returns where its record starts, for [Spool.Get]: a spool so used
// holds concepts to be read back in any order, each as many times as it was put.
func (s *Spool) Put(c *Concept) (off int64, err error) {
	s.rec = appendConcept(s.rec[:0], c)
	var n [binary.MaxVarintLen64]byte
	k := binary.PutUvarint(n[:], uint64(len(s.rec)))
	if _, err := s.w.Write(n[:k]); err != nil {
		return 0, err
	}
	if _, err := s.w.Write(s.rec); err != nil {
		return 0, err
	}
	off = s.size
	s.size += int64(k + len(s.rec))
	s.n++
	return off, nil
}

// Get decodes the concept whose record starts at off, where [Spool.Put] put it. Records
// got in the order they were put are read through one buffer.
func (s *Spool) Get(off int64) (*Concept, error) {
	if off < 0 || off >= s.size {
		return nil, errRecord
	}
	if s.w.Buffered() > 0 {
		if err := s.w.Flush(); err != nil {
			return nil, err
		}
	}
	if s.r == nil || off != s.at || s.r.Buffered() == 0 {
		// Records are never changed once written: what the buffer holds stays true. It
		// was filled after a flush, up to a record's end, so a record put since is not
		// in it, and is read anew (the reader may have met the end of the file).
		sr := io.NewSectionReader(s.f, off, 1<<62)
		if s.r == nil {
			s.r, s.sym = bufio.NewReaderSize(sr, 64<<10), symbols{}
		} else {
			s.r.Reset(sr)
		}
		s.at = off
	}
	n, err := binary.ReadUvarint(s.r)
	if err == nil && n > uint64(1<<31) {
		err = errRecord
	}
	if err == nil {
		s.rec = slices.Grow(s.rec[:0], int(n))[:n]
		_, err = io.ReadFull(s.r, s.rec)
	}
	if err != nil {
		s.r = nil // read again from off the next time
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return nil, err
	}
	s.at = off + int64(uvarintLen(n)) + int64(n)
	return decodeConcept(s.rec, s.sym)
}

// Len returns the number of concepts added, 0 for a nil Spool.
func (s *Spool) Len() int {
	if s == nil {
		return 0
	}
	return s.n
}

// rewind writes out what is buffered and returns a reader from the spool's start; the
// caller seeks back to the end when done, so that adding goes on after it.
func (s *Spool) rewind() (*bufio.Reader, error) {
	if err := s.w.Flush(); err != nil {
		return nil, err
	}
	if _, err := s.f.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	return bufio.NewReaderSize(s.f, 256<<10), nil
}

// Concepts reads the concepts back, one at a time, in the order they were added; it
// yields an error and stops when the file cannot be read. Add nothing while it runs.
func (s *Spool) Concepts() iter.Seq2[*Concept, error] {
	return func(yield func(*Concept, error) bool) {
		r, err := s.rewind()
		if err != nil {
			yield(nil, err)
			return
		}
		defer s.f.Seek(0, io.SeekEnd)
		sym := symbols{}
		var buf []byte
		for range s.n {
			n, err := binary.ReadUvarint(r)
			if err == nil && n > uint64(1<<31) {
				err = errRecord
			}
			if err == nil {
				buf = slices.Grow(buf[:0], int(n))[:n]
				_, err = io.ReadFull(r, buf)
			}
			var c *Concept
			if err == nil {
				c, err = decodeConcept(buf, sym)
			}
			if err != nil {
				if errors.Is(err, io.EOF) {
					err = io.ErrUnexpectedEOF
				}
				yield(nil, err)
				return
			}
			if !yield(c, nil) {
				return
			}
		}
	}
}

// IDs reads back the ids of the concepts, in the order they were added, decoding nothing
// else; it yields an error and stops when the file cannot be read. Each id is valid until
// the next. Add nothing while it runs.
func (s *Spool) IDs() iter.Seq2[[]byte, error] {
	return func(yield func([]byte, error) bool) {
		r, err := s.rewind()
		if err != nil {
			yield(nil, err)
			return
		}
		defer s.f.Seek(0, io.SeekEnd)
		var buf []byte
		for range s.n {
			n, err := binary.ReadUvarint(r)
			var id uint64
			if err == nil {
				id, err = binary.ReadUvarint(r) // a record begins with the id, its length first
			}
			if err == nil && (id > n || n > uint64(1<<31)) {
				err = errRecord
			}
			if err == nil {
				buf = slices.Grow(buf[:0], int(id))[:id]
				_, err = io.ReadFull(r, buf)
			}
			if err == nil {
				_, err = r.Discard(int(n) - int(id) - uvarintLen(id))
			}
			if err != nil {
				if errors.Is(err, io.EOF) {
					err = io.ErrUnexpectedEOF
				}
				yield(nil, err)
				return
			}
			if !yield(buf, nil) {
				return
			}
		}
	}
}

// uvarintLen is the length of n as a uvarint.
func uvarintLen(n uint64) int {
	var b [binary.MaxVarintLen64]byte
	return binary.PutUvarint(b[:], n)
}

// Remove closes and removes the spool's file. It is safe to call more than once.
func (s *Spool) Remove() {
	if s == nil || s.f == nil {
		return
	}
	s.f.Close()
	if !s.gone {
		os.Remove(s.f.Name())
	}
	s.f = nil
}

// Checker is [Validate] for a glossary whose concepts are given one at a time, in file
// order: it keeps what the checks across concepts need, not the concepts.
type Checker struct{ v *validator }

// NewChecker returns a Checker for the glossary whose head (languages, file) is g; g's
// concepts are not checked.
func NewChecker(g *Glossary) *Checker {
	return &Checker{newValidator(&Glossary{Version: g.Version, Languages: g.Languages, File: g.File})}
}

// Check checks the next concept.
func (k *Checker) Check(c *Concept) { k.v.concept(c) }

// Problems returns every problem found, sorted by position, as Validate does.
func (k *Checker) Problems() []Problem { return k.v.problems() }
