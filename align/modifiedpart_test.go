package align

import (
	"testing"
)

// TestModifiedPartCoordination: a modifier before a compound part that is itself a modifier
// and a head (包括的|グローバル・パートナーシップ) is coordinated in English with the part's
// modifier ("comprehensive and global partnership"); where the part is one noun, an English
// modifier after "and" that no part renders is no part of the term, and a name before "and"
// is one of the things joined, no modifier.
func TestModifiedPartCoordination(t *testing.T) {
	dict := map[string]string{"包括的": "comprehensive", "グローバル": "global", "パートナーシップ": "partnership",
		"両国": "both countries", "深化": "deepening", "日本": "Japan", "政府": "government", "推進": "promotion"}
	tests := []struct {
		name, ja, en, term string
		want, not          string
	}{
		{name: "the part's modifier after and", ja: "両国は包括的グローバル・パートナーシップを深化させる。",
			en: "Both countries will deepen their comprehensive and global partnership.", term: "包括的グローバル・パートナーシップ",
			want: "comprehensive and global partnership"},
		{name: "near miss: a one-noun head", ja: "両国は包括的パートナーシップを深化させる。",
			en: "Both countries will deepen their comprehensive and global partnership.", term: "包括的パートナーシップ",
			not: "comprehensive and global partnership"},
		{name: "near miss: a name before and is one of the things joined", ja: "政府は日本グローバル・パートナーシップを推進する。",
			en: "The government will promote Japan and global partnership.", term: "日本グローバル・パートナーシップ",
			not: "Japan and global partnership"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkSegmentProposals(t, tc.ja, tc.en, tc.term, dict, tc.want, tc.not)
		})
	}
}
