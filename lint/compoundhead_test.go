package lint

import "testing"

// TestHeadOfLongerCompound: ja → en, a term XのY whose X is the head of a longer noun
// compound (東南アジア地域の安定) is the Y of that compound's referent, which a translation
// names with its head noun ("stability in the Southeast Asian region"); the Y must still be
// rendered, and the bare term, or X after a determiner, still takes the term itself.
func TestHeadOfLongerCompound(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct{ name, ja, en, want string }{
		{name: "compound head, named region", ja: "両国は東南アジア地域の安定に貢献する。", en: "The two countries contribute to stability in the Southeast Asian region."},
		{name: "compound head, possessive", ja: "両国は中東地域の安定を重視する。", en: "The two countries value the Middle East region's stability."},
		{name: "compound head after a place suffix", ja: "両国は北極海地域の安定を重視する。", en: "The two countries value stability in the Arctic Ocean region."},
		{name: "place suffix, head noun omitted", ja: "両国は北極海地域の安定を重視する。", en: "The two countries value the Arctic Ocean region.", want: "missing-term/regional-stability"},
		{name: "compound head, head noun omitted", ja: "両国は東南アジア地域の安定に貢献する。", en: "The two countries contribute to the development of the Southeast Asian region.", want: "missing-term/regional-stability"},
		{name: "determiner, not a compound", ja: "両国はこの地域の安定に貢献する。", en: "The two countries contribute to stability here.", want: "missing-term/regional-stability"},
		{name: "bare term", ja: "両国は地域の安定に貢献する。", en: "The two countries contribute to peace.", want: "missing-term/regional-stability"},
		{name: "bare term rendered", ja: "両国は地域の安定に貢献する。", en: "The two countries contribute to regional stability."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if g := rowFindings(t, l, "ja", "en", tc.ja, tc.en); g != tc.want {
				t.Errorf("findings %q, want %q", g, tc.want)
			}
		})
	}
}
