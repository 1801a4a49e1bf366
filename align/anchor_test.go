package align

import "testing"

// TestAnchoredNames: the Japanese name before a parenthetical and the capitalized English
// name before a parenthetical that holds the same acronym are one name, proposed whole at
// review; the Japanese is a phrase only when the English name holds of, for or and.
func TestAnchoredNames(t *testing.T) {
	dict := dictOf(map[string]string{"漁業": "fishery", "協定": "agreement", "海洋": "ocean", "資源": "resources"})
	tests := []struct {
		name, ja, en, term string
		want               string // the English proposed for term by the anchor, "" for none
	}{
		{name: "the same acronym after both names", ja: "両国は日豪漁業協力協定(FCA)の下で調査を続けた。", en: "The two countries continued the survey under the Japan-Australia Fisheries Cooperation Agreement (FCA).",
			term: "日豪漁業協力協定", want: "Japan-Australia Fisheries Cooperation Agreement"},
		{name: "a phrase before an English name with of or for", ja: "両国は海洋資源に関する包括的な協定(CAMR)に署名した。", en: "The two countries signed the Comprehensive Agreement for Marine Resources (CAMR).",
			term: "海洋資源に関する包括的な協定", want: "Comprehensive Agreement for Marine Resources"},
		{name: "near miss: another acronym in the English", ja: "両国は日豪漁業協力協定(FCA)の下で調査を続けた。", en: "The two countries continued the survey under the Japan-Australia Fisheries Cooperation Agreement (FTA).",
			term: "日豪漁業協力協定"},
		{name: "near miss: no capitalized name before the English parenthetical", ja: "両国は日豪漁業協力協定(FCA)の下で調査を続けた。", en: "The two countries continued the survey under the cooperation agreement (FCA).",
			term: "日豪漁業協力協定"},
		{name: "near miss: a phrase before a name without of, for or and", ja: "両国は質の高い漁業協定(HQFA)を目指した。", en: "The two countries aimed at a high quality Fisheries Agreement (HQFA).",
			term: "質の高い漁業協定"},
		{name: "…where the compound is the name", ja: "両国は質の高い漁業協定(HQFA)を目指した。", en: "The two countries aimed at a high quality Fisheries Agreement (HQFA).",
			term: "漁業協定", want: "Fisheries Agreement"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			for _, p := range runPairs(t, dict, tc.ja, tc.en) {
				if p.JA != tc.term || !hasType(p.Evidence, EvParenAnchor) {
					continue
				}
				if p.Status == Auto && !translated(p.Evidence) {
					t.Errorf("%s = %s is auto on the anchor alone, want review", p.JA, p.EN)
				}
				got = p.EN
			}
			if got != tc.want {
				t.Errorf("%s paired by the anchor with %q, want %q", tc.term, got, tc.want)
			}
		})
	}
}
