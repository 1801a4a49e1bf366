package match

import (
	"bufio"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"
	"unsafe"

	"github.com/glossterm/gloss/internal/mmapfile"

	"github.com/glossterm/gloss/internal/atomicfile"
)

// The compiled matcher of a large glossary, kept beside its index cache
// ([glossary.Index.CacheFile]).
//
// Compiling EDICT's 257,000 concepts takes seconds and, with what the compiling lets go,
// several hundred megabytes; the matcher itself is flat arrays of numbers. So
// CompileIndex writes them to a file once, as they lie in memory, and later maps the file
// (or reads it where there is no mmap): checking a short text reads the pages of the
// states and entries it reaches, not the whole automaton. The file is named by the
// options that shape the matcher; a file of another format, written by another build of
// the program (whose normalization or inflection rules may differ), or that does not
// match what it claims to hold is compiled again.

// Format 4 names no node's children (child i of the CSR arrays is node i+1) and has no
// table of the nodes with a full row (the first len(rows)/256): a file of format 3, which
// had both, is compiled again.
const matcherMagic = "GLOSSMATCH\x04\x00\x00\x00\x00\x00"

// matcherMeta is the first section: what the arrays do not say.
type matcherMeta struct {
	Build     string // the executable that wrote it (buildStamp)
	Arch      string // runtime.GOARCH: the arrays are in its byte order
	EntrySize int
	LangNames []string
	Excepts   [][]string
	Needs     bool
	NForms    int
	Stride    int32
	Trans16   bool  // the DFA is in trans16
	Shift     uint8 // trans16's
	Trans     bool  // a full DFA
	First     bool
}

// buildStamp tells builds of the program apart: the size and time of its executable.
var buildStamp = sync.OnceValue(func() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	fi, err := os.Stat(exe)
	if err != nil {
		return ""
	}
	return fmt.Sprintf("%d-%d", fi.Size(), fi.ModTime().UnixNano())
})

// cacheName returns the name of the file of a matcher compiled with opts.
func cacheName(opts Options) string {
	var b strings.Builder
	b.WriteString("match")
	if opts.Derived {
		b.WriteString("-derived")
	}
	if opts.NoInflection {
		b.WriteString("-exact")
	}
	if opts.Langs != nil {
		b.WriteString("-langs")
		for _, l := range opts.Langs {
			fmt.Fprintf(&b, "-%x", l) // hex: a language tag never makes a path
		}
	}
	return b.String()
}

// strTable is a list of strings in one blob, for the file.
func strTable(list []string) (blob []byte, offs []uint32) {
	offs = make([]uint32, 0, len(list)+1)
	for _, s := range list {
		offs = append(offs, uint32(len(blob)))
		blob = append(blob, s...)
	}
	return blob, append(offs, uint32(len(blob)))
}

// writeMatcher writes m to w: the magic, then sections, each a length and its bytes
// padded to 8 so that every array in a mapped file is aligned.
func writeMatcher(w io.Writer, m *Matcher) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	bw.WriteString(matcherMagic)
	section := func(p []byte) {
		binary.Write(bw, binary.LittleEndian, uint64(len(p)))
		bw.Write(p)
		bw.Write(make([]byte, (8-len(p)%8)%8))
	}
	a := m.ac
	meta, err := json.Marshal(matcherMeta{Build: buildStamp(), Arch: runtime.GOARCH, EntrySize: int(unsafe.Sizeof(entry{})), LangNames: m.langNames,
		Excepts: m.excepts, Needs: m.needs, NForms: m.nForms, Stride: a.stride, Trans: a.trans != nil, Trans16: a.trans16 != nil, Shift: a.shift, First: a.first != nil})
	if err != nil {
		return err
	}
	section(meta)
	blob, offs := strTable(m.caseKeys)
	section(blob)
	section(mmapfile.Bytes(offs))
	section(unsafe.Slice(unsafe.StringData(m.patBlob), len(m.patBlob))) // no copy on the heap
	offs = m.patOffs
	section(mmapfile.Bytes(offs))
	section(mmapfile.Bytes(m.start))
	section(mmapfile.Bytes(m.entries))
	var first []uint64
	if a.first != nil {
		first = a.first[:]
	}
	for _, p := range [][]byte{mmapfile.Bytes(a.patLen), mmapfile.Bytes(a.childStart), a.childByte, mmapfile.Bytes(a.fail),
		mmapfile.Bytes(a.out), mmapfile.Bytes(a.dict), mmapfile.Bytes(a.rows), mmapfile.Bytes(a.root[:]), mmapfile.Bytes(a.class[:]),
		append(mmapfile.Bytes(a.trans), mmapfile.Bytes(a.trans16)...), mmapfile.Bytes(first)} {
		section(p)
	}
	return bw.Flush()
}

var errMatcherFile = errors.New("match: damaged matcher file")

