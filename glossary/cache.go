package glossary

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"sync"

	"github.com/glossterm/gloss/internal/atomicfile"
)

// The compiled index cache.
//
// Parsing YAML is the slow part of reading a large glossary (about 3 s for 100,000
// concepts). So, for files above cacheMin, gloss keeps a compiled copy keyed by the SHA-256
// of the file's bytes: the lookup tables as they lie in memory, and each concept as a
// separately decodable record. A lookup reads the tables and decodes only the concepts it
// shows; other commands decode all concepts, which is still far faster than YAML. Any
// change to the file changes the hash, so a stale entry is never used.
//
// The cache lives in $GLOSS_CACHE_DIR, else the user cache directory (…/gloss). GLOSS_CACHE=off
// turns it off. A cache that cannot be written is not an error: gloss parses the file.

const (
	cacheMin   = 1 << 20 // smaller files parse in milliseconds
	cacheMagic = "GLOSSIX\x04"
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

// OpenIndex reads the glossary at path and returns its index, from the compiled cache
// when the file is large and has been read before.
func OpenIndex(path string) (*Index, error) {
	data, err := ReadFile(path)
	if err != nil {
		return nil, err
	}
	cp := cachePath(data)
	if cp != "" {
		if ix, err := openCached(cp, path); err == nil {
			return ix, nil
		}
	}
	g, err := Parse(data, path)
	if err != nil {
		return nil, err
	}
	ix := NewIndex(g)
	if cp != "" {
		if os.MkdirAll(filepath.Dir(cp), 0o755) == nil {
			atomicfile.Write(cp, encodeIndex(ix, g)) // best effort: a failed cache costs only time
		}
	}
	return ix, nil
}

type cacheMeta struct {
	Version   int
	Languages []string
	Comment   string
	Langs     []string
	Concepts  int
}

func encodeIndex(ix *Index, g *Glossary) []byte {
	var b bytes.Buffer
	b.WriteString(cacheMagic)
	section := func(p []byte) {
		binary.Write(&b, binary.LittleEndian, uint64(len(p)))
		b.Write(p)
	}
	meta, _ := json.Marshal(cacheMeta{g.Version, g.Languages, g.Comment, ix.langs, len(g.Concepts)})
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
	var recs []byte
	offs := make([]uint32, 0, len(g.Concepts)+1)
	for _, c := range g.Concepts {
		offs = append(offs, uint32(len(recs)))
		recs = appendConcept(recs, c)
	}
	offs = append(offs, uint32(len(recs)))
	section(u32s(offs))
	section(recs)
	return b.Bytes()
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
// file, are read when a concept is first asked for.
func openCached(cp, file string) (*Index, error) {
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
		p := make([]byte, l)
		if _, err := f.ReadAt(p, off); err != nil {
			return nil, errBadCache
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
	ix := &Index{langs: meta.Langs, languages: meta.Languages}
	for k, t := range []*table{&ix.exact, &ix.loose} {
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
	decode := func(i int32) *Concept {
		if concepts[i] == nil {
			c, err := decodeConcept(read(i))
			if err != nil {
				c = &Concept{ID: "(damaged cache record: remove " + cp + ")"}
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
