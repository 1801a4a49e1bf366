package align

import (
	"strings"
	"testing"
)

// TestSubtractInner: a term with no proposal of its own inside a proposed coordination is
// paired, for review, with what the coordination's English leaves once the sure
// rendering of the other member and "and" are taken out; not when the English writes the
// members in the other order.
func TestSubtractInner(t *testing.T) {
	dict := map[string]string{"安全保障": "security", "堅牢": "sturdiness", "性": "nature",
		"首脳": "leaders", "強化": "strengthening", "合意": "agreement"}
	const term = "堅牢性"
	tests := []struct {
		name, ja, en string
		want         string // the English proposed for the term at review, "" for none
	}{
		{name: "the member after と", ja: "首脳は安全保障と堅牢性の強化に合意した。",
			en: "The leaders agreed on strengthening security and robustness.", want: "robustness"},
		{name: "near miss: the English reverses the members", ja: "首脳は安全保障と堅牢性の強化に合意した。",
			en: "The leaders agreed on strengthening robustness and security."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, status := "", ""
			for _, p := range designationPairs(t, "bitext", tc.ja, tc.en, term, dict) {
				for _, e := range p.Evidence {
					if strings.HasPrefix(e.Detail, "what a phrase's English leaves") {
						got, status = p.EN, p.Status
					}
				}
			}
			if got != tc.want || got != "" && status != Review {
				t.Errorf("%s = %q (%s), want %q (review)", term, got, status, tc.want)
			}
		})
	}
}

// TestLeaveOutOrder: the rest of a phrase's English once the other part's rendering is
// taken out, kept only where the Japanese order puts the two.
func TestLeaveOutOrder(t *testing.T) {
	tests := []struct {
		name, en, other, joiner string
		first                   bool // the term first in the Japanese
		want                    string
	}{
		{name: "coordination in order", en: "security and robustness", other: "security", joiner: "と", want: "robustness"},
		{name: "near miss: coordination reversed", en: "robustness and security", other: "security", joiner: "と"},
		{name: "head after の, English head first with of", en: "escalation of tensions", other: "escalation", joiner: "の", first: true, want: "tensions"},
		{name: "near miss: head after の written last after of", en: "escalation of tensions", other: "tensions", joiner: "の", first: true},
		{name: "term as head after な, modifier first", en: "close communication", other: "close", joiner: "な", want: "communication"},
		{name: "near miss: adjectival noun before な", en: "full implementation", other: "implementation", joiner: "な", first: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rest, eaFirst, between := leaveOut(tc.en, tc.other)
			got := ""
			if rest != "" && innerOrder(tc.joiner, tc.first, eaFirst, between) {
				got = rest
			}
			if got != tc.want {
				t.Errorf("%q less %q (%s) = %q, want %q", tc.en, tc.other, tc.joiner, got, tc.want)
			}
		})
	}
}
