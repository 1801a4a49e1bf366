//go:build !unix

package morph

import "os"

// mapFile reads the file: this system has no mmap here.
func mapFile(path string) ([]byte, error) { return os.ReadFile(path) }

func unmapFile([]byte) {}

func dropCached(*os.File) {}
