package tm

import "testing"

func TestNumberProblem(t *testing.T) {
	for _, tc := range []struct {
		name, ja, en string
		bad          bool
	}{
		{name: "dates with a month name", ja: "2024年6月13日から14日まで", en: "on June 13-14, 2024", bad: false},
		{name: "roman article", ja: "第5条が適用される", en: "Article V applies", bad: false},
		{name: "kanji numeral", ja: "第五条", en: "Article 5", bad: false},
		{name: "era year", ja: "令和6年に", en: "in 2024", bad: false},
		{name: "number word", ja: "3つの原則", en: "three principles", bad: false},
		{name: "both", ja: "両首脳は", en: "the 2 leaders", bad: false},
		{name: "thousands separator", ja: "1,000人", en: "1000 people", bad: false},
		{name: "full width", ja: "２０１０年", en: "in 2010", bad: false},
		{name: "a name with digits", ja: "新型コロナウイルス", en: "COVID-19", bad: false},
		{name: "a different year", ja: "2023年に", en: "in 2024", bad: true},
		{name: "a number missing", ja: "15か国が参加", en: "countries took part", bad: true},
		{name: "an ordinal is a number", ja: "会合", en: "the 19th meeting", bad: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			msg := numberProblem(tc.ja, tc.en)
			if (msg != "") != tc.bad {
				t.Errorf("numberProblem(%q, %q) = %q, want a problem: %v", tc.ja, tc.en, msg, tc.bad)
			}
		})
	}
}

func TestKanjiValue(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int64
	}{
		{"五", 5}, {"十五", 15}, {"二十", 20}, {"二千二十四", 2024}, {"二〇二四", 2024}, {"三万五千", 35000}, {"百", 100},
	} {
		if got, ok := kanjiValue(tc.in); !ok || got != tc.want {
			t.Errorf("kanjiValue(%q) = %d, %v; want %d", tc.in, got, ok, tc.want)
		}
	}
}

func FuzzNumbers(f *testing.F) {
	f.Add("令和元年に第五条", "in 2019, Article V")
	f.Add("二〇二四年1,000.5人", "1000.5 people on June 3")
	f.Add("万億", "COVID-19 F-35 5G")
	f.Fuzz(func(t *testing.T, ja, en string) {
		numberProblem(ja, en)
		kanjiValue(ja)
	})
}
