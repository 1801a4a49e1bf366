package match

import (
	"io"
	"unsafe"
)

// ReadParts reads r to its end and calls fn with its text a part at a time, each part
// cut where [Matcher.SplitAt] allows, with off the part's offset in r: the occurrences
// AppendLang finds in each part, their offsets moved by off, are those it finds in the
// whole text, in the same order. A part is at least size bytes (but the last) and runs
// on to the next cut, so a text with no cut is one part; between calls ReadParts holds
// a part and the bytes read past it, not the text. A document of many megabytes, a
// paragraph written as one line among them, is matched in the memory of a part.
//
// part shares ReadParts' buffer: fn must not keep it, or a string that shares its
// memory, after it returns. An error of fn or of r stops the read and is returned.
func (m *Matcher) ReadParts(r io.Reader, size int, fn func(part string, off int) error) error {
	size = max(size, 1)
	buf := make([]byte, 0, 2*size)
	off := 0      // the offset in r of buf[0], a cut
	eof := false  // r has no more
	scanned := -1 // SplitAt found no cut at or after size before this many bytes
	for {
		// Read until the buffer holds more than a part or the text's end.
		for !eof && (len(buf) <= size || scanned == len(buf)) {
			if len(buf) == cap(buf) {
				nb := make([]byte, len(buf), 2*cap(buf))
				copy(nb, buf)
				buf = nb
			}
			n, err := r.Read(buf[len(buf):cap(buf)])
			buf = buf[:len(buf)+n]
			if err == io.EOF {
				eof = true
			} else if err != nil {
				return err
			}
		}
		if len(buf) == 0 {
			return nil
		}
		text := unsafe.String(unsafe.SliceData(buf), len(buf))
		hi := len(text)
		if len(text) > size {
			hi = m.SplitAt(text, size)
			if hi == len(text) && !eof {
				// No cut yet: a cut needs the character after the mark, which may
				// be still unread. Read on.
				scanned = len(buf)
				continue
			}
		}
		scanned = -1
		if err := fn(text[:hi], off); err != nil {
			return err
		}
		off += hi
		buf = buf[:copy(buf, buf[hi:])]
		if eof && len(buf) == 0 {
			return nil
		}
	}
}
