//go:build !unix

package mmapfile

import "os"

// Map reads the file: this system has no mmap here.
func Map(path string) ([]byte, error) { return os.ReadFile(path) }

// Unmap does nothing: Map read the file onto the heap.
func Unmap([]byte) {}
