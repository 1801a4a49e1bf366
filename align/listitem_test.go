package align

import (
	"testing"
)

// TestListItems: the items of a list labelled inside an aligned Japanese segment (ア, イ,
// ウ or ①, ②, ③) pair with the items of the translation's list labelled A, B, C or (a),
// (b), (c), a clause-like item whole and the last item up to the count of the list; a list
// of another length, items whose words meet too little of the English, and capital
// letters that are no labels pair nothing.
func TestListItems(t *testing.T) {
	dict := dictOf(map[string]string{"海洋": "ocean; sea; maritime", "監視": "surveillance; monitoring", "人": "person; people",
		"開発": "development", "技術": "technology; technique", "連結性": "connectivity", "港湾": "harbour; port", "整備": "maintenance; development"})
	const kana = "会合では、 ア 海洋監視、 イ 人を中心に据えた開発、 ウ 港湾整備、 エ 技術と連結性の4つの分野を議論した。"
	tests := []struct {
		name, ja, en string
		want         map[string]string // Japanese item → English item; nil for none
	}{
		{name: "katakana and capital letters", ja: kana,
			en: "The leaders discussed four areas: A Maritime Surveillance, B People-Centered Development, C Port Development, and D Technology and Connectivity, as well as other matters.",
			want: map[string]string{"海洋監視": "Maritime Surveillance", "人を中心に据えた開発": "People-Centered Development",
				"港湾整備": "Port Development", "技術と連結性": "Technology and Connectivity"}},
		{name: "circled digits and letters in parentheses",
			ja: "会合では、①海洋監視、②人を中心に据えた開発、③港湾整備の3つの分野を議論した。",
			en: "The leaders discussed (a) maritime surveillance; (b) people-centered development; and (c) port development.",
			want: map[string]string{"海洋監視": "maritime surveillance", "人を中心に据えた開発": "people-centered development",
				"港湾整備": "port development"}},
		{name: "near miss: a list of another length", ja: kana,
			en: "The leaders discussed three areas: A Maritime Surveillance, B People-Centered Development, and C Technology and Connectivity."},
		{name: "near miss: two items in other words", ja: kana,
			en: "The leaders discussed four areas: A Fisheries, B Health Care, C Port Development, and D Technology and Connectivity."},
		{name: "near miss: two English lists fit", ja: kana,
			en: "The leaders discussed A Maritime Surveillance, B People-Centered Development, C Port Development, and D Technology and Connectivity, that is (a) maritime surveillance, (b) people-centered development, (c) port development and (d) technology and connectivity."},
		{name: "near miss: capital letters in running text", ja: kana,
			en: "A plan for Plan B and Plan C covered maritime surveillance, development, ports and connectivity."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Run(nil, nil, []BitextSegment{{JA: tc.ja, EN: tc.en, Doc: "s.txt", Line: 1, Origin: "parallel"}}, Options{EDICT: dict})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]string{}
			for _, p := range res.Pairs {
				if hasType(p.Evidence, EvListItem) {
					got[p.JA] = p.EN
				}
			}
			if len(got) != len(tc.want) {
				t.Errorf("paired %v, want %v", got, tc.want)
			}
			for ja, en := range tc.want {
				if got[ja] != en {
					t.Errorf("%s = %q, want %q", ja, got[ja], en)
				}
			}
		})
	}
}
