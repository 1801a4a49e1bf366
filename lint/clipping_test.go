package lint

import "testing"

// TestClipping: en → ja, a translation that writes 安保 for 安全保障 (or 安保理 for
// 安全保障理事会) renders a term with the full word where, so read, it renders it
// (日米安保・防衛協力 for "bilateral security and defense cooperation"); a clipping of
// another word, or a term left without its security part, is still missing.
func TestClipping(t *testing.T) {
	l := defaultLinter(t)
	const en = "The ministers welcomed progress in bilateral security and defense cooperation."
	for _, tc := range []struct{ name, en, ja, want string }{
		{name: "安保 in a coordination with a shared head",
			en: en, ja: "閣僚は、日米安保・防衛協力の進展を歓迎した。"},
		{name: "安保 after の",
			en: en, ja: "閣僚は、二国間の安保及び防衛協力の進展を歓迎した。"},
		{name: "near miss: 安保理, another word's clipping",
			en: en, ja: "閣僚は、二国間の安保理及び防衛協力の進展を歓迎した。", want: "missing-term/bilateral-security-and-defense-cooperation"},
		{name: "near miss: the defense part alone",
			en: en, ja: "閣僚は、日米安保の下での防衛協力の進展を歓迎した。", want: "missing-term/bilateral-security-and-defense-cooperation"},
		{name: "omission: security dropped",
			en: en, ja: "閣僚は、日米防衛協力の進展を歓迎した。", want: "missing-term/bilateral-security-and-defense-cooperation"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if g := rowFindings(t, l, "en", "ja", tc.en, tc.ja); g != tc.want {
				t.Errorf("findings %q, want %q", g, tc.want)
			}
		})
	}
}
