package align

import "testing"

// TestNumberedDesignation: an acronym with a session's number after a space, written as a
// word of a Japanese sentence, is paired with the identical English words; a number of
// things after an acronym, which the English writes otherwise, and an acronym in cited
// English, are not.
func TestNumberedDesignation(t *testing.T) {
	dict := map[string]string{"成果": "outcome", "会議": "conference", "確認": "confirmation"}
	tests := []renderingCase{
		{name: "a session's number", ja: "両国はABCD 7の成果を確認した。",
			en: "The two countries confirmed the outcome of ABCD 7.", modes: []string{"bitext"},
			wantJA: "ABCD 7", wantEN: "ABCD 7"},
		{name: "a count the English writes otherwise", ja: "両国はABCD 7か国の成果を確認した。",
			en: "The two countries confirmed the outcome of the seven ABCD countries.", modes: []string{"bitext"},
			wantJA: "ABCD 7", notEN: "ABCD 7"},
		{name: "inside cited English", ja: "両国は「the ABCD 7 Report」を確認した。",
			en: "The two countries confirmed the ABCD 7 Report.", modes: []string{"bitext"},
			wantJA: "ABCD 7", notEN: "ABCD 7"},
	}
	runRenderingCases(t, tests, dict)
}
