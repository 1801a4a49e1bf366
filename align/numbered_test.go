package align

import "testing"

// TestNumberedPartWhole: a numbered part of a named document is rendered by its
// designation and the whole name, however long; a name the segment does not go on
// with is not invented.
func TestNumberedPartWhole(t *testing.T) {
	dict := map[string]string{"日米": "Japan and the United States/U.S.-Japan", "安全保障条約": "US-Japan Security Treaty", "条約": "treaty",
		"施設": "facilities", "提供": "provision/offer", "両国": "both countries", "安全保障": "security", "条": "article/clause"}
	tests := []renderingCase{
		{name: "the name goes on", ja: "両国は、日米安全保障条約第6条に基づき施設を提供する。",
			en:     "The two countries provide facilities under Article VI of the U.S.-Japan Treaty of Mutual Cooperation and Security.",
			wantJA: "日米安全保障条約第6条", wantEN: "Article VI of the U.S.-Japan Treaty of Mutual Cooperation and Security",
			notEN: "Article VI of the U.S.-Japan Treaty", modes: []string{"bitext"}},
		{name: "no surer than the name", ja: "両国は、日米安全保障条約第6条に基づき施設を提供する。",
			en:     "The two countries provide facilities under Article VI of the U.S.-Japan Treaty of Mutual Cooperation and Security.",
			wantJA: "日米安全保障条約第6条", notEN: "Article VI of the U.S.-Japan Treaty of Mutual Cooperation and Security", notAuto: true, modes: []string{"bitext"}},
	}
	runRenderingCases(t, tests, dict)
	for _, tc := range []struct{ a, b, want string }{
		{"Article V of the U.S.-Japan Treaty", "U.S.-Japan Treaty of Mutual Cooperation and Security", "Article V of the U.S.-Japan Treaty of Mutual Cooperation and Security"},
		{"Article V of the Treaty", "Treaty of Peace", ""}, // one word in common is no overlap
		{"Article V of the U.S.-Japan Treaty", "U.S.-Japan Treaty", ""},
	} {
		got, _ := joinOverlap(tc.a, tc.b)
		if got != tc.want {
			t.Errorf("joinOverlap(%q, %q) = %q, want %q", tc.a, tc.b, got, tc.want)
		}
	}
}
