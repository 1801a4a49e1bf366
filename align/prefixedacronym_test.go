package align

import "testing"

// TestPrefixedAcronym: a term that writes its parties' abbreviations before a Latin
// acronym (日英ACSA) is rendered by the English that writes the parties before the
// acronym spelled out ("Japan-UK Acquisition and Cross-Servicing Agreement (ACSA)"), for
// review; parties the Japanese does not name are no rendering of its parties.
func TestPrefixedAcronym(t *testing.T) {
	dict := map[string]string{"日英": "Japan-UK", "日比": "Japan-Philippines", "両国": "both countries",
		"運用": "operation", "開始": "start", "発効": "entry into force", "歓迎": "welcome"}
	tests := []renderingCase{
		{name: "parties before the spelled-out name", ja: "両国は日英ACSAの運用を開始した。",
			en:    "Both countries started the operation of the Japan-UK Acquisition and Cross-Servicing Agreement (ACSA).",
			modes: []string{"bitext"}, wantJA: "日英ACSA", wantEN: "Japan-UK Acquisition and Cross-Servicing Agreement"},
		{name: "parties after an adjective", ja: "両国は新たな日比RAAの発効を歓迎した。",
			en:    "Both countries welcomed the entry into force of a new Japan-Philippines Reciprocal Access Agreement (RAA).",
			modes: []string{"bitext"}, wantJA: "日比RAA", wantEN: "Japan-Philippines Reciprocal Access Agreement"},
		{name: "near miss: other parties before the name", ja: "両国は日英ACSAの運用を開始した。",
			en:    "Both countries started the operation of the Japan-France Acquisition and Cross-Servicing Agreement (ACSA).",
			modes: []string{"bitext"}, wantJA: "日英ACSA", notEN: "Japan-France Acquisition and Cross-Servicing Agreement"},
	}
	runRenderingCases(t, tests, dict)
}
