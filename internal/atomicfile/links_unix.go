//go:build unix

package atomicfile

import (
	"os"
	"syscall"
)

// hardLinks returns the number of hard links to the file fi describes.
func hardLinks(fi os.FileInfo) int {
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		return int(st.Nlink)
	}
	return 1
}
