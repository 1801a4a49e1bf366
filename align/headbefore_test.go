package align

import (
	"strings"
	"testing"
)

// TestHeadBefore: a compound whose rendering is its complement alone ("area of energy and
// climate") is paired, for review, with the English that writes the gloss of its last
// word and a preposition right before it; not when the word before the preposition is no
// gloss of the head, nor when no preposition joins them.
func TestHeadBefore(t *testing.T) {
	dict := map[string]string{"エネルギー": "energy", "気候": "climate", "連携": "coordination", "両国": "both countries",
		"深化": "deepening"}
	const ja, term = "両国はエネルギー・気候連携の深化で一致した。", "エネルギー・気候連携"
	tests := []struct {
		name, en string
		want     string // the English proposed for the term at review that opens with the head, "" for none
	}{
		{name: "the head and in the before the complement", en: "Both countries agreed on deepening coordination in the area of energy and climate.",
			want: "coordination in the area of energy and climate"},
		{name: "near miss: another noun before the preposition", en: "Both countries agreed on deepening research in the area of energy and climate."},
		{name: "near miss: no preposition", en: "Both countries agreed on deepening coordination, the area of energy and climate."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, status := "", ""
			for _, p := range designationPairs(t, "bitext", ja, tc.en, term, dict) {
				for _, e := range p.Evidence {
					if strings.HasPrefix(e.Detail, "the head first") {
						got, status = p.EN, p.Status
					}
				}
			}
			if got != tc.want || got != "" && status != Review {
				t.Errorf("%s = %q (%s), want %q (review)", term, got, status, tc.want)
			}
		})
	}
}
