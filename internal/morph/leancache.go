package morph

import (
	"archive/zip"
	"bufio"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"

	"github.com/glossterm/gloss/internal/mmapfile"

	"github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome-dict/dict/trie"
)

// The lean dictionary's mapped file.
//
// Of the 18 MiB the lean dictionary holds, 17 are three flat arrays of numbers that the
// tokenizer reads at random: the double array of the words' surfaces (11 MiB), the
// connection costs (3.4 MiB) and the words' costs (2.3 MiB). A text reaches only the
// entries of its own words, so the arrays are kept, in this machine's byte order, in
// kagome-ipa-lean.bin beside the full dictionary's cache (kagome-ipa.dict, dictcache.go),
// and every process maps that file instead of inflating the embedded zip onto the heap:
// the arrays are off the heap, and only the pages a text reaches are read into memory
// (lint of a short text: a few hundred KiB of the 17 MiB). The first process writes the
// file from the embedded zip a part at a time, through a small buffer (buildLean), and
// maps it too, so that a machine's first lint holds no more than its later ones (12 MB of
// rows that need kagome: some 54 MB of RSS, where reading the arrays onto the heap first
// took 70).
// The rest, a few hundred KiB (the parts of speech, the character classes and the unknown
// words' rules), is read from the file's other sections and the embedded zip's small
// parts. The file names the version of the dictionary module and the architecture it was
// written by (its byte order); a file of another version or architecture, or whose
// sections do not have the sizes its header says, is not used, and is written again.

// leanCacheName is the mapped file's name, beside dictCacheName.
const leanCacheName = "kagome-ipa-lean.bin"

const leanMagic = "GLOSSIPALEAN\x02\x00\x00\x00"

// leanMeta is the file's last section: what the arrays do not say. The sections before it
// are the words' costs (dict.Morph), the double array, the connection costs, the index's
// duplicate counts (key, count) and each word's part of speech (posTable.of), each an
// 8-byte length, the bytes, and zeros to a multiple of 8.
type leanMeta struct {
	Version  string // ipaVersion and runtime.GOARCH
	Words    int
	DA       int // elements of the double array
	Row, Col int64
	Dup      int    // entries of the index's duplicate counts
	Sum      uint32 // CRC-32C of the sections before this one (see summed)
	body     int64  // where this section starts
	NameList []string
	Lists    [][]uint16 // the distinct parts of speech, as ids in NameList
}

// smallParts are the parts of the embedded zip read beside the mapped file.
var smallParts = map[string]bool{dict.ContentMetaFileName: true, dict.CharDefDictFileName: true, dict.UnkDictFileName: true, dict.DictInfoFileName: true}

// leanFile is leanCachePath, but for the tests, whose build does not name the version of
// the dictionary module.
var leanFile = leanCachePath

// leanCachePath returns the path of the mapped file and the version it must name, or ""
// when there is no cache.
func leanCachePath() (path, version string) {
	full, v := dictCachePath()
	if full == "" {
		return "", ""
	}
	return filepath.Join(filepath.Dir(full), leanCacheName), v + " " + runtime.GOARCH
}

// mappedLean returns the lean dictionary and its parts of speech from the mapped file at
// path, which must hold version, or an error if it cannot be used. Its checksum is
// checked unless this process has just written it.
func mappedLean(path, version string, written bool) (*dict.Dict, *posTable, error) {
	data, err := mmapfile.Map(path)
	if err != nil {
		return nil, nil, err
	}
	d, p, m, err := decodeLean(data, version)
	if err == nil && !written && !summed(path, m.body, m.Sum) {
		err = errLeanFile
	}
	if err != nil {
		mmapfile.Unmap(data)
		return nil, nil, err
	}
	return d, p, nil
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// summed reports whether the file's sections before the meta (from the magic to end,
// framing included) have the checksum sum. kagome indexes its arrays with the values they hold, so
// a damaged file whose sizes are right would make it panic on some word. The file is read,
// not its mapping, and dropped from the page cache after, so that the check leaves no page
// in the process's memory (some 17 MB, read at several GB/s).
func summed(path string, end int64, sum uint32) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	defer mmapfile.Evict(f)
	h := crc32.New(castagnoli)
	start := int64(len(leanMagic))
	if _, err := io.Copy(h, io.NewSectionReader(f, start, end-start)); err != nil {
		return false
	}
	return h.Sum32() == sum
}

var errLeanFile = errors.New("morph: the lean dictionary's file is damaged or of another version")

