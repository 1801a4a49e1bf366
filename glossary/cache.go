package glossary

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sync"

	"github.com/glossterm/gloss/internal/textfile"
)

// The compiled index cache.
//
// Parsing YAML is the slow part of reading a large glossary (about 3 s for 100,000
// concepts). So, for files above cacheMin, gloss keeps a compiled copy keyed by the SHA-256
// of the file's bytes: the lookup tables as they lie in memory, and each concept as a
// separately decodable record. A lookup reads the tables and decodes only the concepts it
// shows; export and validate read the records one at a time without the tables
// (OpenConcepts, ValidateFile); other commands decode all concepts, which is still far
// faster than YAML. Any
// change to the file changes the hash, so a stale entry is never used.
//
// The cache lives in $GLOSS_CACHE_DIR, else the user cache directory (…/gloss). GLOSS_CACHE=off
// turns it off. A cache that cannot be written is not an error: gloss parses the file.
// cachetrim.go keeps the cache's size bounded.

const (
	cacheMin   = 1 << 20 // smaller files parse in milliseconds
	cacheMagic = "GLOSSIX\x06"
)

func cacheDir() string {
	if os.Getenv("GLOSS_CACHE") == "off" {
		return ""
	}
	if d := os.Getenv("GLOSS_CACHE_DIR"); d != "" {
		return d
	}
	d, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(d, "gloss")
}

func cachePath(data []byte) string {
	dir := cacheDir()
	if dir == "" || len(data) < cacheMin {
		return ""
	}
	h := sha256.New()
	h.Write([]byte(cacheMagic))
	h.Write(data)
	return filepath.Join(dir, hex.EncodeToString(h.Sum(nil))+".idx")
}

// cachePathOf is cachePath of the bytes of the regular file at path, hashed as they are
// read: "" when there is no cache or the file is too small or too large to have one.
func cachePathOf(path string) string {
	dir := cacheDir()
	if dir == "" {
		return ""
	}
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() || fi.Size() < cacheMin || fi.Size() > textfile.Glossary.Limit {
		return ""
	}
	h := sha256.New()
	h.Write([]byte(cacheMagic))
	n, err := io.Copy(h, f)
	if err != nil || n < cacheMin || n > textfile.Glossary.Limit {
		return ""
	}
	return filepath.Join(dir, hex.EncodeToString(h.Sum(nil))+".idx")
}

// OpenIndex reads the glossary at path and returns its index, from the compiled cache
// when the file is large and has been read before.
func OpenIndex(path string) (*Index, error) {
	data, err := ReadFile(path)
	if err != nil {
		return nil, err
	}
	cp := cachePath(data)
	if cp != "" {
		if ix, err := openCached(cp, path, true); err == nil {
			return ix, nil
		}
		if buildCache(data, path, cp) {
			if ix, err := openCached(cp, path, true); err == nil {
				return ix, nil
			}
		}
	}
	g, err := Parse(data, path)
	if err != nil {
		return nil, err
	}
	ix := NewIndex(g)
	if cp != "" {
		enc := encodeIndex(ix, g)
		writeCache(cp, func(w io.Writer) error { _, err := w.Write(enc); return err })
	}
	return ix, nil
}

// OpenConcepts is [OpenIndex] for a caller that only reads the concepts ([Index.Concepts],
// [Index.Glossary], [Index.Len], the languages): from the compiled cache it leaves out the
// lookup tables, most of the memory of a cached index, so that the index it returns finds
// nothing with Lookup. Without a cache it is OpenIndex.
func OpenConcepts(path string) (*Index, error) {
	data, err := ReadFile(path)
	if err != nil {
		return nil, err
	}
	if cp := cachePath(data); cp != "" {
		if ix, err := openCached(cp, path, false); err == nil {
			return ix, nil
		}
	}
	data = nil
	return OpenIndex(path)
}

// OpenModel reads the glossary at path for a caller that checks text against it one
// concept at a time ([Index.Lean], [Index.At]: lint, through match.CompileIndex): from
// the compiled cache it leaves out the lookup tables and decodes no concept until asked,
// so that a large glossary is never held whole. Without a cache it parses the file and
// returns an index of it without lookup tables: Lookup finds nothing.
func OpenModel(path string) (*Index, error) {
	if cp := cachePathOf(path); cp != "" {
		if ix, err := openCached(cp, path, false); err == nil {
			return ix, nil // the file hashed as it streams by, not held
		}
	}
	data, err := ReadFile(path)
	if err != nil {
		return nil, err
	}
	if cp := cachePath(data); cp != "" {
		ix, err := openCached(cp, path, false)
		if err != nil && buildCache(data, path, cp) {
			ix, err = openCached(cp, path, false)
		}
		if err == nil {
			return ix, nil
		}
	}
	g, err := Parse(data, path)
	if err != nil {
		return nil, err
	}
	return conceptsIndex(g), nil
}

