package exports_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glossterm/gloss/exports"
	"github.com/glossterm/gloss/exports/delim"
	"github.com/glossterm/gloss/exports/internal/exptest"
	"github.com/glossterm/gloss/exports/tbx"
	"github.com/glossterm/gloss/exports/tmx"
	"github.com/glossterm/gloss/exports/xlsx"
	"github.com/glossterm/gloss/glossary"
)

// streamReader is a format's whole-file reader and its streaming one.
type streamReader struct {
	read func(data []byte, file string) (*glossary.Glossary, error)
	scan func(data []byte, file string) (exports.Source, func(), error)
}

var known = []string{"ja", "en"}

var streamReaders = map[string]streamReader{
	"csv": {
		read: func(d []byte, f string) (*glossary.Glossary, error) {
			return delim.Read(bytes.NewReader(d), f, delim.ReadOptions{Known: known})
		},
		scan: func(d []byte, f string) (exports.Source, func(), error) {
			src, err := delim.Scan(d, f, delim.ReadOptions{Known: known})
			return src, func() {}, err
		},
	},
	"xlsx": {
		read: func(d []byte, f string) (*glossary.Glossary, error) { return xlsx.Read(bytes.NewReader(d), f, known) },
		scan: func(d []byte, f string) (exports.Source, func(), error) { return xlsx.Scan(d, f, known) },
	},
	"tmx": {
		read: func(d []byte, f string) (*glossary.Glossary, error) { return tmx.Read(bytes.NewReader(d), f, known) },
		scan: func(d []byte, f string) (exports.Source, func(), error) {
			src, err := tmx.Scan(d, f, known)
			return src, func() {}, err
		},
	},
	"tbx": {
		read: func(d []byte, f string) (*glossary.Glossary, error) { return tbx.Read(bytes.NewReader(d), f, known) },
		scan: func(d []byte, f string) (exports.Source, func(), error) {
			src, _, err := tbx.Scan(d, f, known)
			return src, func() {}, err
		},
	},
}

// scanAll reads data with the streaming reader into a glossary.
func scanAll(r streamReader, data []byte, file string) (*glossary.Glossary, error) {
	src, release, err := r.scan(data, file)
	defer release()
	if err != nil {
		return nil, err
	}
	g := exports.NewGlossary(src.Languages...)
	for c, err := range src.Concepts {
		if err != nil {
			return nil, err
		}
		g.Concepts = append(g.Concepts, c)
	}
	return g, nil
}

// checkSame checks that the streaming reader gives what the whole-file reader gives: the
// same glossary (languages, concepts, fields, order) or the same error.
func checkSame(t *testing.T, format string, data []byte, file string) {
	t.Helper()
	r := streamReaders[format]
	want, werr := r.read(data, file)
	got, gerr := scanAll(r, data, file)
	if errors.Is(gerr, exports.ErrNotStreamed) {
		t.Fatalf("%s: the streaming reader gave up (%v); want it to stream this file", file, gerr)
	}
	if fmt.Sprint(werr) != fmt.Sprint(gerr) {
		t.Fatalf("%s: streamed error\n%v\nwant (read whole)\n%v", file, gerr, werr)
	}
	if werr != nil {
		return
	}
	if w, g := glossary.Format(want), glossary.Format(got); !bytes.Equal(w, g) {
		t.Errorf("%s: streamed\n%s\nwant (read whole)\n%s", file, head(g), head(w))
	}
}

func head(b []byte) string {
	s := string(b)
	if len(s) > 3000 {
		s = s[:3000] + "…"
	}
	return s
}

