package edict_test

import (
	"fmt"
	"strings"

	"golang.org/x/text/encoding/japanese"

	"github.com/glossterm/gloss/exports/edict"
)

func ExampleRead() {
	// EDICT is EUC-JP, one entry a line: headword [reading] /gloss/gloss/.
	lines := "　？？？ /EDICT, EDRDG/\n抑止 [よくし] /(n,vs) deterrence/check/restraint/\n"
	data, _ := japanese.EUCJP.NewEncoder().String(lines)
	g, err := edict.Read(strings.NewReader(data), "edict")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range g.Concepts {
		for _, t := range c.Terms["en"] {
			fmt.Println(c.Terms["ja"][0].Text, "=", t.Text)
		}
	}
	// Output:
	// 抑止 = deterrence
	// 抑止 = check
	// 抑止 = restraint
}
