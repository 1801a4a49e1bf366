package glossary

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestHomonymsDeclaredOnOneSide: two concepts may share a term when either declares the
// other a homonym; neither declaring it is a term.duplicate.
func TestHomonymsDeclaredOnOneSide(t *testing.T) {
	tests := []struct {
		name      string
		aHomonyms string // the homonyms line of concept a, or ""
		bHomonyms string
		duplicate bool
	}{
		{name: "declared by the first", aHomonyms: "    homonyms: [b]\n", duplicate: false},
		{name: "declared by the second", bHomonyms: "    homonyms: [a]\n", duplicate: false},
		{name: "declared by both", aHomonyms: "    homonyms: [b]\n", bHomonyms: "    homonyms: [a]\n", duplicate: false},
		{name: "declared by neither", duplicate: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := "gloss: 1\nlanguages: [ja, en]\nconcepts:\n" +
				"  - id: a\n" + tc.aHomonyms + "    terms: {ja: [防衛省], en: [Ministry of Defense]}\n" +
				"  - id: b\n" + tc.bHomonyms + "    terms: {ja: [国防総省], en: [Ministry of Defense]}\n"
			g, err := Parse([]byte(src), "g.yaml")
			if err != nil {
				t.Fatal(err)
			}
			got := false
			for _, p := range Validate(g) {
				if p.Rule == "term.duplicate" {
					got = true
				}
			}
			if got != tc.duplicate {
				t.Errorf("term.duplicate reported: %v, want %v", got, tc.duplicate)
			}
		})
	}
}

// TestWriteFileAtomicFailureLeavesNothing fails a write in ways that do not depend on
// file permissions (so it tests the same thing as root): the writer's own error, and a
// rename that cannot replace a directory. The old content stays and no temporary file
// is left behind.
func TestWriteFileAtomicFailureLeavesNothing(t *testing.T) {
	errWrite := errors.New("the writer failed")
	tests := []struct {
		name  string
		setup func(t *testing.T, dir string) string // returns the path written to
		write func(io.Writer) error
		check func(t *testing.T, path string)
	}{
		{
			name: "the write function fails half-way",
			setup: func(t *testing.T, dir string) string {
				p := filepath.Join(dir, "gloss.yaml")
				if err := os.WriteFile(p, []byte("old"), 0o644); err != nil {
					t.Fatal(err)
				}
				return p
			},
			write: func(w io.Writer) error {
				w.Write([]byte("half of the new"))
				return errWrite
			},
			check: func(t *testing.T, path string) {
				if b, _ := os.ReadFile(path); string(b) != "old" {
					t.Errorf("content after a failed write = %q, want the old", b)
				}
			},
		},
		{
			name: "the target is a non-empty directory",
			setup: func(t *testing.T, dir string) string {
				p := filepath.Join(dir, "gloss.yaml")
				if err := os.MkdirAll(filepath.Join(p, "inside"), 0o755); err != nil {
					t.Fatal(err)
				}
				return p
			},
			write: func(w io.Writer) error { _, err := w.Write([]byte("new")); return err },
			check: func(t *testing.T, path string) {
				if fi, err := os.Stat(filepath.Join(path, "inside")); err != nil || !fi.IsDir() {
					t.Errorf("the directory was replaced: %v", err)
				}
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := tc.setup(t, dir)
			err := WriteFileAtomicFunc(path, tc.write)
			if err == nil {
				t.Fatal("the write succeeded")
			}
			tc.check(t, path)
			entries, _ := os.ReadDir(dir)
			if len(entries) != 1 {
				var names []string
				for _, e := range entries {
					names = append(names, e.Name())
				}
				t.Errorf("files left behind: %v", names)
			}
		})
	}
	// The writer's error is returned, not swallowed.
	dir := t.TempDir()
	if err := WriteFileAtomicFunc(filepath.Join(dir, "g.yaml"), func(io.Writer) error { return errWrite }); !errors.Is(err, errWrite) {
		t.Errorf("err = %v, want the writer's", err)
	}
}
