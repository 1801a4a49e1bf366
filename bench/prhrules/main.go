// Command prhrules prints a prh rule file (YAML) equivalent to a glossary's deprecated and
// forbidden Japanese terms: one rule per concept, the preferred term expected, the others as
// patterns. A term with except phrases that all end with it (中国国防省 for 国防省) becomes
// prh's regexpMustEmpty idiom; a term that another concept allows is left out, since gloss
// reports it only when a source text asks for its concept, which prh cannot express. bench/lint-vs-textlint.sh uses it to give textlint-rule-prh the same rules gloss
// applies.
//
//	go run ./bench/prhrules [-lang ja] [GLOSSARY] > prh.yml
package main

import (
	"flag"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"

	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/textnorm"
)

func main() {
	lang := flag.String("lang", "ja", "language of the rules")
	flag.Parse()
	var g *glossary.Glossary
	var err error
	if flag.NArg() > 0 {
		g, err = glossary.LoadFile(flag.Arg(0))
	} else {
		g, err = glossary.Default()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "prhrules:", err)
		os.Exit(2)
	}
	allowed := map[string]bool{}
	for _, c := range g.Concepts {
		for _, t := range c.Terms[*lang] {
			if t.Status.Allowed() && c.Status != glossary.Retired {
				allowed[textnorm.Key(t.Text)] = true
			}
		}
	}
	fmt.Println("version: 1")
	fmt.Println("rules:")
	for _, c := range g.Concepts {
		if c.Status == glossary.Retired {
			continue
		}
		pref := c.Preferred(*lang)
		if pref == nil {
			continue
		}
		var pats []string
		var regs []string
		for _, t := range c.Terms[*lang] {
			if t.Status != glossary.Deprecated && t.Status != glossary.Forbidden || allowed[textnorm.Key(t.Text)] {
				continue
			}
			if len(t.Except) == 0 {
				pats = append(pats, t.Text)
				continue
			}
			var pre []string
			for _, x := range t.Except {
				if p, ok := strings.CutSuffix(x, t.Text); ok && p != "" {
					pre = append(pre, regexp.QuoteMeta(p))
				}
			}
			if len(pre) == len(t.Except) {
				regs = append(regs, fmt.Sprintf("/(%s)?%s/", strings.Join(pre, "|"), regexp.QuoteMeta(t.Text)))
			}
		}
		if len(pats) > 0 {
			fmt.Printf("  - expected: %s\n    patterns:\n", strconv.Quote(pref.Text))
			for _, p := range pats {
				fmt.Printf("      - %s\n", strconv.Quote(p))
			}
		}
		for _, r := range regs {
			fmt.Printf("  - expected: %s\n    pattern: %s\n    regexpMustEmpty: $1\n", strconv.Quote(pref.Text), strconv.Quote(r))
		}
	}
}
