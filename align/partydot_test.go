package align

import (
	"testing"

	"github.com/glossterm/gloss/internal/morph"
)

// TestJapanBeforeDot: 日 written alone after a particle, right before a middle dot and a
// name, is Japan, the first party of what the compound names; after a number or a
// demonstrative it is the day, and before a common noun nothing says it is a party.
func TestJapanBeforeDot(t *testing.T) {
	tests := []struct {
		name, text string
		country    bool // 日 read as a country
	}{
		{name: "after の, a country after the dot", text: "両国議会の日・ポーランド友好議員連盟が発足した。", country: true},
		{name: "after は, a country after the dot", text: "外相は日・フランス協定の署名について述べた。", country: true},
		{name: "the day after a number", text: "会合は10日・ポーランドで開かれた。", country: false},
		{name: "after は, a body after the dot", text: "首脳は日・EU関係を確認した。", country: true},
		{name: "a common noun after the dot", text: "記念の日・祝日を定めた。", country: false},
		{name: "after a demonstrative", text: "この日・ポーランドの外相が来日した。", country: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := false
			for _, u := range japanBeforeDot(morph.Tokenize(tt.text)) {
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
