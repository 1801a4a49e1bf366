package delim_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/glossterm/gloss/exports"
	"github.com/glossterm/gloss/exports/delim"
	"github.com/glossterm/gloss/glossary"
)

func ExampleRead() {
	csv := "ja,en,en status\n拡大抑止,extended deterrence,preferred\n"
	g, err := delim.Read(strings.NewReader(csv), "terms.csv", delim.ReadOptions{Known: []string{"ja", "en"}})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range g.Concepts {
		fmt.Println(c.Preferred("ja").Text, "=", c.Preferred("en").Text)
	}
	// Output:
	// 拡大抑止 = extended deterrence
}

func ExampleWriteDeepL() {
	g, _ := glossary.Parse([]byte(`gloss: 1
languages: [ja, en]
concepts:
  - id: extended-deterrence
    status: approved
    terms:
      ja: [拡大抑止]
      en: [extended deterrence, {term: expanded deterrence, status: forbidden}]
  - id: integrated-deterrence
    status: approved
    terms: {ja: [統合抑止], en: [integrated deterrence]}
`), "gloss.yaml")
	if _, err := delim.WriteDeepL(os.Stdout, g, exports.Options{}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// 拡大抑止	extended deterrence
	// 統合抑止	integrated deterrence
}
