package lint

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/glossterm/gloss/exports"
	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/morph"
	"github.com/glossterm/gloss/match"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/lint/golden")

const lintDir = "../testdata/lint"

func fixtureLinter(t testing.TB) *Linter {
	t.Helper()
	g, err := glossary.LoadFile(filepath.Join(lintDir, "gloss.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	l, err := New(g, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// render prints findings the way `gloss lint` does in text format.
func render(fs []Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "%s:%d:%d-%d:%d: %s %s [%s] %q: %s\n", f.File, f.Line, f.Col, f.EndLine, f.EndCol, f.Severity, f.Rule, f.Concept, f.Term, f.Message)
	}
	return b.String()
}

func readDoc(t testing.TB, files []string, o ReadOptions, pair bool) *Doc {
	t.Helper()
	var data [][]byte
	for _, f := range files {
		b, err := os.ReadFile(filepath.Join(lintDir, f))
		if err != nil {
			t.Fatal(err)
		}
		data = append(data, b)
	}
	var doc *Doc
	var err error
	if pair {
		doc, err = ReadPaired(files[0], data[0], files[1], data[1], o.Source, o.Target)
	} else {
		doc, err = Read(files[0], data[0], o)
	}
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestGolden lints files built from the corpus: the official translations come out clean,
// the copies with wrong renderings give the findings in testdata/lint/golden.
func TestGolden(t *testing.T) {
	l := fixtureLinter(t)
	bitext := "../corpus/bitext/official-statements-2024-2025.tsv"
	tests := []struct {
		name  string
		files []string
		opts  ReadOptions
		pair  bool
		clean bool // the official translation: no findings at all
	}{
		{name: "official-tsv", files: []string{bitext}, clean: true},
		{name: "official-tsv-en-ja", files: []string{bitext}, opts: ReadOptions{Source: "en", Target: "ja"}, clean: true},
		{name: "official-xlf", files: []string{"official.xlf"}, clean: true},
		{name: "official-paired", files: []string{"official.ja.md", "official.en.md"}, pair: true, clean: true},
		{name: "wrong-en-tsv", files: []string{"wrong-en.tsv"}},
		{name: "wrong-ja-tsv", files: []string{"wrong-ja.tsv"}, opts: ReadOptions{Source: "en", Target: "ja"}},
		{name: "wrong-en-csv", files: []string{"wrong-en.csv"}, opts: ReadOptions{Source: "ja"}},
		{name: "wrong-xlf", files: []string{"wrong.xlf"}},
		{name: "wrong-xlf-all", files: []string{"wrong.xlf"}, opts: ReadOptions{AllSegments: true}},
		{name: "wrong-mqxliff", files: []string{"wrong.mqxliff"}},
		{name: "wrong-sdlxliff", files: []string{"wrong.sdlxliff"}},
		{name: "wrong-xliff2", files: []string{"wrong.xliff"}},
		{name: "wrong-tmx", files: []string{"wrong.tmx"}},
		{name: "wrong-po", files: []string{"wrong.po"}},
		{name: "wrong-po-all", files: []string{"wrong.po"}, opts: ReadOptions{AllSegments: true}},
		{name: "wrong-paired", files: []string{"official.ja.md", "wrong.en.md"}, pair: true},
		{name: "commentary-nds-rok", files: []string{"../corpus/ja/commentary-nds-and-rok-2026.txt"}},
		{name: "commentary-us-strategy", files: []string{"../corpus/ja/commentary-us-defense-strategy-2026.txt"}},
		{name: "monolingual-en", files: []string{"inconsistent.en.md"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := l.Lint(readDoc(t, tt.files, tt.opts, tt.pair))
			got := render(fs)
			if tt.clean {
				if got != "" {
					t.Fatalf("the official translation must lint clean, got:\n%s", got)
				}
				return
			}
			if got == "" {
				t.Fatal("no findings: a file with wrong renderings must not lint clean")
			}
			golden := filepath.Join(lintDir, "golden", tt.name+".txt")
			if *update {
				os.MkdirAll(filepath.Dir(golden), 0o755)
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run TestGolden -update)", err)
			}
			if got != string(want) {
				t.Errorf("findings differ from %s:\ngot:\n%s\nwant:\n%s", golden, got, want)
			}
		})
	}
}

// TestFindingPositions checks that every finding's offsets point at its term in the file.
func TestFindingPositions(t *testing.T) {
	l := fixtureLinter(t)
	for _, files := range [][]string{{"wrong-en.tsv"}, {"wrong.xlf"}, {"wrong.tmx"}, {"wrong.po"}, {"wrong-en.csv"}, {"../corpus/ja/commentary-nds-and-rok-2026.txt"}} {
		doc := readDoc(t, files, ReadOptions{Source: map[string]string{"wrong-en.csv": "ja"}[files[0]]}, false)
		for _, f := range l.Lint(doc) {
			if f.Rule == RuleMissing || f.Rule == RuleKeep {
				continue
			}
			if got := string(doc.Content[f.Offset:f.EndOffset]); got != f.Term {
				t.Errorf("%s:%d:%d: offsets give %q, the finding says %q", f.File, f.Line, f.Col, got, f.Term)
			}
		}
	}
}

const checkGlossary = `gloss: 1
languages: [ja, en]
concepts:
  - id: dod
    terms:
      ja:
        - 国防総省
        - {term: 国防省, status: forbidden, except: [中国国防省]}
        - {term: 防衛省, status: forbidden}
      en: [Department of Defense]
  - id: mod-japan
    terms:
      ja: [防衛省]
      en: [Ministry of Defense]
  - id: burden-sharing
    terms:
      ja: [負担分担, {term: 負担共有, status: deprecated}]
      en: [burden-sharing, {term: burden sharing, status: admitted}]
  - id: nds
    translate: false
    terms:
      ja: [NDS]
      en: [NDS]
  - id: ally
    terms:
      ja: [同盟国]
      en: [ally]
`

func checkLinter(t *testing.T) *Linter {
	g, err := glossary.Parse([]byte(checkGlossary), "check.yaml")
	if err != nil {
		t.Fatal(err)
	}
	l, err := New(g, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestChecks(t *testing.T) {
	l := checkLinter(t)
	tests := []struct {
		name     string
		src, tgt string // src "" means monolingual
		srcLang  string
		want     string // "rule:concept" per finding, space-separated
	}{
		{name: "clean", src: "Department of Defense", srcLang: "en", tgt: "米国防総省は", want: ""},
		{name: "missing", src: "Department of Defense", srcLang: "en", tgt: "米国の役所は", want: "missing-term:dod"},
		{name: "forbidden replaces missing", src: "Department of Defense", srcLang: "en", tgt: "米国防省は", want: "forbidden-term:dod"},
		{name: "conditional forbidden fires", src: "the Department of Defense", srcLang: "en", tgt: "防衛省は", want: "forbidden-term:dod"},
		{name: "conditional forbidden silent", src: "the Ministry of Defense", srcLang: "en", tgt: "防衛省は", want: ""},
		{name: "except", src: "China's ministry", srcLang: "en", tgt: "中国国防省は", want: ""},
		{name: "deprecated", src: "burden-sharing", srcLang: "en", tgt: "負担共有を", want: "deprecated-term:burden-sharing"},
		{name: "inflected target satisfies", src: "同盟国", srcLang: "ja", tgt: "our allies", want: ""},
		{name: "do-not-translate kept", src: "NDS2026 says", srcLang: "en", tgt: "ＮＤＳ2026は", want: ""},
		{name: "do-not-translate lost", src: "the NDS says", srcLang: "en", tgt: "国家防衛戦略は", want: "do-not-translate:nds"},
		{name: "monolingual deprecated", tgt: "負担共有の議論", want: "deprecated-term:burden-sharing"},
		{name: "monolingual conditional silent", tgt: "防衛省の発表", want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &Doc{File: "t", TargetLang: detectLang([]byte(tt.tgt))}
			content := tt.tgt
			seg := Segment{Target: exports.At(tt.tgt, 0)}
			if tt.src == "" {
				doc.Monolingual = true
			} else {
				doc.SourceLang = tt.srcLang
				seg.Source = exports.At(tt.src, len(tt.tgt)+1)
				content += "\n" + tt.src
			}
			doc.Content = []byte(content)
			doc.Segments = []Segment{seg}
			var got []string
			for _, f := range l.Lint(doc) {
				got = append(got, f.Rule+":"+f.Concept)
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("got %q, want %q", g, tt.want)
			}
		})
	}
}

func TestInconsistency(t *testing.T) {
	l := checkLinter(t)
	text := "Burden-sharing first.\n\nThen burden-sharing again.\n\nAnd burden sharing once.\n"
	doc, err := readMonolingual("x.md", []byte(text), "en")
	if err != nil {
		t.Fatal(err)
	}
	fs := l.Lint(doc)
	if len(fs) != 1 || fs[0].Rule != RuleInconsistent || fs[0].Term != "burden sharing" || fs[0].Line != 5 || fs[0].Suggestion != "burden-sharing" {
		t.Fatalf("got %s", render(fs))
	}
}

func TestSuppressions(t *testing.T) {
	l := checkLinter(t)
	tests := []struct {
		name, text string
		want       int // findings left
	}{
		{name: "none", text: "負担共有。\n\n防衛省と国防省。\n", want: 2},
		{name: "all", text: "<!-- gloss-disable -->\n負担共有。\n\n国防省。\n<!-- gloss-enable -->\n\n国防省。\n", want: 1},
		{name: "one rule", text: "<!-- gloss-disable deprecated-term -->\n負担共有。\n\n国防省。\n", want: 1},
		{name: "one concept", text: "<!-- gloss-disable dod -->\n負担共有。\n\n国防省。\n", want: 1},
		{name: "two names", text: "<!-- gloss-disable dod, burden-sharing -->\n負担共有。\n\n国防省。\n", want: 0},
		{name: "next line", text: "<!-- gloss-disable-next-line -->\n負担共有。\n\n国防省。\n", want: 1},
		{name: "same line", text: "負担共有。 <!-- gloss-disable-line -->\n\n国防省。\n", want: 1},
		{name: "hash comment", text: "# gloss-disable\n負担共有。\n", want: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := readMonolingual("x.md", []byte(tt.text), "ja")
			if err != nil {
				t.Fatal(err)
			}
			if fs := l.Lint(doc); len(fs) != tt.want {
				t.Errorf("got %d findings, want %d:\n%s", len(fs), tt.want, render(fs))
			}
		})
	}
	// Per-segment notes.
	doc := &Doc{File: "x", Content: []byte("国防省"), TargetLang: "ja", Monolingual: true,
		Segments: []Segment{{Target: exports.At("国防省", 0), Ignore: parseIgnoreNote("gloss-ignore: dod")}}}
	if fs := l.Lint(doc); len(fs) != 0 {
		t.Errorf("a gloss-ignore note left %d findings", len(fs))
	}
	if got := parseIgnoreNote("reviewed by K."); got != nil {
		t.Errorf("ParseIgnoreNote of an ordinary note = %q", got)
	}
}

func TestBaseline(t *testing.T) {
	l := checkLinter(t)
	before := "負担共有。\n\n国防省。\n"
	doc, _ := readMonolingual("x.md", []byte(before), "ja")
	b := NewBaseline(l.Lint(doc))
	b2, err := ParseBaseline("b.json", b.Marshal())
	if err != nil {
		t.Fatal(err)
	}
	// The same findings after lines moved, plus a new one.
	after := "はじめに。\n\n負担共有。\n\n国防省。\n\n負担共有の再来。\n"
	doc, _ = readMonolingual("x.md", []byte(after), "ja")
	left := b2.Filter(l.Lint(doc))
	if len(left) != 1 || left[0].Line != 7 {
		t.Errorf("baseline left %s", render(left))
	}
	if _, err := ParseBaseline("b.json", []byte("{")); err == nil {
		t.Error("ParseBaseline accepted broken JSON")
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, file, data, want string
		o                      ReadOptions
	}{
		{name: "tsv one language", file: "a.tsv", data: "id\tja\nx\t抑止\n", want: "a.tsv:1:1: the header names 1 language column(s)"},
		{name: "tsv unknown source", file: "a.tsv", data: "id\tja\ten\n", o: ReadOptions{Source: "fr"}, want: "no fr column"},
		{name: "not utf-8", file: "a.tsv", data: "id\tja\ten\nx\t\x82\xa0\ty\n", want: "a.tsv:2:3: the file is not UTF-8; it looks like Shift_JIS"},
		{name: "po bad string", file: "a.po", data: "msgid \"a\"\nmsgstr b\n", want: "a.po:2:1: expected a quoted string"},
		{name: "xliff truncated", file: "a.xlf", data: "<xliff version=\"1.2\"><file><body><trans-unit id=\"1\"><source>a", want: "a.xlf:1:"},
		{name: "xliff wrong root", file: "a.xlf", data: "<tmx/>", want: "not <xliff>"},
		{name: "tmx broken", file: "a.tmx", data: "<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu>", want: "a.tmx:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(tt.file, []byte(tt.data), tt.o)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Read error = %v, want it to contain %q", err, tt.want)
			}
		})
	}
	_, err := ReadPaired("a.md", []byte("a\n\nb\n"), "b.md", []byte("x\n"), "en", "ja")
	if err == nil || !strings.Contains(err.Error(), "2 paragraphs") {
		t.Errorf("ReadPaired error = %v", err)
	}
	_, err = ReadPaired("a.txt", []byte("日米同盟\n"), "b.txt", []byte("日米同盟です\n"), "", "")
	if err == nil || !strings.Contains(err.Error(), "b.txt:1:1: a.txt and b.txt are both in ja") {
		t.Errorf("ReadPaired of two Japanese files: error = %v", err)
	}
}

