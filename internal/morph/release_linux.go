package morph

import (
	"os"
	"syscall"
	"unsafe"
)

// release drops the pages of data, a file embedded in the program, from the process's
// memory once it has been read: they are mapped from the executable, so the kernel reads
// them again from it if they are touched. The 11.7 MB of the IPA dictionary's zip would
// otherwise count in lint's resident memory to the end, though read only while the
// dictionary loads.
func release(data string) {
	page := uintptr(os.Getpagesize())
	p := unsafe.Pointer(unsafe.StringData(data))
	skip := (page - uintptr(p)%page) % page // whole pages of data only
	if uintptr(len(data)) < skip+page {
		return
	}
	n := (uintptr(len(data)) - skip) &^ (page - 1)
	syscall.Madvise(unsafe.Slice((*byte)(unsafe.Add(p, skip)), n), syscall.MADV_DONTNEED)
}
