package lint

import "testing"

// TestPostposedField: en → ja, "bilateral cooperation on security" is bilateral security
// cooperation, which 安全保障協力 renders; a field that makes no glossary term, or a
// translation without the compound's term, still leaves "bilateral cooperation" missing.
func TestPostposedField(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct{ en, ja, want string }{
		{en: "We value bilateral cooperation on security.", ja: "両国は安全保障協力を重視する。"},
		{en: "We value bilateral cooperation on trade.", ja: "両国は貿易協力を重視する。", want: "missing-term/bilateral-cooperation"},
		{en: "We value bilateral cooperation on security.", ja: "両国は協力を重視する。", want: "missing-term/bilateral-cooperation"},
	} {
		t.Run(tc.en+" "+tc.ja, func(t *testing.T) {
			if g := rowFindings(t, l, "en", "ja", tc.en, tc.ja); g != tc.want {
				t.Errorf("findings %q, want %q", g, tc.want)
			}
		})
	}
}
