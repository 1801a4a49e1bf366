//go:build unix

package glossary

import (
	"errors"
	"os"
	"syscall"
	"time"

	"github.com/glossterm/gloss"
)

// lockWait bounds how long a writer waits for another one to finish.
var lockWait = 2 * time.Minute

// lockFile takes an exclusive advisory lock (flock) on the lock file lockPath, creating it
// if needed, waiting while another process holds it. The lock goes with the process: a
// writer that is killed releases it.
func lockFile(lockPath string) (unlock func(), err error) {
	f, err := os.OpenFile(lockPath, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		// a read-only directory: no writer can replace the file there either
		return nil, err
	}
	deadline := time.Now().Add(lockWait)
	for {
		err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			return func() {
				syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
				f.Close()
			}, nil
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) && !errors.Is(err, syscall.EINTR) {
			f.Close()
			return nil, err
		}
		if time.Now().After(deadline) {
			f.Close()
			return nil, gloss.Errorf(gloss.ErrLocked, lockPath, 0, 0,
				"another gloss process is writing the glossary; wait for it, or check that no gloss process hangs",
				"still locked after %v", lockWait)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
