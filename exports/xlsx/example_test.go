package xlsx_test

import (
	"bytes"
	"fmt"

	"github.com/glossterm/gloss/exports"
	"github.com/glossterm/gloss/exports/xlsx"
	"github.com/glossterm/gloss/glossary"
)

func Example() {
	g, _ := glossary.Parse([]byte(`gloss: 1
languages: [ja, en]
concepts:
  - id: extended-deterrence
    status: approved
    terms:
      ja: [拡大抑止]
      en: [extended deterrence, {term: expanded deterrence, status: forbidden}]
`), "gloss.yaml")
	var book bytes.Buffer
	if _, err := xlsx.Write(&book, g, exports.Options{Profile: "generic"}); err != nil {
		fmt.Println(err)
		return
	}
	back, err := xlsx.Read(bytes.NewReader(book.Bytes()), "glossary.xlsx", g.Languages)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range back.Concepts {
		for _, l := range back.Languages {
			for _, t := range c.Terms[l] {
				fmt.Println(c.ID, l, t.Text, t.Status)
			}
		}
	}
	// Output:
	// extended-deterrence ja 拡大抑止 preferred
	// extended-deterrence en extended deterrence preferred
	// extended-deterrence en expanded deterrence forbidden
}
