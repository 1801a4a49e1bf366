package lint

import "testing"

// TestForeignAndPolicy: en → ja, a policy coordinated after "foreign and" is rendered by
// its field coordinated after 外交, which names foreign policy itself, with 政策 written
// once or not at all; another first member, 外交 alone, or the field alone is still
// missing the policy.
func TestForeignAndPolicy(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct{ name, en, ja, want string }{
		{name: "and, no word for policy",
			en: "The Alliance is the cornerstone of Japan's foreign and security policy.",
			ja: "同盟は日本の外交及び安全保障の基軸である。"},
		{name: "the middle dot",
			en: "The paper sets out our foreign and security policy.",
			ja: "この文書は我が国の外交・安全保障の方針を示す。"},
		{name: "and in kana",
			en: "The paper sets out our foreign and security policy.",
			ja: "この文書は我が国の外交および安全保障の方針を示す。"},
		{name: "policy written once",
			en: "The paper sets out our foreign and security policy.",
			ja: "この文書は我が国の外交・安全保障政策を示す。"},
		{name: "near miss: another first member",
			en: "The paper sets out our economic and security policy.",
			ja: "この文書は我が国の経済及び安全保障を示す。", want: "missing-term/security-policy"},
		{name: "near miss: diplomacy alone",
			en: "The Alliance is the cornerstone of Japan's foreign and security policy.",
			ja: "同盟は日本の外交の基軸である。", want: "missing-term/security-policy"},
		{name: "near miss: the field without foreign policy",
			en: "The Alliance is the cornerstone of Japan's foreign and security policy.",
			ja: "同盟は日本の安全保障の基軸である。", want: "missing-term/security-policy"},
		{name: "near miss: the policy not coordinated",
			en: "The Alliance is the cornerstone of Japan's security policy.",
			ja: "同盟は日本の外交及び安全保障の基軸である。", want: "missing-term/security-policy"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if g := rowFindings(t, l, "en", "ja", tc.en, tc.ja); g != tc.want {
				t.Errorf("findings %q, want %q", g, tc.want)
			}
		})
	}
}
