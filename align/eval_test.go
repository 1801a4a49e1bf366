package align

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const corpusDir = "../testdata/corpus"

func loadCorpus(t testing.TB) (ja, en []Doc, bt []BitextSegment) {
	t.Helper()
	for _, lang := range []string{"ja", "en"} {
		files, _ := filepath.Glob(filepath.Join(corpusDir, lang, "*.txt"))
		for _, f := range files {
			d, err := ReadDoc(f, lang)
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
		segs, err := ReadBitext(f)
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

// corpusEnglish is the English the corpus attests: the sources, the bitext's English, and
// the Japanese commentaries (whose parentheses hold English).
func corpusEnglish(ja, en []Doc, bt []BitextSegment) []string {
	var out []string
	for _, d := range en {
		out = append(out, d.Text)
	}
	for _, d := range ja {
		out = append(out, d.Text)
	}
	var b strings.Builder
	for _, s := range bt {
		b.WriteString(s.EN + "\n")
	}
	return append(out, b.String())
}

// TestDevList measures the aligner on testdata/corpus/terms-dev.tsv, with no glossary, so
// that no pair is known in advance, counting only rows whose English the corpus attests.
// With EDICT installed (CI installs it) it must reach recall 0.9 among the proposals and
// precision 0.95 of the auto rows. Without a lexicon only the parenthetical, acronym and
// transliteration evidence is left: auto precision must hold, recall is lower.
//
//	go test ./align -run TestDevList -v
func TestDevList(t *testing.T) {
	ja, en, bt := loadCorpus(t)
	data, err := os.ReadFile(filepath.Join(corpusDir, "terms-dev.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	entries := ParseDevList(string(data))
	AttestDev(entries, corpusEnglish(ja, en, bt))
	dict := InstalledEDICT()
	if dict == "" && os.Getenv("GLOSS_REQUIRE_INTEROP") != "" {
		t.Fatal("EDICT is not installed (apt-get install edict) and GLOSS_REQUIRE_INTEROP is set")
	}
	for _, tc := range []struct {
		name      string
		edict     bool
		minRecall float64
	}{
		{"edict", true, 0.9},
		{"no-lexicon", false, 0.25},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opts := Options{}
			if tc.edict {
				if dict == "" {
					if os.Getenv("GLOSS_REQUIRE_INTEROP") != "" {
						t.Fatal("EDICT is not installed (apt-get install edict); GLOSS_REQUIRE_INTEROP is set")
					}
					t.Skip("EDICT is not installed")
				}
				opts.EDICT = EDICTFile(dict)
			}
			res, err := Run(ja, en, bt, opts)
			if err != nil {
				t.Fatal(err)
			}
			ev := Evaluate(entries, res.Pairs)
			var b strings.Builder
			ev.Print(&b)
			t.Logf("\n%s", b.String())
			if ev.Precision < 0.95 {
				t.Errorf("precision of auto %.3f < 0.95", ev.Precision)
			}
			if ev.Recall < tc.minRecall {
				t.Errorf("recall %.3f < %.2f", ev.Recall, tc.minRecall)
			}
		})
	}
}
