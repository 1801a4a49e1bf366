package glossary_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glossterm/gloss/align/eval"
	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/textnorm"
	"github.com/glossterm/gloss/lint"
)

// The term lists the default glossary is checked against: samples of the security-policy
// terms of the corpus, each with the English the corpus's sources or official translations
// write. The glossary was curated from the documents, not from these lists; they measure it.
var coverageLists = []string{
	"../testdata/corpus/terms-dev.tsv",
	"../testdata/corpus/parallel/terms-parallel-dev.tsv",
}

// minCoverage is the share of a list's rows whose Japanese term the default glossary pairs
// with the row's English: the preferred term, or an admitted official wording its sources
// quote (eval.MeasureCoverage).
const minCoverage = 0.95

// TestDefaultCoverage checks that the default glossary validates clean, measures it on the
// development term lists and fails below minCoverage on either; it logs every miss.
//
//	go test ./glossary -run TestDefaultCoverage -v
func TestDefaultCoverage(t *testing.T) {
	g, err := glossary.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range glossary.Validate(g) {
		t.Errorf("the default glossary does not validate clean: %s", p.Error())
	}
	for _, list := range coverageLists {
		t.Run(filepath.Base(list), func(t *testing.T) {
			data, err := os.ReadFile(list)
			if err != nil {
				t.Fatal(err)
			}
			cv := eval.MeasureCoverage(g, string(data))
			if cv.Rows < 10 {
				t.Fatalf("%s: %d rows read; the list is not being parsed", list, cv.Rows)
			}
			t.Logf("%s: %d/%d rows with the right English (%.3f), %d by the preferred term", filepath.Base(list), cv.Right, cv.Rows, cv.Share(), cv.Preferred)
			for _, m := range cv.Misses {
				t.Logf("  miss %s", m)
			}
			if cv.Share() < minCoverage {
				t.Errorf("coverage %.3f < %.2f", cv.Share(), minCoverage)
			}
		})
	}
}

// TestDefaultQuotesVerbatim: every source of the default glossary that locates its quote in
// the corpus (loc: corpus/…) quotes that file verbatim, up to width and white space, so that
// the evidence a concept cites can be checked.
func TestDefaultQuotesVerbatim(t *testing.T) {
	g, err := glossary.Default()
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{}
	checked := 0
	for _, c := range g.Concepts {
		for _, s := range c.Sources {
			file, _, _ := strings.Cut(s.Loc, " ")
			if !strings.HasPrefix(file, "corpus/") || s.Quote == "" {
				continue
			}
			text, ok := texts[file]
			if !ok {
				data, err := os.ReadFile(filepath.Join("..", "testdata", filepath.FromSlash(file)))
				if err != nil {
					t.Errorf("%s: source loc %q: %v", c.ID, s.Loc, err)
					continue
				}
				text = looseText(string(data))
				texts[file] = text
			}
			checked++
			if !strings.Contains(text, looseText(s.Quote)) {
				t.Errorf("%s: the quote %q is not in %s", c.ID, s.Quote, file)
			}
		}
	}
	if checked < 100 {
		t.Errorf("only %d quotes located in the corpus were checked", checked)
	}
}

// looseText folds width (NFKC, as textnorm.Key does) and runs of white space.
func looseText(s string) string { return strings.Join(strings.Fields(textnorm.Key(s)), " ") }

// officialText returns the corpus line by line: en is the English column of the official
// bitexts and parallel statements and the English sources, ja the Japanese column and the
// commentaries. translations are the official bitext files, which must lint clean (the
// English sources may quote a title as it was: The Iron Dome for America).
func officialText(t *testing.T) (en, ja []string, translations []string) {
	t.Helper()
	for _, f := range []string{"../testdata/corpus/bitext/official-statements-2024-2025.tsv", "../testdata/corpus/parallel/pairs-dev.tsv"} {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(data), "\n") {
			f := strings.Split(line, "\t")
			if i == 0 || len(f) != 3 {
				continue
			}
			ja = append(ja, f[1])
			en = append(en, f[2])
		}
		translations = append(translations, f)
	}
	for _, pat := range []string{"../testdata/corpus/en/*.txt", "../testdata/corpus/ja/*.txt"} {
		files, _ := filepath.Glob(pat)
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, line := range strings.Split(string(data), "\n") {
				if strings.TrimSpace(line) == "" {
					continue
				}
				if strings.Contains(pat, "/en/") {
					en = append(en, line)
				} else {
					ja = append(ja, line)
				}
			}
		}
	}
	return en, ja, translations
}

