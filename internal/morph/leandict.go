package morph

import (
	"archive/zip"
	"bufio"
	"embed"
	"encoding/binary"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"unsafe"

	"github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome-dict/dict/trie"
	"github.com/ikawaha/kagome-dict/ipa"
)

// The lean dictionary is read here from the IPA package's embedded zip rather than by
// ipa.DictShrink, which reads it with one encoding/binary call per 16- or 32-bit number
// (some 6 million of them, each allocating) and copies the 11.7 MB zip first: that took
// some 0.8 s of CPU and left some 95 MiB of garbage, so that lint's heap rose to about
// 70 MB while loading 28 MiB. Read in blocks, with the parts of speech of the 392,127
// words shared (there are a few hundred distinct ones), it loads in a fraction of the
// time, holds some 3 MiB less and leaves little garbage. The result is the same
// dictionary, field for field (TestLeanDictSameAsKagome); if the embedded file cannot be
// read this way, ipa.DictShrink loads it.

// ipaSource is the IPA package's embedded file system, which holds ipa.dict, the zip
// ipa.Dict and ipa.DictShrink read. The package does not export it.
//
//go:linkname ipaSource github.com/ikawaha/kagome-dict/ipa.dictsrc
var ipaSource embed.FS

// ipaFile is the name of the dictionary in ipaSource.
const ipaFile = "ipa.dict"

// leanDict is the IPA dictionary without the words' other features, as ipa.DictShrink
// gives it.
func leanDict() *dict.Dict {
	if d, err := readLean(); err == nil {
		return d
	}
	return ipa.DictShrink()
}

// readLean reads the lean dictionary from ipaSource.
func readLean() (*dict.Dict, error) {
	f, err := ipaSource.Open(ipaFile)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	ra, ok := f.(io.ReaderAt)
	if !ok {
		return nil, errors.New("the embedded dictionary is not an io.ReaderAt")
	}
	zr, err := zip.NewReader(ra, fi.Size())
	if err != nil {
		return nil, err
	}
	var d dict.Dict
	br := bufio.NewReaderSize(nil, 64<<10)
	for _, zf := range zr.File {
		if zf.Name == dict.ContentDictFileName {
			continue // the features the lean dictionary leaves out
		}
		rc, err := zf.Open()
		if err != nil {
			return nil, err
		}
		br.Reset(rc)
		err = readPart(&d, zf.Name, br)
		rc.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", zf.Name, err)
		}
	}
	if d.Morphs == nil || d.POSTable.POSs == nil || d.Index.Da == nil || d.Connection.Vec == nil || d.CharCategory == nil {
		return nil, errors.New("a part of the dictionary is missing")
	}
	return &d, nil
}

// readPart reads the part name of the dictionary into d, as dict.Load does.
func readPart(d *dict.Dict, name string, r *bufio.Reader) error {
	var err error
	switch name {
	case dict.MorphDictFileName:
		d.Morphs, err = readMorphs(r)
	case dict.POSDictFileName:
		d.POSTable, err = readPOSTable(r)
	case dict.ContentMetaFileName:
		d.ContentsMeta, err = dict.ReadContentsMeta(r)
	case dict.IndexDictFileName:
		d.Index, err = readIndex(r)
	case dict.ConnectionDictFileName:
		d.Connection, err = readConnection(r)
	case dict.CharDefDictFileName:
		var def *dict.CharDef
		if def, err = dict.ReadCharDef(r); err == nil {
			d.CharClass, d.CharCategory, d.InvokeList, d.GroupList = def.CharClass, def.CharCategory, def.InvokeList, def.GroupList
		}
	case dict.UnkDictFileName:
		d.UnkDict, err = dict.ReadUnkDic(r)
	case dict.DictInfoFileName:
		d.SetInfo(dict.ReadDictInfo(r))
	default:
		err = errors.New("unknown part")
	}
	return err
}

// maxEntries bounds the length of an array read from the dictionary.
const maxEntries = 1 << 26

// readLen reads an array's length, an int64.
func readLen(r *bufio.Reader) (int, error) {
	var n int64
	if err := binary.Read(r, binary.LittleEndian, &n); err != nil {
		return 0, err
	}
	if n < 0 || n > maxEntries {
		return 0, fmt.Errorf("bad length %d", n)
	}
	return int(n), nil
}

