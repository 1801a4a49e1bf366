package main

import (
	"os"
	"runtime/debug"
)

// memBudget is the soft memory limit of the process. main runs the garbage collector at
// GOGC=400, so that a short process reading a large glossary spends little time
// collecting; without a limit its heap then grows to five times what it holds. The limit
// makes the collector work harder only once the heap nears what the inputs need: a base
// for the program itself plus a few times the size of the inputs, so that the peak stays
// proportional to the input. GOMEMLIMIT in the environment overrides it.
var memBudget int64 = 256 << 20

// inputFactor is what the heap holds per byte of input beyond the base: a glossary's model
// takes about 7 bytes per byte of YAML, a document to lint less.
const inputFactor = 8

// budgetFor raises the soft memory limit by what the files at paths need, and at least to
// min. Files that are not regular (standard input, pipes) count nothing here; the input
// gate bounds them.
func budgetFor(e *env, min int64, paths ...string) {
	if e.getenv("GOMEMLIMIT") != "" {
		return
	}
	for _, p := range paths {
		if fi, err := os.Stat(e.path(p)); err == nil && fi.Mode().IsRegular() {
			memBudget += inputFactor * fi.Size()
		}
	}
	memBudget = max(memBudget, min)
	debug.SetMemoryLimit(memBudget)
}
