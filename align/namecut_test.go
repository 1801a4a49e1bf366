package align

import (
	"slices"
	"testing"
)

// TestNameCut: a span that stops on a capitalized word which the next capitalized word
// carries on, where a part of the term renders that next word, is a window on a name
// ("… United Kingdom of Great" before "Northland", 北国 = Great Northland); a name followed by a word no part renders
// (the holder's name after the post) ends where it ends.
func TestNameCut(t *testing.T) {
	dict := map[string]string{"共和国": "republic", "大統領": "president", "北国": "United Kingdom/Great Northland",
		"首相": "prime minister", "会談": "talks", "出席": "attendance"}
	tests := []struct {
		name, ja, en, term string
		want, not          string
	}{
		{name: "stopped inside a name", ja: "北国首相が会談に出席した。",
			en: "The Prime Minister of the United Kingdom of Great Northland and the Isles attended the talks.", term: "北国首相",
			want: "Prime Minister of the United Kingdom", not: "Prime Minister of the United Kingdom of Great"},
		{name: "near miss: the holder's name after the post", ja: "共和国大統領が会談に出席した。",
			en: "The President of the Republic Alan Mora attended the talks.", term: "共和国大統領",
			want: "President of the Republic"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, p := range designationPairs(t, "bitext", tc.ja, tc.en, tc.term, dict) {
				got = append(got, p.EN)
			}
			if tc.want != "" && !slices.Contains(got, tc.want) {
				t.Errorf("%s = %q not proposed: %q", tc.term, tc.want, got)
			}
			if tc.not != "" && slices.Contains(got, tc.not) {
				t.Errorf("%s = %q proposed: %q", tc.term, tc.not, got)
			}
		})
	}
}
