package serve

import (
	"syscall"
	"time"
)

// threadCPU returns the CPU time the calling OS thread has used (RUSAGE_THREAD), so that a
// benchmark on a busy machine can report work rather than waiting.
func threadCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(1, &ru); err != nil { // 1 is RUSAGE_THREAD
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