// fuzzLinter is the fixture linter with script runs for morphemes: a fuzzing worker
// should spend its time on the readers and offsets, not on loading kagome's dictionary
// under coverage instrumentation, which takes longer than the fuzzer waits.
func fuzzLinter(t testing.TB) *Linter {
	t.Helper()
	g, err := glossary.LoadFile(filepath.Join(lintDir, "gloss.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	l, err := New(g, Options{Match: match.Options{Tokenize: scriptRuns}})
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// scriptRuns splits text into runs of one script, each a noun.
func scriptRuns(text string) []morph.Token {
	var out []morph.Token
	start, prev := 0, -1
	for i, r := range text {
		sc := script(r)
		if i > 0 && sc != prev {
			out = append(out, morph.Token{Surface: text[start:i], Start: start, End: i, POS: []string{"名詞"}})
			start = i
		}
		prev = sc
	}
	if start < len(text) {
		out = append(out, morph.Token{Surface: text[start:], Start: start, End: len(text), POS: []string{"名詞"}})
	}
	return out
}

func fuzzRead(f *testing.F, file string, seeds ...string) {
	for _, s := range seeds {
		if b, err := os.ReadFile(filepath.Join(lintDir, s)); err == nil {
			f.Add(b)
		} else {
			f.Add([]byte(s))
		}
	}
	l := fuzzLinter(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		o := ReadOptions{AllSegments: true}
		doc, err := Read(file, data, o)
		// The file streamed from its path gets the same findings, or the same error; one
		// that is not UTF-8 text is read whole, through the input gate (whose errors name
		// the path). A run checks the languages a file declares too (a PO header's
		// Language: 0), which Read leaves to its caller.
		if utf8.Valid(data) && bytes.IndexByte(data, 0) < 0 {
			err := err
			if err == nil {
				err = l.CheckLanguages(doc)
			}
			path := filepath.Join(t.TempDir(), file)
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
			r := l.NewRun(false)
			_, serr := r.LintPath(file, path, o)
			switch {
			case (err == nil) != (serr == nil) || err != nil && err.Error() != serr.Error():
				t.Fatalf("streamed: error %v, read whole %v", serr, err)
			case err == nil && !reflect.DeepEqual(r.Findings(), l.Lint(doc)):
				t.Fatalf("streamed findings differ from the whole file's")
			}
		}
		if err != nil {
			return
		}
		for _, fd := range l.Lint(doc) {
			if fd.Offset < 0 || fd.EndOffset > len(doc.Content) || fd.Offset > fd.EndOffset || fd.Line < 1 || fd.Col < 1 {
				t.Fatalf("finding out of range: %+v (file of %d bytes)", fd, len(doc.Content))
			}
		}
	})
}

func FuzzReadTSV(f *testing.F) {
	fuzzRead(f, "x.tsv", "wrong-en.tsv", "id\tja\ten\n1\t国防省\tNDS\n", "id\tja\ten\nA-1\t国防省\tDoD\nB-2\t国防省\tx\n", "doc\tja\ten\na\t国防省\tDoD\n")
}
func FuzzReadCSV(f *testing.F) {
	fuzzRead(f, "x.csv", "wrong-en.csv", "en,ja\n\"a,\"\"b\",国防省\n")
}
func FuzzReadPO(f *testing.F) {
	fuzzRead(f, "x.po", "wrong.po", "msgid \"a\"\n\"b\"\nmsgstr \"\\n\"\n")
}
func FuzzReadTMX(f *testing.F) { fuzzRead(f, "x.tmx", "wrong.tmx") }
func FuzzReadText(f *testing.F) {
	fuzzRead(f, "x.md", "wrong.en.md", "<!-- gloss-disable x -->\n国防省\n```\n```\n")
}
func FuzzReadXLIFF(f *testing.F) {
	fuzzRead(f, "x.xlf", "wrong.xlf", "wrong.sdlxliff", "wrong.mqxliff", "wrong.xliff")
}

func FuzzReadPaired(f *testing.F) {
	f.Add([]byte("国防省\n\nNDS"), []byte("DoD\n\nx"))
	f.Add([]byte("国防省\nNDS\r\n\n抑止"), []byte("DoD\nx\r\n\ny"))
	l := fuzzLinter(f)
	f.Fuzz(func(t *testing.T, a, b []byte) {
		doc, err := ReadPaired("a.md", a, "b.md", b, "", "")
		if err != nil {
			return
		}
		for _, fd := range l.Lint(doc) {
			if fd.Offset < 0 || fd.EndOffset > len(b) || fd.Offset > fd.EndOffset {
				t.Fatalf("finding out of range: %+v", fd)
			}
		}
	})
}

// BenchmarkLintJapanese lints the Japanese commentary (monolingual) with the test
// glossary and reports MB/s.
func BenchmarkLintJapanese(b *testing.B) {
	l := fixtureLinter(b)
	data, err := os.ReadFile(filepath.Join(lintDir, "../corpus/ja/commentary-us-defense-strategy-2026.txt"))
	if err != nil {
		b.Skip(err)
	}
	data = bytes.Repeat(data, 8)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		doc, _ := readMonolingual("c.txt", data, "ja")
		l.Lint(doc)
	}
}

// BenchmarkLintDenseText lints one English document of 4,000 lines, each with terms of the
// default glossary: work per term that grows with the document's terms (a pass over
// every other occurrence) shows here as time per byte that grows with -benchtime's size.
func BenchmarkLintDenseText(b *testing.B) {
	g, err := glossary.Default()
	if err != nil {
		b.Fatal(err)
	}
	l, err := New(g, Options{})
	if err != nil {
		b.Fatal(err)
	}
	data := bytes.Repeat([]byte("The United States and Japan reaffirmed extended deterrence and the U.S.-Japan Alliance (the Alliance) in the Indo-Pacific region.\n"), 4000)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		doc, _ := readMonolingual("dense.txt", data, "en")
		l.Lint(doc)
	}
}

