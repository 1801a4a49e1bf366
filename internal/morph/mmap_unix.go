//go:build unix

package morph

import (
	"os"

	"golang.org/x/sys/unix"
)

// mapFile maps the file read-only, for access at random: the pages of the dictionary
// that a text never reaches are never read, and those it reaches are not counted twice
// (the page cache's and a copy on the heap).
func mapFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() || fi.Size() == 0 || fi.Size() != int64(int(fi.Size())) {
		return nil, os.ErrInvalid
	}
	data, err := unix.Mmap(int(f.Fd()), 0, int(fi.Size()), unix.PROT_READ, unix.MAP_SHARED)
	if err == nil {
		// No read-ahead and no huge pages: a word's entries are a page or two, not the
		// neighbourhood, which the process would count as its own memory (a page cache
		// of large folios otherwise maps the file 2 MiB at a time).
		unix.Madvise(data, unix.MADV_RANDOM)
		unix.Madvise(data, unix.MADV_NOHUGEPAGE)
	}
	return data, err
}

// unmapFile undoes mapFile, for a file found unusable before anything points into it.
func unmapFile(data []byte) { unix.Munmap(data) }

// dropCached drops the pages of f, written and synced, from the page cache. Written, they
// are cached in large folios, which a process that maps the file and reads a page of one
// would count whole (up to 2 MiB); dropped, the pages a process reads come in one at a
// time (MADV_RANDOM) and stay cached so, for the next.
func dropCached(f *os.File) { unix.Fadvise(int(f.Fd()), 0, 0, unix.FADV_DONTNEED) }
