package align

import (
	"slices"
	"testing"
)

// TestSplitNameCountry: kagome reads katakana words joined by middle dots as one unknown
// word, a foreign official's name together with the country that opens the post after it
// (…・ドイツ連邦共和国国防大臣). The country's name is split off when a noun follows it; a
// loanword of several words, or a name with no compound after the country, stays whole.
func TestSplitNameCountry(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // surfaces that must be tokens
		not        []string // surfaces that must not be
	}{
		{name: "a name, then the post with its state", text: "ヨハンナ・ベルクホルツ・ドイツ連邦共和国国防大臣が来日した。",
			want: []string{"ヨハンナ・ベルクホルツ", "ドイツ"}, not: []string{"ヨハンナ・ベルクホルツ・ドイツ"}},
		{name: "a loanword of two words", text: "パワー・プロジェクション能力を高める。",
			not: []string{"パワー", "プロジェクション"}},
		{name: "a country with no compound after it", text: "ヨハンナ・ベルクホルツ・ドイツと会談した。",
			not: []string{"ヨハンナ・ベルクホルツ"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, k := range tokenize(tc.text) {
				got = append(got, k.Surface)
			}
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("tokens %q, want %q among them", got, w)
				}
			}
			for _, w := range tc.not {
				if slices.Contains(got, w) {
					t.Errorf("tokens %q, want no %q", got, w)
				}
			}
		})
	}
}

// TestCountryAfterName: the country split off a foreign official's name opens the name of
// the state and the post (ドイツ連邦共和国 = Federal Republic of Germany).
func TestCountryAfterName(t *testing.T) {
	dict := map[string]string{"ドイツ": "Germany", "連邦": "federal", "共和国": "republic", "国防大臣": "Minister of Defense",
		"会談": "meeting"}
	tests := []renderingCase{
		{name: "the state after a person's name", ja: "ヨハンナ・ベルクホルツ・ドイツ連邦共和国国防大臣と会談した。",
			en:    "A meeting was held with Ms. Johanna Bergholz, Minister of Defense of the Federal Republic of Germany.",
			modes: []string{"bitext"}, wantJA: "ドイツ連邦共和国", wantEN: "Federal Republic of Germany"},
	}
	runRenderingCases(t, tests, dict)
}
