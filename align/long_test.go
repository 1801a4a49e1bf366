package align

import (
	"testing"
)

// TestLongRendering: a long term is rendered by a long span. A treaty's name keeps a
// preposition for each case link and an article before a country's name ("between Japan
// and the Republic of Korea" for 日本国と大韓民国との間), and a phrase with two complements
// ("free and open maritime order based on the principles of international law") is longer
// than the n-grams every candidate is rated against. An adjectival noun glossed by its
// abstract noun renders the adjective (自由 "freedom" = free). The span still stops where
// the term does.
func TestLongRendering(t *testing.T) {
	dict := dictOf(map[string]string{"日本国": "Japan", "大韓民国": "Republic of Korea", "相互": "mutual", "協力": "cooperation",
		"安全保障": "security", "条約": "treaty", "国際法": "international law", "原則": "principle", "基づく": "to be based on",
		"自由": "freedom", "開く": "to open", "海洋": "maritime", "秩序": "order"})
	treaty := "Treaty of Mutual Cooperation and Security between Japan and the Republic of Korea"
	order := "free and open maritime order based on the principles of international law"
	tests := []proposalCase{
		{"日本国と大韓民国との間の相互協力及び安全保障条約に署名した。", "They signed the " + treaty + ".",
			"日本国と大韓民国との間の相互協力及び安全保障条約", treaty, nil},
		{"日本国と大韓民国との間の相互協力及び安全保障条約に署名した。", "They signed the " + treaty + " in Tokyo.",
			"日本国と大韓民国との間の相互協力及び安全保障条約", treaty, []string{treaty + " in Tokyo"}},
		{"国際法の原則に基づく自由で開かれた海洋秩序を守る。", "We uphold a " + order + ".",
			"国際法の原則に基づく自由で開かれた海洋秩序", order, nil},
		{"自由で開かれた海洋秩序を守る。", "We uphold a free and open maritime order.", "自由で開かれた海洋秩序", "free and open maritime order", nil},
	}
	checkProposals(t, dict, tests)
}

func TestAdjectiveOf(t *testing.T) {
	for gloss, want := range map[string]string{"freedom": "free", "fairness": "fair", "stability": "stabl", "dom": "",
		"rule of law": "", "order": ""} {
		if got := adjectiveOf(gloss); got != want {
			t.Errorf("adjectiveOf(%q) = %q, want %q", gloss, got, want)
		}
	}
}
