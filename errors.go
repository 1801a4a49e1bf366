// Package gloss holds what the gloss packages share with their callers: one error type that
// carries a position in an input, and the sentinel errors that say what kind of problem it
// is, so that a caller can test for one with errors.Is whichever reader found it:
//
//	if errors.Is(err, gloss.ErrTooLarge) { … }
//	var pe *gloss.Error
//	if errors.As(err, &pe) { fmt.Println(pe.File, pe.Line, pe.Col) }
//
// The work happens in the sub-packages: glossary (the model and its file), match, lint,
// align and exports.
package gloss

import (
	"errors"
	"fmt"
	"strings"
)

// Sentinel errors. An *[Error] wraps one of them when it knows the kind of problem.
var (
	// ErrTooLarge: the input is larger than gloss reads for its kind (a glossary, a document,
	// an exchange file, a dictionary).
	ErrTooLarge = errors.New("input too large")
	// ErrNotUTF8: the input is not valid UTF-8 (or mixes encodings).
	ErrNotUTF8 = errors.New("not UTF-8")
	// ErrBinary: the input holds NUL bytes or other control characters that no text holds.
	ErrBinary = errors.New("binary data")
	// ErrNotRegular: a named pipe, device or socket where gloss walks a directory for files.
	ErrNotRegular = errors.New("not a regular file")
	// ErrTruncated: the input ends in the middle of its structure (an XML element, a zip part).
	ErrTruncated = errors.New("truncated input")
	// ErrSyntax: the input breaks the rules of its format (YAML, XML, CSV, a header).
	ErrSyntax = errors.New("syntax error")
	// ErrReadOnly: the file to rewrite is write-protected.
	ErrReadOnly = errors.New("read-only file")
	// ErrLocked: another gloss process holds the file's write lock for too long.
	ErrLocked = errors.New("file locked by another writer")
)

// Error is a problem at a position in an input: a file, a line and a column (1-based; 0
// when unknown), what is wrong and what to do about it. Err, when set, is the sentinel
// error above that classifies it.
type Error struct {
	File      string
	Line, Col int
	Msg       string
	Hint      string
	Err       error
}

// Error renders "file:line:col: message", followed by a tab-indented hint line when there
// is a hint.
func (e *Error) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
	} else {
		b.WriteString("<input>")
	}
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Col > 0 {
			fmt.Fprintf(&b, ":%d", e.Col)
		}
	}
	b.WriteString(": ")
	b.WriteString(e.Msg)
	if e.Hint != "" {
		b.WriteString("\n\thint: ")
		b.WriteString(e.Hint)
	}
	return b.String()
}

// Unwrap returns the sentinel error, if any.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error of the kind kind (a sentinel error above, or nil).
func Errorf(kind error, file string, line, col int, hint, format string, args ...any) *Error {
	return &Error{File: file, Line: line, Col: col, Msg: fmt.Sprintf(format, args...), Hint: hint, Err: kind}
}
