package align

import "testing"

// TestNumeralAroundTerm: a number in figures before a span is a date or a count of the
// sentence (20年の「…計画」 = the 2020 … Plan), not the English of a part of the term
// that its rendering leaves out; a number the term holds (第5条 = Article 5) is its own.
func TestNumeralAroundTerm(t *testing.T) {
	dict := map[string]string{"海洋": "maritime/ocean", "協力": "cooperation", "計画": "plan/programme", "両国": "both countries"}
	tests := []renderingCase{
		{name: "the year is no part", ja: "両国は、20年の「海洋協力のための計画」を実施する。",
			en: "The two countries implement the 2020 Maritime Plan.", wantJA: "海洋協力のための計画", wantEN: "Maritime Plan", notEN: "2020 Maritime Plan",
			modes: []string{"bitext"}},
		{name: "a rendered part stays", ja: "両国は海洋協力のための計画を実施する。",
			en: "The two countries implement the Plan for Maritime Cooperation.", wantJA: "海洋協力のための計画", wantEN: "Plan for Maritime Cooperation",
			modes: []string{"bitext"}},
	}
	runRenderingCases(t, tests, dict)
}
