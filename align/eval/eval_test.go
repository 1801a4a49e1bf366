package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glossterm/gloss/align"
	"github.com/glossterm/gloss/bitext"
	"github.com/glossterm/gloss/glossary"
)

const corpusDir = "../../testdata/corpus"

func loadCorpus(t testing.TB) (ja, en []align.Doc, bt []align.BitextSegment) {
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
func loadParallel(t testing.TB, g *glossary.Glossary) []align.BitextSegment {
	t.Helper()
	dirs, _ := filepath.Glob(filepath.Join(corpusDir, "parallel", "*", "ja.txt"))
	if len(dirs) == 0 {
		t.Fatal("no parallel statements in testdata/corpus/parallel")
	}
	var out []align.BitextSegment
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

// TestDevList measures the aligner on testdata/corpus/terms-dev.tsv, with no glossary, so
// that no pair is known in advance, counting only rows whose English the corpus attests.
// With EDICT installed (CI installs it) it must reach recall 0.87 among the proposals (27
// of the 31 attested rows; 国防次官 = Under Secretary of War for Policy is attested since
// the English index keeps a name's opening "Under", and missed: 国防 is "defense" in every
// dictionary, the Department's 2025 name "War" in the sources) and precision 0.95 of the
// auto rows. With WordNet too (CI installs wordnet-base) recall must reach 0.93 (29 of 31:
// 防衛費 "defense costs" = defense spending, cost ~ spending; 米国本土 = American Homeland,
// 本土 "country where one was born" being WordNet's definition of homeland), review-tier
// steps that lower the auto share of the right proposals to 0.517, still over half. Without a lexicon only the parenthetical, acronym and
// transliteration evidence is left: auto precision must hold, recall is lower.
//
//	go test ./align/eval -run TestDevList -v
func TestDevList(t *testing.T) {
	ja, en, bt := loadCorpus(t)
	data, err := os.ReadFile(filepath.Join(corpusDir, "terms-dev.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	entries := ParseList(string(data))
	Attest(entries, Corpus(ja, en, bt))
	dict := align.InstalledEDICT()
	if dict == "" && os.Getenv("GLOSS_REQUIRE_INTEROP") != "" {
		t.Fatal("EDICT is not installed (apt-get install edict) and GLOSS_REQUIRE_INTEROP is set")
	}
	for _, tc := range []struct {
		name           string
		edict, wordnet bool
		minRecall      float64
		minAutoOfRight float64 // the share of the right proposals that are auto: the figure reached
	}{
		{"edict", true, false, 0.87, 0.55},
		{"edict+wordnet", true, true, 0.93, 0.51},
		{"no-lexicon", false, false, 0.25, 0.5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opts := align.Options{}
			if tc.edict {
				if dict == "" {
					if os.Getenv("GLOSS_REQUIRE_INTEROP") != "" {
						t.Fatal("EDICT is not installed (apt-get install edict); GLOSS_REQUIRE_INTEROP is set")
					}
					t.Skip("EDICT is not installed")
				}
				opts.EDICT = align.EDICTFile(dict)
			}
			if tc.wordnet {
				if opts.WordNet = align.InstalledWordNet(); opts.WordNet == "" {
					if os.Getenv("GLOSS_REQUIRE_INTEROP") != "" {
						t.Fatal("WordNet is not installed (apt-get install wordnet-base); GLOSS_REQUIRE_INTEROP is set")
					}
					t.Skip("WordNet is not installed")
				}
			}
			res, err := align.Run(ja, en, bt, opts)
			if err != nil {
				t.Fatal(err)
			}
			checkFigures(t, Evaluate(entries, res.Pairs), tc.minRecall, tc.minAutoOfRight)
		})
	}
}

// TestParallelDevList measures the aligner on testdata/corpus/parallel/terms-parallel-dev.tsv
// with the four official statements given as parallel documents alone (no commentary, no
// glossary). The floors are the figures reached (recall 0.947, auto precision 0.963, auto
// 0.722 of the right proposals); a change that lowers one fails. Auto rows must be right
// at least 0.95 of the time.
//
//	go test ./align/eval -run TestParallelDevList -v
func TestParallelDevList(t *testing.T) {
	dict := align.InstalledEDICT()
	if dict == "" {
		if os.Getenv("GLOSS_REQUIRE_INTEROP") != "" {
			t.Fatal("EDICT is not installed (apt-get install edict); GLOSS_REQUIRE_INTEROP is set")
		}
		t.Skip("EDICT is not installed")
	}
	read := func(name string) []Entry {
		data, err := os.ReadFile(filepath.Join(corpusDir, name))
		if err != nil {
			t.Fatal(err)
		}
		return ParseList(string(data))
	}
	pbt := loadParallel(t, nil)
	var pEN strings.Builder
	for _, s := range pbt {
		pEN.WriteString(s.EN + "\n")
	}
	tests := []struct {
		name              string
		list              string
		ja, en            []align.Doc
		bitext            []align.BitextSegment
		minRecall         float64
		minAutoOfRight    float64 // the share of the right proposals that are auto
		minAuto, minFound int
	}{
		{name: "parallel alone", list: "parallel/terms-parallel-dev.tsv", bitext: pbt,
			minRecall: 0.94, minAutoOfRight: 0.72}, // a right rendering found at review lowers the auto share
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			entries := read(tc.list)
			Attest(entries, append(Corpus(tc.ja, tc.en, tc.bitext), pEN.String()))
			res, err := align.Run(tc.ja, tc.en, tc.bitext, align.Options{EDICT: align.EDICTFile(dict)})
			if err != nil {
				t.Fatal(err)
			}
			checkFigures(t, Evaluate(entries, res.Pairs), tc.minRecall, tc.minAutoOfRight)
		})
	}
}

// checkFigures logs an evaluation and fails below the floors: auto precision 0.95 (the
// issue's calibration), and the recall and auto share each list has reached.
func checkFigures(t *testing.T, ev Evaluation, minRecall, minAutoOfRight float64) {
	t.Helper()
	var b strings.Builder
	ev.Print(&b)
	t.Logf("\n%s", b.String())
	if ev.Precision < 0.95 {
		t.Errorf("precision of auto %.3f < 0.95", ev.Precision)
	}
	if ev.Recall < minRecall {
		t.Errorf("recall %.3f < %.2f", ev.Recall, minRecall)
	}
	if ev.RightAuto < minAutoOfRight {
		t.Errorf("auto holds %.3f of the right proposals < %.2f", ev.RightAuto, minAutoOfRight)
	}
}
