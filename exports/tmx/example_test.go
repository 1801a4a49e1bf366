package tmx_test

import (
	"fmt"
	"io"
	"strings"

	"github.com/glossterm/gloss/exports/tmx"
)

func ExampleReader() {
	const memory = `<tmx version="1.4"><header srclang="ja-JP"/><body>
<tu tuid="1"><tuv xml:lang="ja-JP"><seg>拡大抑止</seg></tuv><tuv xml:lang="en-US"><seg>extended deterrence</seg></tuv></tu>
</body></tmx>`
	rd, err := tmx.NewReader(strings.NewReader(memory), "memory.tmx")
	if err != nil {
		fmt.Println(err)
		return
	}
	for {
		tu, err := rd.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			return
		}
		for _, v := range tu.TUVs {
			fmt.Printf("%d:%d %s %s\n", v.SegLine, v.SegCol, v.Lang, v.Text)
		}
	}
	// Output:
	// 2:41 ja-JP 拡大抑止
	// 2:92 en-US extended deterrence
}
