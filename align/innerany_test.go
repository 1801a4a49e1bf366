package align

import "testing"

// TestInnerAny: "any" inside an English phrase renders a Japanese quantifier (あらゆる,
// いかなる); a term without one is not rendered by a phrase that writes it, where a term
// that holds the quantifier is.
func TestInnerAny(t *testing.T) {
	dict := dictOf(map[string]string{"行為": "action", "反対": "opposition", "強い": "strong", "挑発": "provocation"})
	const en = "They voiced strong opposition to any provocation against the islands."
	tests := []struct {
		name, ja, term string
		want           string // an English the term is composed with
		not            string // an English it is not composed with
	}{
		{name: "near miss: a term without the quantifier the English renders by any",
			ja: "島に対するあらゆる挑発への強い反対を表明した。", term: "挑発への強い反対", not: "strong opposition to any provocation"},
		{name: "the term with its quantifier",
			ja: "島に対するあらゆる挑発への強い反対を表明した。", term: "あらゆる挑発", want: "any provocation"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Run(nil, nil, []BitextSegment{{JA: tc.ja, EN: en, Doc: "a.txt", Line: 1}}, Options{EDICT: dict})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range res.Pairs {
				if p.JA == tc.term {
					got = append(got, p.EN)
				}
			}
			has := func(s string) bool {
				for _, g := range got {
					if g == s {
						return true
					}
				}
				return false
			}
			if tc.want != "" && !has(tc.want) {
				t.Errorf("%s proposed with %q, want %q", tc.term, got, tc.want)
			}
			if tc.not != "" && has(tc.not) {
				t.Errorf("%s proposed with %q, want no %q", tc.term, got, tc.not)
			}
		})
	}
}
