package align

import (
	"testing"

	"github.com/glossterm/gloss/internal/lexicon"
)

// TestSecondOfPhrase: an office's name that holds its of-phrase already ("Minister of
// Trade") is whole; the of-phrase after it names the state the office belongs to and stays
// out of the rendering. A for-phrase after it is still the name's ("Deputy Secretary of
// Defense for Policy").
func TestSecondOfPhrase(t *testing.T) {
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		for ja, en := range map[string]string{"通商大臣": "Minister of Trade", "防衛": "defense", "次官": "deputy secretary", "会談": "meeting"} {
			lx.Add(ja, en, "edict")
		}
		return 4, nil
	}
	tests := []struct {
		name, ja, en, term string
		want               string // the English paired with term
		wantNot            string // an English that must not be paired with term above review
	}{
		{name: "the state's of-phrase stays out", ja: "佐藤通商大臣は会談に出席した。",
			en: "Mr. Sato, Minister of Trade of Freedonia, attended the meeting.", term: "通商大臣",
			want: "Minister of Trade", wantNot: "Minister of Trade of Freedonia"},
		{name: "near miss: a for-phrase after the of-phrase is the name's", ja: "佐藤防衛次官は会談に出席した。",
			en: "Mr. Sato, Deputy Secretary of Defense for Policy, attended the meeting.", term: "防衛次官",
			want: "Deputy Secretary of Defense for Policy", wantNot: "Deputy Secretary of Defense"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pairs := runPairs(t, dict, tt.ja, tt.en)
			var got []string
			found := tt.want == ""
			for _, p := range pairs {
				if p.JA != tt.term {
					continue
				}
				got = append(got, p.EN)
				if p.EN == tt.want {
					found = true
				}
				if p.EN == tt.wantNot && p.Status != Review {
					t.Errorf("%s paired with %q above review, want it at most for review", tt.term, p.EN)
				}
			}
			if !found {
				t.Errorf("%s paired with %v, want %q", tt.term, got, tt.want)
			}
		})
	}
}