type cacheMeta struct {
	Version   int
	Languages []string
	Comment   string
	Langs     []string
	Concepts  int
	NoDerived bool // Index.NoDerivedForms; absent (false) in a cache that does not say
}

// buildCache writes the cache file cp of the glossary in data without holding the model of
// the whole glossary: it parses one concept at a time (see parseEach), adds its keys to the
// index and appends its record. It returns false, writing nothing, when the file needs the
// whole-file parse, has a problem (which Parse then reports) or the cache cannot be
// written.
func buildCache(data []byte, file, cp string) bool {
	ps := &problems{file: file}
	if !checkEncoding(data, ps) {
		return false
	}
	var b indexBuilder
	var recs []byte
	var offs []uint32
	g, ok := parseEach(data, ps, nil, func(c *Concept) {
		b.add(c)
		offs = append(offs, uint32(len(recs)))
		recs = appendConcept(recs, c)
	})
	if !ok || len(ps.list) > 0 {
		return false
	}
	offs = append(offs, uint32(len(recs)))
	ix := b.index(g)
	return writeCache(cp, func(w io.Writer) error {
		return writeIndex(w, ix, g, int(b.n), offs, recs)
	})
}

func encodeIndex(ix *Index, g *Glossary) []byte {
	var recs []byte
	offs := make([]uint32, 0, len(g.Concepts)+1)
	for _, c := range g.Concepts {
		offs = append(offs, uint32(len(recs)))
		recs = appendConcept(recs, c)
	}
	offs = append(offs, uint32(len(recs)))
	var b bytes.Buffer
	writeIndex(&b, ix, g, len(g.Concepts), offs, recs)
	return b.Bytes()
}

// writeIndex writes the cache file: the meta data of the glossary g of n concepts, the
// tables of ix, then the records of the concepts and their offsets.
func writeIndex(w io.Writer, ix *Index, g *Glossary, n int, offs []uint32, recs []byte) error {
	b := bufio.NewWriter(w)
	b.WriteString(cacheMagic)
	section := func(p []byte) {
		binary.Write(b, binary.LittleEndian, uint64(len(p)))
		b.Write(p)
	}
	meta, _ := json.Marshal(cacheMeta{g.Version, g.Languages, g.Comment, ix.langs, n, ix.noDerived})
	section(meta)
	for _, t := range []*table{&ix.exact, &ix.loose} {
		section(t.blob)
		section(u32s(t.offs))
		refs := make([]byte, 8*len(t.refs))
		for i, r := range t.refs {
			binary.LittleEndian.PutUint32(refs[8*i:], uint32(r.Concept))
			binary.LittleEndian.PutUint16(refs[8*i+4:], r.Lang)
			binary.LittleEndian.PutUint16(refs[8*i+6:], r.Term)
		}
		section(refs)
	}
	section(u32s(offs))
	section(recs)
	return b.Flush()
}

func u32s(v []uint32) []byte {
	out := make([]byte, 4*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint32(out[4*i:], x)
	}
	return out
}

func readU32s(p []byte) []uint32 {
	out := make([]uint32, len(p)/4)
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(p[4*i:])
	}
	return out
}

var errBadCache = errors.New("glossary: damaged index cache")

