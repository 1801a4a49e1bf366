package align

import (
	"testing"

	"github.com/glossterm/gloss/internal/lexicon"
)

// TestZaiPlace: 在 before a country's abbreviation is the place where the forces named after
// it are stationed, written after the noun in English with "in" and the country's name,
// article and all (U.S. forces in the ROK); a dictionary word across the place and the noun
// does not hide that reading. Where the English names no country there, the span stops
// before "in the".
func TestZaiPlace(t *testing.T) {
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		lx.Add("在韓米軍", "US troops stationed in Korea", "edict")
		lx.Add("在韓", "resident in South Korea", "edict")
		lx.Add("米軍", "US armed forces", "edict")
		return 3, nil
	}
	tests := []struct {
		name, en, want string
	}{
		{name: "the country's name with its article", en: "The role of U.S. forces in the ROK will change.", want: "U.S. forces in the ROK"},
		{name: "a name with no article", en: "The role of U.S. forces in South Korea will change.", want: "U.S. forces in South Korea"},
		// the place left unrendered: the forces alone, a partial reading, not "in the region"
		{name: "no country after the noun", en: "The role of U.S. forces in the region will change.", want: "U.S. forces"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := bestEN(t, "在韓米軍の役割が変わる。\n在韓米軍は再編される。\n", tt.en, "在韓米軍", dict); got != tt.want {
				t.Errorf("在韓米軍 = %q, want %q", got, tt.want)
			}
		})
	}
}
