package align

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glossterm/gloss/glossary"
)

func TestAttest(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		// a Japanese commentary: its parenthesized English is not an English source
		"ja/commentary.txt": "模範的な同盟国（model allies）との協力。\n戦略的柔軟性(strategic flexibility)の問題。\n",
		// an English source
		"en/source.txt": "Nothing here.\nIsrael is a model ally.\n",
		// an official bitext: each column in its language
		"bitext/official.tsv": "id\tja\ten\nP1\t日米同盟の中核である拡大抑止\textended deterrence, which is at the core of the Alliance\n",
		// a term list: never evidence, whatever it contains
		"terms-dev.tsv": "ja\ten\tevidence\n戦略的柔軟性\tstrategic flexibility\tparen\n架空抑止\timaginary deterrence\tnone\n",
		"README.md":     "strategic flexibility, imaginary deterrence\n",
	}
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	g, err := glossary.Parse([]byte(`gloss: 1
languages: [ja, en]
concepts:
  - id: model-allies
    status: approved
    terms:
      ja: [模範的な同盟国]
      en: [model allies]
  - id: strategic-flexibility
    status: approved
    terms:
      ja: [戦略的柔軟性]
      en: [strategic flexibility]
  - id: extended-deterrence
    status: approved
    terms:
      ja: [拡大抑止]
      en: [extended deterrence]
  - id: invented
    status: approved
    terms:
      ja: [架空抑止]
      en: [{term: imaginary deterrence, note: a coinage of this test; no document uses it}]
  - id: quoted
    status: approved
    terms:
      ja: [拡大核抑止]
      en: [extended nuclear deterrence]
    sources:
      - {lang: ja, doc: JBpress, quote: 拡大核抑止(extended nuclear deterrence), url: "https://jbpress.ismedia.jp/articles/-/82518"}
  - id: draft
    status: proposed
    terms:
      en: [not checked]
`), "g.yaml")
	if err != nil {
		t.Fatal(err)
	}
	res, err := Attest(g, dir)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Attestation{}
	for _, a := range res.Attestations {
		got[a.Concept+"/"+a.Lang] = a
	}
	for _, tc := range []struct {
		name      string
		key       string
		where     []string
		source    string
		explained bool
	}{
		{name: "Japanese term in a Japanese document", key: "model-allies/ja", where: []string{"ja/commentary.txt:1"}},
		{name: "English term in an English source, plural folded", key: "model-allies/en", where: []string{"en/source.txt:2"}},
		{name: "English only in a commentary's parentheses and a term list", key: "strategic-flexibility/en"},
		{name: "Japanese column of a bitext", key: "extended-deterrence/ja", where: []string{"bitext/official.tsv:2"}},
		{name: "English column of a bitext", key: "extended-deterrence/en", where: []string{"bitext/official.tsv:2"}},
		{name: "only in a term list", key: "invented/ja"},
		{name: "not attested, the term's note says why", key: "invented/en", explained: true},
		{name: "quoted by a source of its own language", key: "quoted/ja", source: "JBpress (https://jbpress.ismedia.jp/articles/-/82518)"},
		{name: "a Japanese source's parentheses do not attest the English", key: "quoted/en"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, ok := got[tc.key]
			if !ok {
				t.Fatalf("no attestation for %s", tc.key)
			}
			if strings.Join(a.Where, " ") != strings.Join(tc.where, " ") {
				t.Errorf("where %q, want %q", a.Where, tc.where)
			}
			if a.Source != tc.source {
				t.Errorf("source %q, want %q", a.Source, tc.source)
			}
			if a.Explained() != tc.explained {
				t.Errorf("explained %v (why %q), want %v", a.Explained(), a.Why, tc.explained)
			}
		})
	}
	if len(res.Attestations) != 10 {
		t.Errorf("%d attestations, want 10 (the proposed concept is not checked)", len(res.Attestations))
	}
	if res.Documents != 3 {
		t.Errorf("%d documents read, want 3", res.Documents)
	}
	if len(res.Skipped) != 1 || res.Skipped[0].File != "terms-dev.tsv" || !strings.Contains(res.Skipped[0].Reason, "term list") {
		t.Errorf("skipped %+v, want terms-dev.tsv as a term list", res.Skipped)
	}
}

// TestAttestCorpusSkipsTermLists: on the real corpus, the development term lists are never
// read, and the official bitexts and parallel statements are.
func TestAttestCorpusSkipsTermLists(t *testing.T) {
	res, err := Attest(&glossary.Glossary{Languages: []string{"ja", "en"}}, corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	skipped := map[string]bool{}
	for _, s := range res.Skipped {
		skipped[s.File] = true
	}
	for _, f := range []string{"terms-dev.tsv", "parallel/terms-parallel-dev.tsv", "terms-heldout.tsv", "parallel/terms-parallel-heldout.tsv"} {
		if !skipped[f] {
			t.Errorf("%s was read as a document; skipped: %v", f, res.Skipped)
		}
	}
	if skipped["bitext/official-statements-2024-2025.tsv"] || skipped["parallel/pairs-dev.tsv"] {
		t.Errorf("a bitext was skipped: %v", res.Skipped)
	}
}

// FuzzReadBitextColumns: any text is either a bitext with rows whose columns came from
// the text, or a reason it is not one; never a panic.
//
//	go test ./align -run XXX -fuzz FuzzReadBitextColumns -fuzztime 30s
func FuzzReadBitextColumns(f *testing.F) {
	for _, s := range []string{
		"id\tja\ten\nP1\t拡大抑止\textended deterrence\n",
		"ja\ten\tevidence\n拡大抑止\textended deterrence\tparen\n",
		"id\tja\ten\n\"unterminated\tx\ty\n",
		"ID\tEN\tJA\n1\tb\ta\n2\n",
		"",
		"\n\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		rows, reason := readBitextColumns(text)
		if reason != "" && rows != nil {
			t.Fatalf("both rows and a reason (%q)", reason)
		}
		bare := strings.NewReplacer(`"`, "", "\r", "") // quoting and line ends the reader folds
		for _, r := range rows {
			if r.line < 1 || !strings.Contains(bare.Replace(text), bare.Replace(r.ja)) || !strings.Contains(bare.Replace(text), bare.Replace(r.en)) {
				t.Fatalf("row %+v not from the text", r)
			}
		}
	})
}

// TestDefaultGlossaryAttested: every preferred term of an approved concept of the default
// glossary occurs in a document of the corpus in its language, is quoted by one of the
// concept's sources, or says in its note why not.
func TestDefaultGlossaryAttested(t *testing.T) {
	g, err := glossary.Default()
	if err != nil {
		t.Fatal(err)
	}
	res, err := Attest(g, corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	attested := 0
	for _, a := range res.Attestations {
		if a.Missing() {
			t.Errorf("%s: the preferred %s term %q is not attested, quoted or explained", a.Concept, a.Lang, a.Term)
		}
		if a.Attested() {
			attested++
		}
	}
	if attested*4 < len(res.Attestations)*3 {
		t.Errorf("only %d of %d preferred terms occur in the corpus's documents", attested, len(res.Attestations))
	}
}
