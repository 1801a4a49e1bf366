package align

import "testing"

// TestTitledPersons: a name followed by its post pairs with the English that writes the
// post's gloss before the name, when a word of the English name sounds like the Japanese
// one (a kanji name by its reading, a katakana one by its sound) and the English writes no
// more of the name than the Japanese; such a pair stays at review.
func TestTitledPersons(t *testing.T) {
	dict := dictOf(map[string]string{"外務大臣": "Foreign Minister", "首相": "prime minister", "大統領": "President"})
	tests := []struct {
		name, ja, en, term string
		want               string // the English paired with term, "" for none
	}{
		{name: "kanji surname by its reading", ja: "田中外務大臣は会議で演説した。", en: "Foreign Minister Tanaka spoke at the conference.",
			term: "田中外務大臣", want: "Foreign Minister Tanaka"},
		{name: "katakana name by its sound", ja: "ジョンソン首相は港を訪れた。", en: "Prime Minister Johnson visited the port.",
			term: "ジョンソン首相", want: "Prime Minister Johnson"},
		{name: "a name with a Latin initial, taken whole", ja: "ジョン・F・ケネディ大統領は演説した。", en: "President John F. Kennedy gave a speech.",
			term: "ジョン・F・ケネディ大統領", want: "President John F. Kennedy"},
		{name: "near miss: another person in the English", ja: "田中外務大臣は会議で演説した。", en: "Foreign Minister Suzuki spoke at the conference.",
			term: "田中外務大臣"},
		{name: "near miss: more of the name in English than in Japanese", ja: "ジョンソン首相は港を訪れた。", en: "Prime Minister Boris Alexander Johnson visited the port.",
			term: "ジョンソン首相"},
		{name: "near miss: the gloss not written as a title", ja: "ジョンソン首相は港を訪れた。", en: "The prime minister Johnson visited the port.",
			term: "ジョンソン首相"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pairs := runPairs(t, dict, tc.ja, tc.en)
			got := ""
			for _, p := range pairs {
				if p.JA == tc.term && hasType(p.Evidence, EvTitledName) {
					if p.Status == Auto {
						t.Errorf("%s = %s is auto, want review", p.JA, p.EN)
					}
					got = p.EN
				}
			}
			if got != tc.want {
				t.Errorf("%s paired with %q, want %q", tc.term, got, tc.want)
			}
		})
	}
}
