package align

import "testing"

// TestParticipialCompound: a name is not widened to the left over a hyphenated compound
// that ends in a past participle, a reduced relative clause the Japanese says before the
// term; a capitalized word of the name is still taken.
func TestParticipialCompound(t *testing.T) {
	dict := dictOf(map[string]string{"多国籍": "multinational", "部隊": "force", "統括": "supervision", "フランス": "France"})
	tests := []proposalCase{
		{ja: "フランスが統括する多国籍部隊が展開した。", en: "The French-led Multinational Force was deployed.",
			term: "多国籍部隊", want: "Multinational Force", not: []string{"French-led Multinational Force"}},
	}
	checkProposals(t, dict, tests)
	words := []struct {
		name, w string
		want    bool
	}{
		{"led", "French-led", true},
		{"based", "Tokyo-based", true},
		{"a name's hyphenated word", "Indo-Pacific", false},
		{"no hyphen", "Deployed", false},
		{"a noun in -eed", "High-speed", false},
	}
	for _, tt := range words {
		if got := participialCompound(tt.w); got != tt.want {
			t.Errorf("%s: participialCompound(%q) = %v, want %v", tt.name, tt.w, got, tt.want)
		}
	}
}
