package align

import (
	"slices"
	"testing"
)

// TestLocativePrefix: 在 before a place (在豪米軍, 在日米軍) is the English "in" after the
// noun, which English postposes: U.S. forces in Australia. The preposition renders 在 and
// needs no license; another preposition is no rendering. A hyphenated pair of countries
// (U.S.-Japan) modifies the noun after it, so a span that ends in it is cut before its
// head, unless the term ends in the parties (日米).
func TestLocativePrefix(t *testing.T) {
	dict := map[string]string{"豪": "Australia", "米軍": "US military/US forces", "在日米軍": "US Forces, Japan",
		"再編": "reorganization/reshuffle", "指針": "guidelines", "防衛": "defense", "協力": "cooperation",
		"両国": "both countries", "支持": "support", "縮小": "reduction", "撤退": "withdrawal"}
	tests := []renderingCase{
		{name: "in renders the prefix", ja: "両国は在豪米軍の縮小を支持しない。",
			en: "Both countries do not support a reduction of U.S. forces in Australia.", wantJA: "在豪米軍", wantEN: "U.S. forces in Australia"},
		{name: "another preposition does not", ja: "両国は在豪米軍の撤退を支持しない。",
			en: "Both countries do not support a withdrawal of U.S. forces from Australia.", modes: []string{"sources"},
			wantJA: "在豪米軍", notEN: "U.S. forces from Australia"},
		{name: "the head left over", ja: "両国は在日米軍の再編及び日米防衛協力のための指針を支持する。",
			en:     "Both countries support the Guidelines for U.S.-Japan Defense Cooperation and the realignment of U.S. forces in Japan.",
			wantJA: "在日米軍の再編", wantEN: "realignment of U.S. forces in Japan"},
		{name: "a span cut before the head of the parties", ja: "両国は在日米軍の再編及び日米防衛協力のための指針を支持する。",
			en:     "Both countries support the Guidelines for U.S.-Japan Defense Cooperation and the realignment of U.S. forces in Japan.",
			wantJA: "在日米軍の再編", notEN: "Guidelines for U.S.-Japan"},
	}
	runRenderingCases(t, tests, dict)
}

// TestLocativePlace: kagome reads the place after 在 and the country that modifies the
// noun as one proper noun (在|韓米|軍); the place is the first country, named as English
// names it (Korea, the ROK), and the term is read 在|韓|米|軍 = U.S. forces in Korea. A
// country pair not after 在 (韓米関係) stays as kagome read it, and the place is not
// another country. A pair kagome reads as a person's name (日比, the surname Hibi) is
// read country by country wherever it stands: 日|比 are the parties of a relation.
func TestLocativePlace(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // the surfaces of the tokens
	}{
		{"在韓米軍", []string{"在", "韓", "米", "軍"}},
		{"韓米関係", []string{"韓米", "関係"}},
		{"在沖縄米軍", []string{"在", "沖縄", "米", "軍"}},
		{"両国の間で日比外相会談", []string{"両国", "の", "間", "で", "日", "比", "外相", "会談"}}, // not the surname Hibi
	} {
		var got []string
		for _, tok := range tokenize(tc.text) {
			got = append(got, tok.Surface)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("tokenize(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
	dict := map[string]string{"在韓米軍": "US troops stationed in (South) Korean", "米": "rice", "削減": "reduction/cut",
		"両国": "both countries", "反対": "opposition"}
	tests := []renderingCase{
		{name: "the place named by the country", ja: "両国は在韓米軍の削減に反対する。",
			en: "Both countries oppose a reduction of U.S. forces in Korea.", modes: []string{"bitext"},
			wantJA: "在韓米軍", wantEN: "U.S. forces in Korea"},
		{name: "not another country", ja: "両国は在韓米軍の削減に反対する。",
			en: "Both countries oppose a reduction of U.S. forces in China.", modes: []string{"bitext"},
			wantJA: "在韓米軍", notEN: "U.S. forces in China"},
	}
	runRenderingCases(t, tests, dict)
}
