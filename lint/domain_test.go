package lint

import "testing"

// TestInDomainOf: ja → en, a compound of a field and an activity (防衛協力, "defense
// cooperation") is rendered by the activity "in the field of" the field, the field an item
// of a list; another head, no such item, or an item that goes on into a longer phrase is
// no rendering.
func TestInDomainOf(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct{ name, ja, en, want string }{
		{name: "the field in a coordination",
			ja: "両国間で安全保障・防衛協力が進展している。", en: "Cooperation in the field of security and defense between the two countries has been progressing."},
		{name: "the field last in a list of fields",
			ja: "防衛協力を進める。", en: "They promote cooperation in the areas of cyber, space, and defense with partners."},
		{name: "another field",
			ja: "防衛協力を進める。", en: "They promote cooperation in the field of security.", want: "missing-term/defense-cooperation"},
		{name: "the field word opens a longer phrase",
			ja: "防衛協力を進める。", en: "They promote cooperation in the field of security, and defense spending rose.", want: "missing-term/defense-cooperation"},
		{name: "the field word modifies another noun",
			ja: "防衛協力を進める。", en: "They promote cooperation in the field of defense industry.", want: "missing-term/defense-cooperation"},
		{name: "another head",
			ja: "防衛協力を進める。", en: "They promote talks in the field of defense.", want: "missing-term/defense-cooperation"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if g := rowFindings(t, l, "ja", "en", tc.ja, tc.en); g != tc.want {
				t.Errorf("findings %q, want %q", g, tc.want)
			}
		})
	}
}
