package lint

import "testing"

// TestDemonstrativeAnaphor: ja → en, a term after a demonstrative (この国際秩序) that the
// English says by a pronoun is a note where the English names it in another segment; where
// it never does, or with no demonstrative before the term, the term is still missing.
func TestDemonstrativeAnaphor(t *testing.T) {
	l := defaultLinter(t)
	head := "国際秩序は自由と法の支配の上にある。\tThe international order rests on freedom and the rule of law."
	for _, tc := range []struct {
		name string
		rows []string
		want string // findings as severity/rule/concept
	}{
		{name: "named before, said by a pronoun",
			rows: []string{head, "この国際秩序の根本が揺らいでいる。\tIts foundations are being shaken."},
			want: "info/missing-term/international-order"},
		{name: "near miss: the English never names it",
			rows: []string{"この国際秩序の根本が揺らいでいる。\tIts foundations are being shaken."},
			want: "error/missing-term/international-order"},
		{name: "同 as a determiner",
			rows: []string{head, "同国際秩序の根本が揺らいでいる。\tIts foundations are being shaken."},
			want: "info/missing-term/international-order"},
		{name: "near miss: 同 ending another word",
			rows: []string{head, "共同国際秩序の根本が揺らいでいる。\tIts foundations are being shaken."},
			want: "error/missing-term/international-order"},
		{name: "near miss: no demonstrative",
			rows: []string{head, "国際秩序の根本が揺らいでいる。\tIts foundations are being shaken."},
			want: "error/missing-term/international-order"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if g := rowsSeverities(t, l, "ja", "en", tc.rows); g != tc.want {
				t.Errorf("findings %q, want %q", g, tc.want)
			}
		})
	}
}
