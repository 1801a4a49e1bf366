package match

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/glossterm/gloss/glossary"
)

// TestReadParts checks that the occurrences found a part at a time are those of the
// whole text, read through readers that return a byte at a time and half a buffer, with
// parts small enough to cut everywhere, and that a text with no cut is one part.
func TestReadParts(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "testdata", "corpus", "ja", "commentary-us-defense-strategy-2026.txt"))
	if err != nil {
		t.Fatal(err)
	}
	ja := strings.ReplaceAll(string(data), "\n", "") + "\n核の傘。ＮＡＴＯ。゙核の傘。核の傘\n"
	def, err := glossary.Default()
	if err != nil {
		t.Fatal(err)
	}
	m, err := Compile(def, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name, text string
		m          *Matcher
		size       int
		minParts   int
	}{
		{"ja", ja, m, 500, 20},
		{"ja/small", ja, m, 1, 100},
		{"en", englishLine(t), m, 700, 10},
		{"en/test", englishLine(t), compileText(t, enSplitGlossary, Options{}), 700, 10},
		{"no cut", strings.ReplaceAll(ja, "。", "、"), m, 500, 1},
	} {
		m := tt.m
		whole := m.Find(tt.text)
		if len(whole) < 10 {
			t.Fatalf("%s: %d occurrences in the whole text, want more to compare", tt.name, len(whole))
		}
		{
			for wrap, r := range map[string]io.Reader{
				"whole": strings.NewReader(tt.text),
				"bytes": iotest.OneByteReader(strings.NewReader(tt.text)),
				"half":  iotest.HalfReader(strings.NewReader(tt.text)),
			} {
				var got []Occurrence
				var b strings.Builder
				parts := 0
				err := m.ReadParts(r, tt.size, func(part string, off int) error {
					if off != b.Len() {
						t.Fatalf("%s/%s: part at %d, want %d", tt.name, wrap, off, b.Len())
					}
					b.WriteString(part)
					parts++
					for _, o := range m.Find(part) {
						o.Start += off
						o.End += off
						got = append(got, o)
					}
					return nil
				})
				if err != nil {
					t.Fatal(err)
				}
				if b.String() != tt.text {
					t.Fatalf("%s/%s: the parts do not make the text", tt.name, wrap)
				}
				if parts < tt.minParts || tt.minParts == 1 && parts != 1 {
					t.Errorf("%s/%s: %d parts, want at least %d", tt.name, wrap, parts, tt.minParts)
				}
				if !reflect.DeepEqual(got, whole) {
					t.Errorf("%s/%s: %d occurrences, want %d:\n%s\nwant\n%s", tt.name, wrap, len(got), len(whole), show(tt.text, got), show(tt.text, whole))
				}
			}
		}
	}
	stop := errors.New("stop")
	if err := m.ReadParts(strings.NewReader(ja), 100, func(string, int) error { return stop }); err != stop {
		t.Errorf("fn's error: got %v", err)
	}
	if err := m.ReadParts(iotest.ErrReader(stop), 100, func(string, int) error { return nil }); err != stop {
		t.Errorf("the reader's error: got %v", err)
	}
	if err := m.ReadParts(strings.NewReader(""), 100, func(string, int) error { t.Error("a part of nothing"); return nil }); err != nil {
		t.Error(err)
	}
}
