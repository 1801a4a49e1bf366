package match_test

import (
	"fmt"

	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/match"
)

func Example() {
	g, _ := glossary.Parse([]byte(`gloss: 1
languages: [ja, en]
concepts:
  - id: deterrence
    terms: {ja: [抑止], en: [deterrence]}
  - id: deterrent
    terms: {ja: [抑止力], en: [deterrent]}
  - id: nds
    terms: {ja: [国家防衛戦略], en: [National Defense Strategy, {term: NDS, status: admitted}]}
`), "gloss.yaml")
	m, _ := match.Compile(g, match.Options{})
	text := "ＮＤＳは抑止力と抑止を論じる"
	for _, o := range m.FindLang(text, "") {
		fmt.Println(text[o.Start:o.End], o.Concept.ID, o.Term.Text)
	}
	// Output:
	// ＮＤＳ nds NDS
	// 抑止力 deterrent 抑止力
	// 抑止 deterrence 抑止
}
