package align

import "testing"

// TestInnerAny: "any" inside an English phrase renders a Japanese quantifier (あらゆる,
// いかなる); a term without one is not rendered by a phrase that writes it, where a term
// that holds the quantifier is.
func TestInnerAny(t *testing.T) {
	dict := dictOf(map[string]string{"行為": "action", "反対": "opposition", "強い": "strong", "挑発": "provocation"})
	const (
		ja = "島に対するあらゆる挑発への強い反対を表明した。"
		en = "They voiced strong opposition to any provocation against the islands."
	)
	tests := []struct {
		name string
		c    proposalCase
	}{
		{name: "near miss: a term without the quantifier the English renders by any",
			c: proposalCase{ja: ja, en: en, term: "挑発への強い反対", not: []string{"strong opposition to any provocation"}}},
		{name: "the term with its quantifier",
			c: proposalCase{ja: ja, en: en, term: "あらゆる挑発", want: "any provocation"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkProposals(t, dict, []proposalCase{tt.c}) })
	}
}
