package match

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unsafe"

	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/mmapfile"
)

// TestMatcherFile checks that a matcher written to its file and mapped back finds what
// the compiled one finds, with a full DFA (the default glossary) and with dense rows
// over the trie (a large synthetic one), and that the file of another build of the program
// or a damaged one is compiled again.
func TestMatcherFile(t *testing.T) {
	def, err := glossary.Default()
	if err != nil {
		t.Fatal(err)
	}
	ja, err := os.ReadFile("../testdata/corpus/ja/commentary-us-defense-strategy-2026.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{string(ja), "The Alliance will strengthen extended deterrence; our Treaty, the U.S.-Japan Alliance and integrated deterrence posture a1 b2."}
	for _, tc := range []struct {
		name string
		g    *glossary.Glossary
		opts Options
		dfa  bool
	}{
		{"default", def, Options{}, true},
		{"default derived", def, Options{Derived: true}, true},
		{"large", synthetic(40000), Options{}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// The matcher compiled and written is the one to compare with: the entries of a
			// key are in the order the terms' languages come out of a map.
			var want *Matcher
			file := filepath.Join(t.TempDir(), "m")
			compiled := 0
			compile := func() (m *Matcher, err error) {
				compiled++
				want, err = Compile(tc.g, tc.opts)
				return want, err
			}
			for round := 0; round < 2; round++ {
				got, err := cachedMatcher(file, compile)
				if err != nil {
					t.Fatal(err)
				}
				if got == want || compiled != 1 {
					t.Fatalf("round %d: the matcher was not read from its file (compiled %d times)", round, compiled)
				}
				if (want.ac.hasDFA()) != tc.dfa {
					t.Fatalf("full DFA: %v, want %v", want.ac.hasDFA(), tc.dfa)
				}
				got.concept = want.concept
				for _, text := range texts {
					for _, lang := range []string{"", "ja", "en", "fr"} {
						w, g := want.FindLang(text, lang), got.FindLang(text, lang)
						for i := range max(len(w), len(g)) {
							if i >= len(w) || i >= len(g) || fmt.Sprintf("%+v", w[i]) != fmt.Sprintf("%+v", g[i]) {
								t.Fatalf("round %d, %q: occurrence %d of %d differs from the compiled matcher's (%d): %+v", round, lang, i, len(g), len(w), w[i])
							}
						}
					}
				}
				if len(want.Find(texts[0])) == 0 && tc.name != "default derived" {
					t.Fatal("the text has no term: it tests nothing")
				}
			}
			// Another build of the program compiles its own.
			stamp := buildStamp
			buildStamp = func() string { return "another build" }
			_, err := cachedMatcher(file, compile)
			buildStamp = stamp
			if err != nil || compiled != 2 {
				t.Fatalf("the file of another build was used: %v, compiled %d times", err, compiled)
			}
			if _, err := cachedMatcher(file, compile); err != nil || compiled != 3 {
				t.Fatalf("the file of another build was used: %v, compiled %d times", err, compiled)
			}
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(file, data[:len(data)-8], 0o644); err != nil {
				t.Fatal(err)
			}
			if _, err := cachedMatcher(file, compile); err != nil || compiled != 4 {
				t.Fatalf("a damaged file was used: %v, compiled %d times", err, compiled)
			}
		})
	}
}

