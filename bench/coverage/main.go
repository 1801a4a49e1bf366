// Command coverage prints how the default glossary (or GLOSSARY) fares on term lists: for
// how many rows a lookup of the Japanese finds a concept that renders it with the row's
// English, the preferred term or an admitted official wording its sources quote
// (eval.MeasureCoverage, the measure of TestDefaultCoverage), with every miss.
// bench/dev-figures.sh runs it on the development and the held-out lists.
//
//	go run ./bench/coverage [-glossary GLOSSARY] LIST.tsv...
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/glossterm/gloss/align/eval"
	"github.com/glossterm/gloss/glossary"
)

func main() {
	file := flag.String("glossary", "", "the glossary to measure (default: the embedded default glossary)")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: coverage [-glossary GLOSSARY] LIST.tsv...")
		os.Exit(2)
	}
	var g *glossary.Glossary
	var err error
	if *file != "" {
		g, err = glossary.LoadFile(*file)
	} else {
		g, err = glossary.Default()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "coverage:", err)
		os.Exit(2)
	}
	for _, list := range flag.Args() {
		data, err := os.ReadFile(list)
		if err != nil {
			fmt.Fprintln(os.Stderr, "coverage:", err)
			os.Exit(2)
		}
		cv := eval.MeasureCoverage(g, string(data))
		fmt.Printf("%s: right %d/%d (%.3f; by the preferred term %d), absent %d, other English %d\n",
			list, cv.Right, cv.Rows, cv.Share(), cv.Preferred, cv.Absent, cv.Rows-cv.Right-cv.Absent)
		for _, m := range cv.Misses {
			fmt.Println("    " + m)
		}
	}
}
