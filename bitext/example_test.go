package bitext_test

import (
	"fmt"

	"github.com/glossterm/gloss/bitext"
)

// ExampleAlign aligns a statement with its translation, sentence by sentence.
func ExampleAlign() {
	ja := bitext.Doc{Name: "ja.txt", Lang: "ja", Text: "日米は拡大抑止を強化する。\n両国は2024年に会合を開いた。\n"}
	en := bitext.Doc{Name: "en.txt", Lang: "en", Text: "Japan and the United States strengthen extended deterrence.\nThe two countries met in 2024.\n"}
	segs, err := bitext.Align(ja, en, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range segs {
		fmt.Printf("%s | %s\n", s.JA, s.EN)
	}
	// Output:
	// 日米は拡大抑止を強化する。 | Japan and the United States strengthen extended deterrence.
	// 両国は2024年に会合を開いた。 | The two countries met in 2024.
}
