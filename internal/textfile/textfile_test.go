package textfile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/glossterm/gloss"
	"golang.org/x/text/encoding/japanese"
)

func TestCheckText(t *testing.T) {
	sjis, _ := japanese.ShiftJIS.NewEncoder().String("拡大抑止\n統合抑止\n")
	sjisLine, _ := japanese.ShiftJIS.NewEncoder().String("反撃能力")
	for _, tc := range []struct {
		name, data string
		kind       error
		line, col  int
		msg        string
	}{
		{name: "utf-8", data: "拡大抑止\nextended deterrence\n"},
		{name: "empty", data: ""},
		{name: "NUL", data: "ab\ncd\x00", kind: gloss.ErrBinary, line: 2, col: 3, msg: "a NUL byte"},
		{name: "latin-1", data: "caf\xe9\n", kind: gloss.ErrNotUTF8, line: 1, col: 4, msg: "invalid UTF-8 byte 0xE9\n"},
		{name: "shift_jis", data: sjis, kind: gloss.ErrNotUTF8, line: 1, col: 1, msg: "looks like Shift_JIS"},
		{name: "utf-8 with a shift_jis line", data: "拡大抑止\n統合抑止\nx " + sjisLine + "\n", kind: gloss.ErrNotUTF8, line: 3, col: 3, msg: "mixes UTF-8 with another encoding"},
		{name: "cut inside a rune", data: "拡大抑止\n統合\xe6\x8a", kind: gloss.ErrNotUTF8, line: 2, col: 3, msg: "ends in the middle of a UTF-8 character"},
		{name: "invalid before NUL", data: "\xff\x00", kind: gloss.ErrNotUTF8, line: 1, col: 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := CheckText("f.txt", []byte(tc.data))
			if tc.kind == nil {
				if err != nil {
					t.Errorf("CheckText = %v, want nil", err)
				}
				return
			}
			var ge *gloss.Error
			if !errors.As(err, &ge) || !errors.Is(err, tc.kind) {
				t.Fatalf("CheckText = %v, want a *gloss.Error of %v", err, tc.kind)
			}
			if ge.Line != tc.line || ge.Col != tc.col || ge.File != "f.txt" || ge.Hint == "" {
				t.Errorf("at %s:%d:%d (hint %q), want f.txt:%d:%d with a hint", ge.File, ge.Line, ge.Col, ge.Hint, tc.line, tc.col)
			}
			if !strings.Contains(ge.Msg+"\n", tc.msg) {
				t.Errorf("message %q, want %q", ge.Msg, tc.msg)
			}
		})
	}
}

func TestCheckControls(t *testing.T) {
	for _, tc := range []struct {
		name, data string
		line, col  int
	}{
		{name: "tabs and line ends", data: "a\tb\r\nc\n"},
		{name: "bell", data: "ab\nc\ad", line: 2, col: 2},
		{name: "NUL", data: "拡大\x00", line: 1, col: 3},
		{name: "DEL", data: "x\x7f", line: 1, col: 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := CheckControls("f.csv", []byte(tc.data))
			var ge *gloss.Error
			switch {
			case tc.line == 0 && err != nil:
				t.Errorf("CheckControls = %v, want nil", err)
			case tc.line != 0 && (!errors.As(err, &ge) || !errors.Is(err, gloss.ErrBinary)):
				t.Errorf("CheckControls = %v, want gloss.ErrBinary", err)
			case tc.line != 0 && (ge.Line != tc.line || ge.Col != tc.col):
				t.Errorf("at %d:%d, want %d:%d", ge.Line, ge.Col, tc.line, tc.col)
			}
		})
	}
}

// endless is an input that never ends: a device or a hostile standard input.
type endless struct{ b byte }

func (e endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = e.b
	}
	return len(p), nil
}

