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
		// No read-ahead: a word's entries are a page or two, not the neighbourhood
		// (which the process would count as its own memory).
		unix.Madvise(data, unix.MADV_RANDOM)
	}
	return data, err
}

// unmapFile undoes mapFile, for a file found unusable before anything points into it.
func unmapFile(data []byte) { unix.Munmap(data) }
