package lint

import "testing"

// TestFieldNounLinked: en → ja, a Japanese term XY is rendered by X, a field noun (分野,
// 面, 領域, 上) and its link, and Y (安全保障分野での協力 for "security cooperation"); a verb
// after the link, another link, or a part left out is still missing.
func TestFieldNounLinked(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct{ name, en, ja, want string }{
		{name: "field, での",
			en: "The two sides will expand security cooperation.",
			ja: "両国は安全保障分野での協力を拡大する。"},
		{name: "aspect, での",
			en: "The leaders welcomed progress in security cooperation.",
			ja: "両首脳は安全保障面での協力の進展を歓迎した。"},
		{name: "domain, における",
			en: "They agreed to deepen security cooperation.",
			ja: "双方は安全保障領域における協力を深めることで一致した。"},
		{name: "near miss: a verb after the link",
			en:   "The two sides will expand security cooperation.",
			ja:   "両国は安全保障分野で協力を拡大する。",
			want: "missing-term/security-cooperation"},
		{name: "near miss: another noun between the parts",
			en:   "The two sides will expand security cooperation.",
			ja:   "両国は安全保障会議での協力を拡大する。",
			want: "missing-term/security-cooperation"},
		{name: "omission: the noun left out",
			en:   "The two sides will expand security cooperation.",
			ja:   "両国は安全保障分野での取組を拡大する。",
			want: "missing-term/security-cooperation"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := rowFindings(t, l, "en", "ja", tc.en, tc.ja); got != tc.want {
				t.Errorf("findings %q, want %q", got, tc.want)
			}
		})
	}
}
