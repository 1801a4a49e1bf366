package align

import "testing"

// TestOneParty: a conjunction inside a rendering stands between the parties a part lists
// (日米 = "Japan and the United States"); one country's name on both sides of it is two
// noun phrases, and the span crossed into the member before the term.
func TestOneParty(t *testing.T) {
	dict := dictOf(map[string]string{"シリア": "Syria", "イラク": "Iraq", "ソマリア": "Somalia", "暫定政府": "interim government", "国民": "people",
		"日米": "Japan and the United States", "協議": "consultations"})
	tests := []proposalCase{
		{ja: "両国はシリア国民及びシリア暫定政府を支援する。", en: "The two countries support the people of Syria and the Syrian Interim Government.",
			term: "シリア暫定政府", want: "Syrian Interim Government", not: []string{"Syria and the Syrian Interim Government"}},
		{ja: "両国はイラク国民及びイラク暫定政府と協議する。", en: "The two countries hold consultations with the people of Iraq and the Iraqi Interim Government.",
			term: "イラク暫定政府", want: "Iraqi Interim Government", not: []string{"Iraq and the Iraqi Interim Government"}},
		{ja: "両国はソマリア国民及びソマリア暫定政府を支援する。", en: "The two countries support the people of Somalia and the Somali Interim Government.",
			term: "ソマリア暫定政府", not: []string{"Somalia and the Somali Interim Government"}},
		{ja: "日米協議を開いた。", en: "They held consultations between Japan and the United States.",
			term: "日米協議", want: "consultations between Japan and the United States"},
	}
	checkProposals(t, dict, tests)
}
