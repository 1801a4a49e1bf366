package eval_test

import (
	"fmt"

	"github.com/glossterm/gloss/align"
	"github.com/glossterm/gloss/align/eval"
)

func ExampleEvaluate() {
	list := "ja\ten\tevidence\n拡大抑止\textended deterrence\tsource\n統合抑止\tintegrated deterrence\tsource\n"
	entries := eval.ParseList(list)
	// only rows whose English the corpus holds count
	eval.Attest(entries, []string{"We strengthen extended deterrence and integrated deterrence."})
	pairs := []align.Pair{
		{JA: "拡大抑止", EN: "extended deterrence", Score: 0.93, Status: align.Auto},
		{JA: "統合抑止", EN: "joint deterrence", Score: 0.6, Status: align.Review},
	}
	ev := eval.Evaluate(entries, pairs)
	fmt.Printf("recall %.2f, auto precision %.2f\n", ev.Recall, ev.Precision)
	for _, m := range ev.Missed {
		fmt.Println("missed:", m.Entry.JA, m.Proposed)
	}
	// Output:
	// recall 0.50, auto precision 1.00
	// missed: 統合抑止 [joint deterrence (review 0.60)]
}
