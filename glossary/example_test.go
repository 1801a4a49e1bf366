package glossary_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/glossterm/gloss/glossary"
)

func ExampleIndex_Lookup() {
	g, err := glossary.Default()
	if err != nil {
		panic(err)
	}
	r := glossary.NewIndex(g).Lookup("Model Ally")
	c := r.Matches[0].Concept
	fmt.Println(c.ID, c.Preferred("ja").Text, c.Preferred("en").Text)
	// Output: model-allies 模範的な同盟国 model allies
}

func ExampleValidate() {
	src := `gloss: 1
languages: [ja, en]
concepts:
  - id: extended-deterrence
    status: approved
    terms:
      ja: [拡大抑止]
      en: [extended deterrence, {term: expanded deterrence, status: forbidden}]
`
	g, err := glossary.Parse([]byte(src), "gloss.yaml")
	if err != nil {
		panic(err)
	}
	for _, p := range glossary.Validate(g) {
		fmt.Println(p)
	}
	// Output: gloss.yaml:5:13: error concept.no-source: approved concept "extended-deterrence" has no source
}

func ExampleFormat() {
	g, _ := glossary.Parse([]byte("concepts: [{terms: {en: [deterrence], ja: [抑止]}, id: deterrence}]\nlanguages: [ja, en]\ngloss: 1\n"), "g.yaml")
	fmt.Print(string(glossary.Format(g)))
	// Output:
	// gloss: 1
	// languages: [ja, en]
	// concepts:
	//   - id: deterrence
	//     status: proposed
	//     terms:
	//       ja:
	//         - 抑止
	//       en:
	//         - deterrence
}

func ExampleParse() {
	src := "gloss: 1\nlanguages: [ja, en]\nconcepts:\n  - id: a\n    colour: red\n"
	_, err := glossary.Parse([]byte(src), "gloss.yaml")
	var le *glossary.LoadError
	if errors.As(err, &le) {
		for _, p := range le.Problems {
			fmt.Println(p.Line, p.Col, p.Rule)
		}
	}
	// Output: 5 5 schema.unknown-key
}

// ExampleUpdateFile adds a concept to a glossary file under its write lock, then loads it.
func ExampleUpdateFile() {
	dir, err := os.MkdirTemp("", "gloss-example")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "gloss.yaml")
	err = glossary.UpdateFile(path, func(current []byte, exists bool) ([]byte, error) {
		g := &glossary.Glossary{Languages: []string{"ja", "en"}}
		if exists {
			var err error
			if g, err = glossary.Parse(current, path); err != nil {
				return nil, err
			}
		}
		g.Concepts = append(g.Concepts, &glossary.Concept{
			ID:     "integrated-deterrence",
			Status: glossary.Proposed,
			Terms: map[string][]*glossary.Term{
				"ja": {{Text: "統合抑止", Status: glossary.Preferred}},
				"en": {{Text: "integrated deterrence", Status: glossary.Preferred}},
			},
		})
		return glossary.Format(g), nil
	})
	if err != nil {
		panic(err)
	}
	g, err := glossary.LoadFile(path)
	if err != nil {
		panic(err)
	}
	fmt.Println(len(g.Concepts), g.Concepts[0].Preferred("en").Text)
	// Output: 1 integrated deterrence
}
