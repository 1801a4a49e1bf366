// Package textfile is the one gate every input of gloss passes: a glossary, a document to
// lint, look up or align, an exchange file, a dictionary, a file or standard input. Reading
// is bounded by the kind of input (a stray device or a gigabyte on standard input is an
// error that says so, never an out-of-memory crash), and text is checked to be UTF-8 without
// NUL bytes, with the line and column of the first offending byte and a hint.
//
// Errors are *gloss.Error values wrapping gloss.ErrTooLarge, gloss.ErrNotUTF8 or
// gloss.ErrBinary.
package textfile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/glossterm/gloss"
	"golang.org/x/text/encoding/japanese"
)

// Kind is a kind of input: its name in messages, the most gloss reads of it, and what to
// do with a file over that.
type Kind struct {
	Name   string // "glossary"
	Plural string // "glossaries"
	Limit  int64
	Hint   string
	// Text: the input is UTF-8 text, and a NUL byte stops the read at once (reading
	// /dev/zero fails at its first byte, not at the size limit).
	Text bool
}

// The kinds of input.
var (
	// Glossary: a glossary of 100,000 concepts with definitions and sources takes about
	// 50 MB, and EDICT imported whole about 70 MB.
	Glossary = Kind{"glossary", "glossaries", 256 << 20, "split the glossary, or check that this is the file you meant", false}
	// Document: a text, XLIFF, TMX, PO or TSV file to lint or look terms up in.
	Document = Kind{"document", "documents", 256 << 20, "split it into smaller files", true}
	// Exchange: a TBX, TMX, XLSX, CSV/TSV, OmegaT or DeepL glossary to import or convert.
	Exchange = Kind{"exchange file", "exchange files", 256 << 20, "split the file", false}
	// Dictionary: an EDICT dictionary (the Debian one is about 10 MB).
	Dictionary = Kind{"dictionary", "dictionaries", 64 << 20, "give an EDICT file (the Debian package edict installs one)", false}
)

// TooLarge returns the error for an input of kind k over its limit.
func (k Kind) TooLarge(name string) error {
	return gloss.Errorf(gloss.ErrTooLarge, name, 0, 0, k.Hint,
		"larger than %d MiB, the limit for %s", k.Limit>>20, k.Plural)
}

// ReadFile reads the file at path, refusing a directory and anything past k's limit. Named
// pipes and devices are read like files, within the limit (`gloss lint <(cmd)` reads a
// pipe).
func ReadFile(path string, k Kind) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if fi.IsDir() {
		return nil, fmt.Errorf("%s is a directory, not a %s file", path, k.Name)
	}
	size := int64(0)
	if fi.Mode().IsRegular() {
		size = fi.Size()
	}
	return read(f, path, k, size)
}

// Read reads r (standard input, say) to its end, refusing more than k's limit.
func Read(r io.Reader, name string, k Kind) ([]byte, error) {
	return read(r, name, k, 0)
}

func read(r io.Reader, name string, k Kind, size int64) ([]byte, error) {
	if size > k.Limit {
		return nil, k.TooLarge(name)
	}
	if size > 0 {
		// a regular file: one buffer of the right size (+1 to see that it ends)
		buf, err := fill(r, make([]byte, 0, size+1), name, k, &where{})
		if err != nil || int64(len(buf)) <= size {
			return buf, err
		}
		// the file grew while being read: read on, in chunks
		return chunks(r, buf, name, k)
	}
	return chunks(r, nil, name, k)
}

// chunks reads r to its end in chunks of growing size, joined once at the end: an input
// refused at the limit never holds more than the limit, and one read whole takes twice its
// size for a moment, whatever the garbage collector's setting (doubling a single buffer
// leaves every smaller copy behind as garbage).
func chunks(r io.Reader, first []byte, name string, k Kind) ([]byte, error) {
	var parts [][]byte
	var at where
	at.advance(first)
	if first != nil {
		parts = append(parts, first)
	}
	size := 64 << 10
	for {
		buf, err := fill(r, make([]byte, 0, size), name, k, &at)
		if len(buf) > 0 {
			parts = append(parts, buf)
			at.advance(buf)
		}
		if err != nil {
			return nil, err
		}
		if len(buf) < cap(buf) { // the end of the input
			break
		}
		size = min(2*size, 16<<20)
	}
	if len(parts) == 1 {
		return parts[0], nil
	}
	out := make([]byte, 0, at.off)
	for _, p := range parts {
		out = append(out, p...)
	}
	return out, nil
}