// TestMatcherFileOldFormat: a file of format 3, which named every node's children and
// marked the nodes with a full row in a table of its own, written by this very build, is
// compiled again and replaced by one of the current format, never read as one.
func TestMatcherFileOldFormat(t *testing.T) {
	def, err := glossary.Default()
	if err != nil {
		t.Fatal(err)
	}
	ja, err := os.ReadFile("../testdata/corpus/ja/commentary-us-defense-strategy-2026.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		g    *glossary.Glossary
		dfa  bool
	}{
		{name: "full DFA", g: def, dfa: true},
		{name: "dense rows over the trie", g: synthetic(40000), dfa: false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := Compile(tc.g, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if m.ac.hasDFA() != tc.dfa {
				t.Fatalf("full DFA: %v, want %v", m.ac.hasDFA(), tc.dfa)
			}
			var cur bytes.Buffer
			if err := writeMatcher(&cur, m); err != nil {
				t.Fatal(err)
			}
			// A file of this layout whose header names format 3 is not read either.
			relabelled := bytes.Clone(cur.Bytes())
			relabelled[len("GLOSSMATCH")] = 3
			if _, err := readMatcher(relabelled); err == nil {
				t.Fatal("a file whose header names format 3 was read")
			}
			old := formatThree(t, cur.Bytes(), m.ac)
			file := filepath.Join(t.TempDir(), "m")
			if err := os.WriteFile(file, old, 0o644); err != nil {
				t.Fatal(err)
			}
			compiled := 0
			var want *Matcher // the matcher compiled again
			compile := func() (*Matcher, error) {
				compiled++
				want, err = Compile(tc.g, Options{})
				return want, err
			}
			got, err := cachedMatcher(file, compile)
			if err != nil || compiled != 1 {
				t.Fatalf("the file of format 3 was read: %v, compiled %d times", err, compiled)
			}
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.HasPrefix(data, []byte(matcherMagic)) || bytes.Equal(data, old) {
				t.Fatalf("the file of format 3 was not replaced (%q)", data[:16])
			}
			got.concept = want.concept // a matcher read from its file takes its concepts from the index
			text := string(ja)
			if w, g := fmt.Sprint(want.Find(text)), fmt.Sprint(got.Find(text)); w != g || len(want.Find(text)) == 0 {
				t.Fatalf("the matcher read back finds %d occurrences, want the %d (not none) of the one compiled", len(got.Find(text)), len(want.Find(text)))
			}
			if _, err := cachedMatcher(file, compile); err != nil || compiled != 1 {
				t.Fatalf("the file rewritten was not read: %v, compiled %d times", err, compiled)
			}
		})
	}
}

// formatThree rewrites file, a matcher file of a, in format 3: its magic, and the
// childNode and dense arrays after childByte and dict.
func formatThree(t *testing.T, file []byte, a *automaton) []byte {
	t.Helper()
	var sections [][]byte
	for rest := file[len(matcherMagic):]; len(rest) > 0; {
		n := int(binary.LittleEndian.Uint64(rest))
		sections = append(sections, rest[8:8+n])
		rest = rest[8+n+(8-n%8)%8:]
	}
	if len(sections) != 18 {
		t.Fatalf("%d sections, want 18", len(sections))
	}
	n := a.nodes()
	childNode := make([]int32, n-1)
	for i := range childNode {
		childNode[i] = int32(i + 1)
	}
	var dense []int16
	if len(a.rows) > 0 {
		dense = make([]int16, n)
		for i := range dense {
			dense[i] = -1
			if i < len(a.rows)/256 {
				dense[i] = int16(i)
			}
		}
	}
	ac := sections[7:]
	old := append(append([][]byte{}, sections[:7]...), ac[0], ac[1], ac[2], mmapfile.Bytes(childNode), ac[3], ac[4], ac[5], mmapfile.Bytes(dense))
	old = append(old, ac[6:]...)
	var b bytes.Buffer
	b.WriteString("GLOSSMATCH\x03\x00\x00\x00\x00\x00")
	for _, p := range old {
		binary.Write(&b, binary.LittleEndian, uint64(len(p)))
		b.Write(p)
		b.Write(make([]byte, (8-len(p)%8)%8))
	}
	return b.Bytes()
}

