package lint

import "testing"

// TestTwoSensesOfKyosei: 強制 is coercion in the defense ministers' statements and
// compulsion in its general sense; two homonym concepts, either of which renders it. A
// rendering of neither sense is still a missing term.
func TestTwoSensesOfKyosei(t *testing.T) {
	l := defaultLinter(t)
	runJaEn(t, l, []jaEnCase{
		{name: "coercion", ja: "紛争は強制されることなく解決される。", en: "Disputes are settled free of coercion."},
		{name: "en → ja: coercion", ja: "紛争は強制されることなく解決される。", en: "Disputes are settled free of coercion.", enja: true},
		{name: "compulsion, by its verb", ja: "彼らは撤退を強制された。", en: "They were compelled to withdraw."},
		{name: "near miss: neither sense", ja: "彼らは撤退を強制された。", en: "They were made to withdraw.", want: "missing-term/coercion"},
		{name: "en → ja near miss: neither word", ja: "紛争は圧力なく解決される。", en: "Disputes are settled free of coercion.", enja: true, want: "missing-term/coercion"},
	})
}
