package glossary_test

import (
	"testing"

	. "github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/glossary/internal/synth"
)

// The generated glossary of the benchmarks, read by the fast reader as by the YAML parser.
func TestFastItemSynth(t *testing.T) {
	took, all, diff := FastSameAsYAML(Format(synth.Glossary(3000)))
	if diff != "" {
		t.Fatal(diff)
	}
	if took != all || all != 3000 {
		t.Errorf("the fast reader took %d of %d entries", took, all)
	}
}