// where is what was read of an input before a buffer: its bytes, its lines and the runes
// of its last line, so that a NUL byte found in a later buffer is reported by line and
// column as one in the first.
type where struct {
	off   int64
	lines int // the newlines read
	col   int // the runes after the last newline
}

// advance moves w past b.
func (w *where) advance(b []byte) {
	w.off += int64(len(b))
	if i := bytes.LastIndexByte(b, '\n'); i >= 0 {
		w.lines += bytes.Count(b, []byte{'\n'})
		w.col = utf8.RuneCount(b[i+1:])
	} else {
		w.col += utf8.RuneCount(b)
	}
}

// fill reads r into buf until buf is full or r ends; at is what was read before buf, for
// the size limit and the position of a NUL byte.
func fill(r io.Reader, buf []byte, name string, k Kind, at *where) ([]byte, error) {
	for len(buf) < cap(buf) {
		n, err := r.Read(buf[len(buf):cap(buf)])
		if k.Text {
			if i := bytes.IndexByte(buf[len(buf):len(buf)+n], 0); i >= 0 {
				return nil, nulError(name, buf[:len(buf)+i], at)
			}
		}
		buf = buf[:len(buf)+n]
		if at.off+int64(len(buf)) > k.Limit {
			return nil, k.TooLarge(name)
		}
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
	return buf, nil
}

// nulError reports a NUL byte that follows text, which follows what at says was read
// before it: by its line and column in the whole input.
func nulError(name string, text []byte, at *where) error {
	if at.off == 0 {
		return CheckText(name, append(text, 0))
	}
	line, col := at.lines+1+bytes.Count(text, []byte{'\n'}), at.col+utf8.RuneCount(text)+1
	if i := bytes.LastIndexByte(text, '\n'); i >= 0 {
		col = utf8.RuneCount(text[i+1:]) + 1
	}
	return gloss.Errorf(gloss.ErrBinary, name, line, col, "give a UTF-8 text file (UTF-16 files must be converted: iconv -f UTF-16 -t UTF-8)",
		"a NUL byte: this is binary data, not text")
}

// Limit wraps r so that reading past k's limit fails with k's too-large error instead of
// ending: a streaming reader sees an error and not a truncated file.
func Limit(r io.Reader, name string, k Kind) io.Reader {
	return &capped{r: r, left: k.Limit, err: k.TooLarge(name)}
}

type capped struct {
	r    io.Reader
	left int64
	err  error
}

func (c *capped) Read(p []byte) (int, error) {
	if c.left <= 0 {
		// at the limit: the input is too large only if there is more
		var one [1]byte
		if n, _ := c.r.Read(one[:]); n > 0 {
			return 0, c.err
		}
		return 0, io.EOF
	}
	if int64(len(p)) > c.left {
		p = p[:c.left]
	}
	n, err := c.r.Read(p)
	c.left -= int64(n)
	return n, err
}

// Regular reports whether a directory entry found by a walk is a regular file (or a
// symbolic link to one). A walk reads only those: opening a named pipe blocks until
// something writes to it, and a device may never end.
func Regular(path string, d fs.DirEntry) bool {
	if d.Type().IsRegular() {
		return true
	}
	if d.Type()&fs.ModeSymlink != 0 {
		fi, err := os.Stat(path)
		return err == nil && fi.Mode().IsRegular()
	}
	return false
}

// NotRegular returns the warning for a non-regular file met in a walk and skipped.
func NotRegular(path string, d fs.DirEntry) error {
	return gloss.Errorf(gloss.ErrNotRegular, path, 0, 0, "only regular files are read from a directory",
		"skipped: %s", FileType(d))
}

// NotRegularInput returns the error for a non-regular file met in a walk of a directory
// whose every file of a kind is an input (a corpus): reading it could block for ever, and
// leaving it out would give a result for less than the directory holds.
func NotRegularInput(path string, d fs.DirEntry) error {
	what := FileType(d)
	if !strings.HasSuffix(what, "regular file") {
		what += ", not a regular file"
	}
	return gloss.Errorf(gloss.ErrNotRegular, path, 0, 0, "only regular files are read from a directory: remove it, or move it out of the directory",
		"%s", what)
}

// FileType says what a directory entry that is not a regular file is: "a named pipe",
// "a socket", "a device", "a symbolic link to no regular file".
func FileType(d fs.DirEntry) string {
	switch t := d.Type(); {
	case t&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case t&fs.ModeSocket != 0:
		return "a socket"
	case t&fs.ModeDevice != 0:
		return "a device"
	case t&fs.ModeSymlink != 0:
		return "a symbolic link to no regular file"
	}
	return "not a regular file"
}

// CheckText checks that data is text gloss can read: UTF-8 (a leading byte-order mark is
// allowed) without NUL bytes. The error has the line and column of the first offending
// byte, and says whether the file looks like Shift_JIS or mixes UTF-8 with another
// encoding.
func CheckText(name string, data []byte) error {
	if i := bytes.IndexByte(data, 0); i >= 0 {
		if !utf8.Valid(data[:i]) {
			return notUTF8(name, data)
		}
		line, col := Pos(data, i)
		return gloss.Errorf(gloss.ErrBinary, name, line, col, "give a UTF-8 text file (UTF-16 files must be converted: iconv -f UTF-16 -t UTF-8)",
			"a NUL byte: this is binary data, not text")
	}
	if !utf8.Valid(data) {
		return notUTF8(name, data)
	}
	return nil
}

func notUTF8(name string, data []byte) error {
	off := FirstInvalid(data)
	line, col := Pos(data, off)
	switch {
	case off+utf8.UTFMax > len(data) && !utf8.FullRune(data[off:]) && utf8.Valid(data[:off]):
		return gloss.Errorf(gloss.ErrNotUTF8, name, line, col, "the file is cut off: read or copy it again",
			"the file ends in the middle of a UTF-8 character")
	case Mixed(data):
		return gloss.Errorf(gloss.ErrNotUTF8, name, line, col, "the rest of the file is UTF-8: re-type or convert this line, and save the whole file as UTF-8",
			"invalid UTF-8 byte 0x%02X: the file mixes UTF-8 with another encoding", data[off])
	case LooksShiftJIS(data):
		return gloss.Errorf(gloss.ErrNotUTF8, name, line, col, "convert it: iconv -f CP932 -t UTF-8 FILE > FILE.utf8",
			"the file is not UTF-8; it looks like Shift_JIS (CP932)")
	}
	return gloss.Errorf(gloss.ErrNotUTF8, name, line, col, "save the file as UTF-8",
		"invalid UTF-8 byte 0x%02X", data[off])
}

// FirstInvalid returns the offset of the first byte of data that is not part of valid
// UTF-8, or len(data).
func FirstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(data)
}

