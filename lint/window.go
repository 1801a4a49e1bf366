package lint

import (
	"bytes"
	"io"
	"os"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/glossterm/gloss/internal/textfile"
)

// A rowInput gives a reader the bytes of a file: its lines one at a time (TSV and text),
// or a byte stream with the offsets of its lines' starts (CSV). The texts it returns stay
// valid after the input moves on; it never changes a byte it has returned.
type rowInput interface {
	// nextLine returns the next line with its '\n' and the file offset of its start;
	// ok is false at the end.
	nextLine() (start int, line string, ok bool, err error)
	// text returns the file's bytes [from, to), which the input still holds.
	text(from, to int) string
	// stream returns the file as a byte stream, for encoding/csv.
	stream() io.Reader
	// lineStart returns the file offset of the start of a 1-based line of the row being
	// read.
	lineStart(line int) (int, bool)
	// done says that the bytes before off are handed over: an input that streams may let
	// them go once the sink has checked them (see window.release).
	done(off int)
}

// contentInput is a rowInput over a file read whole.
type contentInput struct {
	content []byte
	off     int
	ln      *lines
}

func (c *contentInput) nextLine() (int, string, bool, error) {
	if c.off >= len(c.content) {
		return 0, "", false, nil
	}
	start := c.off
	end := len(c.content)
	if i := bytes.IndexByte(c.content[start:], '\n'); i >= 0 {
		end = start + i + 1
	}
	c.off = end
	return start, c.text(start, end), true, nil
}

// text shares content's memory: nothing modifies it after reading.
func (c *contentInput) text(from, to int) string {
	from, to = min(from, len(c.content)), min(to, len(c.content))
	if from >= to {
		return ""
	}
	return unsafe.String(unsafe.SliceData(c.content[from:]), to-from)
}

func (c *contentInput) stream() io.Reader { return bytes.NewReader(c.content) }

func (c *contentInput) lineStart(line int) (int, bool) {
	if c.ln == nil {
		c.ln = newLines(c.content)
	}
	return c.ln.Offset(line, 1)
}

func (c *contentInput) done(int) {}

// window is a rowInput that reads a file as a stream and holds only the bytes from the
// first not yet checked: a lint of a large file holds a batch of rows, not the file. It
// converts the offsets it holds into positions as textpos.Lines does.
type window struct {
	r      io.Reader
	buf    []byte // the file's bytes from base; never changed once read
	base   int    // the file offset of buf[0], a line's start
	line   int    // the 1-based line of base
	starts []int  // the file offsets of the line starts in buf; starts[0] == base
	next   int    // the file offset of the next byte nextLine or the stream returns
	keep   int    // the bytes before keep may go
	// auto lets every row's bytes go once it is handed over, for a sink that keeps no
	// segment (reading again); else the sink releases them after checking a batch.
	auto bool
	// recycle lets fill read into the buffer it has, once the bytes before keep have
	// gone, for a pass that keeps no text it was handed past the next line (streamPath,
	// locate): a pass over a large file then reads it through one buffer instead of
	// allocating the file's size again.
	recycle bool
	pending int // the end of the rows handed over
	// flush, when not nil, checks the rows handed over and releases them: the window
	// calls it before it moves to a new buffer, so that the old buffer is not held
	// beside the new one by a batch waiting to be checked.
	flush   func()
	size    int // the file's size, where it is known; 0 if not
	eof     bool
	err     error
	scanned int // nextLine has found no '\n' in [next, scanned)

	// ra reads the file at an offset, where it can be (a file, or standard input spooled
	// to one), even when r reads it through a reader that cannot; offset 0 of the window
	// is offset raStart of ra (past a byte-order mark r has skipped).
	ra      io.ReaderAt
	raStart int

	mu   sync.Mutex
	last struct{ line, off, col int }
}

// end returns the file offset read up to.
func (w *window) end() int { return w.base + len(w.buf) }

func newWindow(r io.Reader) *window {
	ra, _ := r.(io.ReaderAt)
	return &window{r: r, ra: ra, line: 1, starts: []int{0}}
}