// longLine is the Japanese commentary without its line breaks, repeated to about size
// bytes: one line, one paragraph, one segment.
func longLine(b *testing.B, size int) []byte {
	data, err := os.ReadFile(filepath.Join(lintDir, "../corpus/ja/commentary-us-defense-strategy-2026.txt"))
	if err != nil {
		b.Skip(err)
	}
	data = bytes.ReplaceAll(data, []byte("\n"), nil)
	return append(bytes.Repeat(data, 1+size/len(data)), '\n')
}

// BenchmarkLintLongLine lints one line of 1 MB of Japanese with the default glossary, as
// a file streamed from its path: work per finding or per term that scans the line from
// its start (a column, a sentence, the terms around) shows as time per byte that grows
// with the line, and a segment's memory as B/op.
func BenchmarkLintLongLine(b *testing.B) {
	g, err := glossary.Default()
	if err != nil {
		b.Fatal(err)
	}
	benchLongLine(b, g)
}

// BenchmarkLintLongLineMorpheme is BenchmarkLintLongLine with every Japanese term of the
// test glossary set to boundary: morpheme, so that each match asks for its sentence's
// morphemes. kagome is loaded before the timer starts.
func BenchmarkLintLongLineMorpheme(b *testing.B) {
	g := morphemeGlossary(b)
	benchLongLine(b, g)
}

