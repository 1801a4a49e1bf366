package glossary

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/encoding/japanese"

	"github.com/glossterm/gloss"
	"github.com/glossterm/gloss/internal/textfile"
)

func TestParseBadInput(t *testing.T) {
	sjis, _ := japanese.ShiftJIS.NewEncoder().String("gloss: 1\nlanguages: [ja, en]\nconcepts:\n  - id: a\n    terms: {ja: [拡大抑止]}\n")
	tests := []struct {
		name string
		src  string
		rule string
		line int
		col  int
	}{
		{name: "empty file", src: "", rule: "file.empty", line: 1, col: 1},
		{name: "only blanks", src: "\n  \n", rule: "file.empty", line: 1, col: 1},
		{name: "byte-order mark", src: "\uFEFFgloss: 1\nlanguages: [en]\nconcepts: []\n", rule: "file.bom", line: 1, col: 1},
		{name: "CRLF", src: "gloss: 1\r\nlanguages: [en]\r\n", rule: "file.crlf", line: 1, col: 9},
		{name: "invalid UTF-8", src: "gloss: 1\nlanguages: [en]\nconcepts:\n  - id: \xff\n", rule: "file.encoding", line: 4, col: 9},
		{name: "Shift_JIS", src: sjis, rule: "file.encoding", line: 5},
		{name: "NUL bytes", src: "gloss: 1\x00\n", rule: "file.binary", line: 1, col: 9},
		{name: "tab indentation", src: "gloss: 1\nconcepts:\n\t- id: a\n", rule: "file.tab", line: 3, col: 1},
		{name: "malformed YAML", src: "gloss: 1\nconcepts:\n  - id: a\n    terms: {en: [x]\n  - id: b\n", rule: "yaml.syntax"},
		{name: "duplicate key", src: "gloss: 1\nlanguages: [en]\nconcepts:\n  - id: a\n    id: b\n    terms: {en: [x]}\n", rule: "yaml.duplicate-key", line: 5, col: 5},
		{name: "unknown key", src: "gloss: 1\nlanguages: [en]\nconcepts:\n  - id: a\n    colour: red\n    terms: {en: [x]}\n", rule: "schema.unknown-key", line: 5, col: 5},
		{name: "unknown term key", src: "gloss: 1\nlanguages: [en]\nconcepts:\n  - id: a\n    terms: {en: [{term: x, statu: admitted}]}\n", rule: "schema.unknown-key", line: 5, col: 28},
		{name: "no version", src: "languages: [en]\nconcepts: []\n", rule: "schema.version", line: 1, col: 1},
		{name: "future version", src: "gloss: 2\nlanguages: [en]\nconcepts: []\n", rule: "schema.version", line: 1, col: 8},
		{name: "concepts not a list", src: "gloss: 1\nlanguages: [en]\nconcepts: many\n", rule: "schema.type", line: 3, col: 11},
		{name: "alias", src: "gloss: 1\nlanguages: &l [en]\nconcepts: []\n", rule: "yaml.alias", line: 2, col: 12},
		{name: "not a mapping", src: "- a\n- b\n", rule: "schema.type", line: 1, col: 1},
		{name: "terms not a mapping", src: "gloss: 1\nlanguages: [en]\nconcepts:\n  - id: a\n    terms: [x]\n", rule: "schema.type", line: 5, col: 12},
		{name: "two YAML documents", src: "gloss: 1\nlanguages: [en]\nconcepts: []\n---\ngloss: 1\nconcepts:\n  - id: b\n", rule: "yaml.multi-document", line: 4, col: 1},
		{name: "UTF-8 with one Shift_JIS line", src: "gloss: 1\nlanguages: [ja]\nconcepts:\n  - id: a\n    terms: {ja: [拡大抑止]}\n  - id: b\n    terms: {ja: [\x8a\x67\x91\xe5]}\n", rule: "file.encoding", line: 7, col: 18},
		{name: "translate not a bool", src: "gloss: 1\nlanguages: [en]\nconcepts:\n  - id: a\n    translate: nope\n    terms: {en: [x]}\n", rule: "schema.type", line: 5, col: 16},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := Parse([]byte(tt.src), "bad.yaml")
			var le *LoadError
			if !errors.As(err, &le) {
				t.Fatalf("Parse = %v, %v; want a *LoadError", g, err)
			}
			for _, p := range le.Problems {
				if p.Rule != tt.rule {
					continue
				}
				if tt.line != 0 && p.Pos.Line != tt.line || tt.col != 0 && p.Pos.Col != tt.col {
					t.Errorf("%s at %d:%d, want %d:%d", p.Rule, p.Pos.Line, p.Pos.Col, tt.line, tt.col)
				}
				if !strings.HasPrefix(p.Error(), "bad.yaml:") || p.Hint == "" {
					t.Errorf("problem %q lacks the file name or a hint", p.Error())
				}
				return
			}
			t.Errorf("no %s problem; got:\n%v", tt.rule, err)
		})
	}
}