// fill reads more of the file, letting go of the bytes before keep when the buffer is
// full. It reports whether it read anything.
func (w *window) fill() bool {
	if w.eof {
		return false
	}
	if len(w.buf) == cap(w.buf) {
		if w.flush != nil && w.keep < w.pending {
			w.flush()
		}
		drop := w.keep - w.base
		k := sort.SearchInts(w.starts, w.keep) // keep is a line start
		// As large as the last, up to a batch's bytes: a buffer that starts small and
		// doubles for every batch costs a copy and a cleared allocation per doubling.
		size := max(2*(len(w.buf)-drop), min(cap(w.buf), batchBytes), 64<<10)
		if cap(w.buf) > 0 && size > cap(w.buf) {
			// A buffer that must grow may hold a line longer than it: one allocation
			// of the line's size, where doubling up to it held the last two buffers
			// at once (a line of 20 MB: 16 and 20 MB).
			if need := w.lineEnd() - w.keep; need > size {
				size = need + 64<<10
			}
		}
		if w.size > 0 {
			// No larger than the rest of the file and a byte to see its end: a file
			// of one long line is held in its size, not in the next power of two
			// (a line of 20 MB in 32 MB, read in each pass).
			size = min(size, max(w.size-w.keep+1, len(w.buf)-drop+64<<10))
		}
		if w.recycle && w.keep == w.next && size <= cap(w.buf) {
			// Nothing handed out is held: what is kept is the start of a line not
			// yet returned.
			w.buf = w.buf[:copy(w.buf, w.buf[drop:])]
			w.starts = append(w.starts[:0], w.starts[k:]...)
		} else {
			nb := make([]byte, len(w.buf)-drop, size)
			copy(nb, w.buf[drop:])
			w.buf = nb // the texts handed out keep the old buffer while they need it
			w.starts = append(w.starts[:0:0], w.starts[k:]...)
		}
		w.line += k
		w.base = w.keep
		w.last.line = 0
	}
	n, err := w.r.Read(w.buf[len(w.buf):cap(w.buf)])
	for i := len(w.buf); i < len(w.buf)+n; {
		k := bytes.IndexByte(w.buf[i:len(w.buf)+n], '\n')
		if k < 0 {
			break
		}
		i += k + 1
		w.starts = append(w.starts, w.base+i)
	}
	w.buf = w.buf[:len(w.buf)+n]
	if err == io.EOF {
		w.eof = true
	} else if err != nil {
		w.eof, w.err = true, err
	}
	return n > 0 || !w.eof
}

// lineEnd returns the file offset just past the first '\n' at or after the end of the
// buffer, looked for ahead of the stream when the file can be read at an offset (a file,
// or standard input spooled to one), a block at a time and without keeping what it
// reads; else, or past the input gate's limit of a document, the end of the buffer.
func (w *window) lineEnd() int {
	if w.ra == nil {
		return w.end()
	}
	var block [64 << 10]byte
	for off := w.end(); int64(off-w.end()) < textfile.Document.Limit; {
		n, err := w.ra.ReadAt(block[:], int64(off+w.raStart))
		if i := bytes.IndexByte(block[:n], '\n'); i >= 0 {
			return off + i + 1
		}
		off += n
		if err != nil || n == 0 {
			return off // the file's end
		}
	}
	return w.end()
}

func (w *window) nextLine() (int, string, bool, error) {
	for {
		from := max(w.next, w.scanned)
		if i := bytes.IndexByte(w.buf[from-w.base:], '\n'); i >= 0 {
			start, end := w.next, from+i+1
			w.next, w.scanned = end, end
			return start, w.text(start, end), true, nil
		}
		w.scanned = w.end()
		if !w.fill() {
			if w.err != nil {
				return 0, "", false, w.err
			}
			if w.next < w.end() {
				start := w.next
				w.next = w.end()
				return start, w.text(start, w.end()), true, nil
			}
			return 0, "", false, nil
		}
	}
}

func (w *window) text(from, to int) string {
	from, to = max(from, w.base), min(to, w.end())
	if from >= to {
		return ""
	}
	return unsafe.String(&w.buf[from-w.base], to-from)
}

func (w *window) stream() io.Reader { return (*windowStream)(w) }

// windowStream reads the window's file through the window.
type windowStream window

// more fills the window until it holds a byte past next: the read error, or io.EOF at
// the file's end.
func (w *window) more() error {
	for w.next == w.end() {
		if !w.fill() {
			if w.err != nil {
				return w.err
			}
			return io.EOF
		}
	}
	return nil
}