// Mixed reports whether data, which is not valid UTF-8, is UTF-8 text with lines in another
// encoding: at least as many lines are valid UTF-8 with a character of three bytes or more
// (Japanese, say) as there are invalid lines. Text in Shift_JIS or EUC-JP seldom forms such
// a line by accident, and where it does, its invalid lines outnumber it.
func Mixed(data []byte) bool {
	utf8Lines, bad := 0, 0
	for len(data) > 0 {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		if !utf8.Valid(line) {
			bad++
			continue
		}
		for _, b := range line {
			if b >= 0xE0 { // the lead byte of a rune of three or four bytes
				utf8Lines++
				break
			}
		}
	}
	return utf8Lines > 0 && utf8Lines >= bad
}

// LooksShiftJIS reports whether data decodes as Shift_JIS (CP932) without error.
func LooksShiftJIS(data []byte) bool {
	out, err := japanese.ShiftJIS.NewDecoder().Bytes(data)
	return err == nil && utf8.Valid(out) && !bytes.ContainsRune(out, utf8.RuneError)
}

// Pos turns a byte offset into a 1-based line and rune column.
func Pos(data []byte, off int) (line, col int) {
	if off > len(data) {
		off = len(data)
	}
	line = 1 + bytes.Count(data[:off], []byte("\n"))
	start := bytes.LastIndexByte(data[:off], '\n') + 1
	return line, 1 + utf8.RuneCount(data[start:off])
}

