package align

import "testing"

// TestTowardCountry: 対 before a country's one-kanji abbreviation opens a compound whose
// head English names first, the country after a preposition (対|露|交渉 = negotiations
// with Russia). The preposition must stand before the country's own name closing the
// span: another country there is no rendering of the whole; between two parties (米国対露)
// 対 opens no compound.
func TestTowardCountry(t *testing.T) {
	dict := dictOf(map[string]string{"交渉": "negotiations", "輸出": "exports", "規制": "controls", "政府": "government"})
	tests := []struct {
		name string
		c    proposalCase
	}{
		{name: "against and the country", c: proposalCase{ja: "政府は対露交渉を打ち切った。", en: "The government ended its negotiations with Russia.",
			term: "対露交渉", want: "negotiations with Russia"}},
		{name: "toward and the country, two nouns after it", c: proposalCase{ja: "政府は対中輸出規制を強めた。",
			en: "The government tightened export controls toward China.", term: "対中輸出規制", want: "export controls toward China"}},
		{name: "another country after the preposition", c: proposalCase{ja: "政府は対露交渉を打ち切った。",
			en: "The government ended its negotiations with Iran.", term: "対露交渉", not: []string{"negotiations with Iran"}}},
		{name: "toward between two parties", c: proposalCase{ja: "両国は米国対露交渉を見守る。",
			en: "Both watch the negotiations between the United States and Russia.", term: "対露交渉",
			not: []string{"negotiations between the United States and Russia", "negotiations"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkProposals(t, dict, []proposalCase{tt.c}) })
	}
}
