package align

import (
	"slices"
	"strings"
	"testing"

	"github.com/glossterm/gloss/internal/lexicon"
)

// TestAcronymGlosses: a term whose dictionary phrase opens with a name the English defines
// an acronym for is paired, at review, with the acronym and the rest of the phrase where
// the segment writes them together; an acronym the sources do not define, a phrase that
// does not open with the name, and the acronym before another noun give no pair.
func TestAcronymGlosses(t *testing.T) {
	tests := []struct {
		name, gloss, en string
		want            string // the English paired with 理事会決議 by this rule, "" for none
	}{
		{name: "the acronym for the name the phrase opens with", gloss: "Regional Security Board Resolution",
			en:   "Both countries take part in the Regional Security Board (RSB) and confirmed that they would implement the RSB resolutions.",
			want: "RSB resolutions"},
		{name: "near miss: an acronym the sources do not define", gloss: "Regional Security Board Resolution",
			en: "Both countries take part in the Regional Security Board and confirmed that they would implement the RSB resolutions."},
		{name: "near miss: a phrase that does not open with the name", gloss: "Resolution of the Regional Security Board",
			en: "Both countries take part in the Regional Security Board (RSB) and confirmed that they would implement the RSB resolutions."},
		{name: "near miss: the acronym before another noun", gloss: "Regional Security Board Resolution",
			en: "Both countries take part in the Regional Security Board (RSB) and confirmed that they would implement the RSB decisions."},
		{name: "the plural of a noun in -y", gloss: "Regional Security Board Policy",
			en:   "Both countries take part in the Regional Security Board (RSB) and confirmed that they would implement the RSB policies.",
			want: "RSB policies"},
		{name: "near miss: a stop word after the name", gloss: "Regional Security Board Resolution on Sanctions",
			en: "Both countries take part in the Regional Security Board (RSB) and confirmed that they would implement the RSB resolution on sanctions."},
		{name: "near miss: a word of the phrase not in Latin letters", gloss: "Regional Security Board Resolution No.5",
			en: "Both countries take part in the Regional Security Board (RSB) and confirmed that they would implement the RSB Resolution No.5 now."},
		{name: "near miss: a comma after the acronym", gloss: "Regional Security Board Resolution",
			en: "Both countries take part in the Regional Security Board (RSB) and confirmed that they would implement the RSB, resolutions and statements."},
		{name: "near miss: punctuation inside the span", gloss: "Regional Security Board Sanctions Resolution",
			en: "Both countries take part in the Regional Security Board (RSB) and confirmed that they would implement the RSB sanctions, resolutions and statements."},
		{name: "near miss: more than three words after the name", gloss: "Regional Security Board Sanctions Committee Report Annex",
			en: "Both countries take part in the Regional Security Board (RSB) and confirmed that they would implement the RSB sanctions committee report annexes."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
				for _, e := range [][2]string{{"理事会決議", tc.gloss}, {"両国", "both countries"}, {"参加", "participation"},
					{"履行", "implementation"}, {"確認", "confirmation"}} {
					lx.Add(e[0], e[1], "edict")
				}
				return 5, nil
			}
			got := ""
			for _, p := range runPairs(t, dict, "両国は地域安全保障理事会(RSB)に参加し、理事会決議を履行することを確認した。", tc.en) {
				if p.JA != "理事会決議" || !slices.ContainsFunc(p.Evidence, func(e Evidence) bool { return strings.HasPrefix(e.Detail, "the acronym ") }) {
					continue
				}
				t.Logf("%s = %s %.2f %s", p.JA, p.EN, p.Score, p.Status)
				got = p.EN
				if p.Status != Review {
					t.Errorf("理事会決議 = %q is %s, want review", p.EN, p.Status)
				}
			}
			if got != tc.want {
				t.Errorf("理事会決議 paired with %q by the acronym, want %q", got, tc.want)
			}
		})
	}
}
