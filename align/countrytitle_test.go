package align

import (
	"strings"
	"testing"
)

// TestCountryTitles: a country's post with no proposal of its own (英国防大臣) is
// rendered, for review, by the one capitalized title of that country its segment writes,
// the country before the post or in its of-phrase; two titles of the country, or a title
// of another country only, give nothing.
func TestCountryTitles(t *testing.T) {
	dict := map[string]string{"大臣": "minister", "長官": "secretary; director", "国防": "national defence", "外交": "diplomacy",
		"訪問": "visit", "東京": "Tokyo", "会談": "talks", "韓国": "South Korea", "部": "department", "財務": "financial affairs"}
	tests := []struct {
		name, ja, en string
		term         string
		want         string // the English the rule gives the term, "" for none
	}{
		{name: "the country's acronym before the title", term: "英国防大臣", want: "UK Secretary of State for Defence",
			ja: "英国防大臣が東京を訪問した。",
			en: "The UK Secretary of State for Defence visited Tokyo."},
		{name: "the country in the title's of-phrase", term: "韓国外交部長官", want: "Minister of Foreign Affairs of the Republic of Korea",
			ja: "韓国外交部長官が東京を訪問した。",
			en: "The Minister of Foreign Affairs of the Republic of Korea visited Tokyo."},
		{name: "the acronym in parentheses after the title is left out", term: "韓国外交部長官", want: "Minister of Foreign Affairs of the Republic of Korea",
			ja: "韓国外交部長官が東京を訪問した。",
			en: "The Minister of Foreign Affairs of the Republic of Korea (ROK) visited Tokyo."},
		{name: "near miss: two titles of the country", term: "英国防大臣",
			ja: "英国防大臣が東京を訪問した。",
			en: "The UK Secretary of State for Defence and the UK Chancellor of the Exchequer visited Tokyo."},
		{name: "the person's name after the title is cut off", term: "英国防大臣", want: "UK Secretary of State for Defence",
			ja: "英国防大臣が東京を訪問した。",
			en: "UK Secretary of State for Defence Alan Smith visited Tokyo."},
		{name: "near miss: a person's name inside the title", term: "英国防大臣",
			ja: "英国防大臣が東京を訪問した。",
			en: "UK Defence Secretary Alan Smith of the Ministry visited Tokyo."},
		{name: "near miss: a title of another country", term: "英国防大臣",
			ja: "英国防大臣が東京を訪問した。",
			en: "The Secretary of State for Defence of Canada visited Tokyo."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, status := "", ""
			for _, p := range designationPairs(t, "bitext", tc.ja, tc.en, tc.term, dict) {
				for _, e := range p.Evidence {
					if strings.HasPrefix(e.Detail, countryTitleDetail) {
						got, status = p.EN, p.Status // the rule's proposal
					}
				}
			}
			if got != tc.want || got != "" && status != Review {
				t.Errorf("%s = %q (%s), want %q (review)", tc.term, got, status, tc.want)
			}
		})
	}
}