func TestParseReportsAllSchemaProblems(t *testing.T) {
	src := "gloss: 1\nlanguages: [en]\nconcepts:\n  - id: a\n    colour: red\n    terms: {en: [x]}\n  - id: b\n    size: 2\n    terms: {en: [y]}\n"
	_, err := Parse([]byte(src), "g.yaml")
	var le *LoadError
	if !errors.As(err, &le) || len(le.Problems) != 2 {
		t.Fatalf("want 2 problems, got %v", err)
	}
}

func TestReadFileRefusesHugeFiles(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.yaml")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	f.Truncate(textfile.Glossary.Limit + 1) // sparse: takes no disk
	f.Close()
	_, err = LoadFile(path)
	var le *LoadError
	if !errors.As(err, &le) || le.Problems[0].Rule != "file.size" {
		t.Fatalf("LoadFile(huge) = %v, want file.size", err)
	}
	if !errors.Is(err, gloss.ErrTooLarge) {
		t.Errorf("LoadFile(huge) = %v, not gloss.ErrTooLarge", err)
	}
}

// TestParseErrorKinds: a caller tells the kinds of unreadable input apart with errors.Is.
func TestParseErrorKinds(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want error
	}{
		{name: "NUL byte", src: "gloss: 1\x00\n", want: gloss.ErrBinary},
		{name: "invalid UTF-8", src: "gloss: 1\nlanguages: [\xff]\n", want: gloss.ErrNotUTF8},
		{name: "two documents", src: "gloss: 1\nconcepts: []\n---\nx: 1\n", want: gloss.ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.src), "k.yaml")
			if !errors.Is(err, tt.want) {
				t.Errorf("Parse = %v; want errors.Is(err, %v)", err, tt.want)
			}
		})
	}
}

// TestParseAllowsEmptyTrailingDocument: a "---" at the end holds nothing that fmt could lose.
func TestParseAllowsEmptyTrailingDocument(t *testing.T) {
	for _, src := range []string{
		"---\ngloss: 1\nlanguages: [en]\nconcepts: []\n",
		"gloss: 1\nlanguages: [en]\nconcepts: []\n---\n",
		"gloss: 1\nlanguages: [en]\nconcepts: []\n...\n",
	} {
		if _, err := Parse([]byte(src), "e.yaml"); err != nil {
			t.Errorf("Parse(%q) = %v", src, err)
		}
	}
}

func TestParseModel(t *testing.T) {
	g, err := Parse([]byte(fullExample), "x.yaml")
	if err != nil {
		t.Fatal(err)
	}
	c := g.Concept("extended-deterrence")
	if c == nil || c.Status != Approved || c.Subject != "deterrence" {
		t.Fatalf("concept = %+v", c)
	}
	ja := c.Terms["ja"][1]
	want := &Term{Text: "核の拡大抑止", Status: Admitted, PartOfSpeech: "noun", Note: "narrower", Case: "sensitive",
		Boundary: "script", Except: []string{"核の拡大抑止力"}, Forms: []string{"拡大抑止力"}}
	got := *ja
	got.Pos, got.FieldPos = Pos{}, nil
	if !reflect.DeepEqual(&got, want) {
		t.Errorf("term = %+v\nwant %+v", got, want)
	}
	if ja.Pos != (Pos{Line: 19, Col: 18}) {
		t.Errorf("term position = %v, want 19:18", ja.Pos)
	}
	if c.Terms["en"][0].Status != Preferred || c.Terms["en"][1].Status != Forbidden {
		t.Errorf("en statuses = %s, %s", c.Terms["en"][0].Status, c.Terms["en"][1].Status)
	}
	if c.Translate == nil || !*c.Translate || g.Concept("other").Status != Proposed {
		t.Errorf("translate or default status wrong")
	}
	s := c.Sources[0]
	if s.Lang != "en" || s.URL != "https://example.org/ed" || s.Loc != "bitext ed-03" {
		t.Errorf("source = %+v", s)
	}
}

