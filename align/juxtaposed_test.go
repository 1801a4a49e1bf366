package align

import "testing"

// TestJuxtaposedModifiers: two nouns set side by side as modifiers in a compound
// (経済|社会|開発), of which the dictionary lists the pair as a word of another sense
// (経済社会 "economic system"), are rendered by an English coordination of their
// adjectives ("economic and social development"), at review; an English coordination
// with a modifier no part renders ("cultural") is no rendering of the term.
func TestJuxtaposedModifiers(t *testing.T) {
	dict := map[string]string{"経済社会": "economic system", "経済": "economy/economics/finance", "社会": "society/public/social studies",
		"開発": "development", "ラオス": "Laos", "支援": "support"}
	const term = "経済社会開発"
	tests := []struct {
		name, en string
		want     string // the English wanted at review, "" for none
	}{
		{name: "the adjectives coordinated", en: "Japan supports the economic and social development of Laos.",
			want: "economic and social development"},
		{name: "near miss: another modifier", en: "Japan supports the economic and cultural development of Laos."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, status := "", ""
			for _, p := range designationPairs(t, "bitext", "日本はラオスの経済社会開発を支援する。", tc.en, term, dict) {
				if tc.want == "" && hasWord(p.EN, "and") || p.EN == tc.want {
					got, status = p.EN, p.Status
				}
			}
			if got != tc.want || got != "" && status != Review {
				t.Errorf("%s = %q (%s), want %q (review)", term, got, status, tc.want)
			}
		})
	}
}
