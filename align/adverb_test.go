package align

import "testing"

// TestAdverbOfGloss: an adverb in -ly renders the adjective of a gloss as the adjective
// does (互恵 "mutual benefit" in "mutually beneficial cooperation"), so the span keeps it
// instead of leaving the adverb over as a word no part explains.
func TestAdverbOfGloss(t *testing.T) {
	dict := dictOf(map[string]string{"互恵": "reciprocity; mutual benefit", "協力": "cooperation"})
	tests := []struct {
		name, ja, en, term, want string
	}{
		{name: "adverb of the gloss's adjective", term: "互恵的な協力",
			ja: "両国は互恵的な協力を更に強化する。", en: "The two countries will further strengthen their mutually beneficial cooperation.",
			want: "mutually beneficial cooperation"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Run(nil, nil, []BitextSegment{{JA: tc.ja, EN: tc.en, Doc: "s.txt", Line: 1, Origin: "parallel"}}, Options{EDICT: dict})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range res.Pairs {
				if p.JA == tc.term {
					got = append(got, p.EN)
					if p.EN == tc.want {
						return
					}
				}
			}
			t.Errorf("%s = %q, want %q", tc.term, got, tc.want)
		})
	}
}
