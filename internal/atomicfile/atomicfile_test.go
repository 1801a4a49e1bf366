package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/glossterm/gloss"
)

func TestKeepsOldFileOnFailure(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "gloss.yaml")
	os.WriteFile(path, []byte("old"), 0o600)
	if err := Write(path, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "new" {
		t.Errorf("content = %q", b)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode = %v, want 0600 kept", fi.Mode().Perm())
	}
	// A directory that cannot take the temporary file: the old file stays.
	if os.Getuid() != 0 {
		os.Chmod(dir, 0o500)
		defer os.Chmod(dir, 0o700)
		if err := Write(path, []byte("newer")); err == nil {
			t.Error("write into a read-only directory succeeded")
		}
		if b, _ := os.ReadFile(path); string(b) != "new" {
			t.Errorf("content after failed write = %q", b)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("left %d files behind", len(entries))
	}
}

func TestFollowsSymlinks(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "real.yaml")
	link := filepath.Join(dir, "gloss.yaml")
	os.WriteFile(target, []byte("old"), 0o644)
	if err := os.Symlink(target, link); err != nil {
		t.Skip("no symlinks here:", err)
	}
	if err := Write(link, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Lstat(link); fi.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was replaced by a file")
	}
	if b, _ := os.ReadFile(target); string(b) != "new" {
		t.Errorf("target = %q", b)
	}
}

func TestRefusesReadOnly(t *testing.T) {
	path := filepath.Join(t.TempDir(), "gloss.yaml")
	os.WriteFile(path, []byte("old"), 0o444)
	err := Write(path, []byte("new"))
	if !errors.Is(err, gloss.ErrReadOnly) {
		t.Errorf("Write(read-only) = %v, want gloss.ErrReadOnly", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Errorf("read-only file rewritten: %q", b)
	}
}

func TestKeepsHardLinks(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "gloss.yaml")
	other := filepath.Join(dir, "copy.yaml")
	os.WriteFile(path, []byte("old"), 0o640)
	if err := os.Link(path, other); err != nil {
		t.Skip("no hard links here:", err)
	}
	if err := Write(path, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(other); string(b) != "new" {
		t.Errorf("the other link sees %q, want the new content", b)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o640 {
		t.Errorf("mode = %v, want 0640 kept", fi.Mode().Perm())
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("%d files in the directory, want the two links only", len(entries))
	}
}

func TestDanglingSymlink(t *testing.T) {
	dir := t.TempDir()
	link := filepath.Join(dir, "gloss.yaml")
	if err := os.Symlink("missing.yaml", link); err != nil {
		t.Skip("no symlinks here:", err)
	}
	if err := Write(link, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Lstat(link); fi.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was replaced by a file")
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "missing.yaml")); string(b) != "new" {
		t.Errorf("target = %q", b)
	}
}

// TestFailureLeavesNothing fails a write in ways that do not depend on
// file permissions (so it tests the same thing as root): the writer's own error, and a
// rename that cannot replace a directory. The old content stays and no temporary file
// is left behind.
func TestFailureLeavesNothing(t *testing.T) {
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
			err := WriteFunc(path, tc.write)
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
	if err := WriteFunc(filepath.Join(dir, "g.yaml"), func(io.Writer) error { return errWrite }); !errors.Is(err, errWrite) {
		t.Errorf("err = %v, want the writer's", err)
	}
}

// A pipe and a character device are written directly: a rename cannot replace them.
func TestWritesStreamsDirectly(t *testing.T) {
	if err := Write(os.DevNull, []byte("gone")); err != nil {
		t.Errorf("write to %s: %v", os.DevNull, err)
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	path := "/proc/self/fd/" + strconv.Itoa(int(w.Fd()))
	if _, err := os.Stat(path); err != nil {
		w.Close()
		t.Skip("no /proc/self/fd:", err)
	}
	if !Stream(path) {
		t.Errorf("Stream(%s) = false for a pipe", path)
	}
	if err := Write(path, []byte("through the pipe")); err != nil {
		t.Fatalf("write to a pipe: %v", err)
	}
	w.Close()
	if b, _ := io.ReadAll(r); string(b) != "through the pipe" {
		t.Errorf("read %q from the pipe", b)
	}
	// A regular file is not a stream, nor a path that does not exist.
	file := filepath.Join(t.TempDir(), "out.tsv")
	if Stream(file) {
		t.Error("Stream of a missing file = true")
	}
	os.WriteFile(file, nil, 0o644)
	if Stream(file) {
		t.Error("Stream of a regular file = true")
	}
}
