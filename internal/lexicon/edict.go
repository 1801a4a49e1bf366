package lexicon

import (
	"bytes"
	"io"
	"os"
	"sync"

	"golang.org/x/text/encoding/japanese"
)

// Word-level evidence for packages that check a rendering rather than align it (lint's
// paraphrased terms): English content words compared by [SameWord], and a lazily read EDICT.

// EnglishWords returns the normalized content words of English text (stop words dropped,
// plurals singular, British spelling American, a light stem), to compare with [SameWord].
func EnglishWords(s string) []string {
	var out []string
	for _, w := range Words(s) {
		if !IsStop(w) {
			out = append(out, Norm(w))
		}
	}
	return out
}

// EDICTGlosses returns a lookup of the English glosses of Japanese words in the EDICT file
// at path. Nothing is read until it is called. A call reads the glosses of the words that no
// earlier call asked for, and they are kept: the first few calls in one pass over the file
// each (a document with a few doubtful terms costs little), later ones from an index of the
// file's headwords built once (some 30 MB for EDICT's 19; a document with many costs one
// pass). A file that cannot be read gives no glosses. It is safe for concurrent use.
func EDICTGlosses(path string) func(words []string) map[string][]string {
	var mu sync.Mutex
	known := map[string][]string{} // every word asked for, nil when EDICT lacks it
	var (
		scans  int
		broken bool
		data   []byte             // the file, once indexed
		heads  map[string][]int32 // EUC-JP headword → the starts of its lines in data
	)
	return func(words []string) map[string][]string {
		mu.Lock()
		defer mu.Unlock()
		want := map[string]bool{}
		for _, w := range words {
			if _, ok := known[w]; !ok && w != "" {
				want[w] = true
			}
		}
		if len(want) > 0 && !broken {
			lx := New()
			var err error
			if scans < edictScans {
				scans++
				var f *os.File
				if f, err = os.Open(path); err == nil {
					_, err = lx.LoadEDICT(f, want)
					f.Close()
				}
			} else {
				if heads == nil {
					data, heads, err = indexEDICT(path)
				}
				if err == nil {
					_, err = lx.LoadEDICT(bytes.NewReader(edictLines(data, heads, want)), want)
				}
			}
			if err != nil {
				broken = true
			}
			for w := range want {
				var gs []string
				for _, e := range lx.Lookup(w) {
					gs = append(gs, e.Gloss)
				}
				known[w] = gs
			}
		}
		out := make(map[string][]string, len(words))
		for _, w := range words {
			if gs := known[w]; len(gs) > 0 {
				out[w] = gs
			}
		}
		return out
	}
}

// edictScans is how many calls of an EDICTGlosses lookup read the file in a pass of their
// own (some 80 ms each) before it is indexed (some 300 ms, once).
const edictScans = 3

// indexEDICT reads the EDICT file at path and indexes its lines by headword (EUC-JP).
func indexEDICT(path string) ([]byte, map[string][]int32, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxEDICTSize))
	if err != nil {
		return nil, nil, err
	}
	heads := make(map[string][]int32, 1<<18)
	for off := 0; off < len(data); {
		end := len(data)
		if nl := bytes.IndexByte(data[off:], '\n'); nl >= 0 {
			end = off + nl + 1
		}
		line := data[off:end]
		if sp := bytes.IndexByte(line, ' '); sp > 0 {
			for _, h := range bytes.Split(line[:sp], []byte(";")) {
				if i := bytes.IndexByte(h, '('); i > 0 {
					h = h[:i]
				}
				heads[string(h)] = append(heads[string(h)], int32(off))
			}
		}
		off = end
	}
	return data, heads, nil
}

// edictLines returns the lines of data whose headword is one of want (UTF-8).
func edictLines(data []byte, heads map[string][]int32, want map[string]bool) []byte {
	enc := japanese.EUCJP.NewEncoder()
	var out []byte
	for w := range want {
		b, err := enc.String(w)
		if err != nil {
			continue
		}
		for _, off := range heads[b] {
			end := len(data)
			if nl := bytes.IndexByte(data[off:], '\n'); nl >= 0 {
				end = int(off) + nl + 1
			}
			out = append(out, data[off:end]...)
		}
	}
	return out
}
