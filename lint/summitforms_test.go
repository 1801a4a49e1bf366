package lint

import "testing"

// TestFormulaWithoutClassifier: a fixed formula may drop its classifier in both languages
// (平和で繁栄したアジア太平洋, "a peaceful and prosperous Asia-Pacific"), as the region's own
// name does; another region, or the formula left out, is still reported.
func TestFormulaWithoutClassifier(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct {
		name, en, ja, want string
	}{
		{name: "the formula without 地域 for the English without region",
			en: "Our cooperation helps to ensure a peaceful and prosperous Asia-Pacific.", ja: "我々の協力は、平和で繁栄したアジア太平洋の確保に資する。"},
		{name: "the formula with 地域 for the English without region",
			en: "Our cooperation helps to ensure a peaceful and prosperous Asia-Pacific.", ja: "我々の協力は、平和で繁栄したアジア太平洋地域の確保に資する。"},
		{name: "near miss: another region is not the formula",
			en: "Our cooperation helps to ensure a peaceful and prosperous Asia-Pacific.", ja: "我々の協力は、平和で繁栄したインド太平洋の確保に資する。",
			want: "missing-term/peaceful-and-prosperous-asia-pacific-region"},
		{name: "the formula dropped altogether",
			en: "Our cooperation helps to ensure a peaceful and prosperous Asia-Pacific.", ja: "我々の協力は、地域の確保に資する。",
			want: "missing-term/peaceful-and-prosperous-asia-pacific-region"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := rowFindings(t, l, "en", "ja", tc.en, tc.ja); got != tc.want {
				t.Errorf("en → ja findings = %q, want %q", got, tc.want)
			}
		})
	}
}
