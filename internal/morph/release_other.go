//go:build !linux

package morph

// release does nothing here: see release_linux.go.
func release(string) {}
