package mmapfile

import (
	"os"
	"path/filepath"
	"testing"
)

// TestMap: a regular file maps to its bytes, also after Evict; an empty file, a directory
// and a missing file are refused.
func TestMap(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "cache.bin")
	want := []byte("拡大抑止 extended deterrence\n")
	if err := os.WriteFile(path, want, 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	Evict(f)
	f.Close()
	data, err := Map(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(data) != string(want) {
		t.Errorf("Map = %q, want %q", data, want)
	}
	Unmap(data)
	empty := filepath.Join(dir, "empty.bin")
	os.WriteFile(empty, nil, 0o644)
	for _, p := range []string{empty, dir, filepath.Join(dir, "missing.bin")} {
		if _, err := Map(p); err == nil {
			t.Errorf("Map(%s): no error", filepath.Base(p))
		}
	}
}

// TestBytesSlice: an array written as Bytes reads back through Slice, element for element.
func TestBytesSlice(t *testing.T) {
	want := []int32{1, -2, 1 << 30}
	got := Slice[int32](Bytes(want))
	if len(got) != len(want) || got[0] != 1 || got[1] != -2 || got[2] != 1<<30 {
		t.Errorf("Slice(Bytes(%v)) = %v", want, got)
	}
	if Bytes([]int16(nil)) != nil || Slice[int64](make([]byte, 7)) != nil {
		t.Error("an empty array or a short buffer gives nil")
	}
}
