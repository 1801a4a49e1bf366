package xliff_test

import (
	"fmt"

	"github.com/glossterm/gloss/exports/xliff"
)

func ExampleParse() {
	const job = `<xliff version="1.2"><file source-language="ja-JP" target-language="en-US"><body>
<trans-unit id="1"><source>拡大抑止</source><target state="translated">extended &amp; integrated deterrence</target></trans-unit>
<trans-unit id="2" translate="no"><source>NATO</source><target>NATO</target></trans-unit>
</body></file></xliff>`
	f, err := xliff.Parse([]byte(job), "job.xlf")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(f.SourceLang, "→", f.TargetLang)
	for _, u := range f.Units {
		fmt.Printf("%s checked=%v %q\n", u.ID, u.Checked(), u.Target.Value)
	}
	// Offsets in a text map back to the file across entities such as &amp;.
	t := f.Units[0].Target
	i := len("extended & ")
	fmt.Println(job[t.FileOffset(i) : t.FileOffset(i)+len("integrated")])
	// Output:
	// ja-JP → en-US
	// 1 checked=true "extended & integrated deterrence"
	// 2 checked=false "NATO"
	// integrated
}
