package align

import "testing"

// TestOwnInstitution: Japanese marks a foreign institution by its country (米|陸軍省), and
// the country's own documents name it bare (Department of the Army): a country's
// abbreviation opening a term may go unrendered in a name. Outside a name (army
// department) it must be rendered, and in a list of parties (日米) each country is.
func TestOwnInstitution(t *testing.T) {
	dict := map[string]string{"陸軍": "army", "省": "department", "声明": "statement", "協議": "talks"}
	tests := []renderingCase{
		{name: "a name in the country's own documents", ja: "米陸軍省は声明を出した。",
			en:     "The Department of the Army issued a statement.",
			modes:  []string{"sources"},
			wantJA: "米陸軍省", wantEN: "Department of the Army"},
		{name: "no name", ja: "米陸軍省は声明を出した。",
			en:     "The army department issued a statement.",
			modes:  []string{"sources"},
			wantJA: "米陸軍省", notEN: "army department"},
		{name: "a list of parties", ja: "日米協議が開かれた。",
			en:     "The United States Talks were held.",
			modes:  []string{"sources"},
			wantJA: "日米協議", notEN: "United States Talks"},
	}
	runRenderingCases(t, tests, dict)
}
