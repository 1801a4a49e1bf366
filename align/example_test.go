package align_test

import (
	"fmt"

	"github.com/glossterm/gloss/align"
)

// Example mines one pair: the parenthetical gloss in the commentary, attested by the
// English source.
func Example() {
	ja := []align.Doc{{Name: "ja.txt", Lang: "ja", Text: "日米は拡大抑止（extended deterrence）を強化する。拡大抑止は同盟の要である。"}}
	en := []align.Doc{{Name: "en.txt", Lang: "en", Text: "The allies strengthen extended deterrence. Extended deterrence is the core of the alliance."}}
	res, err := align.Run(ja, en, nil, align.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range res.Pairs {
		if p.Status == align.Auto {
			fmt.Printf("%s = %s (%.2f, %s)\n", p.JA, p.EN, p.Score, p.Evidence[0].Type)
		}
	}
	// Output:
	// 拡大抑止 = extended deterrence (0.93, paren)
}

// ExampleProposals turns the new pairs of a run into proposed concepts for review.
func ExampleProposals() {
	ja := []align.Doc{{Name: "ja.txt", Lang: "ja", Text: "日米は拡大抑止（extended deterrence）を強化する。拡大抑止は同盟の要である。"}}
	en := []align.Doc{{Name: "en.txt", Lang: "en", Text: "The allies strengthen extended deterrence. Extended deterrence is the core of the alliance."}}
	res, err := align.Run(ja, en, nil, align.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range align.Proposals(res.Pairs).Concepts {
		fmt.Println(c.ID, c.Status, c.Preferred("ja").Text, "=", c.Preferred("en").Text)
	}
	// Output:
	// extended-deterrence proposed 拡大抑止 = extended deterrence
}
