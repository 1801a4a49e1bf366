package align

import (
	"testing"

	"github.com/glossterm/gloss/internal/morph"
)

// TestPostCountry: a country's one-kanji abbreviation that kagome reads as a suffix of the
// name before it opens the post after it (アルベルト・ドミンゲス|比|国防大臣): the state of the
// post, which the English writes, not an ending of the name.
func TestPostCountry(t *testing.T) {
	tests := []struct {
		name, text, abbrev string
		want               bool
	}{
		{name: "between a name and a post", text: "会合にはアルベルト・ドミンゲス比国防大臣が出席した。", abbrev: "比", want: true},
		{name: "near miss: after a country, the parties", text: "日米同盟を強化する。", abbrev: "米", want: false},
		{name: "near miss: no post after it", text: "会合にはアルベルト・ドミンゲス比が出席した。", abbrev: "比", want: false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			units := morph.Tokenize(tc.text)
			found := false
			for a, u := range units {
				if u.Surface == tc.abbrev {
					found = true
					if got := postCountry(units, a); got != tc.want {
						t.Errorf("postCountry(%q at %d) = %v, want %v", tc.abbrev, a, got, tc.want)
					}
				}
			}
			if !found {
				t.Fatalf("%q is no token of %q", tc.abbrev, tc.text)
			}
		})
	}
}

// TestPostCountryRendering: with the country of the post a word of the term, an English
// span that leaves it out and runs from the post into the person's name is no full
// rendering: "National Defense Alberto Dominguez" is not proposed at auto.
func TestPostCountryRendering(t *testing.T) {
	dict := map[string]string{"国防": "national defense", "大臣": "minister", "比": "ratio", "会合": "meeting", "出席": "attendance"}
	tests := []renderingCase{
		{name: "no span without the country", ja: "会合にはアルベルト・ドミンゲス比国防大臣が出席した。",
			en:    "The Philippines Secretary of National Defense Alberto Dominguez attended the meeting.",
			modes: []string{"bitext"}, wantJA: "アルベルト・ドミンゲス比国防", notEN: "National Defense Alberto Dominguez", notAuto: true},
	}
	runRenderingCases(t, tests, dict)
}
