// Command gentm writes the generated memory of the tm benchmarks as bitext files of
// 50,000 units each (the benchmark's files, seed 1), for measuring gloss tm add:
//
//	go run ./tm/internal/synth/gentm -n 1000000 -o DIR   # DIR/synth-0.tsv … synth-19.tsv
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/glossterm/gloss/tm/internal/synth"
)

func main() {
	n := flag.Int("n", 1_000_000, "number of units")
	out := flag.String("o", ".", "directory to write the files to")
	corpus := flag.String("corpus", "testdata/corpus", "the corpus the sentences come from")
	flag.Parse()
	if err := run(*n, *out, *corpus); err != nil {
		fmt.Fprintln(os.Stderr, "gentm:", err)
		os.Exit(1)
	}
}

// chunk is the number of units of one file, as in tm/bench_test.go.
const chunk = 50_000

func run(n int, out, corpus string) error {
	base, err := synth.CorpusPairs(corpus)
	if err != nil {
		return err
	}
	terms, err := synth.GlossaryPairs()
	if err != nil {
		return err
	}
	g := synth.New(base, terms, 1)
	for i, done := 0, 0; done < n; i, done = i+1, done+chunk {
		f, err := os.Create(filepath.Join(out, fmt.Sprintf("synth-%d.tsv", i)))
		if err != nil {
			return err
		}
		err = g.WriteTSV(f, min(chunk, n-done))
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return err
		}
	}
	return nil
}
