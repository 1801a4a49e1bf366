package align

import (
	"testing"

	"github.com/glossterm/gloss/internal/morph"
)

// TestJapanAsParty: 日 right after a session's counter, or written alone after a particle
// before a middle dot, and before a name is Japan, a party of what the name after it
// names; after a number it is the day, after a clause or a demonstrative it keeps its
// reading, and with no name after it nothing says it is a party.
func TestJapanAsParty(t *testing.T) {
	tests := []struct {
		name, text string
		country    bool // 日 read as a country
	}{
		{name: "a party after the ordinal, a dot after it", text: "第2回日・カナダ首脳会談を行った。", country: true},
		{name: "a party after the ordinal, a katakana name after it", text: "第4回日アンデス対話を行った。", country: true},
		{name: "the day after a number", text: "5月10日カナダ首脳会談を行った。", country: false},
		{name: "no name after the ordinal", text: "第2回日程を決めた。", country: false},
		{name: "after の, a country after the dot", text: "両国議会の日・ポーランド友好議員連盟が発足した。", country: true},
		{name: "after は, a country after the dot", text: "外相は日・フランス協定の署名について述べた。", country: true},
		{name: "after は, a body after the dot", text: "首脳は日・EU関係を確認した。", country: true},
		{name: "the day after a number, a dot after it", text: "会合は10日・ポーランドで開かれた。", country: false},
		{name: "a common noun after the dot", text: "記念の日・祝日を定めた。", country: false},
		{name: "after a demonstrative", text: "この日・ポーランドの外相が来日した。", country: false},
		{name: "after a clause", text: "晴れた日・カナダの首相が来日した。", country: false},
		{name: "a suffix after a noun, not a counter", text: "記念日・カナダ建国日を祝った。", country: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := false
			for _, u := range japanAsParty(morph.Tokenize(tt.text)) {
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
