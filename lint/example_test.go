package lint_test

import (
	"fmt"

	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/lint"
)

func Example() {
	g, _ := glossary.Parse([]byte(`gloss: 1
languages: [ja, en]
concepts:
  - id: extended-deterrence
    terms:
      ja: [拡大抑止]
      en: [extended deterrence, {term: expanded deterrence, status: forbidden}]
`), "gloss.yaml")
	l, _ := lint.New(g, lint.Options{})
	tsv := "id\tja\ten\nP2-2\t拡大抑止の維持・強化\tto sustain and strengthen expanded deterrence\n"
	doc, _ := lint.Read("bitext.tsv", []byte(tsv), lint.ReadOptions{})
	for _, f := range l.Lint(doc) {
		fmt.Printf("%s:%d:%d: %s %s: %s\n", f.File, f.Line, f.Col, f.Severity, f.Rule, f.Message)
	}
	// Output:
	// bitext.tsv:2:43: error forbidden-term: "expanded deterrence" is forbidden for extended-deterrence: use "extended deterrence"
}

func ExampleReadPaired() {
	g, _ := glossary.Parse([]byte(`gloss: 1
languages: [ja, en]
concepts:
  - id: integrated-deterrence
    terms:
      ja: [統合抑止]
      en: [integrated deterrence]
`), "gloss.yaml")
	l, _ := lint.New(g, lint.Options{})
	ja := "統合抑止を推進する。\n\n同盟を強化する。\n"
	en := "We advance joint deterrence.\n\nWe strengthen the Alliance.\n"
	doc, err := lint.ReadPaired("statement.ja.md", []byte(ja), "statement.en.md", []byte(en), "ja", "en")
	if err != nil {
		panic(err)
	}
	for _, f := range l.Lint(doc) {
		fmt.Printf("%s:%d: %s %s\n", f.File, f.Line, f.Rule, f.Concept)
	}
	// Output:
	// statement.en.md:1: missing-term integrated-deterrence
}

func ExampleBaseline() {
	g, _ := glossary.Default()
	l, _ := lint.New(g, lint.Options{})
	doc, _ := lint.Read("old.tsv", []byte("ja\ten\n拡大抑止\texpanded deterrence\n"), lint.ReadOptions{})
	accepted := lint.NewBaseline(l.Lint(doc)) // what the repository accepts today
	b, _ := lint.ParseBaseline("baseline.json", accepted.Marshal())
	fmt.Println(len(l.Lint(doc)), "findings,", len(b.Filter(l.Lint(doc))), "new")
	// Output: 1 findings, 0 new
}