// morphemeGlossary loads the test glossary with every Japanese term set to boundary:
// morpheme, so that each match asks for its sentence's morphemes.
func morphemeGlossary(tb testing.TB) *glossary.Glossary {
	g, err := glossary.LoadFile(filepath.Join(lintDir, "gloss.yaml"))
	if err != nil {
		tb.Fatal(err)
	}
	for _, c := range g.Concepts {
		for _, t := range c.Terms["ja"] {
			t.Boundary = "morpheme"
		}
	}
	return g
}

func benchLongLine(b *testing.B, g *glossary.Glossary) {
	l, err := New(g, Options{})
	if err != nil {
		b.Fatal(err)
	}
	data := longLine(b, 1<<20)
	path := filepath.Join(b.TempDir(), "line.txt")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		b.Fatal(err)
	}
	lint := func() int {
		r := l.NewRun(false)
		if _, err := r.LintPath("line.txt", path, ReadOptions{Langs: g.Languages}); err != nil {
			b.Fatal(err)
		}
		return len(r.Findings())
	}
	n := lint() // loads kagome, if a term needs it
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		lint()
	}
	b.ReportMetric(float64(n), "findings")
}

// BenchmarkLintBilingual lints the JA→EN bitext with the default glossary, repeated.
func BenchmarkLintBilingual(b *testing.B) {
	g, err := glossary.Default()
	if err != nil {
		b.Fatal(err)
	}
	l, err := New(g, Options{})
	if err != nil {
		b.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(lintDir, "../corpus/bitext/official-statements-2024-2025.tsv"))
	if err != nil {
		b.Skip(err)
	}
	head, body, _ := bytes.Cut(data, []byte("\n"))
	data = append(append(head, '\n'), bytes.Repeat(body, 100)...)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		doc, err := readDelimited("b.tsv", data, '\t', "", "")
		if err != nil {
			b.Fatal(err)
		}
		l.Lint(doc)
	}
}

