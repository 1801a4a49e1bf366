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
	"io/fs"
	"reflect"
	"slices"
	"strings"
	"unsafe"

	"github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome-dict/dict/trie"
	"github.com/ikawaha/kagome-dict/ipa"
)

// The lean dictionary is read here from the IPA package's embedded zip rather than by
// ipa.DictShrink, which copies the 11.7 MB zip, reads it with one encoding/binary call per
// 16- or 32-bit number (some 6 million of them, each allocating) and decodes the words'
// parts of speech with encoding/gob (some 50 MiB): 0.8 s of CPU and some 140 MiB of
// garbage for 28 MiB kept, which took lint's heap to some 70 MB while it loaded. Read in
// 64 KiB blocks, with the parts of speech of the 392,127 words shared (a few hundred
// distinct lists), it is 26 MiB (18 once the lists are a posTable), loads in a fifth of the time and leaves little garbage:
// lint of one row that needs kagome peaks at some 70 MB of RSS instead of 105. The result
// is the same dictionary, field for field (TestLeanDictSameAsKagome); if the embedded file
// cannot be read this way (a version of the IPA package that names or stores it
// otherwise), ipa.DictShrink loads it.
//
// The full dictionary is read by the same reader (readZip), with the words' features
// (readContents), and so is its cache, the same parts stored (dictcache.go): the same as
// ipa.Dict's, field for field (TestFullDictSameAsKagome), which is its fallback.

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
	if d, err := readDict(false, nil); err == nil {
		return d
	}
	return ipa.DictShrink()
}

// readDict reads the dictionary from ipaSource, with the words' features when full, and
// when cache is not nil, copies its parts there as it goes, uncompressed (writeCache).
func readDict(full bool, cache *zip.Writer) (*dict.Dict, error) {
	f, zr, data, err := openIPA()
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if data != "" {
		defer release(data)
	}
	return readZip(zr, full, cache)
}

// openIPA opens the embedded zip, ipaSource's ipaFile, and returns it, its directory and
// its bytes as the program holds them (for release), or "" when they are not found.
func openIPA() (fs.File, *zip.Reader, string, error) {
	f, err := ipaSource.Open(ipaFile)
	if err != nil {
		return nil, nil, "", err
	}
	zr, size, err := openZip(f)
	if err != nil {
		f.Close()
		return nil, nil, "", err
	}
	data, ok := embedded(ipaSource, ipaFile)
	if !ok || int64(len(data)) != size {
		data = ""
	}
	return f, zr, data, nil
}

// readZipPart reads the zip's part zf with read, through br, copying what it reads to
// tee when not nil, and then to its end, so that the zip checks its CRC. Its errors name
// the part.
func readZipPart(zf *zip.File, br *bufio.Reader, tee io.Writer, read func(*bufio.Reader) error) error {
	rc, err := zf.Open()
	if err != nil {
		return fmt.Errorf("%s: %w", zf.Name, err)
	}
	defer rc.Close()
	var r io.Reader = rc
	if tee != nil {
		r = io.TeeReader(rc, tee)
	}
	br.Reset(r)
	err = read(br)
	if err == nil {
		_, err = io.Copy(io.Discard, br)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", zf.Name, err)
	}
	return nil
}

// openZip reads the directory of the zip f, the embedded dictionary or its cache, and
// returns it and f's size.
func openZip(f fs.File) (*zip.Reader, int64, error) {
	fi, err := f.Stat()
	if err != nil {
		return nil, 0, err
	}
	ra, ok := f.(io.ReaderAt)
	if !ok {
		return nil, 0, errors.New("the dictionary's zip is not an io.ReaderAt")
	}
	zr, err := zip.NewReader(ra, fi.Size())
	return zr, fi.Size(), err
}

