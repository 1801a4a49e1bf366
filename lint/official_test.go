package lint

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/match"
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

// rowFindings lints one row (src, tgt: its languages) and returns its findings above Info
// as "rule/concept", space-separated, in order.
func rowFindings(t testing.TB, l *Linter, src, tgt, srcText, tgtText string) string {
	t.Helper()
	return rowsFindings(t, l, src, tgt, []string{srcText + "\t" + tgtText})
}

// rowsFindings lints rows of one document ("source<TAB>target", in the languages src and
// tgt) and returns their findings above Info as rowFindings does.
func rowsFindings(t testing.TB, l *Linter, src, tgt string, rows []string) string {
	t.Helper()
	var got []string
	for _, f := range lintRows(t, l, src, tgt, rows) {
		if f.Severity != Info {
			got = append(got, f.Rule+"/"+f.Concept)
		}
	}
	return strings.Join(got, " ")
}

// rowsSeverities lints rows as rowsFindings does and returns every finding, notes too, as
// "severity/rule/concept", space-separated, in order.
func rowsSeverities(t testing.TB, l *Linter, src, tgt string, rows []string) string {
	t.Helper()
	var got []string
	for _, f := range lintRows(t, l, src, tgt, rows) {
		got = append(got, f.Severity.String()+"/"+f.Rule+"/"+f.Concept)
	}
	return strings.Join(got, " ")
}

// lintRows lints rows of one document ("source<TAB>target", in the languages src and tgt).
func lintRows(t testing.TB, l *Linter, src, tgt string, rows []string) []Finding {
	t.Helper()
	doc, err := readDelimited("t.tsv", []byte(src+"\t"+tgt+"\n"+strings.Join(rows, "\n")+"\n"), '\t', src, tgt)
	if err != nil {
		t.Fatal(err)
	}
	return l.Lint(doc)
}

// officialText is one official translation in testdata: a TSV (id, ja, en) or a pair of
// line-aligned files.
type officialText struct {
	name   string
	tsv    string
	ja, en string
	enja   bool // checked en → ja: the English originals with their official Japanese
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
	// The statements are English originals with official Japanese translations: en → ja is
	// the direction they were translated in, and each is checked both ways.
	for _, o := range out[:len(out):len(out)] {
		o.name += " en→ja"
		o.enja = true
		out = append(out, o)
	}
	return out
}

// translation is the file that holds the text's translation (a TSV's whole file).
func (o officialText) translation() string {
	switch {
	case o.tsv != "":
		return o.tsv
	case o.enja:
		return o.ja
	}
	return o.en
}

// read reads the text, with replace applied to its translation (old → new, once each).
func (o officialText) read(t testing.TB, replace ...string) *Doc {
	t.Helper()
	b, err := os.ReadFile(o.translation())
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for i := 0; i+1 < len(replace); i += 2 {
		if !strings.Contains(s, replace[i]) {
			t.Fatalf("%s has no %q to replace", o.name, replace[i])
		}
		s = strings.Replace(s, replace[i], replace[i+1], 1)
	}
	return o.readContent(t, []byte(s))
}

