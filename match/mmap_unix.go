//go:build unix

package match

import (
	"golang.org/x/sys/unix"
	"os"
)

// mapFile maps the file read-only, for access at random: the pages of a large matcher
// that a short text never reaches are never read. The mapping is never undone: the
// matcher read from it and the occurrences it finds point into it.
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
	if fi.Size() == 0 || fi.Size() != int64(int(fi.Size())) {
		return nil, os.ErrInvalid
	}
	data, err := unix.Mmap(int(f.Fd()), 0, int(fi.Size()), unix.PROT_READ, unix.MAP_SHARED)
	if err == nil {
		// No read-ahead: a lookup in the automaton reads a page or two, not the
		// neighbourhood (which the process would count as its own memory).
		unix.Madvise(data, unix.MADV_RANDOM)
	}
	return data, err
}
