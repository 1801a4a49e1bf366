package textpos

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestLocate(t *testing.T) {
	text := "ab\n拡大抑止 x\r\n\nend"
	tests := []struct {
		name               string
		off                int
		line, col, byteCol int
	}{
		{name: "start", off: 0, line: 1, col: 1, byteCol: 1},
		{name: "on the newline", off: 2, line: 1, col: 3, byteCol: 3},
		{name: "line start", off: 3, line: 2, col: 1, byteCol: 1},
		{name: "after kanji", off: 3 + 6, line: 2, col: 3, byteCol: 7},
		{name: "the CR", off: 3 + 14, line: 2, col: 7, byteCol: 15},
		{name: "empty line", off: 3 + 16, line: 3, col: 1, byteCol: 1},
		{name: "last line", off: 3 + 17 + 2, line: 4, col: 3, byteCol: 3},
		{name: "end of text", off: len(text), line: 4, col: 4, byteCol: 4},
		{name: "past the end is clamped", off: len(text) + 10, line: 4, col: 4, byteCol: 4},
		{name: "negative is clamped", off: -3, line: 1, col: 1, byteCol: 1},
	}
	ls, lb := New(text), New([]byte(text))
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, got := range [][3]int{
				func() [3]int { a, b, c := ls.Locate(tc.off); return [3]int{a, b, c} }(),
				func() [3]int { a, b, c := lb.Locate(tc.off); return [3]int{a, b, c} }(),
			} {
				if want := [3]int{tc.line, tc.col, tc.byteCol}; got != want {
					t.Errorf("Locate(%d) = %v, want %v", tc.off, got, want)
				}
			}
			if off, ok := ls.Offset(tc.line, tc.byteCol); !ok || off != max(0, min(tc.off, len(text))) {
				t.Errorf("Offset(%d, %d) = %d, %v, want %d", tc.line, tc.byteCol, off, ok, tc.off)
			}
			if got, want := At(text, tc.off), (Pos{tc.line, tc.col}); got != want {
				t.Errorf("At(%d) = %v, want %v", tc.off, got, want)
			}
			if got, want := ls.Pos(tc.off), (Pos{tc.line, tc.col}); got != want {
				t.Errorf("Pos(%d) = %v, want %v", tc.off, got, want)
			}
		})
	}
}

func TestOffsetPastTheEnd(t *testing.T) {
	l := New("a\nb")
	for _, line := range []int{0, 3} {
		if _, ok := l.Offset(line, 1); ok {
			t.Errorf("Offset(%d, 1) found a line in a two-line text", line)
		}
	}
}

func TestPosOrder(t *testing.T) {
	tests := []struct {
		name   string
		p, q   Pos
		before bool
	}{
		{name: "earlier line", p: Pos{1, 9}, q: Pos{2, 1}, before: true},
		{name: "later line", p: Pos{3, 1}, q: Pos{2, 9}, before: false},
		{name: "same line, earlier column", p: Pos{2, 1}, q: Pos{2, 2}, before: true},
		{name: "same position", p: Pos{2, 2}, q: Pos{2, 2}, before: false},
	}
	for _, tc := range tests {
		if got := tc.p.Before(tc.q); got != tc.before {
			t.Errorf("%s: %v.Before(%v) = %v", tc.name, tc.p, tc.q, got)
		}
	}
	if (Pos{}).IsValid() || !(Pos{1, 1}).IsValid() {
		t.Error("IsValid: the zero Pos is unknown, {1,1} is known")
	}
}

// TestLocateAlongOneLine: offsets converted in order, backwards and across lines of a text
// with a long line give the columns At gives (Locate counts on from the last offset).
func TestLocateAlongOneLine(t *testing.T) {
	text := strings.Repeat("拡大抑止 and deterrence、", 200) + "\n二行目 second line\n"
	l := New(text)
	for _, off := range []int{0, 5, 40, 41, 300, 300, 120, 3000, len(text) - 5, 2, len(text) - 20, len(text)} {
		for off < len(text) && !utf8.RuneStart(text[off]) {
			off++
		}
		line, col, _ := l.Locate(off)
		if want := At(text, off); line != want.Line || col != want.Col {
			t.Errorf("Locate(%d) = %d:%d, want %d:%d", off, line, col, want.Line, want.Col)
		}
	}
}

// TestCounter checks that a Counter advanced over a text in pieces gives the positions
// Locate gives.
func TestCounter(t *testing.T) {
	text := "ab\n拡大抑止 x\n\n\nend 統合\nlast"
	lines := New(text)
	for step := 1; step <= len(text); step++ {
		var c Counter
		from := 0
		for off := 0; off <= len(text); off += step {
			c.Advance(text[from:off])
			from = off
			line, col, _ := lines.Locate(off)
			if c.Line() != line || c.Col() != col {
				t.Fatalf("step %d, offset %d: %d:%d, want %d:%d", step, off, c.Line(), c.Col(), line, col)
			}
		}
	}
}