// readZip reads a dictionary from zr, a zip of kagome's parts, deflated (ipaSource) or
// stored (the cache), as dict.Load does, with the words' features when full; when cache is
// not nil, it copies the parts it reads there, stored. Each part is read to its end, so
// that the zip checks its CRC.
func readZip(zr *zip.Reader, full bool, cache *zip.Writer) (*dict.Dict, error) {
	var d dict.Dict
	br := bufio.NewReaderSize(nil, 64<<10)
	for _, zf := range zr.File {
		if zf.Name == dict.ContentDictFileName && !full {
			continue // the features the lean dictionary leaves out
		}
		var tee io.Writer
		if cache != nil {
			if w, err := cache.CreateHeader(&zip.FileHeader{Name: zf.Name, Method: zip.Store}); err == nil {
				tee = w
			}
		}
		err := readZipPart(zf, br, tee, func(br *bufio.Reader) (err error) {
			if zf.Name == dict.ContentDictFileName {
				d.Contents, err = readContents(br, zf.UncompressedSize64)
				return err
			}
			return readPart(&d, zf.Name, br)
		})
		if err != nil {
			return nil, err
		}
	}
	if d.Morphs == nil || d.POSTable.POSs == nil || d.Index.Da == nil || d.Connection.Vec == nil || d.CharCategory == nil || full && d.Contents == nil {
		return nil, errors.New("a part of the dictionary is missing")
	}
	return &d, nil
}

