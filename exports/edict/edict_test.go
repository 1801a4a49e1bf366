package edict

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glossterm/gloss"
	"github.com/glossterm/gloss/exports"
	"github.com/glossterm/gloss/exports/delim"
	"github.com/glossterm/gloss/exports/internal/exptest"
	"github.com/glossterm/gloss/exports/tbx"
	"github.com/glossterm/gloss/exports/tmx"
	"github.com/glossterm/gloss/exports/xlsx"
	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/textfile"
)

func sample(t testing.TB) []byte {
	data, err := os.ReadFile(filepath.Join(exptest.Root(), "edict-sample.euc"))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestRead(t *testing.T) {
	g, err := Read(bytes.NewReader(sample(t)), "edict")
	if err != nil {
		t.Fatal(err)
	}
	byWord := map[string]*glossary.Concept{}
	for _, c := range g.Concepts {
		if byWord[c.Terms["ja"][0].Text] == nil {
			byWord[c.Terms["ja"][0].Text] = c
		}
	}
	for _, tc := range []struct {
		word, reading, en, pos string
		nEn                    int
	}{
		{word: "回縁", reading: "まわりえん", en: "cornice", pos: "noun", nEn: 1},
		{word: "DOS", reading: "ドス", en: "disk operating system", pos: "noun", nEn: 2},
		{word: "回を重ねる", reading: "かいをかさねる", en: "to advance (as of a baseball game)", pos: "verb", nEn: 2},
	} {
		c := byWord[tc.word]
		if c == nil {
			t.Errorf("%s not read (full-width ASCII narrowed?)", tc.word)
			continue
		}
		ja, en := c.Terms["ja"], c.Terms["en"]
		if len(ja) < 2 || ja[1].Text != tc.reading || ja[1].Status != glossary.Admitted || ja[0].PartOfSpeech != tc.pos {
			t.Errorf("%s: ja terms %+v %+v", tc.word, ja[0], ja[len(ja)-1])
		}
		if len(en) != tc.nEn || en[0].Text != tc.en || en[0].Status != glossary.Preferred {
			t.Errorf("%s: en terms %d, first %q", tc.word, len(en), en[0].Text)
		}
		if !strings.HasPrefix(c.ID, "edict-") {
			t.Errorf("id %q", c.ID)
		}
	}
	if c := byWord["回縁"]; len(c.Terms["ja"]) != 3 {
		t.Errorf("回縁: the two readings of one entry are not one concept: %d ja terms", len(c.Terms["ja"]))
	}
	for _, p := range glossary.Validate(g) {
		if p.Severity == glossary.SevError && p.Rule != "term.duplicate" {
			t.Errorf("validate: %v", p)
		}
	}
}

func TestBadInput(t *testing.T) {
	for _, tc := range []struct{ name, data, want string }{
		{name: "no glosses", data: "回縁 [まわりえん]\n", want: "edict:1:1: no glosses"},
		{name: "only glossless lines", data: "４° [しど] /\n回縁 [まわりえん] /(n)/\n", want: "no dictionary entries"},
		{name: "empty", data: "", want: "no dictionary entries"},
		{name: "NUL in an entry", data: "抑止 [よくし] /(n) deterrence/\n拡大\x00 [かくだい] /(n) expansion/\n", want: "edict:2:3: a NUL byte"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Read(strings.NewReader(tc.data), "edict")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want %q", err, tc.want)
			}
		})
	}
}

// TestScanRefusesPastLimit: a dictionary over the limit is an error, not a dictionary cut
// off at the limit.
func TestScanRefusesPastLimit(t *testing.T) {
	defer func(k textfile.Kind) { scanLimit = k }(scanLimit)
	scanLimit = textfile.Kind{Name: "test", Plural: "tests", Limit: 100}
	data := strings.Repeat("抑止 [よくし] /(n) deterrence/\n", 10) // 350 bytes
	_, err := Read(strings.NewReader(data), "edict")
	if !errors.Is(err, gloss.ErrTooLarge) {
		t.Errorf("Read = %v, want gloss.ErrTooLarge", err)
	}
	if _, err := Read(strings.NewReader(data[:70]), "edict"); err != nil {
		t.Errorf("Read under the limit = %v", err)
	}
}

func FuzzRead(f *testing.F) {
	f.Add(sample(f))
	f.Add([]byte("ＤＱＮ [ドキュン] /(n) (1) (sl) dumb-ass/(n) (2) delinquent/\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := Read(bytes.NewReader(data), "f")
		if err == nil && len(g.Concepts) == 0 {
			t.Fatal("no concepts without an error")
		}
	})
}

// The real dictionary, when the Debian package edict is installed.
const realEdict = "/usr/share/edict/edict"

func loadReal(b *testing.B) *glossary.Glossary {
	f, err := os.Open(realEdict)
	if err != nil {
		b.Skipf("%s: %v (apt-get install edict)", realEdict, err)
	}
	defer f.Close()
	g, err := Read(f, realEdict)
	if err != nil {
		b.Fatal(err)
	}
	return g
}

// BenchmarkReadEDICT reads the whole EDICT dictionary (about 267,000 entries).
func BenchmarkReadEDICT(b *testing.B) {
	data, err := os.ReadFile(realEdict)
	if err != nil {
		b.Skip(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Read(bytes.NewReader(data), realEdict); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExportEDICT writes the whole EDICT dictionary in each format.
func BenchmarkExportEDICT(b *testing.B) {
	g := loadReal(b)
	o := exptest.All(exptest.Options())
	for _, tc := range []struct {
		name  string
		write func(io.Writer) (*exports.Report, error)
	}{
		{"tbx", func(w io.Writer) (*exports.Report, error) { return tbx.Write(w, g, tbx.V2, o) }},
		{"tmx", func(w io.Writer) (*exports.Report, error) { return tmx.Write(w, g, o) }},
		{"csv", func(w io.Writer) (*exports.Report, error) { return delim.WriteCSV(w, g, o) }},
		{"xlsx", func(w io.Writer) (*exports.Report, error) { return xlsx.Write(w, g, o) }},
	} {
		b.Run(tc.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := tc.write(io.Discard); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
