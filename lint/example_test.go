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
	doc, _ := lint.ReadDelimited("bitext.tsv", []byte(tsv), '\t', "", "")
	for _, f := range l.Lint(doc) {
		fmt.Printf("%s:%d:%d: %s %s: %s\n", f.File, f.Line, f.Col, f.Severity, f.Rule, f.Message)
	}
	// Output:
	// bitext.tsv:2:43: error forbidden-term: "expanded deterrence" is forbidden for extended-deterrence: use "extended deterrence"
}
