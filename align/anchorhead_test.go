package align

import "testing"

// TestHeadFirstAnchor: the name before an acronym in parentheses is cut where a function
// word stops the run of capitals; the whole name runs left over the function words a name
// holds to the capitalized head that renders the Japanese head, and no further.
func TestHeadFirstAnchor(t *testing.T) {
	dict := dictOf(map[string]string{"核兵器": "nuclear weapons", "不拡散": "non-proliferation", "条約": "treaty", "宣言": "declaration"})
	npt := "Treaty on the Non-Proliferation of Nuclear Weapons"
	tests := []proposalCase{
		{ja: "両国は核兵器不拡散条約(NPT)を支持する。", en: "The two countries support the " + npt + " (NPT).",
			term: "核兵器不拡散条約", want: npt, not: []string{"Non-Proliferation of Nuclear Weapons"}},
		{ja: "日本と核兵器不拡散条約(NPT)は重要だ。", en: "Japan and the " + npt + " (NPT) matter.",
			term: "核兵器不拡散条約", want: npt, not: []string{"Japan and the " + npt}},
		{ja: "両国は核兵器不拡散宣言(NPD)を支持する。", en: "The two countries support the Treaty on the Non-Proliferation of Nuclear Weapons Declaration (NPD).",
			term: "核兵器不拡散宣言", not: []string{"Treaty on the Non-Proliferation of Nuclear Weapons Declaration"}},
	}
	checkProposals(t, dict, tests)
}
