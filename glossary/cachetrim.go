package glossary

import (
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/glossterm/gloss/internal/atomicfile"
)

// Trimming the cache.
//
// Each version of a large glossary gets an entry of its own: the index (<hash>.idx) and,
// beside it, what other packages compile from it (<hash>.match…, [Index.CacheFile]). A
// glossary edited day after day would fill the disk, so gloss trims the cache the way the go
// command trims its build cache: reading an entry marks it used (its modification time, at
// most once an hour), and writing a new entry removes the entries unused for cacheUnused,
// then the least recently used ones while the cache is larger than $GLOSS_CACHE_MAX
// (default 2 GiB). The entry just written is always kept. A removed entry costs only the
// time to build it again; a process still reading one keeps its open file.

const (
	cacheUnused    = 5 * 24 * time.Hour
	cacheMarkEvery = time.Hour
	cacheMaxBytes  = 2 << 30
)

// writeCache writes the cache entry cp with write, then trims the cache around it. It
// reports whether the entry was written (best effort: a cache that cannot be written
// costs only time).
func writeCache(cp string, write func(io.Writer) error) bool {
	if os.MkdirAll(filepath.Dir(cp), 0o755) != nil {
		return false
	}
	if atomicfile.WriteFunc(cp, write) != nil {
		return false
	}
	trimCache(filepath.Dir(cp), filepath.Base(cp), cacheMax(), time.Now())
	return true
}

// markUsed records that the entry cp, last modified at mod, was read now.
func markUsed(cp string, mod time.Time) {
	if now := time.Now(); now.Sub(mod) > cacheMarkEvery {
		os.Chtimes(cp, now, now)
	}
}

// cacheMax is the size limit of the cache: $GLOSS_CACHE_MAX in bytes, with an optional
// K, M or G (powers of 1024), else cacheMaxBytes.
func cacheMax() int64 {
	s := strings.TrimSpace(os.Getenv("GLOSS_CACHE_MAX"))
	if s == "" {
		return cacheMaxBytes
	}
	mult := int64(1)
	switch s[len(s)-1] | 0x20 {
	case 'k':
		mult = 1 << 10
	case 'm':
		mult = 1 << 20
	case 'g':
		mult = 1 << 30
	}
	if mult > 1 {
		s = s[:len(s)-1]
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 {
		return cacheMaxBytes
	}
	return n * mult
}

// cacheEntry is the files of one cached glossary version.
type cacheEntry struct {
	files []string
	size  int64
	used  time.Time // the newest modification time of its files
}

// trimCache removes from dir the entries unused for cacheUnused at now, then the least
// recently used ones while the entries hold more than max bytes, and temporary files
// that a killed writer left there more than an hour ago; never the entry of the file
// named keep.
func trimCache(dir, keep string, max int64, now time.Time) {
	des, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	entries := map[string]*cacheEntry{}
	for _, de := range des {
		name := de.Name()
		if !de.Type().IsRegular() {
			continue
		}
		fi, err := de.Info()
		if err != nil {
			continue
		}
		path := filepath.Join(dir, name)
		if strings.HasPrefix(name, ".") && strings.Contains(name, ".tmp") {
			if now.Sub(fi.ModTime()) > cacheMarkEvery {
				os.Remove(path) // a writer's work in progress is younger
			}
			continue
		}
		key, ok := entryKey(name)
		if !ok {
			continue // not gloss's: leave it
		}
		e := entries[key]
		if e == nil {
			e = &cacheEntry{}
			entries[key] = e
		}
		e.files = append(e.files, path)
		e.size += fi.Size()
		if fi.ModTime().After(e.used) {
			e.used = fi.ModTime()
		}
	}
	keepKey, _ := entryKey(keep)
	var total int64
	var lru []*cacheEntry
	for key, e := range entries {
		switch {
		case key == keepKey:
			total += e.size
		case now.Sub(e.used) > cacheUnused:
			e.remove()
		default:
			total += e.size
			lru = append(lru, e)
		}
	}
	slices.SortFunc(lru, func(a, b *cacheEntry) int { return a.used.Compare(b.used) })
	for _, e := range lru {
		if total <= max {
			break
		}
		e.remove()
		total -= e.size
	}
}

func (e *cacheEntry) remove() {
	for _, f := range e.files {
		os.Remove(f)
	}
}

// entryKey returns the hash that names the entry a cache file belongs to.
func entryKey(name string) (string, bool) {
	key, _, _ := strings.Cut(name, ".")
	if len(key) != 64 || strings.Trim(key, "0123456789abcdef") != "" {
		return "", false
	}
	return key, true
}