func (s *windowStream) Read(p []byte) (int, error) {
	w := (*window)(s)
	if err := w.more(); err != nil {
		return 0, err
	}
	n := copy(p, w.buf[w.next-w.base:])
	w.next += n
	return n, nil
}

// ReadByte reads the window's file through the window a byte at a time, as encoding/xml
// reads an io.ByteReader.
func (s *windowStream) ReadByte() (byte, error) {
	w := (*window)(s)
	if err := w.more(); err != nil {
		return 0, err
	}
	b := w.buf[w.next-w.base]
	w.next++
	return b, nil
}

// raw returns the file's bytes [from, to), or nil when the window no longer holds them.
func (w *window) raw(from, to int) []byte {
	if from < w.base || to > w.end() || from > to {
		return nil
	}
	return w.buf[from-w.base : to-w.base]
}

func (w *window) lineStart(line int) (int, bool) {
	k := line - w.line
	if k < 0 || k >= len(w.starts) {
		return 0, false
	}
	return w.starts[k], true
}

func (w *window) done(off int) {
	w.pending = max(w.pending, off)
	if w.auto {
		w.keep = max(w.keep, off)
	}
}

// An opener opens a file's input for a pass over it, returning the function that closes it.
type opener func() (rowInput, func(), error)

// begin opens the input for the pass that hands doc's segments over to s, and begins s on
// doc; the caller closes the input with the function returned.
func (open opener) begin(doc *Doc, s sink) (rowInput, func(), error) {
	in, closeIn, err := open()
	if err != nil {
		return nil, nil, err
	}
	doc.stream.at(in, s)
	if err := s.begin(doc); err != nil {
		closeIn()
		return nil, nil, err
	}
	return in, closeIn, nil
}

// contentOpener opens passes over a file read whole.
func contentOpener(content []byte) opener {
	return func() (rowInput, func(), error) { return &contentInput{content: content}, func() {}, nil }
}

// handedOver tells a window whose XML file is read a unit at a time that the lines
// before line (1-based), where the unit read starts, are handed over.
func handedOver(in rowInput, line int) {
	if w, ok := in.(*window); ok {
		if off, ok := w.lineStart(line); ok {
			w.done(off)
		}
	}
}

// release lets the rows handed over go.
func (w *window) release() { w.keep = max(w.keep, w.pending) }

// pos returns the 1-based line, code-point column and byte column of off, which the
// window must hold; workers may call it at once.
func (w *window) pos(off int) (line, col, bcol int) {
	off = max(w.base, min(off, w.end()))
	k := sort.SearchInts(w.starts, off+1) - 1
	start := w.starts[k]
	w.mu.Lock()
	defer w.mu.Unlock()
	from, col := start, 1
	if w.last.line == w.line+k && w.last.off <= off {
		from, col = w.last.off, w.last.col
	}
	col += utf8.RuneCount(w.buf[from-w.base : off-w.base])
	w.last.line, w.last.off, w.last.col = w.line+k, off, col
	return w.line + k, col, off - start + 1
}

// holds reports whether the window still holds off.
func (w *window) holds(off int) bool { return off >= w.base && off <= w.end() }

// streamed is how a document is read from its file as a stream, a pass at a time: it is
// never held whole.
type streamed struct {
	size    int      // the file's, for the choice of checking in parallel
	regions []region // the inline suppressions, read by the first pass
	prefix  []byte   // the file's first bytes, for detectLang
	// open opens the file again for a pass, returning a window that lets each row go once
	// it is handed over, and the function that closes the file.
	open func() (*window, func(), error)
	// win is the window of the pass that checks, which the check locates positions in.
	win *window
}

// at gives the pass reading in to s: a sink that checks batches holds a batch's rows in
// the window until it has checked them.
func (st *streamed) at(in rowInput, s sink) {
	if st == nil {
		return
	}
	w := in.(*window)
	if ls, ok := s.(*lintSink); ok {
		st.win, w.auto, w.flush = w, false, ls.flush
	}
}