func TestReadBounded(t *testing.T) {
	small := Kind{Name: "test", Plural: "tests", Limit: 1 << 20, Hint: "smaller", Text: true}
	for _, tc := range []struct {
		name string
		r    io.Reader
		kind Kind
		want error
		len  int
	}{
		{name: "endless text", r: endless{'a'}, kind: small, want: gloss.ErrTooLarge},
		{name: "endless zeros stop at once", r: endless{0}, kind: small, want: gloss.ErrBinary},
		{name: "endless zeros, binary kind", r: endless{0}, kind: Kind{Name: "x", Limit: 1 << 20}, want: gloss.ErrTooLarge},
		{name: "at the limit", r: strings.NewReader(strings.Repeat("a", 1<<20)), kind: small, len: 1 << 20},
		{name: "one past the limit", r: strings.NewReader(strings.Repeat("a", 1<<20+1)), kind: small, want: gloss.ErrTooLarge},
		{name: "one byte at a time", r: iotest.OneByteReader(strings.NewReader("拡大抑止\n")), kind: small, len: len("拡大抑止\n")},
		{name: "NUL after the first chunk", r: io.MultiReader(strings.NewReader(strings.Repeat("a", 100<<10)), endless{0}), kind: small, want: gloss.ErrBinary},
		{name: "read error", r: iotest.ErrReader(io.ErrClosedPipe), kind: small, want: io.ErrClosedPipe},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data, err := Read(tc.r, "-", tc.kind)
			if tc.want != nil {
				if !errors.Is(err, tc.want) {
					t.Errorf("Read = %d bytes, %v; want %v", len(data), err, tc.want)
				}
				return
			}
			if err != nil || len(data) != tc.len {
				t.Errorf("Read = %d bytes, %v; want %d bytes", len(data), err, tc.len)
			}
		})
	}
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "big.txt")
	f, _ := os.Create(path)
	f.Truncate(Document.Limit + 1) // sparse
	f.Close()
	if _, err := ReadFile(path, Document); !errors.Is(err, gloss.ErrTooLarge) {
		t.Errorf("ReadFile(too large) = %v", err)
	}
	if _, err := ReadFile(dir, Document); err == nil || !strings.Contains(err.Error(), "is a directory") {
		t.Errorf("ReadFile(dir) = %v", err)
	}
	os.WriteFile(path, []byte("拡大抑止\n"), 0o644)
	if data, err := ReadFile(path, Document); err != nil || string(data) != "拡大抑止\n" {
		t.Errorf("ReadFile = %q, %v", data, err)
	}
}

func TestLimit(t *testing.T) {
	k := Kind{Name: "test", Plural: "tests", Limit: 8}
	if b, err := io.ReadAll(Limit(strings.NewReader("12345678"), "f", k)); err != nil || string(b) != "12345678" {
		t.Errorf("at the limit: %q, %v", b, err)
	}
	if _, err := io.ReadAll(Limit(strings.NewReader("123456789"), "f", k)); !errors.Is(err, gloss.ErrTooLarge) {
		t.Errorf("past the limit: %v", err)
	}
}

// FuzzCheckText: the gate never panics, accepts exactly the UTF-8 text without NUL bytes,
// and positions every refusal inside the input.
func FuzzCheckText(f *testing.F) {
	f.Add([]byte("拡大抑止\nextended deterrence\n"))
	f.Add([]byte("a\x00b"))
	f.Add([]byte("拡大\n\x8a\x67\n"))
	f.Add([]byte("\xe6\x8b"))
	f.Fuzz(func(t *testing.T, data []byte) {
		err := CheckText("f", data)
		valid := utf8.Valid(data) && !bytes.Contains(data, []byte{0})
		if (err == nil) != valid {
			t.Fatalf("CheckText(%q) = %v, valid text %v", data, err, valid)
		}
		var ge *gloss.Error
		if err != nil {
			if !errors.As(err, &ge) || ge.Line < 1 || ge.Col < 1 || ge.Line > bytes.Count(data, []byte("\n"))+1 {
				t.Fatalf("CheckText(%q) = %v: not positioned inside the input", data, err)
			}
		}
		if cerr := CheckControls("f", data); cerr == nil && bytes.IndexFunc(data, func(r rune) bool {
			return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7F
		}) >= 0 {
			t.Fatalf("CheckControls(%q) accepted a control character", data)
		}
	})
}

