package morph

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome-dict/ipa"
)

// sameDict reports the fields in which got differs from want, kagome's dictionary.
func sameDict(t *testing.T, got, want *dict.Dict) {
	t.Helper()
	gv, wv := reflect.ValueOf(got).Elem(), reflect.ValueOf(want).Elem()
	for i := range gv.NumField() {
		if f := gv.Type().Field(i); f.IsExported() && !reflect.DeepEqual(gv.Field(i).Interface(), wv.Field(i).Interface()) {
			t.Errorf("field %s differs from kagome's", f.Name)
		}
	}
	if !reflect.DeepEqual(got.Info(), want.Info()) {
		t.Errorf("info %+v, want %+v", got.Info(), want.Info())
	}
	if !reflect.DeepEqual(got, want) {
		t.Error("the dictionaries differ")
	}
}

// TestFullDictSameAsKagome: the full dictionary read in blocks from the embedded zip is
// ipa.Dict's, field for field, and it is read that way, not by the fallback.
func TestFullDictSameAsKagome(t *testing.T) {
	got, err := readDict(true, nil)
	if err != nil {
		t.Fatalf("the embedded dictionary does not read in blocks: %v", err)
	}
	want := ipa.Dict()
	if len(want.Contents) < 300000 {
		t.Fatalf("kagome's full dictionary has the features of %d words: the comparison would prove nothing", len(want.Contents))
	}
	sameDict(t, got, want)
}

// TestCachedDict checks that the first load writes the cache file and the next one reads
// it, the same dictionary as ipa.Dict's, that a file of another version is written again,
// that a damaged or cut file is not used, that a cache that cannot be written costs only
// the time, and that GLOSS_CACHE=off names no cache.
func TestCachedDict(t *testing.T) {
	path := filepath.Join(t.TempDir(), "gloss", dictCacheName)
	first := cachedDict(path, "v1")
	if first == ipa.Dict() {
		t.Fatal("the first load fell back to ipa.Dict")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("the first load wrote no cache: %v", err)
	}
	second, err := readCache(path, "v1")
	if err != nil {
		t.Fatalf("the cache does not read: %v", err)
	}
	sameDict(t, second, ipa.Dict())
	if _, err := readCache(path, "v2"); err == nil {
		t.Error("a cache of another version was used")
	}
	if d := cachedDict(path, "v2"); d == ipa.Dict() {
		t.Fatal("the embedded dictionary did not read")
	}
	if _, err := readCache(path, "v2"); err != nil {
		t.Errorf("the cache of another version was not written again: %v", err)
	}
	bad := filepath.Join(t.TempDir(), "bad")
	for _, at := range []int{0, len(data) / 4, len(data) / 2, 3 * len(data) / 4, len(data) - 30} {
		b := append([]byte(nil), data...)
		b[at] ^= 0x40
		if err := os.WriteFile(bad, b, 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := readCache(bad, "v1"); err == nil {
			t.Errorf("a cache with byte %d changed was used", at)
		}
	}
	if err := os.WriteFile(bad, data[:len(data)/3], 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := readCache(bad, "v1"); err == nil {
		t.Error("a cache cut short was used")
	}
	notDir := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(notDir, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if d := cachedDict(filepath.Join(notDir, "gloss", dictCacheName), "v1"); d == ipa.Dict() || len(d.Contents) != len(ipa.Dict().Contents) {
		t.Error("a cache that cannot be written stopped the dictionary from being read")
	}
	t.Setenv("GLOSS_CACHE", "off")
	if p, _ := dictCachePath(); p != "" {
		t.Fatalf("GLOSS_CACHE=off: cache %s", p)
	}
}

// BenchmarkFullDict reads the full dictionary from the embedded zip (inflating it) and
// from the cache (stored), both with readZip.
func BenchmarkFullDict(b *testing.B) {
	path := filepath.Join(b.TempDir(), dictCacheName)
	if _, err := writeCache(path, "v1"); err != nil {
		b.Fatal(err)
	}
	b.Run("embedded", func(b *testing.B) {
		for range b.N {
			if _, err := readDict(true, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("cache", func(b *testing.B) {
		for range b.N {
			if _, err := readCache(path, "v1"); err != nil {
				b.Fatal(err)
			}
		}
	})
}