// streamPath makes a first pass over the file at path, of any kind but paired text: it
// checks that the file is UTF-8 text and reads its inline suppressions. It
// reports false when the file must be read whole instead: not a regular file, over the
// size limit, or not UTF-8 text, which reading it whole reports where.
func streamPath(path, kind string) (*streamed, bool) {
	fi, err := os.Stat(path)
	if err != nil || !fi.Mode().IsRegular() {
		return nil, false
	}
	return streamFrom(fi.Size(), kind, func() (io.Reader, func(), error) {
		f, err := os.Open(path)
		if err != nil {
			return nil, nil, err
		}
		return f, func() { f.Close() }, nil
	})
}

// streamFrom is streamPath for a document of size bytes that open reads from its start,
// each time it is called.
func streamFrom(size int64, kind string, open func() (io.Reader, func(), error)) (*streamed, bool) {
	if size > textfile.Document.Limit {
		return nil, false
	}
	// A TSV or CSV file's byte-order mark is not part of its first cell; an XML or PO
	// file's is read as it is read whole.
	bom := kind == "tsv" || kind == "csv"
	st := &streamed{size: int(size)}
	st.open = func() (*window, func(), error) {
		r, closeR, err := open()
		if err != nil {
			return nil, nil, err
		}
		// The reader as opened, which a window reads ahead of the stream at an offset
		// (lineEnd) when it can, whatever reads the bytes after the mark.
		ra, _ := r.(io.ReaderAt)
		skip := 0
		if bom {
			head := make([]byte, 3)
			n, _ := io.ReadFull(r, head)
			if string(head[:n]) == "\xef\xbb\xbf" {
				skip = n
			} else {
				r = io.MultiReader(bytes.NewReader(head[:n]), r)
			}
		}
		w := newWindow(r)
		w.ra, w.raStart = ra, skip
		w.auto, w.size = true, int(size)-skip
		return w, closeR, nil
	}
	w, closeW, err := st.open()
	if err != nil {
		return nil, false
	}
	defer closeW()
	w.recycle = true // the lines are looked at, and what is kept of them copied
	var rs regionScan
	lines := 1
	for {
		start, line, ok, err := w.nextLine()
		if err != nil {
			return nil, false
		}
		if !ok {
			break
		}
		w.done(start + len(line))
		if strings.IndexByte(line, 0) >= 0 || !utf8.ValidString(line) {
			return nil, false
		}
		if n := 64<<10 - len(st.prefix); n > 0 {
			st.prefix = append(st.prefix, line[:min(n, len(line))]...)
		}
		n := lines
		if strings.HasSuffix(line, "\n") {
			lines++
		}
		rs.add(n, strings.TrimSuffix(line, "\n"))
	}
	st.regions = rs.regions(lines)
	return st, true
}

// readStreamed reads the file st streams into s, as read does.
func readStreamed(file, kind string, st *streamed, o ReadOptions, s sink) error {
	open := func() (rowInput, func(), error) { return st.open() }
	doc := &Doc{File: file, stream: st}
	switch kind {
	case "xliff":
		return readXLIFFFrom(file, open, o, doc, s)
	case "tmx":
		return readTMXFrom(file, open, o, doc, s)
	case "po":
		return readPOFrom(file, open, o, doc, s)
	case "tsv":
		return readDelimitedFrom(file, open, '\t', o.Source, o.Target, doc, s)
	case "csv":
		return readDelimitedFrom(file, open, ',', o.Source, o.Target, doc, s)
	}
	lang := o.Lang
	if lang == "" {
		lang = o.Target
	}
	if lang == "" {
		lang = detectLang(st.prefix)
	}
	in, closeIn, err := st.open()
	if err != nil {
		return err
	}
	defer closeIn()
	doc.TargetLang, doc.Monolingual = lang, true
	return readMonolingualFrom(in, doc, s)
}

// locate returns the positions of offs, sorted, reading the file again.
func (st *streamed) locate(offs []int) map[int][3]int {
	out := make(map[int][3]int, len(offs))
	w, closeW, err := st.open()
	if err != nil {
		return out
	}
	defer closeW()
	w.recycle = true
	i := 0
	for i < len(offs) {
		start, line, ok, _ := w.nextLine()
		end := start + len(line)
		if ok {
			w.done(start) // holds this line while its offsets are located
		}
		for ; i < len(offs) && (!ok || offs[i] < end); i++ {
			l, c, b := w.pos(offs[i])
			out[offs[i]] = [3]int{l, c, b}
		}
		if ok {
			w.done(end)
		}
	}
	return out
}
