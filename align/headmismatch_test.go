package align

import (
	"testing"

	"github.com/glossterm/gloss/internal/lexicon"
)

// TestHeadMismatch: an English noun phrase with no preposition ends in its head, which
// the Japanese head renders; a Japanese head that renders an English modifier instead,
// the last noun rendered by another part, is a mismatch. A gerund that opens the English,
// a preposition, and a name after a title are none.
func TestHeadMismatch(t *testing.T) {
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		lx.Add("規範", "norm", "edict")
		lx.Add("共通", "shared", "edict")
		lx.Add("強化", "strengthening", "edict")
		lx.Add("首相", "prime minister", "edict")
		return 4, nil
	}
	_, r, err := runAll(nil, nil, []BitextSegment{{JA: "規範は共通である。", EN: "Norms are shared.", Doc: "s.txt", Line: 1}}, Options{EDICT: dict})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, ja, en string
		want         bool
	}{
		{name: "the head renders the modifier", ja: "規範共通", en: "shared norms", want: true},
		{name: "near miss: the head renders the head", ja: "共通規範", en: "shared norms"},
		{name: "near miss: a gerund with its object", ja: "規範強化", en: "strengthening norms"},
		{name: "near miss: a preposition", ja: "規範強化", en: "strengthening of norms"},
		{name: "near miss: a name after a title", ja: "ケネディ首相", en: "Prime Minister Kennedy"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			jc := &jaCand{text: tc.ja, units: tokenize(tc.ja)}
			p := &Pair{JA: tc.ja, EN: tc.en, Evidence: []Evidence{{Type: EvCompositional}, {Type: EvParallel}}}
			if got := r.headMismatch(p, jc); got != tc.want {
				t.Errorf("headMismatch(%s = %s) = %v, want %v", tc.ja, tc.en, got, tc.want)
			}
		})
	}
}
