package match

import (
	"os"

	"golang.org/x/sys/unix"
)

// evict writes the file just made to disk and drops it from the page cache. Written, it
// sits there in large blocks (up to 2 MiB), and a mapping of it maps a whole block at the
// first read of any byte in it: a few hundred lookups in the automaton would make the
// whole file part of the process. Read back page by page (mapFile), only the pages
// reached are.
func evict(path string) {
	f, err := os.Open(path)
	if err != nil {
		return
	}
	defer f.Close()
	if unix.Fdatasync(int(f.Fd())) == nil {
		unix.Fadvise(int(f.Fd()), 0, 0, unix.FADV_DONTNEED)
	}
}
