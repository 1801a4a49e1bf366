package morph

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"testing"

	"github.com/ikawaha/kagome/v2/tokenizer"
)

// TestLeanMapped: the lean dictionary mapped from its file is the one read from the
// embedded zip, array for array and part of speech for part of speech; a file cut short,
// of another version or damaged is refused, and loadLeanDict then writes it again.
func TestLeanMapped(t *testing.T) {
	want, err := readDict(false, nil)
	if err != nil {
		t.Fatal(err)
	}
	wantPOS := newPOSTable(want)
	path := filepath.Join(t.TempDir(), leanCacheName)
	if err := buildLean(path, "v1 test"); err != nil {
		t.Fatal(err)
	}
	got, gotPOS, err := mappedLean(path, "v1 test", false)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got.Morphs, want.Morphs) || !slices.Equal(got.Index.Da, want.Index.Da) || !reflect.DeepEqual(got.Index.Dup, want.Index.Dup) ||
		!reflect.DeepEqual(got.Connection, want.Connection) || !slices.Equal(got.POSTable.NameList, want.POSTable.NameList) {
		t.Error("the mapped arrays differ from the dictionary's")
	}
	if !reflect.DeepEqual(got.CharClass, want.CharClass) || !reflect.DeepEqual(got.CharCategory, want.CharCategory) ||
		!reflect.DeepEqual(got.InvokeList, want.InvokeList) || !reflect.DeepEqual(got.GroupList, want.GroupList) ||
		!reflect.DeepEqual(got.UnkDict, want.UnkDict) || !reflect.DeepEqual(got.ContentsMeta, want.ContentsMeta) {
		t.Error("the small parts differ from the dictionary's")
	}
	if got.POSTable.POSs != nil {
		t.Error("the mapped dictionary holds kagome's lists of parts of speech")
	}
	for id := range want.Morphs {
		g, _ := gotPOS.lookup(tokenizer.KNOWN, id)
		w, _ := wantPOS.lookup(tokenizer.KNOWN, id)
		if !slices.Equal(g, w) {
			t.Fatalf("word %d: %v, want %v", id, g, w)
		}
	}
	if !reflect.DeepEqual(gotPOS.unk, wantPOS.unk) {
		t.Error("the unknown words' parts of speech differ")
	}

	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := mappedLean(path, "v2 test", false); err == nil {
		t.Error("a file of another version was used")
	}
	short := filepath.Join(t.TempDir(), "short.bin")
	os.WriteFile(short, data[:len(data)-4096], 0o644)
	if _, _, err := mappedLean(short, "v1 test", false); err == nil {
		t.Error("a file cut short was used")
	}
	bad := slices.Clone(data)
	copy(bad[bytes.LastIndex(bad, []byte(`{"Version"`)):], `{"Version":"v1 test","Words":1`) // the meta's sizes no longer match
	os.WriteFile(short, bad, 0o644)
	if _, _, err := mappedLean(short, "v1 test", false); err == nil {
		t.Error("a damaged file was used")
	}
	// sizes right, contents not: a word's entry changed in the middle of the arrays
	bad = slices.Clone(data)
	bad[len(bad)/2] ^= 0x5a
	os.WriteFile(short, bad, 0o644)
	if _, _, err := mappedLean(short, "v1 test", false); err == nil {
		t.Error("a file whose contents changed behind right sizes was used")
	}
}

// TestLoadLeanWritesFile: without the file, loadLeanDict writes it from the embedded zip
// and maps it, as the next load does; GLOSS_CACHE=off names no file.
func TestLoadLeanWritesFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), leanCacheName)
	defer func(f func() (string, string)) { leanFile = f }(leanFile)
	leanFile = func() (string, string) { return path, "v1 test" }
	os.WriteFile(path, []byte("not a dictionary"), 0o644)
	var told []int64
	d, p := loadLeanDict(func(n int64) { told = append(told, n) })
	if d == nil || p == nil || d.POSTable.POSs != nil || !slices.Equal(told, []int64{LeanMappedBytes}) {
		t.Fatalf("no lean dictionary, one with kagome's lists of parts of speech, or BeforeLoad told %v, want the mapped dictionary's", told)
	}
	if _, _, err := mappedLean(path, "v1 test", false); err != nil {
		t.Errorf("the file written is not used: %v", err)
	}
	told = nil
	if d, p := loadLeanDict(func(n int64) { told = append(told, n) }); d == nil || p == nil || !slices.Equal(told, []int64{LeanMappedBytes}) {
		t.Errorf("the second load: BeforeLoad told %v, want the mapped dictionary's %d", told, LeanMappedBytes)
	}
	t.Setenv("GLOSS_CACHE", "off")
	if path, _ := leanCachePath(); path != "" {
		t.Errorf("GLOSS_CACHE=off: file %s", path)
	}
}

// TestBuildLeanStreams: the file is written from the zip's parts a block at a time, so
// that a machine's first lint holds no more than its later ones: what writing it allocates
// (some 6 MiB: the index's duplicate counts, the parts of speech, the inflaters) is a
// fraction of the 18 MiB the dictionary holds when read onto the heap.
func TestBuildLeanStreams(t *testing.T) {
	path := filepath.Join(t.TempDir(), leanCacheName)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	if err := buildLean(path, "v1 test"); err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	if got := after.TotalAlloc - before.TotalAlloc; got > LeanBytes/2 {
		t.Errorf("writing the file allocated %d bytes, want at most %d", got, LeanBytes/2)
	}
}

// FuzzDecodeLean: whatever the file holds, decodeLean returns a dictionary or an error,
// never panics.
func FuzzDecodeLean(f *testing.F) {
	var b bytes.Buffer
	b.WriteString(leanMagic)
	frame(&b, make([]byte, 6)) // one word's costs
	frame(&b, make([]byte, 8)) // a double array of one element
	frame(&b, make([]byte, 2)) // a 1×1 connection table
	frame(&b, nil)             // no duplicate counts
	frame(&b, make([]byte, 2)) // the word's part of speech
	frame(&b, []byte(`{"Version":"v1 test","Words":1,"DA":1,"Row":1,"Col":1,"Dup":0,"Sum":0,"NameList":["名詞"],"Lists":[[0]]}`))
	if _, _, _, err := decodeLean(b.Bytes(), "v1 test"); err != nil {
		f.Fatalf("the seed does not decode: %v", err)
	}
	f.Add(b.Bytes())
	f.Add(b.Bytes()[:b.Len()-9])
	f.Fuzz(func(t *testing.T, data []byte) {
		decodeLean(data, "v1 test")
	})
}