// CheckControls refuses text with a NUL byte or another control character that no line of
// text holds (all of C0 but tab, line feed and carriage return, and DEL): in a term such a
// character is invisible, and no text ever matches it. text is UTF-8.
func CheckControls(name string, text []byte) error {
	for i, b := range text {
		if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F {
			line, col := Pos(text, i)
			what := fmt.Sprintf("the control character U+%04X", b)
			if b == 0 {
				what = "a NUL byte"
			}
			return gloss.Errorf(gloss.ErrBinary, name, line, col, "remove it; if the file is UTF-16, save it as UTF-8 or say its encoding",
				"%s: this is not text", what)
		}
	}
	return nil
}

// ReadSpooled is [Read] for standard input, or another stream that may hold far more than
// k's limit: it is copied to a temporary file through the gate as it is read ([Spool]),
// so that an input refused at the limit, or for a NUL byte, has held no more than a
// buffer of 1 MiB, and one accepted is then read into one buffer of its size (Read holds
// twice that for a moment). Where no temporary file can be made, it reads as Read does.
func ReadSpooled(r io.Reader, name string, k Kind) ([]byte, error) {
	s, err := Spool(r, name, k)
	if errors.Is(err, errNoSpool) {
		return Read(r, name, k)
	}
	if err != nil {
		return nil, err
	}
	defer s.Close()
	buf := make([]byte, s.Size)
	if _, err := s.ReadAt(buf, 0); err != nil && !(err == io.EOF && s.Size == 0) {
		return nil, fmt.Errorf("%s: reading it back from a temporary file: %w", name, err)
	}
	return buf, nil
}

// errNoSpool wraps the error of a temporary file that could not be made: nothing of the
// input was read.
var errNoSpool = errors.New("no temporary file")

// A Spooled input is standard input (or another stream) copied to a temporary file
// through the gate, so that it can be read as a stream, and again, like a file named on
// the command line, instead of held whole. Close it on every path.
type Spooled struct {
	*os.File
	Size int64 // the bytes spooled
	gone bool  // the file is unlinked already
}

// spoolFirst is the size of the first read of [Spool], as of [Read]'s: a NUL byte within
// it is reported by line and column, one after it by offset, as Read reports them.
const spoolFirst = 64 << 10

// Spool copies r to its end into a temporary file, refusing what [Read] refuses with the
// same error: more than k's limit (the file is never larger than the limit), or a NUL byte
// in text. The file is unlinked at once where the system allows it (the open file stays
// readable), so that a process interrupted or killed leaves nothing behind; else Close
// removes it. It holds a buffer of at most 1 MiB, whatever the input's size.
func Spool(r io.Reader, name string, k Kind) (*Spooled, error) {
	f, err := os.CreateTemp("", "gloss-stdin-")
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errNoSpool, err)
	}
	s := &Spooled{File: f}
	s.gone = os.Remove(f.Name()) == nil
	buf := make([]byte, 0, spoolFirst)
	var at where
	for {
		b, err := fill(r, buf[:0], name, k, &at)
		if err == nil && len(b) > 0 {
			_, err = f.Write(b)
		}
		if err != nil {
			s.Close()
			return nil, err
		}
		s.Size += int64(len(b))
		at.advance(b)
		if len(b) < cap(b) { // the end of the input
			return s, nil
		}
		if cap(buf) == spoolFirst {
			buf = make([]byte, 0, 1<<20)
		}
	}
}

// Close closes the file and removes it if it was not unlinked when created.
func (s *Spooled) Close() error {
	err := s.File.Close()
	if !s.gone {
		if rerr := os.Remove(s.File.Name()); err == nil {
			err = rerr
		}
		s.gone = true
	}
	return err
}
