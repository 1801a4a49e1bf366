package align

import (
	"slices"
	"testing"
)

// TestNumberedHeadings: the items of a numbered Japanese list pair with the English
// headings numbered alike when the series is as long and every item but one at most (two
// at least) shares a word with its heading; a list of another length, a series numbered
// out of order, lines that are no titles, items whose words meet too little of the
// headings, and a list that two series meet alike pair with nothing.
func TestNumberedHeadings(t *testing.T) {
	dict := dictOf(map[string]string{"海洋": "ocean; sea; maritime", "監視": "surveillance; monitoring", "強化": "strengthening",
		"人材": "human resources; talent", "育成": "training; development", "港湾": "harbour; port", "整備": "maintenance; development",
		"防衛": "defense; protection", "本土": "mainland"})
	const ja = "本計画は、①海洋監視の強化、②人材の育成、③港湾の整備の3つを柱とする。"
	tests := []struct {
		name, ja, en string            // ja: the commentary, when not the one above
		want         map[string]string // Japanese item → English heading; nil for none
	}{
		{name: "three items, three headings",
			en: "Pillar 1: Strengthen Maritime Surveillance\n\nPillar 2: Train the Next Generation\n\nPillar 3: Modernize Our Ports\n",
			want: map[string]string{"海洋監視の強化": "Strengthen Maritime Surveillance", "人材の育成": "Train the Next Generation",
				"港湾の整備": "Modernize Our Ports"}},
		{name: "near miss: a series of another length",
			en: "Pillar 1: Strengthen Maritime Surveillance\n\nPillar 2: Modernize Our Ports\n"},
		{name: "near miss: numbered out of order",
			en: "Pillar 1: Strengthen Maritime Surveillance\n\nPillar 3: Train the Next Generation\n\nPillar 2: Modernize Our Ports\n"},
		{name: "one item in other words",
			en: "Pillar 1: Strengthen Maritime Surveillance\n\nPillar 2: Invest in People\n\nPillar 3: Modernize Our Ports\n",
			want: map[string]string{"海洋監視の強化": "Strengthen Maritime Surveillance", "人材の育成": "Invest in People",
				"港湾の整備": "Modernize Our Ports"}},
		{name: "near miss: two items in other words",
			en: "Pillar 1: Restore the Budget\n\nPillar 2: Train the Next Generation\n\nPillar 3: Reform the Agency\n"},
		{name: "near miss: sentences, not headings",
			en: "1. We will strengthen maritime surveillance.\n2. We will train the next generation.\n3. We will modernize our ports.\n"},
		// the verb of a heading meets the noun of the item by its stem: "Defend" and 防衛
		// "defense" (defend, defens), "Protect" and 保護 "protection"
		{name: "a verb of the heading and the noun of the item", ja: "本計画は、①本土の防衛、②港湾の整備の2つを柱とする。",
			en:   "Pillar 1: Defend the Homeland\n\nPillar 2: Modernize Our Ports\n",
			want: map[string]string{"本土の防衛": "Defend the Homeland", "港湾の整備": "Modernize Our Ports"}},
		{name: "near miss: lines in lower case, no titles",
			en: "Pillar 1: strengthen maritime surveillance\n\nPillar 2: train the next generation\n\nPillar 3: modernize our ports\n"},
		{name: "near miss: two series that agree alike",
			en: "Pillar 1: Strengthen Maritime Surveillance\n\nPillar 2: Train the Next Generation\n\nPillar 3: Modernize Our Ports\n\n" +
				"Goal 1: Maritime Surveillance\n\nGoal 2: Training\n\nGoal 3: Ports\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := ja
			if tc.ja != "" {
				text = tc.ja
			}
			res, err := Run([]Doc{{Name: "c.txt", Text: text}}, []Doc{{Name: "s.txt", Text: tc.en}}, nil, Options{EDICT: dict})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]string{}
			for _, p := range res.Pairs {
				if hasType(p.Evidence, EvHeading) {
					got[p.JA] = p.EN
					if p.Status != Review {
						t.Errorf("%s = %s is %s, want review", p.JA, p.EN, p.Status)
					}
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

// TestJANumberedLists: a list numbered by circled digits from ①, or by numbers in
// parentheses from (1), each item without the comma or coordinator before the next
// number; a run that does not start at 1, or numbers a citation's paragraphs, is none.
func TestJANumberedLists(t *testing.T) {
	tests := []struct {
		name, text string
		want       [][]string
	}{
		{name: "commas and a coordinator", text: "方針は①港湾の整備、②人材の育成及び③海洋監視の強化である。",
			want: [][]string{{"港湾の整備", "人材の育成", "海洋監視の強化である。"}}},
		{name: "one item a line", text: "①港湾の整備\n②人材の育成\n本文が続く。",
			want: [][]string{{"港湾の整備", "人材の育成"}}},
		{name: "numbers in parentheses", text: "方針は（１）港湾の整備、（２）人材の育成である。",
			want: [][]string{{"港湾の整備", "人材の育成である。"}}},
		{name: "near miss: a paragraph of a citation", text: "Article 5(1) and Article 5(2) apply.", want: nil},
		{name: "near miss: starts at ②", text: "②港湾の整備、③人材の育成。", want: nil},
		{name: "near miss: one item", text: "①港湾の整備を進める。", want: nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got [][]string
			for _, l := range jaNumberedLists(tc.text) {
				var items []string
				for _, it := range l {
					items = append(items, it.text)
				}
				got = append(got, items)
			}
			if !slices.EqualFunc(got, tc.want, slices.Equal) {
				t.Errorf("jaNumberedLists(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
