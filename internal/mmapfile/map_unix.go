//go:build unix

package mmapfile

import (
	"os"

	"golang.org/x/sys/unix"
)

// Map maps the regular file at path read-only, for access at random: no read-ahead and no
// huge pages, since a lookup reads a page or two, not the neighbourhood, which the process
// would count as its own memory.
func Map(path string) ([]byte, error) {
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
		unix.Madvise(data, unix.MADV_RANDOM)
		noHugePages(data)
	}
	return data, err
}

// Unmap undoes Map, for data nothing points into any more.
func Unmap(data []byte) { unix.Munmap(data) }