// readMatcher returns the matcher held in data (a mapped file), whose arrays stay in
// data: data must outlive it and every occurrence it finds.
func readMatcher(data []byte) (*Matcher, error) {
	if len(data) < len(matcherMagic) || string(data[:len(matcherMagic)]) != matcherMagic {
		return nil, errMatcherFile
	}
	rest := data[len(matcherMagic):]
	var sections [][]byte
	for len(rest) > 0 {
		if len(rest) < 8 {
			return nil, errMatcherFile
		}
		n := binary.LittleEndian.Uint64(rest)
		padded := n + (8-n%8)%8
		if n > uint64(len(rest)-8) || padded > uint64(len(rest)-8) {
			return nil, errMatcherFile
		}
		sections = append(sections, rest[8:8+n])
		rest = rest[8+padded:]
	}
	if len(sections) != 18 {
		return nil, errMatcherFile
	}
	var meta matcherMeta
	if json.Unmarshal(sections[0], &meta) != nil || meta.Build != buildStamp() || meta.Arch != runtime.GOARCH || meta.EntrySize != int(unsafe.Sizeof(entry{})) {
		return nil, errMatcherFile
	}
	strs := func(blob, offsB []byte) ([]string, bool) {
		offs := mmapfile.Slice[uint32](offsB)
		if len(offs) == 0 || int(offs[len(offs)-1]) != len(blob) {
			return nil, false
		}
		list := make([]string, len(offs)-1)
		for i := range list {
			if offs[i] > offs[i+1] {
				return nil, false
			}
			list[i] = unsafe.String(unsafe.SliceData(blob[offs[i]:]), int(offs[i+1]-offs[i]))
		}
		return list, true
	}
	m := &Matcher{langNames: meta.LangNames, excepts: meta.Excepts, needs: meta.Needs, nForms: meta.NForms}
	var ok1, ok2 bool
	m.caseKeys, ok1 = strs(sections[1], sections[2])
	// The patterns stay in the file: a string each would take 16 bytes of heap a pattern.
	m.patBlob = unsafe.String(unsafe.SliceData(sections[3]), len(sections[3]))
	m.patOffs = mmapfile.Slice[uint32](sections[4])
	ok2 = len(m.patOffs) > 0 && int(m.patOffs[len(m.patOffs)-1]) == len(m.patBlob)
	m.start = mmapfile.Slice[uint32](sections[5])
	m.entries = mmapfile.Slice[entry](sections[6])
	if !ok1 || !ok2 || len(m.caseKeys) == 0 || len(m.excepts) == 0 || len(m.start) != len(m.patOffs) ||
		int(m.start[len(m.start)-1]) != len(m.entries) {
		return nil, errMatcherFile
	}
	a := &automaton{stride: meta.Stride, shift: meta.Shift}
	m.ac = a
	s := sections[7:]
	a.patLen = mmapfile.Slice[int32](s[0])
	a.childStart = mmapfile.Slice[int32](s[1])
	a.childByte = s[2]
	a.fail = mmapfile.Slice[int32](s[3])
	a.out = mmapfile.Slice[int32](s[4])
	a.dict = mmapfile.Slice[int32](s[5])
	a.rows = mmapfile.Slice[int32](s[6])
	if len(s[7]) != 4*256 || len(s[8]) != 4*256 {
		return nil, errMatcherFile
	}
	copy(a.root[:], mmapfile.Slice[int32](s[7]))
	copy(a.class[:], mmapfile.Slice[int32](s[8]))
	if meta.Trans16 {
		a.trans16 = mmapfile.Slice[int16](s[9])
	} else {
		a.trans = mmapfile.Slice[int32](s[9])
	}
	if meta.First {
		if len(s[10]) != len(a.first)*8 {
			return nil, errMatcherFile
		}
		a.first = (*[1 << 16 / 64]uint64)(mmapfile.Slice[uint64](s[10]))
	}
	n := len(a.out)
	if n == 0 || len(a.patLen) != m.numPatterns() || len(a.childStart) != n+1 || len(a.childByte) != n-1 ||
		len(a.fail) != n || len(a.dict) != n || meta.Trans != (a.trans != nil) || meta.Trans && len(a.trans) != n*int(a.stride) ||
		meta.Trans16 != (a.trans16 != nil) || meta.Trans16 && (n > maxNodes16 || a.stride != 1<<a.shift || len(a.trans16) != n*int(a.stride)) ||
		len(a.rows)%256 != 0 || len(a.rows)/256 > min(n, maxDense) { // the rows section says whether there are dense rows
		return nil, errMatcherFile
	}
	return m, nil
}

// cachedMatcher returns the matcher kept in file, or compiles one with compile and keeps
// it there (best effort: a file that cannot be written costs only time). A matcher just
// compiled is mapped from the file it was written to, like one compiled before, and the
// one on the heap let go.
func cachedMatcher(file string, compile func() (*Matcher, error)) (*Matcher, error) {
	if m, err := mapMatcher(file); err == nil {
		return m, nil
	}
	m, err := compile()
	if err != nil {
		return nil, err
	}
	if atomicfile.WriteFunc(file, func(w io.Writer) error { return writeMatcher(w, m) }) == nil {
		if f, err := os.Open(file); err == nil {
			mmapfile.Evict(f) // see mmapfile: mapped page by page, only the pages a text reaches count
			f.Close()
		}
		if mapped, err := mapMatcher(file); err == nil {
			return mapped, nil
		}
	}
	return m, nil
}

func mapMatcher(file string) (*Matcher, error) {
	data, err := mmapfile.Map(file)
	if err != nil {
		return nil, err
	}
	return readMatcher(data)
}
