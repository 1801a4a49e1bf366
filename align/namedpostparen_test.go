package align

import (
	"slices"
	"testing"
)

// TestParenNamedPosts: a post after a foreign person's name and that name in Latin letters
// in parentheses is paired with the post the English writes after the same name and a
// comma, its portfolios joined by middle dots as many as the English joins by "and"; an
// English that writes another name, or the name with no comma and post after it, pairs
// nothing.
func TestParenNamedPosts(t *testing.T) {
	const ja = "総理大臣は、ピーター・ノース(Peter North)内務・司法大臣及びアンナ・ベル(Anna Bell)運輸大臣と会談した。"
	tests := []struct {
		name, ja, en, term string
		want               string // an English proposed for term, "" for none
		not                string // an English not proposed for term
	}{
		{name: "a post after the name in parentheses", ja: ja,
			en:   "The Prime Minister met Mr. Peter North, Secretary of State for Home and Justice Affairs, and Ms. Anna Bell, Secretary of State for Transport.",
			term: "運輸大臣", want: "Secretary of State for Transport"},
		{name: "portfolios joined by a middle dot and by and", ja: ja,
			en:   "The Prime Minister met Mr. Peter North, Secretary of State for Home and Justice Affairs, and Ms. Anna Bell, Secretary of State for Transport.",
			term: "内務・司法大臣", want: "Secretary of State for Home and Justice Affairs"},
		{name: "a letter whose lower case is longer before the name", ja: ja,
			en:   "After the İzmir talks, the Prime Minister met Mr. Peter North, Secretary of State for Home and Justice Affairs, and Ms. Anna Bell, Secretary of State for Transport.",
			term: "運輸大臣", want: "Secretary of State for Transport"},
		{name: "near miss: the English writes another name", ja: ja,
			en:   "The Prime Minister met Mr. Peter North, Secretary of State for Home and Justice Affairs, and Ms. Clara Hill, Secretary of State for Transport.",
			term: "運輸大臣", not: "Secretary of State for Transport"},
		{name: "near miss: no comma and post after the English name", ja: ja,
			en:   "The Prime Minister met Ms. Anna Bell and Mr. Peter North, Secretary of State for Home and Justice Affairs.",
			term: "運輸大臣", not: "Secretary of State for Home and Justice Affairs"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := pairsOf(t, dictOf(map[string]string{}), tc.ja, tc.en, tc.term)
			if tc.want != "" && !slices.Contains(got, tc.want) {
				t.Errorf("%s = %q not proposed: %q", tc.term, tc.want, got)
			}
			if tc.not != "" && slices.Contains(got, tc.not) {
				t.Errorf("%s = %q proposed: %q", tc.term, tc.not, got)
			}
			if tc.want == "" && tc.not == "" {
				t.Fatal("a case wants or rules out an English")
			}
		})
	}
}
