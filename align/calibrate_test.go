package align

import (
	"testing"

	"github.com/glossterm/gloss/internal/lexicon"
)

// TestPartsOnly: the first part of a compound, never written on its own, whose English the
// sources write only inside the English of the compound, is a modifier without its head:
// review, not auto. The compound's last part (a head) and the compound stay auto.
func TestPartsOnly(t *testing.T) {
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		for ja, en := range map[string]string{"国家": "national", "防衛": "defense", "戦略": "strategy"} {
			lx.Add(ja, en, "edict")
		}
		return 3, nil
	}
	bt := []BitextSegment{
		{Doc: "b.tsv", Line: 1, JA: "政府は国家防衛戦略を策定した。", EN: "The government issued the National Defense Strategy."},
		{Doc: "b.tsv", Line: 2, JA: "国家防衛戦略は重要である。", EN: "The National Defense Strategy matters."},
		{Doc: "b.tsv", Line: 3, JA: "防衛戦略を見直す。", EN: "We review the defense strategy."},
	}
	res, err := Run(nil, nil, bt, Options{EDICT: dict})
	if err != nil {
		t.Fatal(err)
	}
	status := map[string]string{}
	for _, p := range res.Pairs {
		status[p.JA+" = "+p.EN] = p.Status
	}
	for pair, want := range map[string]string{
		"国家防衛戦略 = National Defense Strategy": Auto,
		"国家防衛 = National Defense":            Review,
	} {
		if status[pair] != want {
			t.Errorf("%s: %q, want %q (all: %v)", pair, status[pair], want, status)
		}
	}
}
