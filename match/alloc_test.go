package match

import (
	"runtime"
	"testing"
)

// TestCompileAllocations bounds the objects and bytes a compile allocates per form: the
// entries of a large glossary lie in a few arrays, not in a slice (or a map) per key,
// which on EDICT's million keys made millions of objects for the collector to trace
// while the compile's heap neared lint's memory limit, and the trie's arrays are made
// once at their size, not grown.
func TestCompileAllocations(t *testing.T) {
	g := synthetic(20000)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	m, err := Compile(g, Options{})
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	perForm := float64(after.Mallocs-before.Mallocs) / float64(m.nForms)
	bytesPerForm := float64(after.TotalAlloc-before.TotalAlloc) / float64(m.nForms)
	t.Logf("%d forms, %d patterns: %.2f objects and %.0f bytes a form", m.nForms, m.numPatterns(), perForm, bytesPerForm)
	// Before: 5.1 objects and 1,207 bytes a form; since, 2.1 and 757.
	const maxObjects, maxBytes = 3, 950
	if perForm > maxObjects {
		t.Errorf("compile allocated %.2f objects a form, want at most %d", perForm, maxObjects)
	}
	if bytesPerForm > maxBytes {
		t.Errorf("compile allocated %.0f bytes a form, want at most %d", bytesPerForm, maxBytes)
	}
}
