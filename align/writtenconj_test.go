package align

import "testing"

// TestWrittenConjunction: a term whose members a written conjunction joins (及び, 又は) is
// rendered only by an English phrase that says "and" or "or" too: a phrase that names one
// member leaves the other out, however well a lexicon word of the shared head seems to
// explain it, so it is never proposed as the full rendering.
func TestWrittenConjunction(t *testing.T) {
	dict := map[string]string{"防衛装備品": "defense equipment", "技術": "technology", "移転": "transfer",
		"協定": "agreement", "技術移転": "technology transfer", "署名": "signature", "両国": "both countries"}
	const term = "防衛装備品及び技術の移転に関する協定"
	const ja = "両国は防衛装備品及び技術の移転に関する協定に署名した。"
	tests := []struct {
		name, en string
		want     string // the English proposed for the term; "" when no full rendering may be
		notEN    string // an English that must not be proposed as auto
	}{
		{name: "both members said", want: "Agreement concerning the Transfer of Defense Equipment and Technology",
			en: "The two countries signed the Agreement concerning the Transfer of Defense Equipment and Technology."},
		{name: "near miss: one member left out", notEN: "Agreement concerning the Transfer of Defense Equipment",
			en: "The two countries signed the Agreement concerning the Transfer of Defense Equipment."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pairs := designationPairs(t, "bitext", ja, tc.en, term, dict)
			found := false
			for _, p := range pairs {
				found = found || p.EN == tc.want
				if tc.notEN != "" && p.EN == tc.notEN && p.Status == Auto {
					t.Errorf("%s = %q proposed auto; a member is left out", term, p.EN)
				}
			}
			if tc.want != "" && !found {
				t.Errorf("%s: no proposal %q; got %v", term, tc.want, pairs)
			}
		})
	}
}
