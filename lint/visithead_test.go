package lint

import "testing"

func TestHeadWithPlace(t *testing.T) {
	l := defaultLinter(t)
	const en = "The State Visit to India strengthened the ties between the two peoples."
	for _, tc := range []struct {
		name, en, ja, want string // en: the row's English, en above when ""
	}{
		{name: "the destination compounded with the head", ja: "国賓としてのインド訪問により両国民の絆が強化された。"},
		{name: "the destination and an honorific prefix", ja: "国賓としてのインド御訪問により両国民の絆が強化された。"},
		{name: "an honorific prefix alone", ja: "国賓としてのご訪問により両国民の絆が強化された。"},
		{name: "near miss: a common noun between is another visit", ja: "国賓としての公式訪問により両国民の絆が強化された。",
			want: "missing-term/state-visit"},
		{name: "near miss: another head after the place", ja: "国賓としてのインド訪問団により両国民の絆が強化された。",
			want: "missing-term/state-visit"},
		{name: "a place the English names after to",
			en: "The State Visit to Hawaii strengthened the ties between the two peoples.", ja: "国賓としてのハワイ御訪問により両国民の絆が強化された。"},
		{name: "near miss: another country than the English names",
			ja:   "国賓としての中国訪問により両国民の絆が強化された。",
			want: "missing-term/state-visit"},
		{name: "near miss: a country the English does not name",
			en: "The State Visit strengthened the ties between the two peoples.", ja: "国賓としての中国訪問により両国民の絆が強化された。",
			want: "missing-term/state-visit"},
		{name: "near miss: a place the English does not name",
			en: "The State Visit strengthened the ties between the two peoples.", ja: "国賓としてのハワイ御訪問により両国民の絆が強化された。",
			want: "missing-term/state-visit"},
		{name: "the visit dropped altogether", ja: "インドとの交流により両国民の絆が強化された。",
			want: "missing-term/state-visit"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := tc.en
			if src == "" {
				src = en
			}
			if got := rowFindings(t, l, "en", "ja", src, tc.ja); got != tc.want {
				t.Errorf("en → ja findings = %q, want %q", got, tc.want)
			}
		})
	}
}
