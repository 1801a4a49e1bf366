//go:build !linux

package match

// evict does nothing here: see evict_linux.go.
func evict(path string) {}
