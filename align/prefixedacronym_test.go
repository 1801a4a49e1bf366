package align

import (
	"strings"
	"testing"
)

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

// TestPartiesName: an agreement's Japanese name that opens with its parties (日英円滑化協定)
// is rendered by the name the English spells out before its acronym, the parties before
// it ("Japan-UK Reciprocal Access Agreement (RAA)"), for review; a name whose head the
// Japanese head does not gloss, or other parties, render nothing of it.
func TestPartiesName(t *testing.T) {
	dict := map[string]string{"日英": "Japan-UK", "円滑": "smooth", "化": "-ization", "協定": "agreement", "両国": "both countries",
		"署名": "signature", "歓迎": "welcome"}
	const ja = "両国は日英円滑化協定の署名を歓迎した。"
	tests := []struct {
		name, en string
		want     string // the English the rule gives 日英円滑化協定, "" for none
	}{
		{name: "the parties before the defined name", want: "Japan-UK Reciprocal Access Agreement",
			en: "Both countries welcomed the signing of the Japan-UK Reciprocal Access Agreement (RAA)."},
		{name: "near miss: another head",
			en: "Both countries welcomed the signing of the Japan-UK Reciprocal Access Framework (RAF)."},
		{name: "near miss: other parties",
			en: "Both countries welcomed the signing of the Japan-France Reciprocal Access Agreement (RAA)."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, status := "", ""
			for _, p := range designationPairs(t, "bitext", ja, tc.en, "日英円滑化協定", dict) {
				for _, e := range p.Evidence {
					if strings.HasPrefix(e.Detail, partiesNameDetail) {
						got, status = p.EN, p.Status
					}
				}
			}
			if got != tc.want || got != "" && status != Review {
				t.Errorf("日英円滑化協定 = %q (%s), want %q (review)", got, status, tc.want)
			}
		})
	}
}
