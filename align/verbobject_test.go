package align

import "testing"

// TestVerbObject: a span that opens with a lower-case content word and an article opens
// with a verb and its object ("improve the repair and supply capabilities"): a noun
// term's English starts after the article. A term whose head is a verbal noun (改革) may be
// rendered by the verb and its object ("reforming the …"). A verb in the past and "that"
// open the clause it reports ("noted that the …"); a noun and "that", a relative clause.
func TestVerbObject(t *testing.T) {
	dict := dictOf(map[string]string{"修理": "repair", "補給": "supply", "力": "strength", "改革": "reform",
		"制度": "system", "両国": "both countries", "米国": "U.S.", "支援": "support"})
	checkProposals(t, dict, []proposalCase{
		{ja: "両国は修理力・補給力を高める。", en: "Both countries will strengthen the repair and supply capabilities.",
			term: "修理力・補給力", want: "repair and supply capabilities", not: []string{"strengthen the repair and supply capabilities"}},
		{ja: "両国は制度の改革を進める。", en: "Both countries will pursue reforming the system.",
			term: "制度の改革", want: "reforming the system"},
		{ja: "大臣は米国の支援は続くと述べた。", en: "The minister noted that the U.S. support will continue.",
			term: "米国の支援", want: "U.S. support", not: []string{"noted that the U.S. support"}},
	})
}

func TestVerbObjectWords(t *testing.T) {
	tests := []struct {
		name string
		raw  []string
		want bool
	}{
		{name: "verb and article", raw: []string{"strengthen", "the", "alliance"}, want: true},
		{name: "verb and the clause it reports", raw: []string{"noted", "that", "the", "support"}, want: true},
		{name: "conjunction and that", raw: []string{"and", "that", "the", "support"}, want: false},
		{name: "noun and a relative that", raw: []string{"attempt", "that", "weakens", "the", "order"}, want: false},
		{name: "noun in -eed and that", raw: []string{"need", "that", "the", "order"}, want: false},
		{name: "preposition and article", raw: []string{"in", "the", "field"}, want: false},
		{name: "name with an article inside", raw: []string{"Minister", "for", "the", "Armed", "Forces"}, want: false},
		{name: "capitalized first word", raw: []string{"Strengthen", "the", "Alliance"}, want: false},
		{name: "too short", raw: []string{"strengthen", "the"}, want: false},
	}
	for _, tt := range tests {
		if got := verbObject(tt.raw); got != tt.want {
			t.Errorf("%s: verbObject(%q) = %v, want %v", tt.name, tt.raw, got, tt.want)
		}
	}
}
