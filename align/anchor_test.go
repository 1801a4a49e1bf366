package align

import "testing"

// TestAnchoredNames: the Japanese name before a parenthetical and the capitalized English
// name before a parenthetical that holds the same acronym are one name, proposed whole at
// review; the Japanese is a phrase only when the English name holds of, for or and. A
// second aligned segment that renders the name the same way does not make it auto when no
// translation agrees: the acronym is still a reading of the text's structure.
func TestAnchoredNames(t *testing.T) {
	dict := dictOf(map[string]string{"漁業": "fishery", "協定": "agreement", "海洋": "ocean", "資源": "resources"})
	tests := []struct {
		name, ja, en, term string
		want               string    // the English proposed for term by the anchor, "" for none
		also               [2]string // a second aligned segment, Japanese and English, or none
		aligned            bool      // the aligned segments pair term with want too (EvParallel), and it stays at review
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
		{name: "the same acronym, and a second segment that renders the name the same way", ja: "両国は漁業協力協定(JFC)の下で調査を続けた。", en: "The two countries continued the survey under the Fisheries Cooperation Agreement (JFC).",
			also: [2]string{"漁業協力協定は更新された。", "The Fisheries Cooperation Agreement was renewed."},
			term: "漁業協力協定", want: "Fisheries Cooperation Agreement", aligned: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, aligned, status := "", false, ""
			for _, p := range runSegments(t, dict, [2]string{tc.ja, tc.en}, tc.also) {
				if p.JA != tc.term || !hasType(p.Evidence, EvParenAnchor) {
					continue
				}
				if p.Status == Auto && !translated(p.Evidence) {
					t.Errorf("%s = %s is auto on the anchor alone, want review", p.JA, p.EN)
				}
				got, aligned, status = p.EN, hasType(p.Evidence, EvParallel), p.Status
			}
			if tc.aligned && (!aligned || status != Review) {
				t.Errorf("%s = %q paired by the aligned segments too: %v, status %s; want true, %s", tc.term, got, aligned, status, Review)
			}
			if got != tc.want {
				t.Errorf("%s paired by the anchor with %q, want %q", tc.term, got, tc.want)
			}
		})
	}
}
