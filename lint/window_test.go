package lint

import (
	"io"
	"strings"
	"testing"
)

// TestWindowHoldsTheFileSize checks that a window over a file of one long line, whose
// size it knows, grows its buffer to the file's size and no further: each pass over a
// file of one 20 MB line held it in 32 MB, doubling.
func TestWindowHoldsTheFileSize(t *testing.T) {
	line := strings.Repeat("拡大抑止を強化する。", 30000) + "\n" // some 900 kB
	st, ok := streamFrom(int64(len(line)), "text", func() (io.Reader, func(), error) {
		return strings.NewReader(line), func() {}, nil
	})
	if !ok {
		t.Fatal("not streamed")
	}
	w, closeW, err := st.open()
	if err != nil {
		t.Fatal(err)
	}
	defer closeW()
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
