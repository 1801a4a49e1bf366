package lint

import (
	"fmt"
	"io"
	"strings"
	"testing"
)

// TestWindowHoldsTheFileSize checks that a window over a file of one long line, whose
// size it knows, grows its buffer to the file's size and no further: each pass over a
// file of one 20 MB line held it in 32 MB, doubling.
func TestWindowHoldsTheFileSize(t *testing.T) {
	line := strings.Repeat("拡大抑止を強化する。", 30000) + "\n" // some 900 kB
	w := openWindow(t, streamOf(t, line, "text"))
	_, got, ok, err := w.nextLine()
	if err != nil || !ok || got != line {
		t.Fatalf("nextLine: %d bytes, %v, %v", len(got), ok, err)
	}
	if c := cap(w.buf); c > len(line)+1 {
		t.Errorf("the window holds %d bytes for a file of %d", c, len(line))
	}
	if _, _, ok, err := w.nextLine(); ok || err != nil {
		t.Errorf("a line past the end: %v, %v", ok, err)
	}
}

// TestWindowFlushesBeforeItMoves checks that a window whose rows are handed to a sink that
// checks them in batches has the sink check the rows it holds before it moves to a new
// buffer, so that the buffer the batch was read into is not held beside the new one until
// the batch is checked: it stays at its first size however many rows wait, and the texts
// it handed out stay as they were.
func TestWindowFlushesBeforeItMoves(t *testing.T) {
	tests := []struct {
		name    string
		lines   int
		lineLen int
	}{
		{name: "short lines, some 200 kB", lines: 2000, lineLen: 100},
		{name: "longer lines, some 1 MB", lines: 1000, lineLen: 1000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			for i := range tt.lines {
				fmt.Fprintf(&b, "%06d %s\n", i, strings.Repeat("x", tt.lineLen-8))
			}
			file := b.String()
			w := newWindow(strings.NewReader(file))
			flushes := 0
			w.flush = func() { flushes++; w.release() }
			var got []string
			for {
				start, line, ok, err := w.nextLine()
				if err != nil {
					t.Fatal(err)
				}
				if !ok {
					break
				}
				got = append(got, line)
				w.done(start + len(line)) // handed over, released only by flush
			}
			if strings.Join(got, "") != file {
				t.Errorf("the lines read are not the file's")
			}
			if flushes == 0 {
				t.Errorf("the window never had its rows checked")
			}
			if c := cap(w.buf); c > 64<<10 {
				t.Errorf("the window grew to %d bytes holding rows the sink would have checked", c)
			}
		})
	}
}

// TestWindowGrowsOnceForALongLine checks that a window over a file it can read at an
// offset, met with a line longer than its buffer amid short ones, grows to the line's
// size in one step: doubling up to it held the last two buffers at once and ended up to
// twice the line's size (a line of 5 MB in 8 MB, after 4 MB beside it).
func TestWindowGrowsOnceForALongLine(t *testing.T) {
	tests := []struct {
		name    string
		longLen int // bytes of the long line, its '\n' included
	}{
		{name: "a line of 1.5 MB", longLen: 1536 << 10},
		{name: "a line of 5 MB, over a batch", longLen: 5 << 20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			short := strings.Repeat("統合抑止を推進する。\n", 2000)
			long := strings.Repeat("a", tt.longLen-1) + "\n"
			file := short + long + strings.Repeat(short, 150) // some 9 MB after the line
			w := newWindow(strings.NewReader(file))
			w.auto, w.size = true, len(file)
			read, grownTo := readLines(t, w, long)
			if read != file {
				t.Fatalf("the lines read are not the file's")
			}
			if grownTo == 0 {
				t.Fatalf("the long line was not read as one")
			}
			if grownTo > tt.longLen+128<<10 {
				t.Errorf("the window held a line of %d bytes in %d", tt.longLen, grownTo)
			}
		})
	}
}

// readLines reads w to its end, a line at a time, and returns the text it read and the
// capacity of the window's buffer when it held the line long (0 if it never did).
func readLines(t *testing.T, w *window, long string) (read string, grownTo int) {
	t.Helper()
	var b strings.Builder
	for {
		start, line, ok, err := w.nextLine()
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			return b.String(), grownTo
		}
		if line == long {
			grownTo = cap(w.buf)
		}
		b.WriteString(line)
		w.done(start + len(line))
	}
}

// TestStreamedTSVGrowsOnceForALongLine checks that a TSV streamed from a file it can read
// at an offset finds a long line's end ahead of the stream, with a byte-order mark and
// without: the mark is read past, or read and put back, by readers that cannot read at an
// offset, and the window reads the file as opened, at its offsets past the mark.
func TestStreamedTSVGrowsOnceForALongLine(t *testing.T) {
	tests := []struct {
		name string
		bom  string // written before the file's rows
	}{
		{name: "no byte-order mark"},
		{name: "a byte-order mark", bom: "\xef\xbb\xbf"},
	}
	short := strings.Repeat("統合抑止\tintegrated deterrence\n", 1000) // some 30 kB
	long := "拡大抑止\t" + strings.Repeat("a", 1536<<10) + "\n"
	rows := "ja\ten\n" + short + long + strings.Repeat(short, 20) // some 600 kB after the line
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := tt.bom + rows
			st := streamOf(t, file, "tsv")
			// The end of the line the buffer ends in is where the rows put it.
			w := openWindow(t, st)
			for w.end() < 8<<10 && w.fill() {
			}
			i := strings.IndexByte(rows[w.end():], '\n')
			if i < 0 {
				t.Fatalf("the buffer ends at %d, past the rows' last line", w.end())
			}
			if got, want := w.lineEnd(), w.end()+i+1; got != want {
				t.Errorf("lineEnd: %d, want %d", got, want)
			}
			// The window reading it grows once, to the line's size.
			w = openWindow(t, st)
			read, grownTo := readLines(t, w, long)
			if read != rows {
				t.Fatalf("the lines read are not the rows")
			}
			if grownTo == 0 || grownTo > len(long)+128<<10 {
				t.Errorf("the window held a line of %d bytes in %d", len(long), grownTo)
			}
		})
	}
}

// streamOf is the streamed input of a file holding text, of the given kind.
func streamOf(t *testing.T, text, kind string) *streamed {
	t.Helper()
	st, ok := streamFrom(int64(len(text)), kind, func() (io.Reader, func(), error) {
		return strings.NewReader(text), func() {}, nil
	})
	if !ok {
		t.Fatal("not streamed")
	}
	return st
}

// openWindow opens a pass over st, closed when the test ends.
func openWindow(t *testing.T, st *streamed) *window {
	t.Helper()
	w, closeW, err := st.open()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(closeW)
	return w
}
