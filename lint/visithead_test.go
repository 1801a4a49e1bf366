package lint

import "testing"

func TestHeadWithPlace(t *testing.T) {
	l := defaultLinter(t)
	const en = "The State Visit to India strengthened the ties between the two peoples."
	for _, tc := range []struct {
		name, ja, want string
	}{
		{name: "the destination compounded with the head", ja: "国賓としてのインド訪問により両国民の絆が強化された。"},
		{name: "the destination and an honorific prefix", ja: "国賓としてのインド御訪問により両国民の絆が強化された。"},
		{name: "an honorific prefix alone", ja: "国賓としてのご訪問により両国民の絆が強化された。"},
		{name: "near miss: a common noun between is another visit", ja: "国賓としての公式訪問により両国民の絆が強化された。",
			want: "missing-term/state-visit"},
		{name: "near miss: another head after the place", ja: "国賓としてのインド訪問団により両国民の絆が強化された。",
			want: "missing-term/state-visit"},
		{name: "the visit dropped altogether", ja: "インドとの交流により両国民の絆が強化された。",
			want: "missing-term/state-visit"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := rowFindings(t, l, "en", "ja", en, tc.ja); got != tc.want {
				t.Errorf("en → ja findings = %q, want %q", got, tc.want)
			}
		})
	}
}
