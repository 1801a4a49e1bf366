// Package atomicfile writes files so that a failure never leaves one half-written: through
// a temporary file in the same directory, synced and renamed over the target. It is the one
// way gloss writes an output file (a glossary, a report, an export, a proposals file).
package atomicfile

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/glossterm/gloss"
)

// tempPattern is the name of the temporary files WriteFunc writes beside base.
func tempPattern(base string) string { return "." + base + ".tmp*" }

// RemoveStaleTemps removes temporary files left beside base by a writer that was killed
// mid-write. Called under the lock, which every writer of the file takes, so any such file
// is no one's work in progress.
func RemoveStaleTemps(dir, base string) {
	matches, _ := filepath.Glob(filepath.Join(dir, tempPattern(base)))
	for _, m := range matches {
		if fi, err := os.Lstat(m); err == nil && fi.Mode().IsRegular() {
			os.Remove(m)
		}
	}
}

// Write writes data to path through a temporary file and a rename; see
// [WriteFunc].
func Write(path string, data []byte) error {
	return WriteFunc(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// WriteFunc streams what write writes into a temporary file in path's directory,
// syncs it and renames it over path. On any error the temporary file is removed and path
// is untouched.
//
//   - A symbolic link is followed, even to a file that does not exist yet, so the link
//     stays a link and its target is written.
//   - An existing file keeps its mode; a write-protected one (no write permission bit, or
//     not writable by this user) is refused with gloss.ErrReadOnly, nothing written.
//   - A file with several hard links is rewritten in place once the temporary file holds
//     the whole new content, so that every link sees it: a rename would leave the other
//     links on the old content. Should that copy fail, the error names the temporary file,
//     which is kept.
//   - A pipe, a character device or a socket (/dev/stdout, /dev/null, a named pipe) is
//     written directly: it cannot be replaced by a rename, and what is read from it is
//     not a file a failure could leave half-written.
func WriteFunc(path string, write func(io.Writer) error) (err error) {
	if Stream(path) {
		return writeStream(path, write)
	}
	if path, err = ResolveLinks(path); err != nil {
		return err
	}
	mode, links := os.FileMode(0o644), 1
	if fi, err := os.Stat(path); err == nil {
		if err := writable(path, fi); err != nil {
			return err
		}
		mode, links = fi.Mode().Perm(), hardLinks(fi)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), tempPattern(filepath.Base(path)))
	if err != nil {
		return err
	}
	keep := false
	defer func() {
		if err != nil && !keep {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	bw := bufio.NewWriterSize(tmp, 1<<20)
	if err = write(bw); err != nil {
		return err
	}
	if err = bw.Flush(); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if links > 1 {
		if err = copyInPlace(tmp.Name(), path); err != nil {
			keep = true
			return fmt.Errorf("rewriting %s in place (it has %d hard links): %w; the new content is in %s", path, links, err, tmp.Name())
		}
		return os.Remove(tmp.Name())
	}
	if err = os.Chmod(tmp.Name(), mode); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// Stream reports whether path, its links followed, is a pipe, a character device or a
// socket: a target written directly ([WriteFunc]), with no temporary file, rename or lock
// beside it.
func Stream(path string) bool {
	fi, err := os.Stat(path)
	if err != nil {
		return false
	}
	t := fi.Mode().Type()
	return t&(fs.ModeNamedPipe|fs.ModeSocket) != 0 || t&fs.ModeCharDevice != 0
}

// writeStream writes what write writes to the stream at path.
func writeStream(path string, write func(io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(f, 64<<10)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// ResolveLinks follows symbolic links in path's last element, also to a target that does
// not exist yet.
func ResolveLinks(path string) (string, error) {
	orig := path
	for range 40 {
		fi, err := os.Lstat(path)
		if err != nil || fi.Mode()&fs.ModeSymlink == 0 {
			return path, nil
		}
		target, err := os.Readlink(path)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(target) {
			target = filepath.Join(filepath.Dir(path), target)
		}
		path = target
	}
	return "", fmt.Errorf("%s: too many levels of symbolic links", orig)
}

// writable refuses to replace what is not a regular file or is write-protected: a rename
// needs only the directory's permission, and would silently override the file's.
func writable(path string, fi fs.FileInfo) error {
	if !fi.Mode().IsRegular() {
		return gloss.Errorf(gloss.ErrNotRegular, path, 0, 0, "name a regular file to write", "not a regular file (%v)", fi.Mode().Type())
	}
	hint := "make it writable (chmod u+w " + path + ") if it is meant to change"
	if fi.Mode().Perm()&0o222 == 0 {
		return gloss.Errorf(gloss.ErrReadOnly, path, 0, 0, hint, "the file is read-only (mode %04o); nothing written", fi.Mode().Perm())
	}
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		if errors.Is(err, fs.ErrPermission) {
			return gloss.Errorf(gloss.ErrReadOnly, path, 0, 0, hint, "the file is not writable by this user; nothing written")
		}
		return err
	}
	return f.Close()
}

// copyInPlace overwrites dst with the contents of src, keeping dst's inode.
func copyInPlace(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_TRUNC, 0)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	if err := out.Sync(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
