package align

import "testing"

// TestPrefixWidened: a prefix of a post that the affixes do not list (副) is rendered by
// its gloss written right before the post's English ("Deputy Chief Cabinet Secretary");
// the span without that word renders another post. A word before the span that is no
// gloss of the prefix ("former") is no rendering of it.
func TestPrefixWidened(t *testing.T) {
	dict := map[string]string{"内閣官房": "Cabinet Secretariat", "内閣": "cabinet/ministry", "官房": "government secretariat",
		"副": "assistant/vice-/deputy", "長官": "secretary/director/chief", "副長官": "deputy secretary/deputy director",
		"記者会見": "press conference", "鈴木": "Suzuki", "会談": "meeting/talks", "同席": "attendance"}
	const term = "内閣官房副長官"
	tests := []struct {
		name, ja, en string
		want         string // the English wanted for the term
		notWant      string // an English the term must not be given
	}{
		{name: "the prefix's gloss before the post",
			ja:   "鈴木内閣官房副長官は記者会見を行った。",
			en:   "Deputy Chief Cabinet Secretary Suzuki held a press conference.",
			want: "Deputy Chief Cabinet Secretary", notWant: "Chief Cabinet Secretary"},
		{name: "the post after the name",
			ja:   "会談には鈴木一郎内閣官房副長官が同席した。",
			en:   "The meeting was attended by Mr. Ichiro Suzuki, Deputy Chief Cabinet Secretary.",
			want: "Deputy Chief Cabinet Secretary", notWant: "Chief Cabinet Secretary"},
		{name: "near miss: another word before the post",
			ja:      "鈴木内閣官房副長官は記者会見を行った。",
			en:      "Former Chief Cabinet Secretary Suzuki held a press conference.",
			notWant: "Former Chief Cabinet Secretary"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := map[string]string{}
			for _, p := range designationPairs(t, "bitext", tc.ja, tc.en, term, dict) {
				got[p.EN] = p.Status
			}
			if _, ok := got[tc.want]; tc.want != "" && !ok {
				t.Errorf("%s: no %q among %v", term, tc.want, got)
			}
			if s, ok := got[tc.notWant]; ok && (tc.want != "" || s == Auto) {
				t.Errorf("%s = %q (%s), not wanted; got %v", term, tc.notWant, s, got)
			}
		})
	}
}
