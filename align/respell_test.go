package align

import (
	"testing"

	"github.com/glossterm/gloss/internal/morph"
)

// TestCentralEuropeanNames: a name written in a Central European orthography sounds as
// its katakana does once its letters are read as English spells their sounds (cs = ch,
// gy = j, c = ts, ł = w); a name that sounds otherwise still does not match.
func TestCentralEuropeanNames(t *testing.T) {
	tests := []struct {
		name, en, kana string
		want           bool
	}{
		{"Hungarian gy", "Gyöngyös", "ジェンジェシュ", true},
		{"Hungarian c", "Bence", "ベンツェ", true},
		{"Polish ł and a final w", "Wrocław", "ヴロツワフ", true},
		{"Polish cz", "Kaczmarek", "カチマレク", true},
		{"Hungarian sz and cs", "Szalacsi", "サラチ", true},
		{"another name", "Bence", "カチマレク", false},
		{"another name, respelled", "Gyöngyös", "ベンツェ", false},
	}
	for _, tt := range tests {
		if got := soundsLikeName(tt.en, []morph.Token{{Surface: tt.kana}}); got != tt.want {
			t.Errorf("%s: soundsLikeName(%q, %s) = %v, want %v (respelled %q)", tt.name, tt.en, tt.kana, got, tt.want, respelled(tt.en))
		}
	}
}

// TestNamedPostCentralEuropean: the post after a Central European person's name is paired
// with the post after the same name and a comma in the translation.
func TestNamedPostCentralEuropean(t *testing.T) {
	tests := []proposalCase{
		{ja: "ベンツェ・ヴァルガ・ハンガリー国防大臣が来日した。", en: "Mr. Bence Varga, Minister of Defence of Hungary, visited Japan.",
			term: "ハンガリー国防大臣", want: "Minister of Defence of Hungary"},
		{ja: "ベンツェ・ヴァルガ・ハンガリー国防大臣が来日した。", en: "Mr. Peter Novak, Minister of Defence of Hungary, visited Japan.",
			term: "ハンガリー国防大臣", not: []string{"Minister of Defence of Hungary"}},
	}
	checkProposals(t, dictOf(map[string]string{}), tests)
}
