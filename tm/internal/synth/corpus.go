package synth

import (
	"path/filepath"

	"github.com/glossterm/gloss/bitext"
	"github.com/glossterm/gloss/glossary"
)

// CorpusPairs returns the sentence pairs of the corpus under dir (a testdata/corpus):
// its bitext and its parallel statements aligned by align's document aligner.
func CorpusPairs(dir string) ([]Pair, error) {
	segs, err := bitext.Read(filepath.Join(dir, "bitext", "official-statements-2024-2025.tsv"))
	if err != nil {
		return nil, err
	}
	docs, _ := filepath.Glob(filepath.Join(dir, "parallel", "*") + "/")
	for _, d := range docs {
		ja, err1 := bitext.ReadDoc(filepath.Join(d, "ja.txt"), "ja")
		en, err2 := bitext.ReadDoc(filepath.Join(d, "en.txt"), "en")
		if err1 != nil || err2 != nil {
			continue
		}
		s, err := bitext.Align(ja, en, nil)
		if err != nil {
			return nil, err
		}
		segs = append(segs, s...)
	}
	out := make([]Pair, 0, len(segs))
	for _, s := range segs {
		out = append(out, Pair{JA: s.JA, EN: s.EN})
	}
	return out, nil
}

// GlossaryPairs returns the preferred Japanese and English terms of the default
// glossary's concepts, the terms Next swaps for each other.
func GlossaryPairs() ([]Pair, error) {
	g, err := glossary.Default()
	if err != nil {
		return nil, err
	}
	var out []Pair
	for _, c := range g.Concepts {
		if j, e := c.Preferred("ja"), c.Preferred("en"); j != nil && e != nil {
			out = append(out, Pair{JA: j.Text, EN: e.Text})
		}
	}
	return out, nil
}
