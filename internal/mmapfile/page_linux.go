package mmapfile

import (
	"os"

	"golang.org/x/sys/unix"
)

// Evict writes f's data to disk and drops its pages from the page cache. Written, a file
// sits there in large folios (up to 2 MiB), and a mapping maps a whole folio at the first
// read of any byte in it; read back page by page (Map), only the pages reached count.
func Evict(f *os.File) {
	if unix.Fdatasync(int(f.Fd())) == nil {
		unix.Fadvise(int(f.Fd()), 0, 0, unix.FADV_DONTNEED)
	}
}

// noHugePages asks for the mapping to be made of small pages only.
func noHugePages(data []byte) { unix.Madvise(data, unix.MADV_NOHUGEPAGE) }
