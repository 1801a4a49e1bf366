package align

import (
	"testing"

	"github.com/glossterm/gloss/align/internal/wordnet"
	"github.com/glossterm/gloss/internal/lexicon"
)

// TestGlossMissed: a pair whose only translation is the dictionary's word for the whole
// term is capped when the English meets no gloss whole (the suffix's "capability" left
// out) or is an adjective written from the stem of a gloss noun; a gloss met as it stands
// is the dictionary's own rendering, whatever its part of speech.
func TestGlossMissed(t *testing.T) {
	dir := InstalledWordNet()
	if dir == "" {
		t.Skip("WordNet is not installed")
	}
	wn, err := wordnet.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	lx := lexicon.New()
	lx.Add("抑止力", "deterrent capability", "edict")
	lx.Add("緊急性", "urgency", "edict")
	lx.Add("多国間", "multilateral", "edict")
	r := &run{lx: lx, wn: wn}
	dictionary := []Evidence{{Type: EvDictionary}, {Type: EvParallel}}
	tests := []struct {
		name, ja, en string
		evs          []Evidence
		want         bool
	}{
		{name: "a gloss met in part", ja: "抑止力", en: "deterrent", evs: dictionary, want: true},
		{name: "near miss: the gloss met whole", ja: "抑止力", en: "deterrent capabilities", evs: dictionary},
		{name: "an adjective from the stem of a gloss noun", ja: "緊急性", en: "urgent", evs: dictionary, want: true},
		{name: "near miss: the gloss noun itself", ja: "緊急性", en: "urgency", evs: dictionary},
		{name: "near miss: an adjective that is the gloss", ja: "多国間", en: "multilateral", evs: dictionary},
		{name: "near miss: other parts translated too", ja: "抑止力", en: "deterrent",
			evs: []Evidence{{Type: EvDictionary}, {Type: EvCompositional}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := r.glossMissed(&Pair{JA: tc.ja, EN: tc.en, Evidence: tc.evs}); got != tc.want {
				t.Errorf("glossMissed(%s = %s) = %v, want %v", tc.ja, tc.en, got, tc.want)
			}
		})
	}
}