// embedded returns the contents of the file name in fsys, the program's own bytes (not a
// copy, as fsys.ReadFile gives), and whether it found them. embed.FS does not give them, so
// they are looked up in its structure, a list of files each with its name and contents;
// should that change, embedded finds nothing.
func embedded(fsys embed.FS, name string) (string, bool) {
	v := reflect.ValueOf(fsys)
	if v.Kind() != reflect.Struct || v.NumField() != 1 || v.Field(0).Kind() != reflect.Pointer || v.Field(0).IsNil() {
		return "", false
	}
	files := v.Field(0).Elem()
	if files.Kind() != reflect.Slice {
		return "", false
	}
	for i := range files.Len() {
		f := files.Index(i)
		if f.Kind() != reflect.Struct || f.NumField() < 2 || f.Field(0).Kind() != reflect.String || f.Field(1).Kind() != reflect.String {
			return "", false
		}
		if f.Field(0).String() == name {
			return f.Field(1).String(), true
		}
	}
	return "", false
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

// readPOSTable is dict.ReadPOSTable, a gob stream of the words' lists of part-of-speech ids
// ([]dict.POS) and then the names of the parts of speech, with the lists shared: each is
// one of a few hundred. Decoded by encoding/gob, the lists of the 392,127 words take some
// 50 MiB of garbage, so they are read here (scanPOSTable); the names are left to encoding/gob.
func readPOSTable(r *bufio.Reader) (dict.POSTable, error) {
	var t dict.POSTable
	seen := map[string]dict.POS{}
	var err error
	t.NameList, err = scanPOSTable(r, func(n int) { t.POSs = make([]dict.POS, n) }, func(word int, ids dict.POS) {
		key := unsafe.String((*byte)(unsafe.Pointer(unsafe.SliceData(ids))), 2*len(ids))
		p, ok := seen[key]
		if !ok {
			p = slices.Clone(ids)
			seen[strings.Clone(key)] = p
		}
		t.POSs[word] = p
	})
	return t, err
}

// scanPOSTable reads the part of speech part of the dictionary: it calls words with the
// number of words, then list with each word's list of ids (a buffer that the next call
// overwrites), and returns the names of the parts of speech.
func scanPOSTable(r *bufio.Reader, words func(n int), list func(word int, ids dict.POS)) ([]string, error) {
	p := gobReader{r: r}
	for done := false; !done; {
		size, err := p.uint()
		if err != nil {
			return nil, err
		}
		p.n = 0
		id, err := p.int()
		if err != nil {
			return nil, err
		}
		if id < 0 { // a type's definition
			if _, err := r.Discard(int(size) - p.n); err != nil {
				return nil, err
			}
			continue
		}
		if err := p.posLists(words, list); err != nil {
			return nil, err
		}
		if uint64(p.n) != size {
			return nil, fmt.Errorf("a message of %d bytes holds %d", size, p.n)
		}
		done = true
	}
	var names []string
	err := gob.NewDecoder(r).Decode(&names)
	return names, err
}

// gobReader reads the numbers of a gob stream, counting the bytes read in n.
type gobReader struct {
	r *bufio.Reader
	n int
}

// uint reads an unsigned number: one byte below 128, else a byte holding the negated
// count of the big-endian bytes that follow.
func (g *gobReader) uint() (uint64, error) {
	b, err := g.r.ReadByte()
	if err != nil {
		return 0, err
	}
	g.n++
	if b < 0x80 {
		return uint64(b), nil
	}
	k := 256 - int(b)
	if k > 8 {
		return 0, fmt.Errorf("a number of %d bytes", k)
	}
	var u uint64
	for range k {
		if b, err = g.r.ReadByte(); err != nil {
			return 0, err
		}
		u = u<<8 | uint64(b)
	}
	g.n += k
	return u, nil
}

// int reads a signed number: an unsigned one, the sign in its lowest bit.
func (g *gobReader) int() (int64, error) {
	u, err := g.uint()
	if u&1 != 0 {
		return ^int64(u >> 1), err
	}
	return int64(u >> 1), err
}

// posLists reads the value of a []dict.POS sent at the top level: a field number of 0,
// the number of lists, and each list as its length and its ids, calling words and list as
// scanPOSTable says.
func (g *gobReader) posLists(words func(n int), list func(word int, ids dict.POS)) error {
	if f, err := g.uint(); err != nil || f != 0 {
		return fmt.Errorf("not a list of parts of speech (field %d): %v", f, err)
	}
	n, err := g.uint()
	if err != nil || n > maxEntries {
		return fmt.Errorf("%d lists of parts of speech: %v", n, err)
	}
	words(int(n))
	var buf dict.POS
	for i := range int(n) {
		k, err := g.uint()
		if err != nil || k > 64 {
			return fmt.Errorf("a list of %d parts of speech: %v", k, err)
		}
		buf = buf[:0]
		for range k {
			id, err := g.uint()
			if err != nil || id > 0xffff {
				return fmt.Errorf("part of speech %d: %v", id, err)
			}
			buf = append(buf, dict.POSID(id))
		}
		list(i, buf)
	}
	return nil
}

// maxContents bounds the size of the words' features (22 MB in the IPA dictionary).
const maxContents = 1 << 28

// readContents is dict.ReadContents: the words' features, a row a word, the rows split at
// newlines and their columns at BELs. The text, of size bytes, is read whole, in one
// allocation rather than grown as io.ReadAll does, and the rows are slices of one slice of
// strings that share its memory, counted first, rather than strings.Split's 392,127 slices:
// the same rows and columns, to reflect.DeepEqual.
func readContents(r io.Reader, size uint64) (dict.Contents, error) {
	if size > maxContents {
		return nil, fmt.Errorf("%d bytes of features", size)
	}
	b := make([]byte, size+1) // one more, to see the text end where the zip said
	n, err := io.ReadFull(r, b)
	if err != io.ErrUnexpectedEOF || uint64(n) != size {
		if err == nil {
			err = errors.New("longer than the zip says")
		}
		return nil, err
	}
	text := unsafe.String(unsafe.SliceData(b), n) // b is not written again
	rows := strings.Count(text, rowDelimiter) + 1
	out := make(dict.Contents, rows)
	all := make([]string, rows+strings.Count(text, colDelimiter))
	for i := range out {
		row, rest, _ := strings.Cut(text, rowDelimiter)
		k := 0
		for {
			col, more, ok := strings.Cut(row, colDelimiter)
			all[k] = col
			k++
			if !ok {
				break
			}
			row = more
		}
		out[i], all = all[:k:k], all[k:]
		text = rest
	}
	return out, nil
}

// The delimiters of the features' rows and columns (dict.NewContents).
const rowDelimiter, colDelimiter = "\n", "\a"

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