// readContent reads the text with content as its translation file (a TSV's whole file).
func (o officialText) readContent(t testing.TB, content []byte) *Doc {
	t.Helper()
	if o.tsv != "" {
		src, tgt := "", ""
		if o.enja {
			src, tgt = "en", "ja"
		}
		doc, err := readDelimited(o.tsv, content, '\t', src, tgt)
		if err != nil {
			t.Fatal(err)
		}
		return doc
	}
	srcFile := o.ja
	if o.enja {
		srcFile = o.en
	}
	source, err := os.ReadFile(srcFile)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ReadPaired(srcFile, source, o.translation(), content, "", "")
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestOfficialTextsLintClean lints every official translation in testdata with the default
// glossary: no finding, but the note that a document only uses a short form.
//
// omitted lists the findings that are true: the phrase-level hand alignment of the bitext
// leaves words of the English out of the Japanese phrase beside it, text name:line:concept.
var omitted = map[string]string{
	"official-statements-2024-2025.tsv en→ja:12:alliance-coordination-mechanism": "P4-6's Japanese phrase has no 'through the Alliance Coordination Mechanism'",
}

func TestOfficialTextsLintClean(t *testing.T) {
	l := defaultLinter(t)
	seen := map[string]bool{}
	defer func() {
		for k := range omitted {
			if !seen[k] {
				t.Errorf("%s: no finding for this omission any more: take it off the omitted list", k)
			}
		}
	}()
	for _, o := range officialTexts(t) {
		t.Run(o.name, func(t *testing.T) {
			for _, f := range l.Lint(o.read(t)) {
				if k := fmt.Sprintf("%s:%d:%s", o.name, f.Line, f.Concept); omitted[k] != "" && f.Rule == RuleMissing {
					seen[k] = true
					continue
				}
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
	// Each plant is checked against the longest glossary term the Japanese has there (the
	// scope rule), so a name inside a longer approved phrase is found through that phrase.
	tests := []struct {
		name, text    string
		replace       []string
		rule, concept string
	}{
		{name: "forbidden rendering", text: "official-statements-2024-2025.tsv", replace: []string{"extended deterrence", "expanded deterrence"},
			rule: RuleForbidden, concept: "extended-deterrence"},
		{name: "alliance dropped", text: "pairs-dev.tsv", replace: []string{"transforming the U.S.-Japan Alliance", "transforming the bilateral partnership"},
			rule: RuleMissing, concept: "transforming-the-us-japan-alliance"},
		{name: "short form replaced", text: "05-scc-2021-03", replace: []string{"further strengthen the Alliance", "further strengthen the partnership"},
			rule: RuleMissing, concept: "japan-us-alliance"},
		{name: "adjective replaced", text: "01-scc-2007-05", replace: []string{"The North Korean provocations", "The provocations"},
			rule: RuleMissing, concept: "north-korean-provocations"},
		{name: "described name replaced", text: "01-scc-2007-05", replace: []string{"U.S. forces in Japan", "U.S. troops"},
			rule: RuleMissing, concept: "us-forces-japan"},
		{name: "treaty short form replaced", text: "05-scc-2021-03", replace: []string{"our security treaty", "our agreement"},
			rule: RuleMissing, concept: "article-v-of-the-security-treaty"},
		{name: "short form in lower case after the indefinite article", text: "05-scc-2021-03", replace: []string{"further strengthen the Alliance", "further strengthen an alliance"},
			rule: RuleMissing, concept: "japan-us-alliance"},
		{name: "paraphrase with a part replaced", text: "05-scc-2021-03", replace: []string{"defense of Japan", "defense of Korea"},
			rule: RuleMissing, concept: "defense-of-japan"},
		// en → ja: the official Japanese of the English originals.
		{name: "en → ja: deprecated rendering", text: "07-camp-david-principles-2023 en→ja", replace: []string{"共通の価値、", "安全保障のディレンマ、"},
			rule: RuleDeprecated, concept: "security-dilemma"},
		{name: "en → ja: admitted term replaced", text: "07-camp-david-principles-2023 en→ja", replace: []string{"共通の価値、", "相互の信頼、"},
			rule: RuleMissing, concept: "shared-values"},
		{name: "en → ja: country initial dropped", text: "07-camp-david-principles-2023 en→ja", replace: []string{"日米韓三か国は", "日米の三か国は"},
			rule: RuleMissing, concept: "south-korea"},
		{name: "en → ja: Japanese short form replaced", text: "05-scc-2021-03 en→ja", replace: []string{"日米同盟を更に強化する", "日米関係を更に強化する"},
			rule: RuleMissing, concept: "alliance-relationships"},
		{name: "en → ja: term inside a longer term dropped", text: "03-scc-2014-12 en→ja", replace: []string{"日米防衛協力のための指針の見直し", "日米の指針の見直し"},
			// the source's longest match is the title, which the translation no longer has
			rule: RuleMissing, concept: "guidelines-for-japan-us-defense-cooperation"},
		{name: "en → ja: acronym as the subject dropped", text: "pairs-dev.tsv en→ja", replace: []string{"2+2」日米安全保障協議委員会(SCC)", "2+2」会合"},
			rule: RuleMissing, concept: "security-consultative-committee"},
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

// TestOfficialTextsPlantEveryWrongRendering puts each deprecated or forbidden English or
// Japanese term of the default glossary in place of an approved rendering of its concept in
// an official translation into that language (ja → en or en → ja), where the Japanese has the concept, and expects a finding for the concept
// there. Wrong renderings added to the glossary are covered as soon as an official text
// has their concept.
func TestOfficialTextsPlantEveryWrongRendering(t *testing.T) {
	l := defaultLinter(t)
	docs := map[string]*Doc{}
	texts := officialTexts(t)
	for _, o := range texts {
		docs[o.name] = o.read(t)
	}
	planted, wrong := 0, 0
	for _, c := range l.g.Concepts {
		if c.Status == glossary.Retired {
			continue
		}
		for _, lang := range []string{"en", "ja"} {
			for _, w := range c.Terms[lang] {
				if w.Status.Allowed() {
					continue
				}
				wrong++
				at := ""
			search:
				for _, o := range texts {
					doc := docs[o.name]
					if doc.TargetLang != lang {
						continue
					}
					for _, seg := range doc.Segments {
						if !hasConcept(l.m.FindLang(seg.Source.Value, doc.SourceLang), c) {
							continue
						}
						for _, occ := range l.m.FindLang(seg.Target.Value, doc.TargetLang) {
							if occ.Concept != c || !occ.Term.Status.Allowed() {
								continue
							}
							start, end := seg.Target.FileOffset(occ.Start), seg.Target.FileOffset(occ.End)
							content := string(doc.Content[:start]) + w.Text + string(doc.Content[end:])
							at = fmt.Sprintf("%s segment %s: %q for %q", o.name, seg.ID, w.Text, seg.Target.Value[occ.Start:occ.End])
							found := false
							for _, f := range l.Lint(o.readContent(t, []byte(content))) {
								if f.Concept == c.ID && f.Offset == start && (f.Rule == RuleForbidden || f.Rule == RuleDeprecated) {
									found = true
								}
							}
							if !found {
								t.Errorf("%s: no forbidden-term or deprecated-term finding for %s", at, c.ID)
							}
							planted++
							break search
						}
					}
				}
				if at == "" {
					t.Logf("%s (%s): no official text renders the concept, nothing to plant into", w.Text, c.ID)
				}
			}
		}
	}
	t.Logf("planted %d of %d wrong renderings", planted, wrong)
	if planted == 0 {
		t.Fatal("no wrong rendering could be planted")
	}
}

func hasConcept(occs []match.Occurrence, c *glossary.Concept) bool {
	for _, o := range occs {
		if o.Concept == c {
			return true
		}
	}
	return false
}

// jaEnCase is a Japanese–English row, linted ja → en (en → ja where enja says so), and the
// findings it should get, as rowFindings writes them.
type jaEnCase struct {
	name, ja, en string
	enja         bool
	want         string
}

// runJaEn lints each case's row with l, in a subtest of its name.
func runJaEn(t *testing.T, l *Linter, cases []jaEnCase) {
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			src, tgt, a, b := "ja", "en", tc.ja, tc.en
			if tc.enja {
				src, tgt, a, b = "en", "ja", tc.en, tc.ja
			}
			if g := rowFindings(t, l, src, tgt, a, b); g != tc.want {
				t.Errorf("findings %q, want %q", g, tc.want)
			}
		})
	}
}
