package align

import (
	"strings"
	"testing"
)

// TestSplitNameCountry: a country kagome reads with a katakana name before it as one word
// is split off at the last middle dot when the compound goes on after it; a name whose
// last word is a person's, and a country that ends the compound, stay as kagome read them.
func TestSplitNameCountry(t *testing.T) {
	tests := []struct {
		name, text string
		wantWord   string // a token the split must yield, "" when none is asked
		notWord    string // a token that must not be yielded
	}{
		{name: "a country before a post", text: "ウォバンゴ・ケメルド・ガーナ共和国大使が来日した。",
			wantWord: "ガーナ", notWord: "ウォバンゴ・ケメルド・ガーナ"},
		{name: "a country with a place after its dot before a post", text: "ウォバンゴ・ケメルド・シリア・アラブ共和国大使が来日した。",
			wantWord: "シリア", notWord: "ウォバンゴ・ケメルド・シリア・アラブ"},
		{name: "a place that is no country before a post", text: "ウォバンゴ・ケメルド・アラブ共和国大使が来日した。",
			wantWord: "ウォバンゴ・ケメルド・アラブ", notWord: "アラブ"},
		{name: "a person's word before a post", text: "ウォバンゴ・ケメルド・ロペス大使が来日した。",
			wantWord: "ウォバンゴ・ケメルド・ロペス", notWord: "ロペス"},
		{name: "a country that ends the compound", text: "ウォバンゴ・ケメルド・ガーナと会った。",
			wantWord: "ウォバンゴ・ケメルド・ガーナ", notWord: "ガーナ"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := tokenize(tc.text)
			var words []string
			for _, k := range toks {
				words = append(words, k.Surface)
				if tc.text[k.Start:k.End] != k.Surface {
					t.Errorf("token %q at %d–%d reads %q in the text", k.Surface, k.Start, k.End, tc.text[k.Start:k.End])
				}
			}
			got := strings.Join(words, "|")
			has := func(w string) bool {
				for _, x := range words {
					if x == w {
						return true
					}
				}
				return false
			}
			if tc.wantWord != "" && !has(tc.wantWord) {
				t.Errorf("tokens %s: want the word %q", got, tc.wantWord)
			}
			if tc.notWord != "" && has(tc.notWord) {
				t.Errorf("tokens %s: want no word %q", got, tc.notWord)
			}
		})
	}
}

// TestNameCountryPost: the state a post written after a katakana name opens with is a
// candidate, and is rendered by the English the aligned segment writes for it.
func TestNameCountryPost(t *testing.T) {
	dict := map[string]string{"ガーナ": "Ghana", "共和国": "republic", "大使": "ambassador", "来日": "visit to Japan"}
	tests := []renderingCase{
		{name: "the state inside the post", ja: "ウォバンゴ・ケメルド・ガーナ共和国大使が来日した。",
			en: "Mr. Wobango Kemerudo, Ambassador of the Republic of Ghana, visited Japan.", modes: []string{"bitext"},
			wantJA: "ガーナ共和国", wantEN: "Republic of Ghana"},
		{name: "not with the name", ja: "ウォバンゴ・ケメルド・ガーナ共和国大使が来日した。",
			en: "Mr. Wobango Kemerudo, Ambassador of the Republic of Ghana, visited Japan.", modes: []string{"bitext"},
			wantJA: "ウォバンゴ・ケメルド・ガーナ共和国", notEN: "Republic of Ghana"},
	}
	runRenderingCases(t, tests, dict)
}
