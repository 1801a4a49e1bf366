// Package textpos is gloss's one position type and its one byte-offset → line:col
// converter: the glossary loader, lint and lookup --in report positions through it, so a
// column means the same everywhere (1-based, counting Unicode code points).
package textpos

import (
	"bytes"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// Pos is a position in a text file. Line and Col are 1-based; Col counts code points.
// The zero Pos means "unknown".
type Pos struct {
	Line, Col int
}

// IsValid reports whether the position is known.
func (p Pos) IsValid() bool { return p.Line > 0 }

// Before reports whether p comes before q.
func (p Pos) Before(q Pos) bool {
	if p.Line != q.Line {
		return p.Line < q.Line
	}
	return p.Col < q.Col
}

// Lines indexes the line starts of a text, so that many offsets convert in O(log lines).
//
// Locate remembers the last offset it converted, so that offsets met in order along one
// long line (a document without line breaks) count the runes between them, not from the
// start of the line each time.
type Lines[T string | []byte] struct {
	text   T
	starts []int

	mu   sync.Mutex
	last struct{ line, off, col int } // the last offset Locate converted; line 0: none
}

// New indexes text. It keeps text, which must not change while the index is used.
func New[T string | []byte](text T) *Lines[T] {
	// IndexByte and Count run vectorized: line tables are built for every document linted.
	var index func(from int) int
	var n int
	switch t := any(text).(type) {
	case string:
		n = strings.Count(t, "\n")
		index = func(from int) int { return strings.IndexByte(t[from:], '\n') }
	case []byte:
		n = bytes.Count(t, []byte{'\n'})
		index = func(from int) int { return bytes.IndexByte(t[from:], '\n') }
	}
	l := &Lines[T]{text: text, starts: make([]int, 1, n+1)}
	for i := 0; ; {
		k := index(i)
		if k < 0 {
			break
		}
		i += k + 1
		l.starts = append(l.starts, i)
	}
	return l
}

// Locate returns the 1-based line, code-point column and byte column of byte off; an
// offset outside the text is clamped to it.
func (l *Lines[T]) Locate(off int) (line, col, byteCol int) {
	off = max(0, min(off, len(l.text)))
	k := sort.SearchInts(l.starts, off+1) - 1
	start := l.starts[k]
	l.mu.Lock()
	defer l.mu.Unlock()
	from, col := start, 1
	if l.last.line == k+1 && l.last.off <= off {
		from, col = l.last.off, l.last.col
	}
	col += runeCount(l.text[from:off])
	l.last.line, l.last.off, l.last.col = k+1, off, col
	return k + 1, col, off - start + 1
}

// Offset returns the byte offset of a 1-based line and byte column, the inverse of
// Locate; ok is false when the text has no such line.
func (l *Lines[T]) Offset(line, byteCol int) (off int, ok bool) {
	if line < 1 || line > len(l.starts) {
		return 0, false
	}
	return l.starts[line-1] + byteCol - 1, true
}

// Pos returns the position of byte off.
func (l *Lines[T]) Pos(off int) Pos {
	line, col, _ := l.Locate(off)
	return Pos{line, col}
}

// At returns the position of byte off of text, for a single conversion.
func At[T string | []byte](text T, off int) Pos {
	off = max(0, min(off, len(text)))
	line, start := 1, 0
	for i := 0; i < off; i++ {
		if text[i] == '\n' {
			line, start = line+1, i+1
		}
	}
	return Pos{line, runeCount(text[start:off]) + 1}
}

func runeCount[T string | []byte](t T) int {
	switch v := any(t).(type) {
	case string:
		return utf8.RuneCountInString(v)
	case []byte:
		return utf8.RuneCount(v)
	}
	panic("unreachable")
}

// A Counter follows the position in a text read in order, a piece at a time: a document
// streamed a part at a time is never held to be indexed. The zero value is at line 1,
// column 1.
type Counter struct{ line, col int } // 0-based

// Advance moves the position past s, the text that follows it.
func (c *Counter) Advance(s string) {
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		c.line += strings.Count(s[:i+1], "\n")
		c.col = 0
		s = s[i+1:]
	}
	c.col += utf8.RuneCountInString(s)
}

// Line returns the 1-based line of the position.
func (c *Counter) Line() int { return c.line + 1 }

// Col returns the 1-based code-point column of the position.
func (c *Counter) Col() int { return c.col + 1 }
