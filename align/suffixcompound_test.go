package align

import (
	"slices"
	"testing"
)

// TestSuffixOfCompound: a compound before a suffix whose word with the compound's last noun
// the dictionary glosses by a phrase (技術面 "technical side") is a term of its own, the
// suffix taking the whole compound as its stem; before a suffix whose word is glossed by
// one word (委員会 "committee"), or one of the affixes (国), the compound is a slice.
func TestSuffixOfCompound(t *testing.T) {
	dict := dictOf(map[string]string{
		"宇宙": "space", "技術": "technology", "技術面": "technical side",
		"地域": "region", "協力": "cooperation", "委員": "member", "委員会": "committee",
		"海洋": "ocean", "議長": "chair", "議長国": "chair country",
	})
	tests := []struct {
		name, ja, en, term string
		want               string // an English proposed for term, "" for none
		not                string // an English not proposed for term
	}{
		{name: "a suffix that adds a word of its own", term: "宇宙技術",
			ja:   "両国は宇宙技術面から協力を支える。",
			en:   "The two countries support cooperation from space technology.",
			want: "space technology"},
		{name: "near miss: a suffix that makes one word with the noun before it", term: "地域協力委員",
			ja:  "両国は地域協力委員会の会合を開いた。",
			en:  "The two countries held a meeting of the Regional Cooperation Committee.",
			not: "Regional Cooperation Committee"},
		{name: "near miss: a suffix of the affixes", term: "海洋議長",
			ja:  "両国は海洋議長国として協力を支える。",
			en:  "The two countries support cooperation as ocean chair country.",
			not: "ocean chair"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := pairsOf(t, dict, tc.ja, tc.en, tc.term)
			if tc.want != "" && !slices.Contains(got, tc.want) {
				t.Errorf("%s = %q not proposed: %q", tc.term, tc.want, got)
			}
			if tc.not != "" && len(got) > 0 {
				t.Errorf("%s proposed: %q, want no proposal (not %q)", tc.term, got, tc.not)
			}
		})
	}
}
