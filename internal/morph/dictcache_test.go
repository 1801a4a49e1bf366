package morph

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/ikawaha/kagome-dict/ipa"
)

// TestDictCache checks that the cache file decodes to the embedded dictionary, every part
// of it, and that a file of another version or with a damaged byte is refused.
func TestDictCache(t *testing.T) {
	want := ipa.Dict()
	data := encodeDict(want, "v1")
	got, err := decodeDict(data, "v1")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatal("the decoded dictionary differs from the embedded one")
	}
	if _, err := decodeDict(data, "v2"); err == nil {
		t.Error("a cache of another version was used")
	}
	for _, at := range []int{0, len(dictCacheMagic) + 3, len(data) / 2, len(data) - 1} {
		bad := append([]byte(nil), data...)
		bad[at] ^= 0x40
		if _, err := decodeDict(bad, "v1"); err == nil {
			t.Errorf("a cache with byte %d changed was used", at)
		}
	}
	if _, err := decodeDict(data[:len(data)/3], "v1"); err == nil {
		t.Error("a cache cut short was used")
	}
}

// TestCachedDict checks that the first load writes the cache file and the next one reads
// it, the same dictionary, that a file of another version is written again, and that
// GLOSS_CACHE=off names no cache.
func TestCachedDict(t *testing.T) {
	path := filepath.Join(t.TempDir(), "gloss", dictCacheName)
	first := cachedDict(path, "v1", ipa.Dict)
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("the first load wrote no cache: %v", err)
	}
	second := cachedDict(path, "v1", ipa.Dict)
	if second == first {
		t.Fatal("the second load did not read the cache")
	}
	if len(second.Contents) != len(ipa.Dict().Contents) || len(second.Index.Da) != len(ipa.Dict().Index.Da) {
		t.Fatal("the cached dictionary differs from the embedded one") // (TestDictCache compares every part)
	}
	if d := cachedDict(path, "v2", ipa.Dict); d != ipa.Dict() {
		t.Fatal("a cache of another version was read")
	}
	if d := cachedDict(path, "v2", ipa.Dict); d == ipa.Dict() {
		t.Fatal("the cache of another version was not written again")
	}
	t.Setenv("GLOSS_CACHE", "off")
	if p, _ := dictCachePath(); p != "" {
		t.Fatalf("GLOSS_CACHE=off: cache %s", p)
	}
}
