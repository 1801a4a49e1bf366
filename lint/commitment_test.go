package lint

import "testing"

// TestCommitmentAsPromise: the glossary admits 確固とした約束 (and 確固たる約束) for
// "steadfast commitment": 約束 is MOFA's other rendering of commitment. The noun without
// the adjective is not the term.
func TestCommitmentAsPromise(t *testing.T) {
	l := defaultLinter(t)
	const en = "The United States restated its steadfast commitments to the region."
	runJaEn(t, l, []jaEnCase{
		{name: "確固とした約束", en: en, ja: "米国は地域への確固とした約束を改めて表明した。", enja: true},
		{name: "確固たる約束", en: en, ja: "米国は地域への確固たる約束を改めて表明した。", enja: true},
		{name: "the term as written", en: en, ja: "米国は地域への揺るぎないコミットメントを改めて表明した。", enja: true},
		{name: "omission: the noun alone", en: en, ja: "米国は地域への約束を改めて表明した。", enja: true, want: "missing-term/unwavering-commitment"},
	})
}