// BenchmarkLintMorpheme lints the Japanese commentary with every Japanese term of the test
// glossary set to boundary: morpheme, so kagome tokenizes every line that has a candidate.
// kagome is loaded before the timer starts.
func BenchmarkLintMorpheme(b *testing.B) {
	g := morphemeGlossary(b)
	l, err := New(g, Options{})
	if err != nil {
		b.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(lintDir, "../corpus/ja/commentary-us-defense-strategy-2026.txt"))
	if err != nil {
		b.Skip(err)
	}
	data = bytes.Repeat(data, 8)
	doc, _ := readMonolingual("c.txt", data, "ja")
	n := len(l.Lint(doc)) // loads kagome
	b.ReportMetric(float64(n), "findings")
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		doc, _ := readMonolingual("c.txt", data, "ja")
		l.Lint(doc)
	}
}

// TestParallel checks that a large document gives the same findings whatever the workers,
// monolingual and bilingual (where findings come from the missing-term check too).
func TestParallel(t *testing.T) {
	g, err := glossary.LoadFile(filepath.Join(lintDir, "gloss.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, file string
		read       func(name string, data []byte) (*Doc, error)
	}{
		{name: "monolingual", file: "../corpus/ja/commentary-nds-and-rok-2026.txt",
			read: func(name string, data []byte) (*Doc, error) { return readMonolingual(name, data, "ja") }},
		{name: "bilingual", file: "wrong-en.tsv",
			read: func(name string, data []byte) (*Doc, error) { return readDelimited(name, data, '\t', "", "") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(lintDir, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if tt.name == "bilingual" { // the header once, the rows many times
				head, body, _ := bytes.Cut(data, []byte("\n"))
				data = append(append(head, '\n'), bytes.Repeat(body, 1+parallelBytes/len(body))...)
			} else {
				data = bytes.Repeat(data, 1+parallelBytes/len(data))
			}
			var want string
			for _, w := range []int{1, 4} {
				l, err := New(g, Options{Workers: w})
				if err != nil {
					t.Fatal(err)
				}
				doc, err := tt.read("big", data)
				if err != nil {
					t.Fatal(err)
				}
				got := render(l.Lint(doc))
				if got == "" {
					t.Fatal("no findings")
				}
				if w == 1 {
					want = got
				} else if got != want {
					t.Errorf("workers=%d gives other findings", w)
				}
			}
		})
	}
}

// TestSharedLinter checks that one linter, whose table of terms fills as texts first have
// them, gives each of several documents linted at once what a linter of its own gives.
func TestSharedLinter(t *testing.T) {
	g, err := glossary.LoadFile(filepath.Join(lintDir, "gloss.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(lintDir, "wrong-en.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	lintAlone := func() string {
		l, err := New(g, Options{})
		if err != nil {
			t.Fatal(err)
		}
		doc, err := readDelimited("wrong-en.tsv", data, '\t', "", "")
		if err != nil {
			t.Fatal(err)
		}
		return render(l.Lint(doc))
	}
	want := lintAlone()
	if want == "" {
		t.Fatal("no findings")
	}
	shared, err := New(g, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := make([]string, 8)
	var wg sync.WaitGroup
	for k := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			doc, err := readDelimited("wrong-en.tsv", data, '\t', "", "")
			if err != nil {
				return
			}
			got[k] = render(shared.Lint(doc))
		}()
	}
	wg.Wait()
	for k, g := range got {
		if g != want {
			t.Errorf("document %d linted beside the others:\n%s\nalone:\n%s", k, g, want)
		}
	}
}

func TestMask(t *testing.T) {
	sp := func(s string) string { return strings.Repeat(" ", len(s)) }
	tests := []struct {
		name, in, want string
		md             bool
	}{
		{name: "code span", in: "use `国防省` not 国防省", md: true, want: "use " + sp("`国防省`") + " not 国防省"},
		{name: "double backticks", in: "a ``x ` y`` b", md: true, want: "a " + sp("``x ` y``") + " b"},
		{name: "unclosed", in: "a `b", md: true, want: "a `b"},
		{name: "comment", in: "x <!-- 国防省 --> y", md: true, want: "x " + sp("<!-- 国防省 -->") + " y"},
		{name: "link destination", in: "[NDS](https://ex.com/国防省)", md: true, want: "[NDS](" + sp("https://ex.com/国防省") + ")"},
		{name: "url in text", in: "see https://example.com/expanded-deterrence now", want: "see " + sp("https://example.com/expanded-deterrence") + " now"},
		{name: "text keeps backticks", in: "`国防省`", want: "`国防省`"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mask(tt.in, tt.md)
			if got != tt.want || len(got) != len(tt.in) {
				t.Errorf("mask(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestLintRun(t *testing.T) {
	l := checkLinter(t)
	a, _ := readMonolingual("a.md", []byte("burden-sharing and burden-sharing\n"), "en")
	b, _ := readMonolingual("b.md", []byte("Burden sharing\n"), "en") // not the term's own text
	if fs := append(l.Lint(a), l.Lint(b)...); len(fs) != 0 {
		t.Fatalf("each file alone is consistent, got:\n%s", render(fs))
	}
	fs := l.LintRun([]*Doc{a, b})
	if len(fs) != 1 || fs[0].File != "b.md" || fs[0].Rule != RuleInconsistent || !strings.Contains(fs[0].Message, "elsewhere in this run") {
		t.Fatalf("run:\n%s", render(fs))
	}
	// The use behind the finding outlived its document: the finding still has the text
	// found (not its term's), its place in the file and a fingerprint.
	f := fs[0]
	if f.Term != "Burden sharing" || f.Line != 1 || f.Col != 1 || f.EndCol != 15 || f.Offset != 0 || f.EndOffset != 14 || f.Fingerprint == "" {
		t.Errorf("run finding: %+v", f)
	}
}

// TestLongSegmentInParts: a monolingual paragraph checked a part at a time (splitBytes)
// gets the findings, positions and fingerprints of the paragraph checked whole: the two
// Japanese commentaries written as one line, cut every few hundred bytes, with the default
// glossary (forbidden, deprecated and inconsistent terms, apposition) and with every
// Japanese term of the test glossary asking for morpheme boundaries; and the English
// corpus written as one line, cut at sentence ends, with the default glossary and the test
// glossary.
func TestLongSegmentInParts(t *testing.T) {
	line := func(dir, sep string, files []string, tail string) string {
		var data []byte
		for _, f := range files {
			b, err := os.ReadFile(filepath.Join(lintDir, "../corpus", dir, f))
			if err != nil {
				t.Fatal(err)
			}
			data = append(data, bytes.ReplaceAll(b, []byte("\n"), []byte(sep))...)
		}
		data = append(data, tail+"\n"...)
		path := filepath.Join(t.TempDir(), dir+"-line.txt")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	// a deprecated term of the default glossary, beside its preferred one and in apposition
	ja := line("ja", "", []string{"commentary-us-defense-strategy-2026.txt", "commentary-nds-and-rok-2026.txt"}, "安全保障のディレンマが生じた。安全保障のジレンマ(安全保障のディレンマ)を論じた。核の傘。")
	enFiles, err := filepath.Glob(filepath.Join(lintDir, "../corpus/en/*.txt"))
	if err != nil || len(enFiles) == 0 {
		t.Fatalf("the English corpus: %v", err)
	}
	for k, f := range enFiles {
		enFiles[k] = filepath.Base(f)
	}
	// forbidden and deprecated terms, one in apposition, at sentence starts and ends
	en := line("en", " ", enFiles, " Expanded deterrence failed. They kept expanded deterrence. The model alliance grew. Extended deterrence (expanded deterrence) held. Burden-sharing rose. The Ministry of War spoke. Extended Deterrence Dialogue. The U.S.-Japan Alliance. The Japan-U.S. Alliance held.")
	def, err := glossary.Default()
	if err != nil {
		t.Fatal(err)
	}
	test, err := glossary.LoadFile(filepath.Join(lintDir, "gloss.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	morpheme := morphemeGlossary(t)
	defer func(n int) { splitBytes = n }(splitBytes)
	for _, tt := range []struct {
		name, path string
		g          *glossary.Glossary
	}{
		{"ja/default", ja, def},
		{"ja/morpheme", ja, morpheme},
		{"en/default", en, def},
		{"en/test", en, test},
	} {
		t.Run(tt.name, func(t *testing.T) {
			l, err := New(tt.g, Options{})
			if err != nil {
				t.Fatal(err)
			}
			data, err := os.ReadFile(tt.path)
			if err != nil {
				t.Fatal(err)
			}
			if cut := l.m.SplitAt(string(data), 300); cut == len(data) {
				t.Fatal("the line has no cut to check")
			}
			lint := func(parts int) string {
				splitBytes = parts
				r := l.NewRun(false)
				if _, err := r.LintPath("line.txt", tt.path, ReadOptions{Langs: tt.g.Languages}); err != nil {
					t.Fatal(err)
				}
				var b strings.Builder
				for _, f := range r.Findings() {
					fmt.Fprintf(&b, "%s%s\n", render([]Finding{f}), f.Fingerprint)
				}
				return b.String()
			}
			whole := lint(len(data))
			if n := strings.Count(whole, "\n") / 2; n < 5 {
				t.Fatalf("%d findings on the whole line, want more to compare", n)
			}
			if got := lint(300); got != whole {
				t.Errorf("in parts:\n%s\nwhole:\n%s", got, whole)
			}
		})
	}
}
