package lint

import "testing"

// TestPartAcronym: a Japanese term that heads a longer compound (自衛隊 of 航空自衛隊) is
// rendered by the English initials of the compound's name, which end with the concept's
// acronym (ASDF, JGSDF); the concept's term alone for such initials, initials that do not
// end with the acronym, or another name are still a missing term.
func TestPartAcronym(t *testing.T) {
	l := defaultLinter(t)
	runJaEn(t, l, []jaEnCase{
		{name: "the initials of the part's name",
			ja: "航空自衛隊の輸送機が物資を運んだ。", en: "An ASDF transport aircraft carried the supplies."},
		{name: "two parts in a list",
			ja: "陸上自衛隊と海上自衛隊が訓練を行った。", en: "The GSDF and the MSDF held training."},
		{name: "the country's letter before them",
			ja: "陸上自衛隊の部隊が到着した。", en: "A JGSDF unit arrived."},
		{name: "near miss: the body's own term for a part's initials",
			ja: "自衛隊の輸送機が物資を運んだ。", en: "An ASDF transport aircraft carried the supplies.",
			want: "missing-term/japan-self-defense-forces"},
		{name: "near miss: the acronym not at the end",
			ja: "航空自衛隊の輸送機が物資を運んだ。", en: "An SDFA transport aircraft carried the supplies.",
			want: "missing-term/japan-self-defense-forces"},
		{name: "near miss: too many letters before it",
			ja: "航空自衛隊の輸送機が物資を運んだ。", en: "An XYZSDF transport aircraft carried the supplies.",
			want: "missing-term/japan-self-defense-forces"},
		{name: "near miss: a pronoun before the body is no part's name",
			ja: "我々自衛隊の輸送機が物資を運んだ。", en: "Our ASDF transport aircraft carried the supplies.",
			want: "missing-term/japan-self-defense-forces"},
		{name: "omission: another name",
			ja: "航空自衛隊の輸送機が物資を運んだ。", en: "An Air Force transport aircraft carried the supplies.",
			want: "missing-term/japan-self-defense-forces"},
	})
}