// openCached reads the tables of a cached index; the concept records, the bulk of the
// file, are read when a concept is first asked for. Without tables it reads only what
// Concepts and Glossary need, and the index finds nothing.
func openCached(cp, file string, tables bool) (*Index, error) {
	f, err := os.Open(cp)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	size := fi.Size()
	magic := make([]byte, len(cacheMagic))
	if _, err := f.ReadAt(magic, 0); err != nil || string(magic) != cacheMagic {
		return nil, errBadCache
	}
	// Sections: meta, 3 per table, record offsets, records.
	off := int64(len(cacheMagic))
	var sections [][]byte
	var recsAt, recsLen int64
	for k := 0; k < 9; k++ {
		var n [8]byte
		if _, err := f.ReadAt(n[:], off); err != nil {
			return nil, errBadCache
		}
		l := int64(binary.LittleEndian.Uint64(n[:]))
		off += 8
		if l < 0 || l > size-off {
			return nil, errBadCache
		}
		if k == 8 {
			recsAt, recsLen = off, l
			off += l
			break
		}
		var p []byte
		if tables || k == 0 || k == 7 {
			p = make([]byte, l)
			if _, err := f.ReadAt(p, off); err != nil {
				return nil, errBadCache
			}
		}
		sections = append(sections, p)
		off += l
	}
	if off != size {
		return nil, errBadCache
	}
	var meta cacheMeta
	if err := json.Unmarshal(sections[0], &meta); err != nil {
		return nil, errBadCache
	}
	ix := &Index{langs: meta.Langs, languages: meta.Languages, n: meta.Concepts, file: file,
		version: meta.Version, comment: meta.Comment, cached: cp, noDerived: meta.NoDerived}
	markUsed(cp, fi.ModTime())
	for k, t := range []*table{&ix.exact, &ix.loose} {
		if !tables {
			t.offs = []uint32{0}
			continue
		}
		s := sections[1+3*k:]
		t.blob = s[0]
		t.offs = readU32s(s[1])
		t.refs = make([]ref, len(s[2])/8)
		for i := range t.refs {
			q := s[2][8*i:]
			t.refs[i] = ref{int32(binary.LittleEndian.Uint32(q)), binary.LittleEndian.Uint16(q[4:]), binary.LittleEndian.Uint16(q[6:])}
			if int(t.refs[i].Concept) >= meta.Concepts || int(t.refs[i].Lang) >= len(meta.Langs) {
				return nil, errBadCache
			}
		}
		if len(t.offs) != len(t.refs)+1 || t.offs[len(t.refs)] != uint32(len(t.blob)) {
			return nil, errBadCache
		}
	}
	offs := readU32s(sections[7])
	if len(offs) != meta.Concepts+1 || int64(offs[meta.Concepts]) != recsLen {
		return nil, errBadCache
	}

	concepts := make([]*Concept, meta.Concepts)
	var mu sync.Mutex
	var recs []byte // all records, once the whole glossary is wanted
	read := func(i int32) []byte {
		if recs != nil {
			return recs[offs[i]:offs[i+1]]
		}
		p := make([]byte, offs[i+1]-offs[i])
		if f, err := os.Open(cp); err == nil {
			f.ReadAt(p, recsAt+int64(offs[i]))
			f.Close()
		}
		return p
	}
	sym := symbols{} // under mu
	damaged := func() *Concept { return &Concept{ID: "(damaged cache record: remove " + cp + ")"} }
	decode := func(i int32) *Concept {
		if concepts[i] == nil {
			c, err := decodeConcept(read(i), sym)
			if err != nil {
				c = damaged()
			}
			concepts[i] = c
		}
		return concepts[i]
	}
	ix.concept = func(i int32) *Concept {
		mu.Lock()
		defer mu.Unlock()
		return decode(i)
	}
	walk := func(dec func([]byte, symbols) (*Concept, error), own bool, yield func(*Concept) bool) {
		// The records in one sequential read; a concept already decoded is not decoded again,
		// and one decoded here is not kept. A walk whose concepts are not kept (own)
		// interns their strings in a table of its own and decodes outside the lock, so
		// that two walks (the matchers lint compiles at once) do not wait on each other.
		sym := sym
		if own {
			sym = symbols{}
		}
		f, err := os.Open(cp)
		if err == nil {
			defer f.Close()
		}
		r := bufio.NewReaderSize(io.NewSectionReader(f, recsAt, recsLen), 1<<16)
		var buf []byte
		for i := range int32(meta.Concepts) {
			mu.Lock()
			c := concepts[i]
			mu.Unlock()
			n := int(offs[i+1] - offs[i])
			buf = slices.Grow(buf[:0], n)[:n]
			if err == nil {
				_, err = io.ReadFull(r, buf)
			}
			switch {
			case c != nil:
			case err != nil:
				c = damaged()
			default:
				if !own {
					mu.Lock()
				}
				c, err = dec(buf, sym)
				if !own {
					mu.Unlock()
				}
				if err != nil { // one damaged record, not the rest of the walk
					c, err = damaged(), nil
				}
			}
			if !yield(c) {
				return
			}
		}
	}
	ix.each = func(yield func(*Concept) bool) { walk(decodeConcept, false, yield) }
	ix.lean = func(yield func(*Concept) bool) { walk(decodeLean, true, yield) }
	var once sync.Once
	var g *Glossary
	ix.all = func() *Glossary {
		once.Do(func() {
			mu.Lock()
			defer mu.Unlock()
			recs = make([]byte, recsLen)
			if f, err := os.Open(cp); err == nil {
				f.ReadAt(recs, recsAt)
				f.Close()
			}
			g = &Glossary{Version: meta.Version, Languages: meta.Languages, Comment: meta.Comment, File: file,
				Concepts: make([]*Concept, meta.Concepts)}
			for i := range g.Concepts {
				g.Concepts[i] = decode(int32(i))
			}
		})
		return g
	}
	return ix, nil
}
