package align

import "testing"

// TestExpandedAcronym: a term that writes a Latin acronym as it is (日EU・EPA) has for its
// English the phrase with the acronym spelled out as the sources define it, where an
// aligned segment holding the term writes it so ("Japan-EU Economic Partnership
// Agreement (EPA)"), beside the abbreviated one. The expansion of another acronym is no
// rendering of it.
func TestExpandedAcronym(t *testing.T) {
	dict := map[string]string{"日EU": "Japan-EU", "早期": "early stage", "合意": "agreement", "支持": "support",
		"両国": "both countries", "表明": "expression"}
	tests := []renderingCase{
		{name: "the spelled-out name", ja: "両国は日EU・EPAの早期合意を目指す。\n両国は日EU・EPAへの支持を表明した。",
			en:    "Both countries seek an early agreement on the Japan-EU Economic Partnership Agreement (EPA).\nBoth countries expressed support for the Japan-EU EPA.",
			modes: []string{"bitext"}, wantJA: "日EU・EPA", wantEN: "Japan-EU Economic Partnership Agreement"},
		{name: "another acronym spelled out", ja: "両国は日EU・EPAの早期合意を目指す。",
			en:    "Both countries seek an early agreement on the Japan-EU EPA, a Japan-EU Strategic Partnership Agreement (SPA) too.",
			modes: []string{"bitext"}, wantJA: "日EU・EPA", notEN: "Japan-EU Strategic Partnership Agreement"},
	}
	runRenderingCases(t, tests, dict)
}