// FuzzReadMatcher: a matcher file, however damaged, is refused or read, never a panic
// (the cache directory is the user's, and a file there may be cut short or overwritten).
func FuzzReadMatcher(f *testing.F) {
	def, err := glossary.Default()
	if err != nil {
		f.Fatal(err)
	}
	m, err := Compile(def, Options{})
	if err != nil {
		f.Fatal(err)
	}
	var file bytes.Buffer
	if err := writeMatcher(&file, m); err != nil {
		f.Fatal(err)
	}
	// A mapped file starts on a page: the input is copied to memory aligned as one would be.
	aligned := func(data []byte) []byte {
		buf := make([]uint64, (len(data)+7)/8)
		b := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(buf))), len(buf)*8)[:len(data)]
		copy(b, data)
		return b
	}
	if _, err := readMatcher(aligned(file.Bytes())); err != nil {
		f.Fatalf("the file just written is refused: %v", err)
	}
	f.Add(file.Bytes())
	f.Add(file.Bytes()[:file.Len()/2])
	f.Add([]byte(matcherMagic))
	f.Fuzz(func(t *testing.T, data []byte) {
		readMatcher(aligned(data))
	})
}

// TestCompileIndexNoDerivedForms: for a glossary whose cache says no term has a short
// form, a verb or an adjective, the matcher of derived forms is compiled without reading a
// concept, and finds what the one compiled from the concepts finds: nothing.
func TestCompileIndexNoDerivedForms(t *testing.T) {
	tests := []struct {
		name      string
		plain     bool // the short forms, verbs and adjectives taken out
		noDerived bool
	}{
		{name: "the default glossary", plain: false, noDerived: false},
		{name: "no short form, verb or adjective", plain: true, noDerived: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, err := glossary.Parse(glossary.DefaultSource(), "default.yaml") // a copy of its own: edited
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range g.Concepts {
				for _, terms := range c.Terms {
					for _, term := range terms {
						if tc.plain {
							term.Short, term.Verb, term.Adjective = nil, "", ""
						}
					}
				}
			}
			g.Comment = strings.Repeat("x", 1<<20) // large enough to have a compiled cache
			dir := t.TempDir()
			t.Setenv("GLOSS_CACHE_DIR", filepath.Join(dir, "cache"))
			t.Setenv("GLOSS_CACHE", "")
			path := filepath.Join(dir, "gloss.yaml")
			if err := os.WriteFile(path, glossary.Format(g), 0o644); err != nil {
				t.Fatal(err)
			}
			ix, err := glossary.OpenModel(path)
			if err != nil {
				t.Fatal(err)
			}
			if ix.NoDerivedForms() != tc.noDerived {
				t.Fatalf("NoDerivedForms = %v, want %v", ix.NoDerivedForms(), tc.noDerived)
			}
			got, err := CompileIndex(ix, Options{Derived: true})
			if err != nil {
				t.Fatal(err)
			}
			want, err := Compile(g, Options{Derived: true})
			if err != nil {
				t.Fatal(err)
			}
			gp, _ := got.Patterns()
			wp, _ := want.Patterns()
			if gp != wp || tc.plain != (gp == 0) {
				t.Fatalf("derived patterns from the index: %d, from the glossary: %d", gp, wp)
			}
			text := "The Alliance deterred it; the allied forces and 拡大抑止."
			show := func(occ []Occurrence) string {
				var b strings.Builder
				for _, o := range occ {
					fmt.Fprintf(&b, "%d-%d %s %q %s %d; ", o.Start, o.End, o.Concept.ID, o.Term.Text, o.Form, o.Kind)
				}
				return b.String()
			}
			if g, w := show(got.Find(text)), show(want.Find(text)); g != w || tc.plain != (g == "") {
				t.Fatalf("Find: %s, want %s", g, w)
			}
			// with nothing to derive, no concept is walked and no matcher file is kept
			_, err = os.Stat(ix.CacheFile(cacheName(Options{Derived: true})))
			if os.IsNotExist(err) != tc.noDerived {
				t.Errorf("matcher file kept: %v, want %v", !os.IsNotExist(err), !tc.noDerived)
			}
		})
	}
}
