package align

import (
	"testing"
)

// TestCutShortListItem: a word before a span that a comma follows ends another item of a
// list ("Finance Minister, Defense Minister"), so the span is no window on a longer name;
// a word before it with no comma, rendered by a part of the term ("National"), is the
// modifier the span cut off, and so is an adjective that a comma joins to the next one
// ("a comprehensive, high-level economic partnership").
func TestCutShortListItem(t *testing.T) {
	dict := map[string]string{"国防": "national defense", "大臣": "minister", "財務": "financial affairs",
		"厚生": "public welfare", "会談": "talks", "出席": "attendance", "包括的": "comprehensive",
		"経済": "economy", "連携": "partnership", "両国": "both countries", "推進": "promotion"}
	tests := []struct {
		name, ja, en, term string
		want, not          string
	}{
		{name: "an item after a comma", ja: "会談には財務大臣、国防大臣及び厚生大臣が出席した。",
			en:   "The talks were attended by the Finance Minister, Defense Minister and Welfare Minister.",
			term: "国防大臣", want: "Defense Minister"},
		{name: "near miss: the modifier right before", ja: "会談には国防大臣が出席した。",
			en:   "The talks were attended by the National Defense Minister.",
			term: "国防大臣", not: "Defense Minister"},
		{name: "near miss: a comma between two adjectives of one noun", ja: "両国は包括的経済連携を推進する。",
			en:   "The two countries will promote a comprehensive, high-level economic partnership.",
			term: "包括的経済連携", not: "high-level economic partnership"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkSegmentProposals(t, tc.ja, tc.en, tc.term, dict, tc.want, tc.not)
		})
	}
}
