package align

import (
	"path/filepath"
	"testing"

	"github.com/glossterm/gloss/bitext"
	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/textnorm"
)

const corpusDir = "../testdata/corpus"

func loadCorpus(t testing.TB) (ja, en []Doc, bt []BitextSegment) {
	t.Helper()
	for _, lang := range []string{"ja", "en"} {
		files, _ := filepath.Glob(filepath.Join(corpusDir, lang, "*.txt"))
		for _, f := range files {
			d, err := bitext.ReadDoc(f, lang)
			if err != nil {
				t.Fatal(err)
			}
			d.Name = filepath.Base(f)
			if lang == "ja" {
				ja = append(ja, d)
			} else {
				en = append(en, d)
			}
		}
	}
	files, _ := filepath.Glob(filepath.Join(corpusDir, "bitext", "*.tsv"))
	for _, f := range files {
		segs, err := bitext.Read(f)
		if err != nil {
			t.Fatal(err)
		}
		for i := range segs {
			segs[i].Doc = filepath.Base(f)
		}
		bt = append(bt, segs...)
	}
	return
}

// loadParallel aligns the parallel statements of testdata/corpus/parallel (each folder a
// ja.txt and its en.txt) and returns their segments, anchored on g when it is not nil.
func loadParallel(t testing.TB, g *glossary.Glossary) []BitextSegment {
	t.Helper()
	dirs, _ := filepath.Glob(filepath.Join(corpusDir, "parallel", "*", "ja.txt"))
	if len(dirs) == 0 {
		t.Fatal("no parallel statements in testdata/corpus/parallel")
	}
	var out []BitextSegment
	for _, jf := range dirs {
		dir := filepath.Dir(jf)
		ja, err := bitext.ReadDoc(jf, "ja")
		if err != nil {
			t.Fatal(err)
		}
		en, err := bitext.ReadDoc(filepath.Join(dir, "en.txt"), "en")
		if err != nil {
			t.Fatal(err)
		}
		ja.Name, en.Name = filepath.Base(dir)+"/ja.txt", filepath.Base(dir)+"/en.txt"
		if err := bitext.CheckParallel(ja, en); err != nil {
			t.Fatal(err)
		}
		segs, err := bitext.Align(ja, en, g)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, segs...)
	}
	return out
}

// TestGlossaryAnchor runs the parallel statements with the default glossary: every pair
// whose Japanese the glossary pairs is a known pair; nothing is proposed against it.
func TestGlossaryAnchor(t *testing.T) {
	g, err := glossary.Default()
	if err != nil {
		t.Fatal(err)
	}
	opts := Options{Glossary: g}
	if dict := InstalledEDICT(); dict != "" {
		opts.EDICT = EDICTFile(dict)
	}
	res, err := Run(nil, nil, loadParallel(t, g), opts)
	if err != nil {
		t.Fatal(err)
	}
	knownJA := knownByJA(g)
	known := 0
	for _, p := range res.Pairs {
		if p.Known {
			known++
			continue
		}
		if _, ok := knownJA[textnorm.Key(p.JA)]; ok {
			t.Errorf("%s = %s proposed against the glossary", p.JA, p.EN)
		}
	}
	if known == 0 {
		t.Error("no known pair marked")
	}
	t.Logf("%d known pairs, %d proposals overruled by the glossary", known, res.Stats.Overruled)
}
