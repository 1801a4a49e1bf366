package synth

import (
	"testing"

	"github.com/glossterm/gloss/glossary"
)

func TestGlossaryIsValid(t *testing.T) {
	g := Glossary(2000)
	g2, err := glossary.Parse(glossary.Format(g), "synth.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if ps := glossary.Validate(g2); len(ps) > 0 {
		t.Fatalf("%d problems, first: %v", len(ps), ps[0])
	}
}
