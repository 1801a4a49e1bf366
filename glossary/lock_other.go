//go:build !unix

package glossary

import "os"

// lockFile is a no-op where flock is not available: concurrent writers are not serialized.
func lockFile(lockPath string) (unlock func(), err error) {
	return func() {}, nil
}

func hardLinks(fi os.FileInfo) int { return 1 }