// decodeLean reads the dictionary held in data, whose arrays stay there.
func decodeLean(data []byte, version string) (*dict.Dict, *posTable, leanMeta, error) {
	if len(data) < len(leanMagic) || string(data[:len(leanMagic)]) != leanMagic {
		return nil, nil, leanMeta{}, errLeanFile
	}
	rest := data[len(leanMagic):]
	var sections [][]byte
	for len(rest) > 0 {
		if len(rest) < 8 {
			return nil, nil, leanMeta{}, errLeanFile
		}
		n := binary.LittleEndian.Uint64(rest)
		padded := n + (8-n%8)%8
		if n > uint64(len(rest)-8) || padded > uint64(len(rest)-8) {
			return nil, nil, leanMeta{}, errLeanFile
		}
		sections = append(sections, rest[8:8+n])
		rest = rest[8+padded:]
	}
	if len(sections) != 6 {
		return nil, nil, leanMeta{}, errLeanFile
	}
	var m leanMeta
	m.body = int64(len(data) - 8 - len(sections[5]) - (8-len(sections[5])%8)%8)
	sections = append([][]byte{sections[5]}, sections[:5]...) // the meta first, as named below
	if json.Unmarshal(sections[0], &m) != nil || m.Version != version || m.Words <= 0 || m.Row <= 0 || m.Col <= 0 || m.Row*m.Col > maxEntries ||
		len(sections[1]) != 6*m.Words || len(sections[2]) != 8*m.DA || len(sections[3]) != 2*int(m.Row)*int(m.Col) ||
		len(sections[4]) != 8*m.Dup || len(sections[5]) != 2*m.Words || len(m.Lists) == 0 {
		return nil, nil, leanMeta{}, errLeanFile
	}
	d := &dict.Dict{
		Morphs:     dict.Morphs(mmapfile.Slice[dict.Morph](sections[1])),
		Index:      dict.IndexTable{Da: trie.DoubleArray(mmapfile.Slice[struct{ Base, Check int32 }](sections[2])), Dup: make(map[int32]int32, m.Dup)},
		Connection: dict.ConnectionTable{Row: m.Row, Col: m.Col, Vec: mmapfile.Slice[int16](sections[3])},
		POSTable:   dict.POSTable{NameList: m.NameList},
	}
	kv := mmapfile.Slice[int32](sections[4])
	for i := 0; i+1 < len(kv); i += 2 {
		d.Index.Dup[kv[i]] = kv[i+1]
	}
	lists, ok := namedLists(m.Lists, m.NameList)
	if !ok {
		return nil, nil, leanMeta{}, errLeanFile
	}
	p := &posTable{of: mmapfile.Slice[uint16](sections[5]), lists: lists, ids: m.Lists}
	for _, i := range p.of {
		if int(i) >= len(p.lists) {
			return nil, nil, leanMeta{}, errLeanFile
		}
	}
	if err := readSmallParts(d); err != nil {
		return nil, nil, leanMeta{}, err
	}
	p.unknown(d)
	return d, p, m, nil
}

// readSmallParts reads into d the parts of the embedded zip that the mapped file leaves
// out.
func readSmallParts(d *dict.Dict) error {
	f, zr, _, err := openIPA()
	if err != nil {
		return err
	}
	defer f.Close()
	br := bufio.NewReaderSize(nil, 16<<10)
	for _, zf := range zr.File {
		if !smallParts[zf.Name] {
			continue
		}
		if err := readZipPart(zf, br, nil, func(br *bufio.Reader) error { return readPart(d, zf.Name, br) }); err != nil {
			return err
		}
	}
	if d.CharCategory == nil || d.UnkDict.Morphs == nil {
		return errors.New("a part of the dictionary is missing")
	}
	return nil
}

