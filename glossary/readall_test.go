package glossary

import (
	"errors"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/glossterm/gloss"
	"github.com/glossterm/gloss/internal/textfile"
)

// repeat is an endless reader of one byte.
type repeat byte

func (b repeat) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(b)
	}
	return len(p), nil
}

// TestReadAllRefusesEarly: standard input over the glossary limit is refused when the limit
// is passed, having held far less than the limit (it is spooled, not gathered in memory),
// with a problem that says the limit and what to do; binary data is refused at its first
// NUL byte, not read to the limit.
func TestReadAllRefusesEarly(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	saved := textfile.Glossary.Limit
	textfile.Glossary.Limit = 64 << 20
	defer func() { textfile.Glossary.Limit = saved }()
	for _, tc := range []struct {
		name     string
		in       io.Reader
		rule     string
		message  string
		hint     string
		maxAlloc uint64 // bytes allocated while reading, at most
	}{
		{"endless text", repeat('a'), "file.size", "-:1:1: error file.size: standard input holds more than 64 MiB, the most gloss reads as a glossary",
			"split the glossary into files of at most that size", 8 << 20},
		{"endless NUL bytes", repeat(0), "file.binary", "-:1:1: error file.binary: a NUL byte: this is binary data, not text",
			"give a UTF-8 text file", 4 << 20},
		{"NUL after the first chunk", io.MultiReader(strings.NewReader(strings.Repeat("gloss: 1\n", 20_000)), repeat(0)), "file.binary",
			"-:20001:1: error file.binary: a NUL byte", "give a UTF-8 text file", 4 << 20},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			data, err := ReadAll(tc.in, "-")
			runtime.ReadMemStats(&after)
			var le *LoadError
			if data != nil || !errors.As(err, &le) || len(le.Problems) != 1 {
				t.Fatalf("ReadAll = %d bytes, %v; want one problem", len(data), err)
			}
			p := le.Problems[0]
			if p.Rule != tc.rule || !strings.HasPrefix(p.Error(), tc.message) || !strings.Contains(p.Hint, tc.hint) {
				t.Errorf("problem %q (%s), hint %q; want %q, hint with %q", p.Error(), p.Rule, p.Hint, tc.message, tc.hint)
			}
			if tc.rule == "file.size" && !errors.Is(p.Err, gloss.ErrTooLarge) {
				t.Errorf("problem error %v, want gloss.ErrTooLarge", p.Err)
			}
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > tc.maxAlloc {
				t.Errorf("%d MiB allocated while reading, want at most %d", alloc>>20, tc.maxAlloc>>20)
			}
		})
	}
}
