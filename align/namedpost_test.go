package align

import "testing"

// TestNamedPosts: the post after a foreign person's name in katakana pairs with the post
// the aligned English writes after the same name and a comma, though no word of it is
// glossed; a Japanese post that names no state pairs with the English post without the
// of-phrase of a state the Japanese sentence names too, one that opens with its state pairs
// whole and, less the state, with the English post less its state; at review. Near misses:
// an English name the Japanese name does not sound like, and no comma after the English
// name.
func TestNamedPosts(t *testing.T) {
	dict := dictOf(map[string]string{"首相": "prime minister", "訪問": "visit"})
	const jaMoreno = "スペインを訪問中の総理大臣は、ルイス・モレノ首相と会談した。"
	const jaFrance = "ルイス・モレノ・フランス共和国軍事相及びアンナ・ベルク・フランス共和国外務相は、東京を訪れた。"
	tests := []struct {
		name, ja, en, term string
		want               string // an English proposed for term, "" for none
		not                string // an English not proposed for term
	}{
		{name: "a head of government's title", ja: jaMoreno,
			en:   "The Prime Minister, visiting Spain, met H.E. Mr. Luis MORENO, President of the Government of Spain.",
			term: "首相", want: "President of the Government"},
		{name: "a head of government's title with its state", ja: jaMoreno,
			en:   "The Prime Minister, visiting Spain, met H.E. Mr. Luis MORENO, President of the Government of Spain.",
			term: "首相", want: "President of the Government of Spain", not: "President"},
		{name: "near miss: an English name the Japanese does not sound like", ja: jaMoreno,
			en:   "The Prime Minister, visiting Spain, met H.E. Mr. Carlos DIAZ, President of the Government of Spain.",
			term: "首相"},
		{name: "near miss: no comma after the English name", ja: jaMoreno,
			en:   "The Prime Minister, visiting Spain, met President Luis Moreno of the Spanish Government.",
			term: "首相"},
		{name: "a surname written before the post, then the state", ja: "オーストラリアを訪問中の総理大臣は、ジョン・スミス豪州首相と会談した。",
			en:   "The Prime Minister, visiting Australia, met H.E. Mr. John SMITH, Prime Minister of the Commonwealth of Australia.",
			term: "豪州首相", want: "Prime Minister of the Commonwealth of Australia"},
		{name: "a place name ending in 国 keeps the 国 of the post", ja: "ワシントンを訪問中の外務大臣は、ジョン・スミス・米国国務長官と会談した。",
			en:   "The Foreign Minister, visiting Washington, met the Honorable John Smith, Secretary of State of the United States of America.",
			term: "国務長官", want: "Secretary of State"},
		{name: "near miss: no more posts in English than the Japanese joins by 兼",
			ja:   "総理大臣は、ジョン・スミス・オーストラリア連邦副首相兼国防大臣及びアンナ・ベル・オーストラリア連邦外務大臣の表敬を受けた。",
			en:   "The Prime Minister received the Hon. John Smith MP, Deputy Prime Minister and Minister for Defence of the Commonwealth of Australia and Senator the Hon. Anna Bell, Minister for Foreign Affairs of the Commonwealth of Australia.",
			term: "オーストラリア連邦副首相兼国防大臣", want: "Deputy Prime Minister and Minister for Defence of the Commonwealth of Australia",
			not: "Deputy Prime Minister and Minister for Defence of the Commonwealth of Australia and Senator the Hon"},
		{name: "a post after its state, less the state", ja: jaFrance,
			en:   "M. Luis Moreno, Minister for the Armed Forces of the French Republic, and Mme Anna Berg, Minister for Europe and Foreign Affairs of the French Republic, visited Tokyo.",
			term: "軍事相", want: "Minister for the Armed Forces"},
		{name: "a post after its state, whole, up to the conjunction", ja: jaFrance,
			en:   "M. Luis Moreno, Minister for the Armed Forces of the French Republic, and Mme Anna Berg, Minister for Europe and Foreign Affairs of the French Republic, visited Tokyo.",
			term: "フランス共和国軍事相", want: "Minister for the Armed Forces of the French Republic"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Run(nil, nil, []BitextSegment{{JA: tc.ja, EN: tc.en, Doc: "a.txt", Line: 1}}, Options{EDICT: dict})
			if err != nil {
				t.Fatal(err)
			}
			checkEvidencePairs(t, res, EvNamedPost, tc.term, tc.want, tc.not, "the names")
		})
	}
}
