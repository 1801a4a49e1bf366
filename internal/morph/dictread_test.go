package morph

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"

	"github.com/ikawaha/kagome-dict/dict"
)

// TestLeanDictSameAsKagome: the lean dictionary read in blocks from the embedded zip is
// kagome's own lean dictionary (what ipa.DictShrink loads: dict.Load of the same zip
// without the features), field for field, and it is read that way, not by the fallback.
func TestLeanDictSameAsKagome(t *testing.T) {
	got, err := readDict(false, nil)
	if err != nil {
		t.Fatalf("the embedded dictionary does not read in blocks: %v", err)
	}
	b, err := ipaSource.ReadFile(ipaFile)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	want, err := dict.Load(zr, false)
	if err != nil {
		t.Fatal(err)
	}
	if want.Contents != nil || len(want.Morphs) < 300000 {
		t.Fatalf("kagome's lean dictionary has %d words and features: the comparison would prove nothing", len(want.Morphs))
	}
	sameDict(t, got, want)
	// the parts of speech are shared: far fewer distinct lists than words
	distinct := map[*dict.POSID]bool{}
	for _, p := range got.POSTable.POSs {
		if len(p) > 0 {
			distinct[&p[0]] = true
		}
	}
	if len(distinct) > 2000 {
		t.Errorf("%d distinct part-of-speech lists for %d words: not shared", len(distinct), len(got.POSTable.POSs))
	}
}

// TestEmbeddedFound: the IPA dictionary's zip is found in the program's bytes, so that its
// pages are let go once it is read (release), and it reads the same after that.
func TestEmbeddedFound(t *testing.T) {
	data, ok := embedded(ipaSource, ipaFile)
	b, err := ipaSource.ReadFile(ipaFile)
	if err != nil {
		t.Fatal(err)
	}
	if !ok || data != string(b) || !strings.HasPrefix(data, "PK\x03\x04") {
		t.Fatalf("embedded: found %v, %d bytes, want the %d of the zip", ok, len(data), len(b))
	}
	release(data)
	if data != string(b) {
		t.Fatal("the dictionary's bytes changed once released")
	}
	if _, ok := embedded(ipaSource, "nope"); ok {
		t.Error("found a file that is not there")
	}
}
