package lint

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glossterm/gloss/glossary"
)

const corpusDir = "../testdata/corpus"

func defaultLinter(t testing.TB) *Linter {
	t.Helper()
	g, err := glossary.Default()
	if err != nil {
		t.Fatal(err)
	}
	l, err := New(g, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// officialText is one official translation in testdata: a TSV (id, ja, en) or a pair of
// line-aligned files.
type officialText struct {
	name   string
	tsv    string
	ja, en string
}

// officialTexts lists every official Japanese–English text in testdata/corpus: the bitext
// TSVs, the parallel statements' pairs-dev.tsv and each statement's ja.txt and en.txt.
func officialTexts(t testing.TB) []officialText {
	t.Helper()
	var out []officialText
	tsvs, _ := filepath.Glob(filepath.Join(corpusDir, "bitext", "*.tsv"))
	tsvs = append(tsvs, filepath.Join(corpusDir, "parallel", "pairs-dev.tsv"))
	for _, f := range tsvs {
		out = append(out, officialText{name: filepath.Base(f), tsv: f})
	}
	dirs, _ := filepath.Glob(filepath.Join(corpusDir, "parallel", "*", "ja.txt"))
	for _, ja := range dirs {
		dir := filepath.Dir(ja)
		out = append(out, officialText{name: filepath.Base(dir), ja: ja, en: filepath.Join(dir, "en.txt")})
	}
	if len(out) < 6 {
		t.Fatalf("found %d official texts in %s, want the bitext, pairs-dev.tsv and four statements", len(out), corpusDir)
	}
	return out
}

// read reads the text, with replace applied to its translation (old → new, once each).
func (o officialText) read(t testing.TB, replace ...string) *Doc {
	t.Helper()
	plant := func(b []byte) []byte {
		s := string(b)
		for i := 0; i+1 < len(replace); i += 2 {
			if !strings.Contains(s, replace[i]) {
				t.Fatalf("%s has no %q to replace", o.name, replace[i])
			}
			s = strings.Replace(s, replace[i], replace[i+1], 1)
		}
		return []byte(s)
	}
	if o.tsv != "" {
		b, err := os.ReadFile(o.tsv)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := ReadDelimited(o.tsv, plant(b), '\t', "", "")
		if err != nil {
			t.Fatal(err)
		}
		return doc
	}
	ja, err := os.ReadFile(o.ja)
	if err != nil {
		t.Fatal(err)
	}
	en, err := os.ReadFile(o.en)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ReadPaired(o.ja, ja, o.en, plant(en), "", "")
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestOfficialTextsLintClean lints every official translation in testdata with the default
// glossary: no finding, but the note that a document only uses a short form.
func TestOfficialTextsLintClean(t *testing.T) {
	l := defaultLinter(t)
	for _, o := range officialTexts(t) {
		t.Run(o.name, func(t *testing.T) {
			for _, f := range l.Lint(o.read(t)) {
				if f.Severity != Info || f.Rule != RuleShortForm {
					t.Errorf("%s:%d:%d: %s %s: %s", f.File, f.Line, f.Col, f.Severity, f.Rule, f.Message)
				}
			}
		})
	}
}

// TestOfficialTextsPlanted plants wrong renderings into the official translations: each is
// found, so the mechanisms that keep the official texts clean do not hide them.
func TestOfficialTextsPlanted(t *testing.T) {
	l := defaultLinter(t)
	texts := map[string]officialText{}
	for _, o := range officialTexts(t) {
		texts[o.name] = o
	}
	tests := []struct {
		name, text    string
		replace       []string
		rule, concept string
	}{
		{name: "forbidden rendering", text: "official-statements-2024-2025.tsv", replace: []string{"extended deterrence", "expanded deterrence"},
			rule: RuleForbidden, concept: "extended-deterrence"},
		{name: "alliance dropped", text: "pairs-dev.tsv", replace: []string{"transforming the U.S.-Japan Alliance", "transforming the bilateral partnership"},
			rule: RuleMissing, concept: "japan-us-alliance"},
		{name: "short form replaced", text: "05-scc-2021-03", replace: []string{"further strengthen the Alliance", "further strengthen the partnership"},
			rule: RuleMissing, concept: "japan-us-alliance"},
		{name: "adjective replaced", text: "01-scc-2007-05", replace: []string{"The North Korean provocations", "The provocations"},
			rule: RuleMissing, concept: "north-korea"},
		{name: "described name replaced", text: "01-scc-2007-05", replace: []string{"U.S. forces in Japan", "U.S. troops"},
			rule: RuleMissing, concept: "us-forces-japan"},
		{name: "treaty short form replaced", text: "05-scc-2021-03", replace: []string{"our security treaty", "our agreement"},
			rule: RuleMissing, concept: "treaty-of-mutual-cooperation-and-security"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o, ok := texts[tt.text]
			if !ok {
				t.Fatalf("no official text %s", tt.text)
			}
			found := false
			for _, f := range l.Lint(o.read(t, tt.replace...)) {
				if f.Rule == tt.rule && f.Concept == tt.concept {
					found = true
				}
			}
			if !found {
				t.Errorf("planting %q → %q in %s: no %s finding for %s", tt.replace[0], tt.replace[1], tt.text, tt.rule, tt.concept)
			}
		})
	}
}
