package lint

import "testing"

func TestRenderedByOwnCountry(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct {
		name, en, ja, want string
	}{
		{name: "我が国 as the topic for the Government of Japan",
			en: "The Government of Japan firmly condemns the attack.", ja: "我が国は、この攻撃を強く非難する。"},
		{name: "わが国 in kana as the subject",
			en: "The Government of Japan will continue its support.", ja: "引き続きわが国が支援を行っていく。"},
		{name: "我が国として for the Government of Japan",
			en: "The Government of Japan strongly condemns the attack.", ja: "我が国として、この攻撃を強く非難する。"},
		{name: "我が国 as the topic for the Government of Japan after a clause",
			en: "In response, the Government of Japan firmly condemns the attack.", ja: "これを受け、我が国は、この攻撃を強く非難する。"},
		{name: "我が国政府 for 日本政府",
			en: "The Government of Japan expressed its condolences.", ja: "我が国政府は弔意を表明した。"},
		{name: "我が国の平和と安全 for 日本の平和と安全",
			en: "The Alliance ensures Japan's peace and security.", ja: "同盟は我が国の平和と安全を確保する。"},
		{name: "near miss: another country's peace and security",
			en: "The Alliance ensures Japan's peace and security.", ja: "同盟は米国の平和と安全を確保する。",
			want: "missing-term/peace-and-security-of-japan"},
		{name: "near miss: 我が国 as a possessor is not the government",
			en: "The Government of Japan explained the position.", ja: "我が国の立場を説明した。",
			want: "missing-term/government-of-japan"},
		{name: "near miss: 我が国 does not render another country's government",
			en: "The Government of the United States condemns the attack.", ja: "我が国は、この攻撃を強く非難する。",
			want: "missing-term/government-of-the-united-states"},
		{name: "near miss: 我が国 as the subject of a clause that names Japan again",
			en: "Japan welcomes the Government of India's decision, which the Government of Japan has long supported.", ja: "我が国は、インド政府の決定を歓迎する。",
			want: "missing-term/government-of-japan"},
		{name: "near miss: 我が国 as the subject where the English names Japan twice",
			en: "The Government of Japan explained the position of Japan.", ja: "我が国の立場を我が国は説明した。",
			want: "missing-term/government-of-japan"},
		{name: "near miss: the Government of Japan inside another country's clause",
			en: "The Government of the Philippines welcomes the proposal of the Government of Japan.", ja: "我が国は、フィリピン政府の提案を歓迎する。",
			want: "missing-term/government-of-japan"},
		{name: "the government dropped altogether",
			en: "The Government of Japan firmly condemns the attack.", ja: "この攻撃を強く非難する。",
			want: "missing-term/government-of-japan"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := rowFindings(t, l, "en", "ja", tc.en, tc.ja); got != tc.want {
				t.Errorf("en → ja findings = %q, want %q", got, tc.want)
			}
		})
	}
}
