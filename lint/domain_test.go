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

// TestFieldOf: ja → en, a term whose head is a domain noun (安全保障分野, "security field")
// is rendered by the domain noun "of" the field (field, area, domain or sphere, either
// number), the field an item of a list, or by the field's word modifying a noun ("security
// relationship"); another field, an item that goes on into a longer phrase, or the field's
// word as a noun of its own is no rendering.
func TestFieldOf(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct{ name, ja, en, want string }{
		{name: "the area of the field",
			ja: "安全保障分野を含め協力を進める。", en: "They advance cooperation, including in the area of security."},
		{name: "the field in a list of fields",
			ja: "安全保障分野で協力する。", en: "They cooperate in the fields of economy, security and energy."},
		{name: "the term as written",
			ja: "安全保障分野で協力する。", en: "They cooperate in the security field."},
		{name: "the field modifying a noun",
			ja: "安全保障分野における日英関係は緊密である。", en: "The Japan-UK security relationship is close."},
		{name: "near miss: the field's word as a noun before of",
			ja: "安全保障分野で協力する。", en: "They cooperate on the security of the region.", want: "missing-term/security-field"},
		{name: "near miss: the field's word as a noun before a punctuation mark",
			ja: "安全保障分野で協力する。", en: "They cooperate on trade and security.", want: "missing-term/security-field"},
		{name: "near miss: the field's word as the subject of a verb",
			ja: "安全保障分野は重要である。", en: "Security remains important.", want: "missing-term/security-field"},
		{name: "another field",
			ja: "安全保障分野で協力する。", en: "They cooperate in the area of trade.", want: "missing-term/security-field"},
		{name: "the field's word inside a longer field",
			ja: "安全保障分野で協力する。", en: "They cooperate in the area of cyber security.", want: "missing-term/security-field"},
		{name: "the field named without a domain noun",
			ja: "安全保障分野で協力する。", en: "They cooperate on the security of the region.", want: "missing-term/security-field"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if g := rowFindings(t, l, "ja", "en", tc.ja, tc.en); g != tc.want {
				t.Errorf("findings %q, want %q", g, tc.want)
			}
		})
	}
}
