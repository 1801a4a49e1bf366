package morph

import (
	"slices"
	"testing"

	"github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome/v2/tokenizer"
)

// TestPOSTable: every word's part of speech from the shared table is the one kagome's
// Token.POS gives (the names of its ids; for an unknown word, its features from the POS
// start index), and the lean tokenizer holds the table, not kagome's lists.
func TestPOSTable(t *testing.T) {
	d, err := readDict(false, nil)
	if err != nil {
		t.Fatal(err)
	}
	p := newPOSTable(d)
	if p == nil {
		t.Fatal("no table for the IPA dictionary")
	}
	if len(p.lists) > 2000 || len(p.of) != len(d.Morphs) {
		t.Fatalf("%d distinct lists for %d words (%d morphs)", len(p.lists), len(p.of), len(d.Morphs))
	}
	for id, ids := range d.POSTable.POSs {
		want := make([]string, 0, len(ids))
		for _, x := range ids {
			want = append(want, d.POSTable.NameList[x])
		}
		if got, ok := p.lookup(tokenizer.KNOWN, id); !ok || !slices.Equal(got, want) {
			t.Fatalf("word %d: %v, want %v", id, got, want)
		}
	}
	start, levels := int(d.UnkDict.ContentsMeta[dict.POSStartIndex]), int(d.UnkDict.ContentsMeta[dict.POSHierarchy])
	if levels == 0 {
		t.Fatalf("the unknown words' meta has no hierarchy: %v", d.UnkDict.ContentsMeta)
	}
	for id, f := range d.UnkDict.Contents {
		if got, ok := p.lookup(tokenizer.UNKNOWN, id); !ok || !slices.Equal(got, f[start:start+levels]) {
			t.Fatalf("unknown class %d: %v, want %v", id, got, f[start:start+levels])
		}
	}
	if leanTok == nil || leanTok.pos == nil {
		t.Fatal("the lean tokenizer has no table")
	}
	if leanTok != fullTok.Load() && leanTok.t != nil {
		toks := TokenizeLean("抑止するAUKUS")
		if len(toks) != 3 || toks[0].POSAt(0) != "名詞" || toks[1].POSAt(0) != "動詞" || toks[2].Known || toks[2].POSAt(0) != "名詞" {
			t.Errorf("TokenizeLean: %+v", toks)
		}
	}
}