// readInt16s fills dst with little-endian 16-bit numbers read from r.
func readInt16s(r *bufio.Reader, dst []int16) error {
	for len(dst) > 0 {
		b, err := r.Peek(min(2*len(dst), r.Size()))
		if len(b) < 2 {
			if err == nil || err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return err
		}
		n := len(b) / 2
		for i := range n {
			dst[i] = int16(binary.LittleEndian.Uint16(b[2*i:]))
		}
		r.Discard(2 * n)
		dst = dst[n:]
	}
	return nil
}

// readInt32s fills dst with little-endian 32-bit numbers read from r.
func readInt32s(r *bufio.Reader, dst []int32) error {
	for len(dst) > 0 {
		b, err := r.Peek(min(4*len(dst), r.Size()))
		if len(b) < 4 {
			if err == nil || err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return err
		}
		n := len(b) / 4
		for i := range n {
			dst[i] = int32(binary.LittleEndian.Uint32(b[4*i:]))
		}
		r.Discard(4 * n)
		dst = dst[n:]
	}
	return nil
}

// readMorphs is dict.ReadMorphs: a length, then each word's left and right context ids
// and cost.
func readMorphs(r *bufio.Reader) (dict.Morphs, error) {
	n, err := readLen(r)
	if err != nil {
		return nil, err
	}
	m := make(dict.Morphs, n)
	// dict.Morph is three int16s, in the order they are stored
	return m, readInt16s(r, unsafe.Slice((*int16)(unsafe.Pointer(unsafe.SliceData(m))), 3*n))
}

// readPOSTable is dict.ReadPOSTable with the parts of speech shared: each word's list of
// part-of-speech ids is one of a few hundred.
func readPOSTable(r io.Reader) (dict.POSTable, error) {
	var t dict.POSTable
	dec := gob.NewDecoder(r)
	if err := dec.Decode(&t.POSs); err != nil {
		return t, err
	}
	if err := dec.Decode(&t.NameList); err != nil {
		return t, err
	}
	seen := map[string]dict.POS{}
	for i, p := range t.POSs {
		if len(p) == 0 {
			continue // nil and empty stay as they were decoded
		}
		k := unsafe.String((*byte)(unsafe.Pointer(unsafe.SliceData(p))), 2*len(p))
		if q, ok := seen[k]; ok {
			t.POSs[i] = q
		} else {
			seen[k] = p
		}
	}
	return t, nil
}

// readIndex is dict.ReadIndexTable: the double array of the words' surfaces, then the
// number of words that share each surface.
func readIndex(r *bufio.Reader) (dict.IndexTable, error) {
	var idx dict.IndexTable
	n, err := readLen(r)
	if err != nil {
		return idx, err
	}
	da := make(trie.DoubleArray, n)
	// an element of trie.DoubleArray is two int32s, Base and Check, in the order stored
	if err := readInt32s(r, unsafe.Slice((*int32)(unsafe.Pointer(unsafe.SliceData(da))), 2*n)); err != nil {
		return idx, err
	}
	idx.Da = da
	if n, err = readLen(r); err != nil {
		return idx, err
	}
	kv := make([]int32, 2*n)
	if err := readInt32s(r, kv); err != nil {
		return idx, err
	}
	idx.Dup = make(map[int32]int32, n)
	for i := 0; i < len(kv); i += 2 {
		idx.Dup[kv[i]] = kv[i+1]
	}
	return idx, nil
}

// readConnection is dict.ReadConnectionTable: the numbers of rows and columns, then the
// costs.
func readConnection(r *bufio.Reader) (dict.ConnectionTable, error) {
	var t dict.ConnectionTable
	if err := binary.Read(r, binary.LittleEndian, &t.Row); err != nil {
		return t, err
	}
	if err := binary.Read(r, binary.LittleEndian, &t.Col); err != nil {
		return t, err
	}
	if t.Row < 0 || t.Col < 0 || t.Row*t.Col > maxEntries {
		return t, fmt.Errorf("bad size %d×%d", t.Row, t.Col)
	}
	t.Vec = make([]int16, t.Row*t.Col)
	return t, readInt16s(r, t.Vec)
}
