package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/textpos"
	"github.com/glossterm/gloss/match"
)

// TestDistinctOccurrencesOrder: a term that a concept lists in both languages is found once
// per language; which one is reported must not depend on the order the matcher gave them.
func TestDistinctOccurrencesOrder(t *testing.T) {
	c := &glossary.Concept{ID: "nato"}
	term := &glossary.Term{Text: "NATO", Status: glossary.Preferred}
	ja := match.Occurrence{Start: 0, End: 4, Lang: "ja", Concept: c, Term: term}
	en := match.Occurrence{Start: 0, End: 4, Lang: "en", Concept: c, Term: term}
	inflectedJa := ja
	inflectedJa.Inflected = true
	tests := []struct {
		name  string
		occ   []match.Occurrence
		langs []string
		want  string
	}{
		{name: "ja found first", occ: []match.Occurrence{ja, en}, langs: []string{"ja", "en"}, want: "ja"},
		{name: "en found first", occ: []match.Occurrence{en, ja}, langs: []string{"ja", "en"}, want: "ja"},
		{name: "the glossary's order decides", occ: []match.Occurrence{ja, en}, langs: []string{"en", "ja"}, want: "en"},
		{name: "the glossary's own term over an inflection", occ: []match.Occurrence{inflectedJa, en}, langs: []string{"ja", "en"}, want: "en"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := distinctOccurrences(tt.occ, tt.langs)
			if len(got) != 1 || got[0].Lang != tt.want {
				t.Fatalf("got %d occurrences, first in %q; want one in %q", len(got), got[0].Lang, tt.want)
			}
		})
	}
}

// TestLookupInParts checks that lookup --in, which matches a document a part at a time,
// writes what matching the whole text at once writes: the same terms at the same
// positions, text and JSON, whether the document is one part or many, on lines of many
// parts and across line ends, from a file and from standard input.
func TestLookupInParts(t *testing.T) {
	g, err := glossary.Default()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, dir := range []string{"ja", "en"} {
		files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "corpus", dir, "*.txt"))
		for _, f := range files[:min(2, len(files))] {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			b.Write(data[:min(len(data), 20000)])
			b.WriteString("\n")
			b.WriteString(strings.ReplaceAll(string(data[:min(len(data), 20000)]), "\n", ""))
			b.WriteString("\n")
		}
	}
	text := strings.ToValidUTF8(b.String(), "")
	path := filepath.Join(t.TempDir(), "doc.txt")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	// The whole text matched at once, as lookup --in did before it read parts.
	m, err := match.Compile(g, match.Options{})
	if err != nil {
		t.Fatal(err)
	}
	type hit struct {
		File      string `json:"file"`
		Line      int    `json:"line"`
		Col       int    `json:"col"`
		Offset    int    `json:"offset"`
		Text      string `json:"text"`
		Lang      string `json:"lang"`
		Concept   string `json:"concept"`
		Term      string `json:"term"`
		Status    string `json:"status"`
		Preferred string `json:"preferred,omitempty"`
	}
	want := func(name string) (plain, js string) {
		var hits []hit
		var p strings.Builder
		lines := textpos.New(text)
		for _, o := range distinctOccurrences(m.Find(text), g.Languages) {
			line, col, _ := lines.Locate(o.Start)
			h := hit{File: name, Line: line, Col: col, Offset: o.Start, Text: text[o.Start:o.End], Lang: o.Lang,
				Concept: o.Concept.ID, Term: o.Term.Text, Status: string(o.Term.Status)}
			if pr := o.Concept.Preferred(o.Lang); pr != nil {
				h.Preferred = pr.Text
			}
			hits = append(hits, h)
			advice := ""
			if h.Status == string(glossary.Deprecated) || h.Status == string(glossary.Forbidden) {
				advice = fmt.Sprintf("  ! %s: use %q", h.Status, h.Preferred)
			}
			fmt.Fprintf(&p, "%s:%d:%d: %s  [%s] %s%s\n", h.File, h.Line, h.Col, h.Text, h.Concept,
				summaryLine(g.Concept(h.Concept), g.Languages), advice)
		}
		var j bytes.Buffer
		enc := json.NewEncoder(&j)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		enc.Encode(hits)
		if len(hits) < 100 {
			t.Fatalf("%d terms in the test text, want more to compare", len(hits))
		}
		return p.String(), j.String()
	}
	defer func(n int) { lookupPart = n }(lookupPart)
	for _, part := range []int{1 << 20, 1000, 1} {
		lookupPart = part
		for _, name := range []string{path, "-"} {
			wantText, wantJSON := want(name)
			for _, asJSON := range []bool{false, true} {
				var out, errs bytes.Buffer
				e := &env{stdin: strings.NewReader(text), stdout: &out, stderr: &errs}
				if code := lookupIn(e, g, name, asJSON); code != exitOK {
					t.Fatalf("exit %d: %s", code, errs.String())
				}
				w := wantText
				if asJSON {
					w = wantJSON
				}
				if out.String() != w {
					t.Errorf("parts of %d bytes, %s, json %v: the output differs from the whole text's", part, name, asJSON)
				}
			}
		}
	}
	// Nothing found: an empty array.
	var out bytes.Buffer
	if code := lookupIn(&env{stdin: strings.NewReader("nothing"), stdout: &out, stderr: io.Discard}, g, "-", true); code != exitFindings || out.String() != "[]\n" {
		t.Errorf("no terms: exit %d, %q", code, out.String())
	}
}