// buildLean writes the lean dictionary's file at path from the embedded zip, through a
// temporary file renamed over it, so that no process maps a file cut short. The arrays go
// from the zip's parts to the file a block at a time; only the index's duplicate counts
// and the words' parts of speech, under 2 MiB, are held whole. The zip's pages are given
// back after each part.
func buildLean(path, version string) error {
	f, zr, data, err := openIPA()
	if err != nil {
		return err
	}
	defer f.Close()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	out, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer os.Remove(out.Name()) // once renamed, removes nothing
	w := bufio.NewWriterSize(out, 64<<10)
	w.WriteString(leanMagic)
	sum := crc32.New(castagnoli)
	l := leanWriter{w: io.MultiWriter(w, sum), br: bufio.NewReaderSize(nil, 64<<10), zr: zr, embedded: data}
	m := leanMeta{Version: version}
	var x *posIndex
	l.part(dict.POSDictFileName, func(r *bufio.Reader) error {
		numbered := true
		names, err := scanPOSTable(r, func(n int) { x = newPOSIndex(n) }, func(word int, ids dict.POS) {
			numbered = numbered && x.add(word, ids)
		})
		if err == nil && !numbered {
			err = errors.New("more distinct parts of speech than 2 bytes number")
		}
		m.NameList = names
		return err
	})
	l.part(dict.MorphDictFileName, func(r *bufio.Reader) error {
		n, err := readLen(r)
		m.Words = n
		return l.section(r, 6*n, 2, err)
	})
	var kv []byte
	l.part(dict.IndexDictFileName, func(r *bufio.Reader) error {
		n, err := readLen(r)
		m.DA = n
		if err = l.section(r, 8*n, 4, err); err != nil {
			return err
		}
		if m.Dup, err = readLen(r); err != nil {
			return err
		}
		kv = make([]byte, 8*m.Dup)
		_, err = io.ReadFull(r, kv)
		return err
	})
	l.part(dict.ConnectionDictFileName, func(r *bufio.Reader) error {
		err := binary.Read(r, binary.LittleEndian, &m.Row)
		if err == nil {
			err = binary.Read(r, binary.LittleEndian, &m.Col)
		}
		if err == nil && (m.Row <= 0 || m.Col <= 0 || m.Row*m.Col > maxEntries) {
			err = fmt.Errorf("bad size %d×%d", m.Row, m.Col)
		}
		return l.section(r, 2*int(m.Row)*int(m.Col), 2, err)
	})
	if l.err == nil && (x == nil || len(x.of) != m.Words) {
		l.err = errors.New("the parts of speech are not the words'")
	}
	if l.err != nil {
		out.Close()
		return l.err
	}
	frame(l.w, littleEndian(kv, 4))
	frame(l.w, mmapfile.Bytes(x.of))
	m.Sum, m.Lists = sum.Sum32(), x.ids
	meta, err := json.Marshal(m)
	if err != nil {
		out.Close()
		return err
	}
	frame(w, meta)
	err = w.Flush()
	if err == nil {
		err = out.Sync()
	}
	if err == nil {
		mmapfile.Evict(out)
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(out.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(out.Name(), path)
	}
	return err
}

// frame writes a section of the file: its length, its bytes, and zeros to a multiple of 8.
func frame(w io.Writer, b []byte) {
	binary.Write(w, binary.LittleEndian, uint64(len(b)))
	w.Write(b)
	w.Write(make([]byte, (8-len(b)%8)%8))
}

// leanWriter copies the arrays of the zip's parts to the lean dictionary's file, keeping
// the first error.
type leanWriter struct {
	w        io.Writer
	br       *bufio.Reader
	zr       *zip.Reader
	embedded string // the zip's bytes, to give back their pages, or ""
	err      error
}

// part reads the zip's part name with read (readZipPart) and gives back the zip's pages.
func (l *leanWriter) part(name string, read func(*bufio.Reader) error) {
	if l.err != nil {
		return
	}
	l.err = fmt.Errorf("%s: missing", name)
	for _, zf := range l.zr.File {
		if zf.Name == name {
			l.err = readZipPart(zf, l.br, nil, read)
			break
		}
	}
	if l.embedded != "" {
		release(l.embedded)
	}
}

// section copies n bytes of little-endian numbers of size bytes from r to the file as one
// section, in this machine's order, unless err is not nil.
func (l *leanWriter) section(r *bufio.Reader, n, size int, err error) error {
	if err != nil {
		return err
	}
	if n < 0 || n > 8*maxEntries {
		return fmt.Errorf("a section of %d bytes", n)
	}
	binary.Write(l.w, binary.LittleEndian, uint64(n))
	for left := n; left > 0; {
		b, err := r.Peek(min(left, r.Size()) &^ (size - 1))
		if len(b) == 0 {
			if err == nil || err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return err
		}
		if _, err := l.w.Write(littleEndian(b, size)); err != nil {
			return err
		}
		r.Discard(len(b))
		left -= len(b)
	}
	_, err = l.w.Write(make([]byte, (8-n%8)%8))
	return err
}

// littleEndian returns b, numbers of size bytes stored little-endian, in this machine's
// order: b itself on a little-endian machine, else b with each number's bytes reversed.
func littleEndian(b []byte, size int) []byte {
	if binary.NativeEndian.Uint16([]byte{1, 0}) == 1 {
		return b
	}
	for i := 0; i+size <= len(b); i += size {
		slices.Reverse(b[i : i+size])
	}
	return b
}

// loadLeanDict returns the lean dictionary and its parts of speech, mapped from the file
// in the cache, which it writes first when the file is missing, damaged or of another
// version; when there is no cache (GLOSS_CACHE=off) or the file cannot be written, read
// from the embedded zip onto the heap.
//
// before, when not nil, is called with the heap the dictionary takes before it is read
// there: LeanMappedBytes when it is mapped, else LeanBytes.
func loadLeanDict(before func(int64)) (*dict.Dict, *posTable) {
	path, version := leanFile()
	if path != "" {
		d, p, err := mappedLean(path, version, false)
		if err != nil && buildLean(path, version) == nil {
			d, p, err = mappedLean(path, version, true) // its checksum was just computed
		}
		if err == nil {
			if before != nil {
				before(LeanMappedBytes)
			}
			return d, p
		}
	}
	if before != nil {
		before(LeanBytes)
	}
	d := leanDict()
	p := newPOSTable(d)
	if p == nil {
		return d, nil
	}
	d.POSTable.POSs = nil // p has them
	return d, p
}
