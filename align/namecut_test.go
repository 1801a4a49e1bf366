package align

import (
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
			checkSegmentProposals(t, tc.ja, tc.en, tc.term, dict, tc.want, tc.not)
		})
	}
}
