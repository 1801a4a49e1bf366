package morph

import (
	"encoding/binary"
	"errors"
	"hash/crc32"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"unsafe"

	"github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome-dict/dict/trie"
)

// The dictionary cache.
//
// kagome's IPA dictionary is embedded as a zip of deflated parts that kagome reads four
// bytes at a time: loading it costs some 0.9 s of CPU, a third of a cold `gloss align` on
// the corpus. The first load writes the dictionary, as it lies in memory, to one file in the
// cache directory (the glossary index cache's: $GLOSS_CACHE_DIR, else the user cache
// directory's gloss; GLOSS_CACHE=off turns it off); later processes read that file whole
// and decode it in a few tens of milliseconds. The file names the version of the
// dictionary module it was made from and ends in a CRC-32C of its bytes: a file of another
// version, cut short or damaged is not used, and the embedded dictionary is loaded (and the
// file written again). A cache that cannot be written costs only the time.

const dictCacheMagic = "GLOSSKAGOMEIPA\x01"

// dictCacheName is the cache file's name: one file, rewritten when the module changes, and
// not of the form of the glossary cache's entries, so that its trimming leaves it alone.
const dictCacheName = "kagome-ipa.dict"

// dictCachePath returns the path of the dictionary cache file and the version it must
// hold, or "" when there is no cache.
func dictCachePath() (path, version string) {
	if os.Getenv("GLOSS_CACHE") == "off" {
		return "", ""
	}
	version = ipaVersion()
	if version == "" {
		return "", ""
	}
	dir := os.Getenv("GLOSS_CACHE_DIR")
	if dir == "" {
		d, err := os.UserCacheDir()
		if err != nil {
			return "", ""
		}
		dir = filepath.Join(d, "gloss")
	}
	return filepath.Join(dir, dictCacheName), version
}

// ipaVersion returns the version and checksum of the IPA dictionary module built in, or ""
// when the build does not say.
func ipaVersion() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	for _, m := range bi.Deps {
		if m.Path == "github.com/ikawaha/kagome-dict/ipa" {
			if m.Replace != nil {
				m = m.Replace
			}
			if m.Version == "" || m.Version == "(devel)" {
				return ""
			}
			return m.Path + "@" + m.Version + " " + m.Sum
		}
	}
	return ""
}

// cached returns load made to read the dictionary from the cache when it holds this
// version, and else to write what load gives there: newTokenizer's full dictionary is
// cached(ipa.Dict).
func cached(load func() *dict.Dict) func() *dict.Dict {
	return func() *dict.Dict {
		path, version := dictCachePath()
		return cachedDict(path, version, load)
	}
}

// cachedDict is what cached's function does with the cache file at path holding version
// ("": no cache).
func cachedDict(path, version string, load func() *dict.Dict) *dict.Dict {
	if path == "" {
		return load()
	}
	if data, err := os.ReadFile(path); err == nil {
		if d, err := decodeDict(data, version); err == nil {
			return d
		}
	}
	d := load()
	if os.MkdirAll(filepath.Dir(path), 0o755) == nil {
		writeFileAtomic(path, encodeDict(d, version))
	}
	return d
}

// writeFileAtomic writes data to a temporary file beside path and renames it over path,
// so that a reader never sees a file cut short (the CRC would catch one, at a cost).
func writeFileAtomic(path string, data []byte) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
	}
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// encodeDict encodes d: the magic, the version, every part, and the CRC-32C of all that.
// Lengths are written plus one, 0 standing for nil, so that the decoded dictionary is the
// same to reflect.DeepEqual.
func encodeDict(d *dict.Dict, version string) []byte {
	e := &dictEnc{b: make([]byte, 0, 48<<20)}
	e.b = append(e.b, dictCacheMagic...)
	e.str(version)
	e.morphs(d.Morphs)
	e.list(d.POSTable.POSs == nil, len(d.POSTable.POSs))
	for _, p := range d.POSTable.POSs {
		e.list(p == nil, len(p))
		for _, id := range p {
			e.b = binary.LittleEndian.AppendUint16(e.b, uint16(id))
		}
	}
	e.strs(d.POSTable.NameList)
	e.meta(d.ContentsMeta)
	e.contents(d.Contents)
	e.u64(uint64(d.Connection.Row))
	e.u64(uint64(d.Connection.Col))
	e.list(d.Connection.Vec == nil, len(d.Connection.Vec))
	for _, v := range d.Connection.Vec {
		e.b = binary.LittleEndian.AppendUint16(e.b, uint16(v))
	}
	e.list(d.Index.Da == nil, len(d.Index.Da))
	for _, n := range d.Index.Da {
		e.b = binary.LittleEndian.AppendUint32(e.b, uint32(n.Base))
		e.b = binary.LittleEndian.AppendUint32(e.b, uint32(n.Check))
	}
	e.int32Map(d.Index.Dup)
	e.strs(d.CharClass)
	e.list(d.CharCategory == nil, len(d.CharCategory))
	e.b = append(e.b, d.CharCategory...)
	e.bools(d.InvokeList)
	e.bools(d.GroupList)
	e.morphs(d.UnkDict.Morphs)
	e.int32Map(d.UnkDict.Index)
	e.int32Map(d.UnkDict.IndexDup)
	e.meta(d.UnkDict.ContentsMeta)
	e.contents(d.UnkDict.Contents)
	info := d.Info()
	e.list(info == nil, 2)
	if info != nil {
		e.str(info.Name)
		e.str(info.Src)
	}
	e.b = binary.LittleEndian.AppendUint32(e.b, crc32.Checksum(e.b, castagnoli))
	return e.b
}

