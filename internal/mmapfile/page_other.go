//go:build !linux

package mmapfile

import "os"

// Evict does nothing where the page cache cannot be told to drop a file.
func Evict(*os.File) {}

func noHugePages([]byte) {}
