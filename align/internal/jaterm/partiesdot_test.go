package jaterm

import (
	"testing"

	"github.com/glossterm/gloss/internal/morph"
)

// TestPartiesDot: a middle dot between a country and the other party, a noun after them,
// lists the parties inside one compound term; a dot after a common noun, or parties with
// no noun written after them, coordinates two terms instead.
func TestPartiesDot(t *testing.T) {
	tests := []struct {
		name, sentence, term string
		wantTerm             bool // a plain term (not only a coordination of two)
		coord                bool // a coordination is the term sought
	}{
		{name: "two countries before a head", sentence: "日・カナダ首脳会談が行われた。", term: "日・カナダ首脳会談", wantTerm: true},
		{name: "a country and an organization", sentence: "日・ASEAN首脳会議が開かれた。", term: "日・ASEAN首脳会議", wantTerm: true},
		{name: "the coordination after dotted parties", sentence: "日・カナダ外務・防衛閣僚会合が開催された。", term: "外務・防衛閣僚会合", wantTerm: true, coord: true},
		{name: "a common noun before the dot", sentence: "防衛・カナダ首脳会談が行われた。", term: "防衛・カナダ首脳会談", wantTerm: false},
		{name: "no noun after the parties", sentence: "日・カナダの首脳会談が行われた。", term: "日・カナダの首脳会談", wantTerm: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := morph.Tokenize(tt.sentence)
			got := false
			for _, c := range Chunks(toks) {
				if c.Text(tt.sentence, toks) == tt.term && (!c.Phrasal || tt.coord) {
					got = true
				}
			}
			if got != tt.wantTerm {
				t.Errorf("%s a plain term = %v, want %v", tt.term, got, tt.wantTerm)
			}
		})
	}
}
