package morph

import (
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

	"github.com/glossterm/gloss/internal/mmapfile"

	"github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome-dict/dict/trie"
)

// The lean dictionary's mapped file.
//
// Of the 18 MiB the lean dictionary holds, 17 are three flat arrays of numbers that the
// tokenizer reads at random: the double array of the words' surfaces (11 MiB), the
// connection costs (3.4 MiB) and the words' costs (2.3 MiB). A text reaches only the
// entries of its own words, so the first process that loads the lean dictionary writes
// the arrays, as they lie in memory, to kagome-ipa-lean.bin beside the full dictionary's
// cache (kagome-ipa.dict, dictcache.go), and later processes map that file instead of
// inflating the embedded zip: the arrays are off the heap, and only the pages a text
// reaches are read into memory (lint of a short text: a few hundred KiB of the 17 MiB).
// The rest, a few hundred KiB (the parts of speech, the character classes and the unknown
// words' rules), is read from the file's other sections and the embedded zip's small
// parts. The file names the version of the dictionary module and the architecture it was
// written by (its byte order); a file of another version or architecture, or whose
// sections do not have the sizes its header says, is not used, and is written again.

// leanCacheName is the mapped file's name, beside dictCacheName.
const leanCacheName = "kagome-ipa-lean.bin"

const leanMagic = "GLOSSIPALEAN\x01\x00\x00\x00"

// leanMeta is the file's first section: what the arrays do not say.
type leanMeta struct {
	Version  string // ipaVersion and runtime.GOARCH
	Words    int
	DA       int // elements of the double array
	Row, Col int64
	Dup      int    // entries of the index's duplicate counts
	Sum      uint32 // CRC-32C of the file after this section (see summed)
	body     int64  // where that part starts
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
// path, which must hold version, or an error if it cannot be used.
func mappedLean(path, version string) (*dict.Dict, *posTable, error) {
	data, err := mmapfile.Map(path)
	if err != nil {
		return nil, nil, err
	}
	d, p, m, err := decodeLean(data, version)
	if err == nil && !summed(path, m.body, m.Sum) {
		err = errLeanFile
	}
	if err != nil {
		mmapfile.Unmap(data)
		return nil, nil, err
	}
	return d, p, nil
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// summed reports whether the file's sections after the meta (from offset on, framing
// included) have the checksum sum. kagome indexes its arrays with the values they hold, so
// a damaged file whose sizes are right would make it panic on some word. The file is read,
// not its mapping, and dropped from the page cache after, so that the check leaves no page
// in the process's memory (some 17 MB, read at several GB/s).
func summed(path string, offset int64, sum uint32) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	defer mmapfile.Evict(f)
	h := crc32.New(castagnoli)
	if _, err := io.Copy(h, io.NewSectionReader(f, offset, 1<<62)); err != nil {
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
	m.body = int64(len(leanMagic) + 8 + len(sections[0]) + (8-len(sections[0])%8)%8)
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
	p := &posTable{of: mmapfile.Slice[uint16](sections[5]), lists: make([][]string, len(m.Lists)), ids: m.Lists}
	for i, ids := range m.Lists {
		names := make([]string, len(ids))
		for k, id := range ids {
			if int(id) >= len(m.NameList) {
				return nil, nil, leanMeta{}, errLeanFile
			}
			names[k] = m.NameList[id]
		}
		p.lists[i] = names
	}
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
	f, err := ipaSource.Open(ipaFile)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, _, err := openZip(f)
	if err != nil {
		return err
	}
	br := bufio.NewReaderSize(nil, 16<<10)
	for _, zf := range zr.File {
		if !smallParts[zf.Name] {
			continue
		}
		rc, err := zf.Open()
		if err != nil {
			return err
		}
		br.Reset(rc)
		err = readPart(d, zf.Name, br)
		rc.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", zf.Name, err)
		}
	}
	if d.CharCategory == nil || d.UnkDict.Morphs == nil {
		return errors.New("a part of the dictionary is missing")
	}
	return nil
}

// writeLean writes the lean dictionary d and its parts of speech p to the file at path,
// through a temporary file renamed over it, so that no process maps a file cut short.
func writeLean(path, version string, d *dict.Dict, p *posTable) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name()) // once renamed, removes nothing
	w := bufio.NewWriterSize(f, 64<<10)
	w.WriteString(leanMagic)
	kv := make([]int32, 0, 2*len(d.Index.Dup))
	for k, v := range d.Index.Dup {
		kv = append(kv, k, v)
	}
	body := [][]byte{mmapfile.Bytes(d.Morphs), mmapfile.Bytes(d.Index.Da), mmapfile.Bytes(d.Connection.Vec), mmapfile.Bytes(kv), mmapfile.Bytes(p.of)}
	sum := crc32.New(castagnoli)
	for _, b := range body {
		frame(sum, b)
	}
	meta, err := json.Marshal(leanMeta{Version: version, Words: len(d.Morphs), DA: len(d.Index.Da), Row: d.Connection.Row, Col: d.Connection.Col,
		Dup: len(d.Index.Dup), Sum: sum.Sum32(), NameList: d.POSTable.NameList, Lists: p.ids})
	if err != nil {
		f.Close()
		return err
	}
	frame(w, meta)
	for _, b := range body {
		frame(w, b)
	}
	err = w.Flush()
	if err == nil {
		err = f.Sync()
	}
	if err == nil {
		mmapfile.Evict(f)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	return err
}

// frame writes a section of the file: its length, its bytes, and zeros to a multiple of 8.
func frame(w io.Writer, b []byte) {
	binary.Write(w, binary.LittleEndian, uint64(len(b)))
	w.Write(b)
	w.Write(make([]byte, (8-len(b)%8)%8))
}

// loadLeanDict returns the lean dictionary and its parts of speech: mapped from the file
// in the cache when it holds this version, else read from the embedded zip onto the heap
// and written to that file for the next process (not with GLOSS_CACHE=off).
//
// before, when not nil, is called with the heap the dictionary takes before it is read
// there: LeanMappedBytes when it is mapped, else LeanBytes.
func loadLeanDict(before func(int64)) (*dict.Dict, *posTable) {
	path, version := leanFile()
	if path != "" {
		if d, p, err := mappedLean(path, version); err == nil {
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
	if path != "" {
		// For the next process: this one keeps what it read, since mapping the file now
		// would hold the arrays twice until the collector lets these go.
		writeLean(path, version, d, p)
	}
	d.POSTable.POSs = nil // p has them
	return d, p
}
