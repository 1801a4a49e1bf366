package align

import (
	"testing"

	"github.com/glossterm/gloss/internal/morph"
)

// TestJapanAfterCounter: 日 right after a session's counter and before a name is Japan, a
// party of the meeting the ordinal numbers; after a number it is the day, and with no
// name after it nothing says it is a party.
func TestJapanAfterCounter(t *testing.T) {
	tests := []struct {
		name, text string
		country    bool // 日 read as a country
	}{
		{name: "a party after the ordinal, a dot after it", text: "第2回日・カナダ首脳会談を行った。", country: true},
		{name: "a party after the ordinal, a katakana name after it", text: "第4回日アンデス対話を行った。", country: true},
		{name: "the day after a number", text: "5月10日カナダ首脳会談を行った。", country: false},
		{name: "no name after it", text: "第2回日程を決めた。", country: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := false
			for _, u := range japanAfterCounter(morph.Tokenize(tt.text)) {
				if u.Surface == "日" && u.POSAt(3) == "国" {
					got = true
				}
			}
			if got != tt.country {
				t.Errorf("%s: 日 a country = %v, want %v", tt.text, got, tt.country)
			}
		})
	}
}

// TestNumberedParties: the parties of a numbered meeting, joined by a middle dot, open
// its name, which a coordination of modifiers ends (第2回|日・カナダ外務・防衛閣僚会合 =
// second Japan-Canada Foreign and Defense Ministerial Meeting).
func TestNumberedParties(t *testing.T) {
	dict := dictOf(map[string]string{"外務": "foreign affairs", "防衛": "defense", "閣僚": "ministerial", "会合": "meeting",
		"カナダ": "Canada"})
	tests := []struct {
		name string
		c    proposalCase
	}{
		{name: "dotted parties after an ordinal", c: proposalCase{ja: "両国は第2回日・カナダ外務・防衛閣僚会合を開いた。",
			en:   "The two countries held the second Japan-Canada Foreign and Defense Ministerial Meeting.",
			term: "日・カナダ外務・防衛閣僚会合", want: "Japan-Canada Foreign and Defense Ministerial Meeting"}},
		{name: "a date before the parties", c: proposalCase{ja: "両国は10日・カナダ外務・防衛閣僚会合を開いた。",
			en:   "On the 10th the two countries held the Canada Foreign and Defense Ministerial Meeting.",
			term: "日・カナダ外務・防衛閣僚会合", not: []string{"Canada Foreign and Defense Ministerial Meeting"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkProposals(t, dict, []proposalCase{tt.c}) })
	}
}
