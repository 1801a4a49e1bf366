package lint

import "testing"

// TestCommonNounInDesignation: ja → en, a term the glossary writes in lower case, a
// common noun, is rendered by its words capitalized inside a designation in title case,
// in either number and in quotes or not ("Strategic Cooperative Partners" are partners);
// a capitalized term, a post, inside a longer post's name still renders nothing, and the
// noun left out is still missing.
func TestCommonNounInDesignation(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct{ name, ja, en, want string }{
		{name: "quoted designation, plural head",
			ja: "両国は互いを「包括的協力パートナー」と位置付けた。",
			en: "The two countries described each other as \"Comprehensive Cooperative Partners\"."},
		{name: "designation without quotes, singular head",
			ja: "日本は同国を信頼できるパートナーと位置付けた。",
			en: "Japan regards the country as a Trusted Partner."},
		{name: "near miss: a post inside a longer post's name",
			ja:   "国防長官は演習を視察した。",
			en:   "The Deputy Assistant Secretary of Defense observed the exercise.",
			want: "missing-term/secretary-of-defense"},
		{name: "omission: the noun left out",
			ja:   "両国は互いを「包括的協力パートナー」と位置付けた。",
			en:   "The two countries described their ties as \"Comprehensive and Cooperative\".",
			want: "missing-term/partner"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := rowFindings(t, l, "ja", "en", tc.ja, tc.en); got != tc.want {
				t.Errorf("findings %q, want %q", got, tc.want)
			}
		})
	}
}
