package align

import "testing"

// TestPortfolioPost: a post whose portfolios Japanese joins by middle dots and English by
// commas and "and" pairs with the English post after the first comma of the parenthetical
// after the person's name; a Japanese post that opens with a place name pairs with the
// post and the of-phrase the translation writes after it when that phrase renders the
// place and the parenthetical names no state; at review. Near misses: as many portfolios
// on neither side, no word of the post glossed in the English, an of-phrase that renders
// no place of the Japanese, and a Japanese post that names no place.
func TestPortfolioPost(t *testing.T) {
	dict := dictOf(map[string]string{"大臣": "minister", "経済": "economy", "外務": "foreign affairs", "ポルトガル": "Portugal", "海洋": "ocean", "欧州": "Europe"})
	const jaLopez = "マリア・ロペス・ポルトガル経済・財務・海洋大臣(H.E. Ms. Maria Lopez, Minister of Economy, Finance and Maritime Affairs)と会談した。"
	tests := []struct {
		name, ja, en, term string
		want               string // an English proposed for term, "" for none
		not                string // an English not proposed for term
	}{
		{name: "three portfolios on each side", ja: jaLopez, en: "The minister met Ms. Lopez.",
			term: "ポルトガル経済・財務・海洋大臣", want: "Minister of Economy, Finance and Maritime Affairs"},
		{name: "the state of the Japanese post in the of-phrase of the translation", ja: jaLopez,
			en:   "The minister met H.E. Ms. Maria Lopez, Minister of Economy, Finance and Maritime Affairs of Portugal.",
			term: "ポルトガル経済・財務・海洋大臣", want: "Minister of Economy, Finance and Maritime Affairs of Portugal"},
		{name: "near miss: an of-phrase that renders no place of the Japanese", ja: jaLopez,
			en:   "The minister met H.E. Ms. Maria Lopez, Minister of Economy, Finance and Maritime Affairs of Lisbon Harbour.",
			term: "ポルトガル経済・財務・海洋大臣", want: "Minister of Economy, Finance and Maritime Affairs", not: "Minister of Economy, Finance and Maritime Affairs of Lisbon Harbour"},
		{name: "near miss: two portfolios in Japanese, three in English",
			ja: "マリア・ロペス・ポルトガル経済・海洋大臣(H.E. Ms. Maria Lopez, Minister of Economy, Finance and Maritime Affairs)と会談した。",
			en: "The minister met Ms. Lopez.", term: "ポルトガル経済・海洋大臣"},
		{name: "near miss: no word of the post glossed in the English",
			ja: "マリア・ロペス・ポルトガル経済・財務・海洋大臣(H.E. Ms. Maria Lopez, Secretary of Trade, Budget and Fisheries)と会談した。",
			en: "The minister met Ms. Lopez.", term: "ポルトガル経済・財務・海洋大臣"},
		{name: "a one-portfolio post with its state in the translation",
			ja:   "マリア・ロペス・ポルトガル外務大臣(H.E. Ms. Maria Lopez, Minister for Foreign Affairs)と会談した。",
			en:   "The minister met H.E. Ms. Maria Lopez, Minister for Foreign Affairs of Portugal, in Tokyo.",
			term: "ポルトガル外務大臣", want: "Minister for Foreign Affairs of Portugal"},
		{name: "two portfolios joined by and alone, the surname against the first portfolio",
			ja: "マリア・ロペスタ経済・海洋大臣(H.E. Ms. Maria Lopesta, Minister of Economy and Maritime Affairs)と会談した。",
			en: "The minister met Ms. Lopesta.", term: "経済・海洋大臣", want: "Minister of Economy and Maritime Affairs"},
		{name: "near miss: the surname against the first portfolio stays out of the post",
			ja: "マリア・ロペスタ経済・海洋大臣(H.E. Ms. Maria Lopesta, Minister of Economy and Maritime Affairs)と会談した。",
			en: "The minister met Ms. Lopesta.", term: "ロペスタ経済・海洋大臣"},
		{name: "near miss: two portfolios in Japanese, one in English",
			ja: "マリア・ロペスタ経済・海洋大臣(H.E. Ms. Maria Lopesta, Minister of Maritime Affairs)と会談した。",
			en: "The minister met Ms. Lopesta.", term: "経済・海洋大臣"},
		{name: "the post without its state on both sides",
			ja: "マリア・ロペスタ・ポルトガル経済・海洋大臣(H.E. Ms. Maria Lopesta, Minister of Economy and Maritime Affairs of the Portuguese Republic)と会談した。",
			en: "The minister met Ms. Lopesta.", term: "経済・海洋大臣", want: "Minister of Economy and Maritime Affairs"},
		{name: "near miss: a post that names no state keeps the English as written",
			ja: "マリア・ロペスタ欧州・海洋大臣(H.E. Ms. Maria Lopesta, Minister for Europe and Maritime Affairs of the Portuguese Republic)と会談した。",
			en: "The minister met Ms. Lopesta.", term: "海洋大臣"},
		{name: "near miss: a Japanese post that names no place",
			ja:   "マリア・ロペス外務大臣(H.E. Ms. Maria Lopez, Minister for Foreign Affairs)と会談した。",
			en:   "The minister met H.E. Ms. Maria Lopez, Minister for Foreign Affairs of Portugal, in Tokyo.",
			term: "外務大臣", want: "Minister for Foreign Affairs", not: "Minister for Foreign Affairs of Portugal"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Run(nil, nil, []BitextSegment{{JA: tc.ja, EN: tc.en, Doc: "a.txt", Line: 1}}, Options{EDICT: dict})
			if err != nil {
				t.Fatal(err)
			}
			checkEvidencePairs(t, res, EvPostParen, tc.term, tc.want, tc.not, "the parenthetical")
		})
	}
}
