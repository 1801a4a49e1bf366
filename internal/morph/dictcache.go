package morph

import (
	"archive/zip"
	"bufio"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"

	"github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome-dict/ipa"
)

// The dictionary cache.
//
// kagome's IPA dictionary is embedded as a zip of deflated parts, 41 MB once inflated:
// inflating them costs some 0.4 s of CPU however they are read (readZip reads them in
// blocks), where reading them stored costs a few tens of milliseconds. The first load of
// the full dictionary copies the parts it inflates, as they are, to a zip of stored parts
// in the cache directory (the glossary index cache's: $GLOSS_CACHE_DIR, else the user cache
// directory's gloss; GLOSS_CACHE=off turns it off), and later processes read that zip with
// the same reader, readZip. The zip's comment names the version of the dictionary module it
// was made from, and each part's CRC-32 is checked as it is read: a file of another
// version, cut short or damaged is not used, and the embedded dictionary is read (and the
// file written again). A cache that cannot be written costs only the time.

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

// fullDict is the IPA dictionary with the words' features, as ipa.Dict gives it, from the
// cache when it holds this version.
func fullDict() *dict.Dict {
	path, version := dictCachePath()
	return cachedDict(path, version)
}

// cachedDict is fullDict with the cache file at path holding version ("": no cache).
func cachedDict(path, version string) *dict.Dict {
	if path == "" {
		if d, err := readDict(true, nil); err == nil {
			return d
		}
		return ipa.Dict()
	}
	if d, err := readCache(path, version); err == nil {
		return d
	}
	d, err := writeCache(path, version)
	if err != nil {
		return ipa.Dict()
	}
	return d
}

var errDictCache = errors.New("morph: the dictionary cache is not this version")

// readCache reads the dictionary from the cache file at path, if it holds version.
func readCache(path, version string) (*dict.Dict, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, _, err := openZip(f)
	if err != nil {
		return nil, err
	}
	if zr.Comment != version {
		return nil, errDictCache
	}
	return readZip(zr, true, nil)
}

// writeCache reads the embedded dictionary and writes its parts to the cache file at path,
// to a temporary file beside it renamed over it, so that a reader never sees a file cut
// short. A cache that cannot be written is left alone: only the dictionary's error is
// returned.
func writeCache(path, version string) (*dict.Dict, error) {
	if os.MkdirAll(filepath.Dir(path), 0o755) != nil {
		return readDict(true, nil)
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return readDict(true, nil)
	}
	defer os.Remove(f.Name()) // once renamed, removes nothing
	w := &lenientWriter{w: bufio.NewWriterSize(f, 64<<10)}
	zw := zip.NewWriter(w)
	d, err := readDict(true, zw)
	if err != nil {
		f.Close()
		return nil, err
	}
	werr := zw.SetComment(version)
	if werr == nil {
		werr = zw.Close()
	}
	if werr == nil && w.err == nil {
		werr = w.w.Flush()
	}
	if cerr := f.Close(); werr == nil {
		werr = cerr
	}
	if werr == nil && w.err == nil && os.Chmod(f.Name(), 0o644) == nil {
		os.Rename(f.Name(), path)
	}
	return d, nil
}

// lenientWriter writes to w until a write fails, and then keeps the error and takes every
// write without writing it: a cache that cannot be written does not stop the dictionary
// from being read.
type lenientWriter struct {
	w   *bufio.Writer
	err error
}

func (l *lenientWriter) Write(p []byte) (int, error) {
	if l.err == nil {
		_, l.err = l.w.Write(p)
	}
	return len(p), nil
}

var _ io.Writer = (*lenientWriter)(nil)
