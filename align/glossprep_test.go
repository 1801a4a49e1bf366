package align

import "testing"

// TestRelationGloss: a word glossed by a head, a preposition and a generic complement
// ("party to a treaty") is rendered by the head alone where the English writes that
// preposition after it and names the particular complement ("parties to the CTBT"), at
// review, ahead of another gloss's head met in the same sentence ("states" of
// "contracting state"); without the preposition the head alone is no rendering.
func TestRelationGloss(t *testing.T) {
	dict := map[string]string{"締約国": "signatory nation/treaty power/party to a treaty/contracting state", "両国": "both countries",
		"協力": "cooperation", "国々": "countries/states"}
	const term = "締約国"
	tests := []struct {
		name, en string
		want     string // the English wanted at review, "" for none
	}{
		{name: "the gloss's preposition after the head", en: "We call on the states that have not done so to become parties to the CTBT.", want: "parties"},
		{name: "near miss: another preposition", en: "We call on the states that have not done so to become parties in the CTBT."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, status := "", ""
			for _, p := range designationPairs(t, "bitext", "我々は未だCTBTの締約国となっていない国々に呼びかける。", tc.en, term, dict) {
				if got == "" || p.EN == tc.want {
					got, status = p.EN, p.Status
				}
			}
			if got != tc.want || got != "" && status != Review {
				t.Errorf("%s = %q (%s), want %q (review)", term, got, status, tc.want)
			}
		})
	}
}