// TestStreamSameAsWhole reads the exchange files of the tests and files written from the
// sample and default glossaries both whole and streamed: the same glossary, or the same
// error, each time.
func TestStreamSameAsWhole(t *testing.T) {
	files := map[string]string{ // file → format
		"golden/sample.csv": "csv", "golden/sample.tmx": "tmx", "golden/sample.tbx": "tbx",
		"golden/sample.tbx3.tbx": "tbx", "foreign.tbx": "tbx",
	}
	for f, format := range files {
		data, err := os.ReadFile(filepath.Join(exptest.Root(), f))
		if err != nil {
			t.Fatal(err)
		}
		t.Run(f, func(t *testing.T) { checkSame(t, format, data, f) })
	}
	def, err := glossary.Default()
	if err != nil {
		t.Fatal(err)
	}
	o := exptest.All(exptest.Options())
	for name, g := range map[string]*glossary.Glossary{"sample": exptest.Sample(t), "default": def} {
		for _, w := range []struct {
			format, profile string
			write           func(*bytes.Buffer, *glossary.Glossary, exports.Options) error
		}{
			{format: "csv", write: func(b *bytes.Buffer, g *glossary.Glossary, o exports.Options) error {
				_, err := delim.WriteCSV(b, g, o)
				return err
			}},
			{format: "tmx", write: func(b *bytes.Buffer, g *glossary.Glossary, o exports.Options) error {
				_, err := tmx.Write(b, g, o)
				return err
			}},
			{format: "tbx", write: func(b *bytes.Buffer, g *glossary.Glossary, o exports.Options) error {
				_, err := tbx.Write(b, g, tbx.V2, o)
				return err
			}},
			{format: "tbx", profile: "v3", write: func(b *bytes.Buffer, g *glossary.Glossary, o exports.Options) error {
				_, err := tbx.Write(b, g, tbx.V3, o)
				return err
			}},
		} {
			var b bytes.Buffer
			if err := w.write(&b, g, o); err != nil {
				t.Fatal(err)
			}
			file := name + "." + w.format + w.profile
			t.Run(file, func(t *testing.T) { checkSame(t, w.format, b.Bytes(), file) })
		}
		for _, p := range xlsx.Profiles {
			var b bytes.Buffer
			po := o
			po.Profile = p
			if _, err := xlsx.Write(&b, g, po); err != nil {
				t.Fatal(err)
			}
			file := name + "." + p + ".xlsx"
			t.Run(file, func(t *testing.T) { checkSame(t, "xlsx", b.Bytes(), file) })
		}
	}
}

// TestStreamGenerated checks generated tables: rows of one id together, bad rows, bad
// headers and syntax errors after a bad row (reported first, as a whole read does).
func TestStreamGenerated(t *testing.T) {
	var big strings.Builder
	big.WriteString("id,ja,en,ja status,en variants\n")
	for i := range 3000 {
		fmt.Fprintf(&big, "c%d,抑止用語%d,deterrence term %d,preferred,\"term %d (admitted)\"\n", i/2, i, i, i)
	}
	for name, text := range map[string]string{
		"big":             big.String(),
		"adjacent ids":    "id,ja,en\na,抑止,deterrence\na,抑止力,deterrent\nb,同盟,alliance\n",
		"empty rows":      "ja,en\n\n抑止,deterrence\n,\n同盟,alliance\n",
		"header only":     "ja,en\n",
		"bad status":      "ja,status,en\n抑止,approved,deterrence\n同盟,maybe,alliance\n",
		"bad then syntax": "ja,status,en\n同盟,maybe,alliance\n抑止,\"approved,deterrence\n",
		"bad header":      "ja,colour,en\n抑止,red,deterrence\n",
		"header, syntax":  "ja,colour,en\n抑止,\"red,deterrence\n",
		"no term column":  "id,note\n1,x\n",
		"cell past":       "ja,en\n抑止,deterrence,extra\n",
	} {
		t.Run(name+".csv", func(t *testing.T) { checkSame(t, "csv", []byte(text), name+".csv") })
		if strings.Contains(name, "syntax") {
			continue // no CSV syntax in a workbook
		}
		rows, err := delim.Read(strings.NewReader(text), name, delim.ReadOptions{Known: known})
		if err != nil {
			continue
		}
		var b bytes.Buffer
		if _, err := xlsx.Write(&b, rows, exptest.All(exptest.Options())); err != nil {
			t.Fatal(err)
		}
		t.Run(name+".xlsx", func(t *testing.T) { checkSame(t, "xlsx", b.Bytes(), name+".xlsx") })
	}
}

// TestStreamGivesUp checks the files a streaming reader cannot read one concept at a
// time: it says so (exports.ErrNotStreamed), and the whole-file reader reads them.
func TestStreamGivesUp(t *testing.T) {
	tu := func(concept, lang, text string) string {
		return fmt.Sprintf(`<tu><prop type="x-gloss-concept">%s</prop><tuv xml:lang="ja"><seg>抑止%s</seg></tuv><tuv xml:lang="%s"><seg>%s</seg></tuv></tu>`, concept, text, lang, text)
	}
	tmxFile := func(units ...string) string {
		return `<?xml version="1.0"?><tmx version="1.4"><header srclang="ja" datatype="plaintext" segtype="phrase" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body>` +
			strings.Join(units, "") + `</body></tmx>`
	}
	for _, tc := range []struct{ name, format, text string }{
		{"ids apart", "csv", "id,ja,en\na,抑止,deterrence\nb,同盟,alliance\na,抑止力,deterrent\n"},
		{"concept apart", "tmx", tmxFile(tu("a", "en", "x"), tu("b", "en", "y"), tu("a", "en", "z"))},
		// a language the look at the bytes did not find: the tag written with an entity
		{"hidden language", "tmx", tmxFile(tu("a", "en", "x"), strings.Replace(tu("b", "ko", "y"), `xml:lang="ko"`, `xml:lang="k&#111;"`, 1))},
		{"hidden language", "tbx", `<martif type="TBX" xml:lang="en"><text><body>` +
			`<termEntry id="a"><langSet xml:lang="ja"><tig><term>抑止</term></tig></langSet></termEntry>` +
			`<termEntry id="b"><langSet xml:lang="k&#111;"><tig><term>억제</term></tig></langSet></termEntry>` +
			`</body></text></martif>`},
	} {
		t.Run(tc.name+"."+tc.format, func(t *testing.T) {
			r := streamReaders[tc.format]
			if _, err := scanAll(r, []byte(tc.text), "f"); !errors.Is(err, exports.ErrNotStreamed) {
				t.Errorf("streamed: error %v, want ErrNotStreamed", err)
			}
			if _, err := r.read([]byte(tc.text), "f"); err != nil {
				t.Errorf("read whole: %v", err)
			}
		})
	}
}

