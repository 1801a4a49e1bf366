package align

import (
	"slices"
	"testing"
)

// TestComparativeForms: the -er form of an adjective, regular, doubled, in -ier, irregular,
// and of the adjective of a noun in -ness.
func TestComparativeForms(t *testing.T) {
	for w, want := range map[string]string{"great": "greater", "close": "closer", "big": "bigger", "early": "earlier",
		"good": "better", "closeness": "closer", "strong": "stronger", "deep": "deeper"} {
		if got := comparativeForms(w); !slices.Contains(got, want) {
			t.Errorf("comparativeForms(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestComparative: より before an adjective is English "more" or the adjective's -er form
// (より大きな責任 = greater responsibilities, より緊密な協力 = closer cooperation, より良い
// 未来 = a better future); without a comparative in the English, the span renders the
// phrase without より. より after a noun is "than" and makes no comparative term.
func TestComparative(t *testing.T) {
	dict := map[string]string{"大きな": "big; large; great", "責任": "responsibility", "緊密": "rigour; closeness; compactness",
		"協力": "cooperation", "良い": "good; nice", "未来": "future", "力強い": "powerful; strong", "同盟": "alliance",
		"果たす": "to fulfill", "進める": "to advance", "築く": "to build", "共有": "sharing", "日本": "Japan", "負う": "to bear"}
	tests := []struct {
		ja, en, term, want, status string
	}{
		{"両国は、より大きな責任を果たす。", "The two countries fulfill greater responsibilities.", "より大きな責任", "greater responsibilities", Auto},
		{"両国は、より緊密な協力を進める。", "The two countries advance closer cooperation.", "より緊密な協力", "closer cooperation", Auto},
		{"両国は、より良い未来を築く。", "The two countries build a better future.", "より良い未来", "better future", Auto},
		{"両国は、より力強い同盟を築く。", "The two countries build a more powerful alliance.", "より力強い同盟", "more powerful alliance", Auto},
		// near misses: no comparative in the English
		{"両国は、より大きな責任を果たす。", "The two countries fulfill great responsibilities.", "より大きな責任", "great responsibilities", ""},
		{"両国は、より力強い同盟を築く。", "The two countries build a powerful alliance.", "より力強い同盟", "powerful alliance", ""},
		// the adjective without より is no comparative
		{"両国は、より大きな責任を果たす。", "The two countries fulfill greater responsibilities.", "大きな責任", "greater responsibilities", ""},
		{"両国は、より緊密な協力を進める。", "The two countries advance closer cooperation.", "緊密な協力", "closer cooperation", ""},
		{"両国は緊密な協力を進める。", "The two countries advance close cooperation.", "緊密な協力", "close cooperation", Auto},
		// より after a noun is "than"
		{"日本より大きな責任を負う。", "They bear greater responsibilities than Japan.", "より大きな責任", "greater responsibilities", ""},
	}
	for _, tt := range tests {
		got := statusOf(t, dict, tt.ja, tt.en, tt.term)
		if got[tt.want] != tt.status {
			t.Errorf("%s: %s = %q is %q, want %q (all: %v)", tt.en, tt.term, tt.want, got[tt.want], tt.status, got)
		}
	}
}