type dictEnc struct{ b []byte }

func (e *dictEnc) u64(v uint64) { e.b = binary.LittleEndian.AppendUint64(e.b, v) }

func (e *dictEnc) list(isNil bool, n int) {
	if isNil {
		e.b = binary.AppendUvarint(e.b, 0)
	} else {
		e.b = binary.AppendUvarint(e.b, uint64(n)+1)
	}
}

func (e *dictEnc) str(s string) {
	e.b = binary.AppendUvarint(e.b, uint64(len(s)))
	e.b = append(e.b, s...)
}

func (e *dictEnc) strs(ss []string) {
	e.list(ss == nil, len(ss))
	for _, s := range ss {
		e.str(s)
	}
}

func (e *dictEnc) bools(bs []bool) {
	e.list(bs == nil, len(bs))
	for _, b := range bs {
		if b {
			e.b = append(e.b, 1)
		} else {
			e.b = append(e.b, 0)
		}
	}
}

func (e *dictEnc) morphs(ms dict.Morphs) {
	e.list(ms == nil, len(ms))
	for _, m := range ms {
		e.b = binary.LittleEndian.AppendUint16(e.b, uint16(m.LeftID))
		e.b = binary.LittleEndian.AppendUint16(e.b, uint16(m.RightID))
		e.b = binary.LittleEndian.AppendUint16(e.b, uint16(m.Weight))
	}
}

func (e *dictEnc) meta(m dict.ContentsMeta) {
	e.list(m == nil, len(m))
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		e.str(k)
		e.b = append(e.b, byte(m[k]))
	}
}

func (e *dictEnc) int32Map(m map[int32]int32) {
	e.list(m == nil, len(m))
	keys := make([]int32, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		e.b = binary.LittleEndian.AppendUint32(e.b, uint32(k))
		e.b = binary.LittleEndian.AppendUint32(e.b, uint32(m[k]))
	}
}

// contents writes the number of strings in all rows first, so that the decoder makes them
// one slice.
func (e *dictEnc) contents(c dict.Contents) {
	total := 0
	for _, row := range c {
		total += len(row)
	}
	e.u64(uint64(total))
	e.list(c == nil, len(c))
	for _, row := range c {
		e.strs(row)
	}
}

var errDictCache = errors.New("morph: the dictionary cache is not this version, or damaged")

// decodeDict decodes what encodeDict wrote for version. Its strings share data's memory,
// which must not change afterwards.
func decodeDict(data []byte, version string) (d *dict.Dict, err error) {
	if len(data) < len(dictCacheMagic)+4 || string(data[:len(dictCacheMagic)]) != dictCacheMagic {
		return nil, errDictCache
	}
	body := data[:len(data)-4]
	if crc32.Checksum(body, castagnoli) != binary.LittleEndian.Uint32(data[len(body):]) {
		return nil, errDictCache
	}
	dc := &dictDec{b: body, s: unsafe.String(unsafe.SliceData(body), len(body)), p: len(dictCacheMagic)}
	if dc.str() != version || dc.err != nil {
		return nil, errDictCache
	}
	d = &dict.Dict{}
	d.Morphs = dc.morphs()
	if n, ok := dc.list(2); ok {
		d.POSTable.POSs = make([]dict.POS, n)
		for i := range d.POSTable.POSs {
			if m, ok := dc.list(2); ok {
				p := make(dict.POS, m)
				for k := range p {
					p[k] = dict.POSID(dc.u16())
				}
				d.POSTable.POSs[i] = p
			}
		}
	}
	d.POSTable.NameList = dc.strs()
	d.ContentsMeta = dc.meta()
	d.Contents = dc.contents()
	d.Connection.Row, d.Connection.Col = int64(dc.u64()), int64(dc.u64())
	if n, ok := dc.list(2); ok {
		d.Connection.Vec = make([]int16, n)
		for i := range d.Connection.Vec {
			d.Connection.Vec[i] = int16(dc.u16())
		}
	}
	if n, ok := dc.list(8); ok {
		d.Index.Da = make(trie.DoubleArray, n)
		for i := range d.Index.Da {
			d.Index.Da[i].Base, d.Index.Da[i].Check = int32(dc.u32()), int32(dc.u32())
		}
	}
	d.Index.Dup = dc.int32Map()
	d.CharClass = dc.strs()
	if n, ok := dc.list(1); ok {
		d.CharCategory = dict.CharCategory(slices.Clone(dc.bytes(n)))
	}
	d.InvokeList = dict.InvokeList(dc.bools())
	d.GroupList = dict.GroupList(dc.bools())
	d.UnkDict.Morphs = dc.morphs()
	d.UnkDict.Index = dc.int32Map()
	d.UnkDict.IndexDup = dc.int32Map()
	d.UnkDict.ContentsMeta = dc.meta()
	d.UnkDict.Contents = dc.contents()
	if _, ok := dc.list(0); ok {
		d.SetInfo(&dict.Info{Name: dc.str(), Src: dc.str()})
	}
	if dc.err != nil || dc.p != len(body) {
		return nil, errDictCache
	}
	return d, nil
}

