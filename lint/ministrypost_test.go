package lint

import "testing"

func TestMinistryInPost(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct {
		name, en, ja, want string
	}{
		{name: "the ministry in apposition after the post, the stem before 報道官",
			en: "Statement by the Press Secretary, Ministry of Foreign Affairs, on the Earthquake", ja: "外務報道官談話 地震について"},
		{name: "the ministry after the post and of the, the stem before 大臣",
			en: "The Minister of the Ministry of Defense visited the base.", ja: "防衛大臣は基地を訪問した。"},
		{name: "near miss: the stem on another noun is not the post",
			en: "Statement by the Press Secretary, Ministry of Foreign Affairs, on the Earthquake", ja: "外務当局の談話 地震について",
			want: "missing-term/ministry-of-foreign-affairs"},
		{name: "near miss: the ministry with no post before it",
			en: "The Ministry of Foreign Affairs hosted the meeting.", ja: "外務大臣が会合を主催した。",
			want: "missing-term/ministry-of-foreign-affairs"},
		{name: "the ministry dropped altogether",
			en: "Statement by the Press Secretary, Ministry of Foreign Affairs, on the Earthquake", ja: "報道官談話 地震について",
			want: "missing-term/ministry-of-foreign-affairs"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := rowFindings(t, l, "en", "ja", tc.en, tc.ja); got != tc.want {
				t.Errorf("en → ja findings = %q, want %q", got, tc.want)
			}
		})
	}
}
