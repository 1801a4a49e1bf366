//go:build unix

package align

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/glossterm/gloss"
	"github.com/glossterm/gloss/glossary"
)

// TestAttestNotRegular: a .txt or .tsv file of the corpus that is not a regular file is an
// error naming it and what it is, and no result is given; other files beside it are ignored.
func TestAttestNotRegular(t *testing.T) {
	for _, tc := range []struct {
		name  string
		make  func(path string) error
		file  string
		wants []string // the files named in the error, each with what it is
	}{
		{"named pipe", func(p string) error { return syscall.Mkfifo(p, 0o644) }, "pipe.txt",
			[]string{"pipe.txt: a named pipe, not a regular file"}},
		{"dangling link", func(p string) error { return os.Symlink("nowhere.tsv", p) }, "gone.tsv",
			[]string{"gone.tsv: a symbolic link to no regular file"}},
		{"link to a directory", func(p string) error { return os.Symlink(".", p) }, "dir.txt",
			[]string{"dir.txt: a symbolic link to no regular file"}},
		{"pipe with another name", func(p string) error { return syscall.Mkfifo(p, 0o644) }, "pipe.fifo", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("拡大抑止について。\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := tc.make(filepath.Join(dir, tc.file)); err != nil {
				t.Skip(err)
			}
			res, err := Attest(&glossary.Glossary{Languages: []string{"ja", "en"}}, dir)
			if tc.wants == nil {
				if err != nil || res.Documents != 1 {
					t.Fatalf("Attest = %+v, %v; want a.txt read, no error", res, err)
				}
				return
			}
			if err == nil || res != nil {
				t.Fatalf("Attest = %+v, %v; want an error and no result", res, err)
			}
			if !errors.Is(err, gloss.ErrNotRegular) {
				t.Errorf("error %v does not wrap gloss.ErrNotRegular", err)
			}
			for _, w := range tc.wants {
				if !strings.Contains(err.Error(), filepath.Join(dir, w)) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
		})
	}
}
