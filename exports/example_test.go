package exports_test

import (
	"fmt"
	"strings"

	"github.com/glossterm/gloss/exports"
	"github.com/glossterm/gloss/exports/delim"
	"github.com/glossterm/gloss/glossary"
)

func ExampleDetect() {
	fmt.Println(exports.Detect("memory.xml", []byte(`<?xml version="1.0"?><tmx version="1.4">`)))
	fmt.Println(exports.Detect("glossary.txt", []byte("拡大抑止\textended deterrence\n")))
	fmt.Println(exports.Detect("Book1.txt", []byte("ja\ten\n拡大抑止\textended deterrence\n")))
	// Output:
	// tmx
	// omegat
	// tsv
}

func ExampleMerge() {
	dst, _ := glossary.Parse([]byte(`gloss: 1
languages: [ja, en]
concepts:
  - id: extended-deterrence
    status: approved
    terms:
      ja: [拡大抑止]
      en: [extended deterrence]
`), "gloss.yaml")
	// A vendor's spreadsheet: one known concept with a note, one new concept.
	tsv := "ja\ten\tnote\n拡大抑止\textended deterrence\tused since 2010\n統合抑止\tintegrated deterrence\t\n"
	in, err := delim.Read(strings.NewReader(tsv), "vendor.tsv", delim.ReadOptions{Known: dst.Languages})
	if err != nil {
		fmt.Println(err)
		return
	}
	res := exports.Merge(dst, in)
	fmt.Println("added", res.Added, "updated", res.Updated, "unchanged", res.Unchanged)
	for _, c := range res.Conflicts {
		fmt.Println("conflict:", c)
	}
	// Output:
	// added [integrated-deterrence] updated [extended-deterrence] unchanged 0
}
