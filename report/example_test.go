package report_test

import (
	"fmt"
	"os"

	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/lint"
	"github.com/glossterm/gloss/report"
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
	doc, _ := lint.Read("bitext.tsv", []byte("ja\ten\n拡大抑止\texpanded deterrence\n"), lint.ReadOptions{})
	fs := l.Lint(doc)
	// GitHub workflow commands, which annotate the pull request's diff, and a summary.
	if err := report.Write(os.Stdout, "github", fs, report.Meta{Files: 1}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// ::error file=bitext.tsv,line=2,col=6,endColumn=25,title=gloss forbidden-term (extended-deterrence)::"expanded deterrence" is forbidden for extended-deterrence: use "extended deterrence"
	// 1 error, 0 warnings in 1 file
}