// TestDefaultWrongRenderingsCaught plants each deprecated or forbidden English term of the
// default glossary into official text and expects lint to report it: the term replaces an
// allowed term of its concept in an official English line (or, for a concept the official
// English never uses, in an English source the concept quotes), paired with a Japanese
// line of the corpus that has the concept. It also checks that the official translations
// themselves use none of those terms.
func TestDefaultWrongRenderingsCaught(t *testing.T) {
	g, err := glossary.Default()
	if err != nil {
		t.Fatal(err)
	}
	l, err := lint.New(g, lint.Options{})
	if err != nil {
		t.Fatal(err)
	}
	en, ja, translations := officialText(t)
	planted := 0
	for _, c := range g.Concepts {
		for _, wrong := range c.Terms["en"] {
			if wrong.Status.Allowed() {
				continue
			}
			t.Run(c.ID+"/"+wrong.Text, func(t *testing.T) {
				target := plantInto(g, c, wrong.Text, en)
				if target == "" {
					var quotes []string
					for _, s := range c.Sources {
						if s.Lang == "en" {
							quotes = append(quotes, s.Quote)
						}
					}
					target = plantInto(g, c, wrong.Text, quotes)
				}
				if target == "" {
					t.Fatalf("no official English line nor English source of %s uses an allowed term to replace", c.ID)
				}
				source := ""
				for _, line := range ja {
					if hasAllowedIn(c.Terms["ja"], line) {
						source = line
						break
					}
				}
				if source == "" {
					t.Fatalf("no Japanese line of the corpus has %s", c.ID)
				}
				tsv := "id\tja\ten\nplanted\t" + source + "\t" + target + "\n"
				doc, err := lint.Read("planted.tsv", []byte(tsv), lint.ReadOptions{})
				if err != nil {
					t.Fatal(err)
				}
				for _, f := range l.Lint(doc) {
					if f.Concept == c.ID && (f.Rule == "deprecated-term" || f.Rule == "forbidden-term") && textnorm.Key(f.Term) == textnorm.Key(wrong.Text) {
						planted++
						return
					}
				}
				t.Errorf("planted %q in %q: no %s finding for %s; findings: %+v", wrong.Text, target, wrong.Status, c.ID, l.Lint(doc))
			})
		}
	}
	if planted < 10 {
		t.Errorf("only %d wrong renderings planted and caught", planted)
	}
	for _, f := range translations {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := lint.Read(f, data, lint.ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for _, fd := range l.Lint(doc) {
			if fd.Rule == "deprecated-term" || fd.Rule == "forbidden-term" {
				t.Errorf("an official translation uses a wrong rendering: %s:%d:%d: %s", fd.File, fd.Line, fd.Col, fd.Message)
			}
		}
	}
}

// plantInto returns the first line that uses an allowed English term of c on its own (not
// inside a longer term of the glossary, as "extended deterrence" in "Extended Deterrence
// Dialogue"), with that term replaced by wrong; "" when no line has one.
func plantInto(g *glossary.Glossary, c *glossary.Concept, wrong string, lines []string) string {
	var all []string // every allowed English term, lowercased
	for _, o := range g.Concepts {
		for _, t := range o.Terms["en"] {
			if t.Status.Allowed() {
				all = append(all, strings.ToLower(t.Text))
			}
		}
	}
	for _, line := range lines {
		lower := strings.ToLower(line)
		for _, t := range c.Terms["en"] {
			if !t.Status.Allowed() {
				continue
			}
			term := strings.ToLower(t.Text)
			for off := 0; ; {
				i := strings.Index(lower[off:], term)
				if i < 0 {
					break
				}
				i += off
				if !insideLonger(lower, i, i+len(term), term, all) {
					return line[:i] + wrong + line[i+len(term):]
				}
				off = i + 1
			}
		}
	}
	return ""
}

// insideLonger reports whether text[i:j] (an occurrence of term) lies inside an occurrence
// of a longer term.
func insideLonger(text string, i, j int, term string, all []string) bool {
	for _, o := range all {
		if len(o) <= len(term) || !strings.Contains(o, term) {
			continue
		}
		for off := 0; ; {
			k := strings.Index(text[off:], o)
			if k < 0 {
				break
			}
			k += off
			if k < j && i < k+len(o) {
				return true
			}
			off = k + 1
		}
	}
	return false
}

func hasAllowedIn(ts []*glossary.Term, line string) bool {
	k := textnorm.Key(line)
	for _, t := range ts {
		if t.Status.Allowed() && strings.Contains(k, textnorm.Key(t.Text)) {
			return true
		}
	}
	return false
}
