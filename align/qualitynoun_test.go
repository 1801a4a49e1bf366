package align

import "testing"

// TestQualityDropped: 性 after a common noun names a quality (中心性 centrality), so the
// noun's own gloss ("center") renders the term only for review; after an adjectival noun
// the stem's noun may be the quality itself (柔軟性 = flexibility), at auto.
func TestQualityDropped(t *testing.T) {
	tests := []struct {
		name, ja, en, term, want string
		dict                     map[string]string
		auto                     bool // the pair term = want at auto
	}{
		{name: "a common noun and 性", term: "中心性", want: "center", auto: false,
			ja: "同盟の中心性を確認した。", en: "They confirmed the center of the alliance.",
			dict: map[string]string{"中心": "center/core", "同盟": "alliance", "確認": "confirmation/confirm"}},
		{name: "near miss: an adjectival noun and 性", term: "柔軟性", want: "flexibility", auto: true,
			ja: "部隊の柔軟性を確認した。", en: "They confirmed the flexibility of the forces.",
			dict: map[string]string{"柔軟": "flexibility/flexible", "部隊": "forces/unit", "確認": "confirmation/confirm"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			found, auto := false, false
			for _, p := range designationPairs(t, "bitext", tc.ja, tc.en, tc.term, tc.dict) {
				if p.EN == tc.want {
					found, auto = true, p.Status == Auto
				}
			}
			if !found || auto != tc.auto {
				t.Errorf("%s = %s found %v, auto %v; want found, auto %v", tc.term, tc.want, found, auto, tc.auto)
			}
		})
	}
}
