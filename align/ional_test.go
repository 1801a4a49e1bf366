package align

import (
	"testing"

	"github.com/glossterm/gloss/internal/lexicon"
)

// TestIonalAdjective: a noun in -ion premodifies through its relational adjective in
// -ional, built on the noun itself (operation: operational), where Japanese compounds the
// noun: the adjective renders the noun's gloss, and only that noun's.
func TestIonalAdjective(t *testing.T) {
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		for ja, en := range map[string]string{"作戦": "military operation", "計画": "plan", "伝統": "tradition", "価値": "value"} {
			lx.Add(ja, en, "edict")
		}
		return 4, nil
	}
	// rendered: every part translated (compositional or approximate evidence), not one
	// part left over (partial)
	tests := []struct {
		name, ja, en, term, want string
		rendered                 bool
	}{
		{name: "operational renders operation", ja: "両国は作戦計画を共有する。", en: "The two countries share operational plans.",
			term: "作戦計画", want: "operational plans", rendered: true},
		{name: "traditional renders tradition", ja: "伝統価値を守る。", en: "We protect traditional values.",
			term: "伝統価値", want: "traditional values", rendered: true},
		{name: "another noun's adjective renders nothing", ja: "両国は作戦計画を共有する。", en: "The two countries share optional plans.",
			term: "作戦計画", want: "optional plans", rendered: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pairs := runPairs(t, dict, tt.ja, tt.en)
			got := false
			for _, p := range pairs {
				if p.JA != tt.term || p.EN != tt.want {
					continue
				}
				for _, e := range p.Evidence {
					if e.Type == EvCompositional || e.Type == EvApprox {
						got = true
					}
				}
			}
			if got != tt.rendered {
				t.Errorf("%s = %s rendered part by part %v, want %v: %+v", tt.term, tt.want, got, tt.rendered, pairs)
			}
		})
	}
}