// TestSpool: Spool accepts and refuses what Read does, with the same error, spools the
// same bytes, and leaves no file behind once closed or refused.
func TestSpool(t *testing.T) {
	small := Kind{Name: "test", Plural: "tests", Limit: 3 << 20, Hint: "smaller", Text: true}
	for _, tc := range []struct {
		name string
		r    func() io.Reader
	}{
		{"empty", func() io.Reader { return strings.NewReader("") }},
		{"a line", func() io.Reader { return strings.NewReader("拡大抑止\n") }},
		{"one byte at a time", func() io.Reader {
			return iotest.OneByteReader(strings.NewReader("拡大抑止\nextended deterrence\n"))
		}},
		{"the first chunk exactly", func() io.Reader { return strings.NewReader(strings.Repeat("a", spoolFirst)) }},
		{"several chunks", func() io.Reader { return strings.NewReader(strings.Repeat("拡大抑止\n", 200_000)) }},
		{"at the limit", func() io.Reader { return strings.NewReader(strings.Repeat("a", 3<<20)) }},
		{"one past the limit", func() io.Reader { return strings.NewReader(strings.Repeat("a", 3<<20+1)) }},
		{"endless", func() io.Reader { return endless{'a'} }},
		{"NUL on the second line", func() io.Reader { return strings.NewReader("拡大\n抑\x00止\n") }},
		{"NUL after the first chunk", func() io.Reader {
			return io.MultiReader(strings.NewReader(strings.Repeat("a", 100<<10)), endless{0})
		}},
		{"read error", func() io.Reader { return iotest.ErrReader(io.ErrClosedPipe) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tmp := t.TempDir()
			t.Setenv("TMPDIR", tmp)
			want, wantErr := Read(tc.r(), "-", small)
			s, err := Spool(tc.r(), "-", small)
			if fmt.Sprint(err) != fmt.Sprint(wantErr) {
				t.Fatalf("Spool: %v; Read: %v", err, wantErr)
			}
			if err == nil {
				if s.Size != int64(len(want)) {
					t.Errorf("Spool: %d bytes, Read %d", s.Size, len(want))
				}
				got, err := io.ReadAll(io.NewSectionReader(s, 0, s.Size))
				if err != nil || !bytes.Equal(got, want) {
					t.Errorf("spooled %d bytes (%v), not what Read read", len(got), err)
				}
				if err := s.Close(); err != nil {
					t.Errorf("Close: %v", err)
				}
			}
			if left, _ := os.ReadDir(tmp); len(left) > 0 {
				t.Errorf("left behind: %v", left)
			}
			data, err := ReadSpooled(tc.r(), "-", small)
			if fmt.Sprint(err) != fmt.Sprint(wantErr) {
				t.Fatalf("ReadSpooled: %v; Read: %v", err, wantErr)
			}
			if !bytes.Equal(data, want) {
				t.Errorf("ReadSpooled: %d bytes, not the %d Read read", len(data), len(want))
			}
			if left, _ := os.ReadDir(tmp); len(left) > 0 {
				t.Errorf("ReadSpooled left behind: %v", left)
			}
		})
	}
}

// TestReadSpooledNoTemp: where no temporary file can be made, ReadSpooled reads as Read.
func TestReadSpooledNoTemp(t *testing.T) {
	t.Setenv("TMPDIR", filepath.Join(t.TempDir(), "missing"))
	data, err := ReadSpooled(strings.NewReader("拡大抑止\n"), "-", Document)
	if err != nil || string(data) != "拡大抑止\n" {
		t.Errorf("ReadSpooled = %q, %v; want the text", data, err)
	}
}

// FuzzDecodePlain: whatever the bytes, DecodePlain returns an error or UTF-8 text with no
// NUL: the bytes as they are, but for a byte-order mark taken off and each CRLF folded to LF.
func FuzzDecodePlain(f *testing.F) {
	f.Add([]byte("\uFEFF拡大抑止\r\nextended deterrence\n"))
	f.Add([]byte("a\x00b"))
	f.Add([]byte("\x8a\x67\x91\xe5")) // Shift_JIS
	f.Add([]byte("ok\n\x1b[31m\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := DecodePlain("f.txt", data)
		if err != nil {
			return
		}
		switch {
		case !utf8.ValidString(s):
			t.Fatalf("invalid UTF-8: %q", s)
		case s != strings.ReplaceAll(strings.TrimPrefix(string(data), "\uFEFF"), "\r\n", "\n"):
			t.Fatalf("%q read as %q", data, s)
		case strings.ContainsRune(s, 0):
			t.Fatalf("NUL accepted: %q", s)
		}
	})
}

// TestNULPosition: a NUL byte on standard input is reported by its line and column in the
// whole input, read in one chunk or many, spooled or not.
func TestNULPosition(t *testing.T) {
	for _, tc := range []struct {
		name      string
		before    string // the text before the NUL
		line, col int
	}{
		{"first line", "拡大抑止", 1, 5},
		{"third line", "a\nb\n拡大", 3, 3},
		{"after the first chunk, same line", strings.Repeat("a", 100<<10), 1, 100<<10 + 1},
		{"after the first chunk, later line", strings.Repeat("抑止\n", 40<<10) + "拡大抑", 40<<10 + 1, 4},
		{"after several chunks", strings.Repeat("extended deterrence\n", 50_000) + "ab", 50_001, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("TMPDIR", t.TempDir())
			in := tc.before + "\x00rest\n"
			want := fmt.Sprintf("-:%d:%d: a NUL byte", tc.line, tc.col)
			for what, read := range map[string]func() error{
				"Read":        func() error { _, err := Read(strings.NewReader(in), "-", Document); return err },
				"Spool":       func() error { _, err := Spool(strings.NewReader(in), "-", Document); return err },
				"ReadSpooled": func() error { _, err := ReadSpooled(strings.NewReader(in), "-", Document); return err },
			} {
				if err := read(); err == nil || !strings.HasPrefix(err.Error(), want) {
					t.Errorf("%s: %v; want %s", what, err, want)
				}
			}
		})
	}
}