// TestScanRemovesTemporaryFiles checks that a streamed workbook leaves no temporary file
// behind, read to its end or not, even when the sheet is spooled to disk.
func TestScanRemovesTemporaryFiles(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("TMPDIR", dir)
	var rows strings.Builder
	rows.WriteString("ja,en,en definition\n")
	long := strings.Repeat("a definition long enough to fill the sheet quickly ", 8)
	for i := range 45000 {
		fmt.Fprintf(&rows, "抑止用語%d,deterrence term %d,%s\n", i, i, long)
	}
	g, err := delim.Read(strings.NewReader(rows.String()), "rows.csv", delim.ReadOptions{Known: known})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if _, err := xlsx.Write(&b, g, exptest.All(exptest.Options())); err != nil {
		t.Fatal(err)
	}
	for _, stopAfter := range []int{1, -1} {
		src, release, err := xlsx.Scan(b.Bytes(), "rows.xlsx", known)
		if err != nil {
			t.Fatal(err)
		}
		spooled := 0
		filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				spooled++
			}
			return nil
		})
		if spooled == 0 {
			t.Errorf("the sheet of %d MB was not spooled to a temporary file", b.Len()>>20)
		}
		n := 0
		for _, err := range src.Concepts {
			if err != nil {
				t.Fatal(err)
			}
			if n++; n == stopAfter {
				break
			}
		}
		release()
		if stopAfter < 0 && n != len(g.Concepts) {
			t.Errorf("streamed %d concepts, want %d", n, len(g.Concepts))
		}
		left, _ := os.ReadDir(dir)
		if len(left) > 0 {
			t.Errorf("left behind in the temporary directory: %v", left)
		}
	}
}

// fuzzSame is checkSame for any input: a file the streaming reader gives up on is read
// whole by its callers, so only what it does read must be what the whole read gives.
func fuzzSame(t *testing.T, format string, data []byte) {
	r := streamReaders[format]
	got, gerr := scanAll(r, data, "f")
	if errors.Is(gerr, exports.ErrNotStreamed) {
		return
	}
	want, werr := r.read(data, "f")
	if fmt.Sprint(werr) != fmt.Sprint(gerr) {
		t.Fatalf("streamed error\n%v\nwant (read whole)\n%v", gerr, werr)
	}
	if werr == nil && !bytes.Equal(glossary.Format(want), glossary.Format(got)) {
		t.Fatalf("streamed\n%s\nwant (read whole)\n%s", glossary.Format(got), glossary.Format(want))
	}
}

func fuzzSeeds(f *testing.F, names ...string) {
	for _, n := range names {
		data, err := os.ReadFile(filepath.Join(exptest.Root(), n))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

func FuzzStreamCSV(f *testing.F) {
	fuzzSeeds(f, "golden/sample.csv")
	f.Add([]byte("id,ja,en\na,抑止,deterrence\na,抑止力,deterrent\nb,同盟,alliance\n"))
	f.Add([]byte("ja,status,en\n同盟,maybe,alliance\n抑止,\"approved,deterrence\n"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzSame(t, "csv", data) })
}

func FuzzStreamTMX(f *testing.F) {
	fuzzSeeds(f, "golden/sample.tmx")
	f.Fuzz(func(t *testing.T, data []byte) { fuzzSame(t, "tmx", data) })
}

func FuzzStreamTBX(f *testing.F) {
	fuzzSeeds(f, "golden/sample.tbx", "golden/sample.tbx3.tbx", "foreign.tbx")
	f.Fuzz(func(t *testing.T, data []byte) { fuzzSame(t, "tbx", data) })
}
