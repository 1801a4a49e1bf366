package align

import "testing"

// TestSlotWord: a compound whose first part is met only by the head of its gloss (財政支援
// "financial support" by "support") takes the content word standing where the gloss's
// modifier would, right before the head ("budget support loan"), at review; near misses:
// a function word there, or the gloss met whole, leave the span as it is.
func TestSlotWord(t *testing.T) {
	dict := map[string]string{"財政": "public finance; financial affairs", "財政支援": "economic support; financial support",
		"支援": "support; backing", "借款": "loan", "日本": "Japan", "同国": "that country", "供与": "provision"}
	tests := []struct {
		name, ja, en, want, status string
		not                        []string
	}{
		{name: "a premodifier in the slot of the unmet modifier",
			ja: "日本は同国に財政支援借款を供与する。", en: "Japan will extend a budget support loan to the country.",
			want: "budget support loan", status: "review", not: []string{"support loan"}},
		{name: "near miss: a function word before the head",
			ja: "日本は同国に財政支援借款を供与する。", en: "Japan will extend the support loan to the country.",
			want: "support loan", not: []string{"the support loan"}},
		{name: "near miss: the gloss met whole",
			ja: "日本は同国に財政支援借款を供与する。", en: "Japan will extend a new financial support loan to the country.",
			want: "financial support loan", not: []string{"new financial support loan"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := statusOf(t, dict, tc.ja, tc.en, "財政支援借款")
			st, ok := got[tc.want]
			if !ok {
				t.Fatalf("財政支援借款 = %v, want %q", got, tc.want)
			}
			if tc.status != "" && st != tc.status {
				t.Errorf("%q is %s, want %s", tc.want, st, tc.status)
			}
			for _, n := range tc.not {
				if _, ok := got[n]; ok {
					t.Errorf("%q proposed too: %v", n, got)
				}
			}
		})
	}
}
