package align

import "testing"

// TestLongHeadFirstName: a treaty's name in Japanese puts its head last and every
// complement before it (the subject matter, the parties); its English puts the head
// first and each complement after a preposition and often an article, a span longer than
// the n-grams every term is rated against. Every word explained on both sides, a title-case
// span with no more than two function words between two content words is the name; a
// lower-case span is no name, and a span that drops a member of a coordination written
// with 及び renders less than the term.
func TestLongHeadFirstName(t *testing.T) {
	dict := dictOf(map[string]string{"日本国": "Japan", "大韓民国": "Republic of Korea", "カナダ": "Canada", "政府": "government",
		"漁業": "fishery", "管理": "management", "協定": "agreement", "装備品": "equipment", "技術": "technology", "移転": "transfer",
		"防衛": "defense"})
	fish := "Agreement between the Government of Japan and the Government of Canada on the Management of Fisheries"
	transfer := "Agreement concerning the Transfer of Defense Equipment and Technology"
	tests := []proposalCase{
		{ja: "両政府は漁業の管理に関する日本国政府とカナダ政府との間の協定に署名した。", en: "The two governments signed the " + fish + ".",
			term: "漁業の管理に関する日本国政府とカナダ政府との間の協定", want: fish},
		{ja: "両政府は漁業の管理に関する日本国政府とカナダ政府との間の協定に署名した。",
			en:   "The two governments signed the agreement between the government of Japan and the government of Canada on the management of fisheries.",
			term: "漁業の管理に関する日本国政府とカナダ政府との間の協定",
			not:  []string{"agreement between the government of Japan and the government of Canada on the management of fisheries"}},
		{ja: "日本国と大韓民国との間の協定に署名した。", en: "They signed the Agreement between Japan and the Republic of Korea.",
			term: "日本国と大韓民国との間の協定", want: "Agreement between Japan and the Republic of Korea"},
		{ja: "両国は防衛装備品及び技術の移転に関する協定に署名した。", en: "The two countries signed the " + transfer + ".",
			term: "防衛装備品及び技術の移転に関する協定", want: transfer, not: []string{"Agreement concerning the Transfer of Defense Equipment"}},
		{ja: "両国は技術の移転に関する協定に署名した。", en: "The two countries signed the Agreement concerning the Transfer of Technology.",
			term: "技術の移転に関する協定", want: "Agreement concerning the Transfer of Technology"},
		{ja: "両国は技術の移転に関する協定に署名した。", en: "The two countries signed the Agreement considering the Transfer of Technology.",
			term: "技術の移転に関する協定", not: []string{"Agreement considering the Transfer of Technology"}},
	}
	checkProposals(t, dict, tests)
}

// TestLongNameSyntax: the syntax of a long head-first name, case by case.
func TestLongNameSyntax(t *testing.T) {
	tests := []struct {
		name, span string
		want       bool
	}{
		{"a treaty's name", "Agreement between the Government of Japan and the Government of Canada on the Management of Fisheries", true},
		{"a preposition beyond the stop words", "Joint Statement towards the Strategic Partnership between Japan and the Republic of Poland", true},
		{"short spans are rated as any other", "Agreement between Japan and Canada", false},
		{"lower case is no name", "agreement between the government of Japan and the government of Canada on fisheries", false},
		{"three function words join two phrases", "Agreement between Japan and Canada on the one of the Fisheries Boards Today", false},
	}
	for _, tt := range tests {
		if got := longNameSyntax(tt.span); got != tt.want {
			t.Errorf("%s: longNameSyntax(%q) = %v, want %v", tt.name, tt.span, got, tt.want)
		}
	}
}
