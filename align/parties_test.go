package align

import "testing"

// TestNamedParties: a list of country abbreviations before a relation noun (日豪関係,
// 米韓関係) is rendered by naming each party, with the name the statement uses ("relations
// between Japan and Australia", "U.S.-ROK relations", "relations between the United States
// and the Republic of Korea"), as well as by their count (bilateral relations). A span that
// names one party only leaves the other out: no auto rendering.
func TestNamedParties(t *testing.T) {
	dict := map[string]string{"日豪": "Japan-Australia", "米韓": "United States and South Korea", "関係": "relation; relationship",
		"強化": "strengthening", "深化": "deepening", "歓迎": "welcome"}
	tests := []struct {
		ja, en, term, want, status string
	}{
		{"両首脳は日豪関係の深化を歓迎した。", "The leaders welcomed the deepening of relations between Japan and Australia.",
			"日豪関係", "relations between Japan and Australia", Auto},
		{"両首脳は米韓関係の強化を歓迎した。", "The leaders welcomed the strengthening of U.S.-ROK relations.",
			"米韓関係", "U.S.-ROK relations", Auto},
		{"両首脳は米韓関係の強化を歓迎した。", "The leaders welcomed the strengthening of relations between the United States and the Republic of Korea.",
			"米韓関係", "relations between the United States and the Republic of Korea", Auto},
		// near miss: one party named, the other left out of the span
		{"両首脳は米韓関係の強化を歓迎した。", "The leaders welcomed the strengthening of relations between the United States and its ally.",
			"米韓関係", "relations between the United States", Review},
	}
	for _, tt := range tests {
		got := statusOf(t, dict, tt.ja, tt.en, tt.term)
		if got[tt.want] != tt.status {
			t.Errorf("%s: %s = %q is %q, want %q (all: %v)", tt.en, tt.term, tt.want, got[tt.want], tt.status, got)
		}
	}
}