// TestParseChunkedEqualsWhole: reading a glossary one concept at a time gives the same
// glossary, positions included, as reading its whole YAML tree; and the layouts it does
// not handle fall back.
func TestParseChunkedEqualsWhole(t *testing.T) {
	g, err := Parse(DefaultSource(), "default.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range g.Concepts {
		c.Comment = ""
	}
	g.Comment = "the default glossary without its comments"
	canonical := Format(g)
	for _, tc := range []struct {
		name    string
		src     string
		chunked bool
	}{
		{name: "canonical default glossary", src: string(canonical), chunked: true},
		{name: "sequence at column 0", src: "gloss: 1\nlanguages: [en]\nconcepts:\n- id: a\n  terms: {en: [x]}\n- id: b\n  note: \"two\n    lines\"\n  terms:\n    en:\n      - y\n", chunked: true},
		{name: "schema problem in an entry", src: "gloss: 1\nlanguages: [en]\nconcepts:\n  - id: a\n    colour: red\n  - id: b\n    terms: {en: [x]}\n", chunked: true},
		{name: "comment in the list", src: "gloss: 1\nlanguages: [en]\nconcepts:\n  # first\n  - id: a\n    terms: {en: [x]}\n"},
		{name: "line comment", src: "gloss: 1\nlanguages: [en]\nconcepts:\n  - id: a # the id\n    terms: {en: [x]}\n"},
		{name: "# inside a quoted term", src: "gloss: 1\nlanguages: [en]\nconcepts:\n  - id: a\n    terms:\n      en:\n        - {term: \"the symbol #\", status: admitted}\n        - \"C #\"\n", chunked: true},
		{name: "line comment after a term", src: "gloss: 1\nlanguages: [en]\nconcepts:\n  - id: a\n    terms:\n      en:\n        - x #  kept by fmt\n"},
		{name: "flow list", src: "gloss: 1\nlanguages: [en]\nconcepts: [{id: a, terms: {en: [x]}}]\n"},
		{name: "key after the list", src: "gloss: 1\nconcepts:\n  - id: a\n    terms: {en: [x]}\nlanguages: [en]\n"},
		{name: "anchor across entries", src: "gloss: 1\nlanguages: [en]\nconcepts:\n  - id: a\n    terms: &t {en: [x]}\n  - id: b\n    terms: *t\n"},
		{name: "syntax error in an entry", src: "gloss: 1\nlanguages: [en]\nconcepts:\n  - id: a\n    terms: {en: [x]\n  - id: b\n"},
		{name: "second document", src: "gloss: 1\nlanguages: [en]\nconcepts:\n  - id: a\n---\nx: 1\n"},
		{name: "many entries, one with a schema problem", src: manyConcepts(3*pipelineMin, 2500, "    colour: red\n"), chunked: true},
		{name: "many entries, a syntax error near the end", src: manyConcepts(3*pipelineMin, 3000, "    terms: {en: [x]\n"), chunked: false},
		{name: "many entries, a syntax error in the first batch", src: manyConcepts(3*pipelineMin, 10, "    terms: {en: [x]\n"), chunked: false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := []byte(tc.src)
			ps1, ps2 := &problems{file: "f"}, &problems{file: "f"}
			whole, okW := parseWhole(data, ps1)
			chunked, okC := parseChunkedAnySize(data, ps2)
			if okC != tc.chunked {
				t.Fatalf("parseChunked ok = %v, want %v", okC, tc.chunked)
			}
			if !okC {
				return
			}
			if !okW {
				t.Fatalf("the whole file does not parse: %v", ps1.list)
			}
			if !reflect.DeepEqual(whole, chunked) {
				t.Errorf("chunked parse differs from the whole:\n%s\n---\n%s", Format(whole), Format(chunked))
			}
			if !reflect.DeepEqual(ps1.list, ps2.list) {
				t.Errorf("problems differ:\n%v\n---\n%v", ps1.list, ps2.list)
			}
		})
	}
}

// parseChunkedAnySize is parseChunked whatever the size of data, its entries read on
// another core (where there are two), two at a time.
func parseChunkedAnySize(data []byte, ps *problems) (*Glossary, bool) {
	defer func(n, m, b int) { chunkedMin, pipelineMin, pipelineBatch = n, m, b }(chunkedMin, pipelineMin, pipelineBatch)
	chunkedMin, pipelineMin, pipelineBatch = 0, 1, 2
	return parseChunked(data, ps)
}

// manyConcepts returns a glossary of n concepts, the one numbered bad (0 for none) with
// the line extra.
func manyConcepts(n, bad int, extra string) string {
	var b strings.Builder
	b.WriteString("gloss: 1\nlanguages: [ja, en]\nconcepts:\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "  - id: c%d\n    status: approved\n", i)
		if i == bad {
			b.WriteString(extra)
		}
		fmt.Fprintf(&b, "    terms:\n      ja: [用語%d]\n      en: [term %d, {term: \"the term %d\", status: forbidden}]\n", i, i, i)
	}
	return b.String()
}