// dictDec reads what dictEnc wrote; the first read past the end sets err, and every read
// after it returns zero values.
type dictDec struct {
	b   []byte
	s   string // b as a string: the decoded strings are its substrings
	p   int
	err error
}

func (d *dictDec) need(n int) bool {
	if d.err != nil || n < 0 || n > len(d.b)-d.p {
		d.err = errDictCache
		return false
	}
	return true
}

func (d *dictDec) u64() uint64 {
	if !d.need(8) {
		return 0
	}
	v := binary.LittleEndian.Uint64(d.b[d.p:])
	d.p += 8
	return v
}

func (d *dictDec) u32() uint32 {
	if !d.need(4) {
		return 0
	}
	v := binary.LittleEndian.Uint32(d.b[d.p:])
	d.p += 4
	return v
}

func (d *dictDec) u16() uint16 {
	if !d.need(2) {
		return 0
	}
	v := binary.LittleEndian.Uint16(d.b[d.p:])
	d.p += 2
	return v
}

func (d *dictDec) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b[d.p:])
	if n <= 0 {
		d.err = errDictCache
		return 0
	}
	d.p += n
	return v
}

func (d *dictDec) bytes(n int) []byte {
	if !d.need(n) {
		return nil
	}
	v := d.b[d.p : d.p+n]
	d.p += n
	return v
}

// list reads a length written by dictEnc.list: ok is false for nil. Each element takes at
// least size bytes, which bounds the length by what is left.
func (d *dictDec) list(size int) (n int, ok bool) {
	v := d.uvarint()
	if v == 0 || d.err != nil {
		return 0, false
	}
	if v-1 > uint64(len(d.b)-d.p) || size > 0 && v-1 > uint64((len(d.b)-d.p)/size) {
		d.err = errDictCache
		return 0, false
	}
	return int(v - 1), true
}

func (d *dictDec) str() string {
	n := d.uvarint()
	if n > uint64(len(d.b)-d.p) || !d.need(int(n)) {
		d.err = errDictCache
		return ""
	}
	s := d.s[d.p : d.p+int(n)]
	d.p += int(n)
	return s
}

func (d *dictDec) strs() []string {
	n, ok := d.list(1)
	if !ok {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = d.str()
	}
	return out
}

func (d *dictDec) bools() []bool {
	n, ok := d.list(1)
	if !ok {
		return nil
	}
	out := make([]bool, n)
	for i, b := range d.bytes(n) {
		out[i] = b != 0
	}
	return out
}

func (d *dictDec) morphs() dict.Morphs {
	n, ok := d.list(6)
	if !ok {
		return nil
	}
	out := make(dict.Morphs, n)
	for i := range out {
		out[i] = dict.Morph{LeftID: int16(d.u16()), RightID: int16(d.u16()), Weight: int16(d.u16())}
	}
	return out
}

func (d *dictDec) meta() dict.ContentsMeta {
	n, ok := d.list(2)
	if !ok {
		return nil
	}
	out := make(dict.ContentsMeta, n)
	for range n {
		k := d.str()
		if b := d.bytes(1); b != nil {
			out[k] = int8(b[0])
		}
	}
	return out
}

func (d *dictDec) int32Map() map[int32]int32 {
	n, ok := d.list(8)
	if !ok {
		return nil
	}
	out := make(map[int32]int32, n)
	for range n {
		k := int32(d.u32())
		out[k] = int32(d.u32())
	}
	return out
}

// contents decodes the rows into one slice of strings.
func (d *dictDec) contents() dict.Contents {
	total := d.u64()
	if total > uint64(len(d.b)-d.p) {
		d.err = errDictCache
		return nil
	}
	n, ok := d.list(1)
	if !ok {
		return nil
	}
	all := make([]string, total)
	out := make(dict.Contents, n)
	k := 0
	for i := range out {
		m, ok := d.list(1)
		if !ok {
			continue
		}
		if m > len(all)-k {
			d.err = errDictCache
			return nil
		}
		row := all[k : k+m : k+m]
		for j := range row {
			row[j] = d.str()
		}
		out[i] = row
		k += m
	}
	return out
}
