package align

import (
	"testing"
)

// TestParenPersonPost: a parenthetical that writes a person's name, a comma and a post
// renders no term before it as a whole: the term is the post or the name, never both.
// A parenthetical of a post alone is still the post's rendering.
func TestParenPersonPost(t *testing.T) {
	dict := dictOf(map[string]string{"事務": "business", "総長": "secretary general", "事務総長": "secretary-general", "連合": "union", "海洋": "ocean"})
	tests := []struct {
		name, ja, term string
		want           string // an English the paren evidence pairs with term, "" for none
		not            string // an English the paren evidence does not pair with term
	}{
		{name: "a name and a post after a comma", ja: "来日中のアンナ・ベルク海洋連合(OU)事務総長(H.E. Ms. Anna Berg, OU Secretary General)と会談した。",
			term: "事務総長", not: "H.E. Ms. Anna Berg, OU Secretary General"},
		{name: "near miss: the post alone", ja: "来日中の海洋連合(OU)事務総長(OU Secretary General)と会談した。",
			term: "事務総長", want: "OU Secretary General"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Run([]Doc{{Name: "a.txt", Text: tc.ja}}, nil, nil, Options{EDICT: dict})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range res.Pairs {
				if p.JA == tc.term && hasType(p.Evidence, EvParen) {
					got = append(got, p.EN)
				}
			}
			found := func(s string) bool {
				for _, g := range got {
					if g == s {
						return true
					}
				}
				return false
			}
			if tc.want != "" && !found(tc.want) {
				t.Errorf("%s paired by the parenthesis with %q, want %q", tc.term, got, tc.want)
			}
			if tc.not != "" && found(tc.not) {
				t.Errorf("%s paired by the parenthesis with %q, want no %q", tc.term, got, tc.not)
			}
		})
	}
}
