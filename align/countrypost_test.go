package align

import "testing"

// TestCountryPost: a country's post written after a person's name and a middle dot
// (ヘイミッシュ・ドゥーガル・カナダ外務大臣) is rendered by the post after the country's
// adjective, the English putting post and country before the name ("Canadian Minister
// for Foreign Affairs Hamish Dougal"), for review; with another country's adjective it is
// never auto.
func TestCountryPost(t *testing.T) {
	dict := map[string]string{"外務大臣": "Minister for Foreign Affairs", "国防大臣": "Minister for Defence", "カナダ": "Canada",
		"会談": "talks", "日本": "Japan", "東京": "Tokyo"}
	const ja = "日本の外務大臣、ヘイミッシュ・ドゥーガル・カナダ外務大臣及びロデリック・ファーカー・カナダ国防大臣は東京で会談した。"
	tests := []struct {
		name, en string
		term     string
		want     string // the English the rule gives the term, "" for none
	}{
		{name: "the country's adjective before the post", term: "カナダ外務大臣", want: "Canadian Minister for Foreign Affairs",
			en: "The Minister for Foreign Affairs of Japan, Canadian Minister for Foreign Affairs Hamish Dougal and Canadian Minister for Defence Roderick Farquhar held talks in Tokyo."},
		{name: "the second post", term: "カナダ国防大臣", want: "Canadian Minister for Defence",
			en: "The Minister for Foreign Affairs of Japan, Canadian Minister for Foreign Affairs Hamish Dougal and Canadian Minister for Defence Roderick Farquhar held talks in Tokyo."},
		{name: "near miss: another country's adjective", term: "カナダ外務大臣",
			en: "The Minister for Foreign Affairs of Japan, Mexican Minister for Foreign Affairs Hamish Dougal and Mexican Minister for Defence Roderick Farquhar held talks in Tokyo."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, status := "", ""
			for _, p := range designationPairs(t, "bitext", ja, tc.en, tc.term, dict) {
				// the near miss: none auto (composition may still offer the other
				// country's post for review, a one-word gap on each side)
				if p.EN == tc.want || p.Status == Auto {
					got, status = p.EN, p.Status
				}
			}
			if got != tc.want || got != "" && status != Review {
				t.Errorf("%s = %q (%s), want %q (review)", tc.term, got, status, tc.want)
			}
		})
	}
}
