// Command gengloss writes a generated glossary of N concepts to standard output, for
// benchmarks: go run ./glossary/internal/synth/gengloss -n 100000 > big.yaml
package main

import (
	"flag"
	"os"

	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/glossary/internal/synth"
)

func main() {
	n := flag.Int("n", 100000, "number of concepts")
	flag.Parse()
	glossary.Write(os.Stdout, synth.Glossary(*n))
}
