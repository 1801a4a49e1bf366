package lint

import "testing"

// TestShortFormAfterParties: "the alliance" for 日米同盟 is clear, with no note, where the
// translation has named the alliance's parties as a pair modifying another noun before or
// after it; the parties joined by "and", or one country alone, still leave the note, and
// the alliance dropped is still missing.
func TestShortFormAfterParties(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct {
		name string
		rows []string // ja<TAB>en
		want string
	}{
		{name: "the parties as a pair before another noun",
			rows: []string{
				"両者は、日米防衛協力の進展を歓迎した。\tThe two sides welcomed progress in Japan-U.S. defense cooperation.",
				"両者は、日米同盟の抑止力を強化することで一致した。\tThe two sides agreed to strengthen the deterrence of the alliance."}},
		{name: "the pair in the other order",
			rows: []string{
				"両者は、日米防衛協力の進展を歓迎した。\tThe two sides welcomed progress in U.S.-Japan defense cooperation.",
				"両者は、日米同盟の抑止力を強化することで一致した。\tThe two sides agreed to strengthen the deterrence of the alliance."}},
		{name: "near miss: the parties joined by and",
			rows: []string{
				"両者は、日米の協力の進展を歓迎した。\tThe two sides welcomed progress in cooperation between Japan and the United States.",
				"両者は、日米同盟の抑止力を強化することで一致した。\tThe two sides agreed to strengthen the deterrence of the alliance."},
			want: "info/short-form/japan-us-alliance"},
		{name: "near miss: one country alone",
			rows: []string{
				"両者は、日本の防衛力の強化を歓迎した。\tThe two sides welcomed Japan's stronger defense capabilities.",
				"両者は、日米同盟の抑止力を強化することで一致した。\tThe two sides agreed to strengthen the deterrence of the alliance."},
			want: "info/short-form/japan-us-alliance"},
		{name: "the alliance dropped",
			rows: []string{
				"両者は、日米防衛協力の進展を歓迎した。\tThe two sides welcomed progress in Japan-U.S. defense cooperation.",
				"両者は、日米同盟の抑止力を強化することで一致した。\tThe two sides agreed to strengthen deterrence."},
			want: "error/missing-term/japan-us-alliance"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if g := rowsSeverities(t, l, "ja", "en", tc.rows); g != tc.want {
				t.Errorf("findings %q, want %q", g, tc.want)
			}
		})
	}
}

// TestPartyPairs: the hyphenated parties of a full term, in every order, as a modifier.
func TestPartyPairs(t *testing.T) {
	for _, tc := range []struct {
		name string
		full []string
		want []string
	}{
		{name: "a pair", full: []string{"u.s.-japan alliance"}, want: []string{"u.s.-japan ", "japan-u.s. "}},
		{name: "no pair: a hyphenated common word", full: []string{"self-defense forces"}, want: nil},
		{name: "no pair: the term is the name alone", full: []string{"u.s.-japan"}, want: nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := partyPairs(tc.full)
			if len(got) != len(tc.want) {
				t.Fatalf("partyPairs(%q) = %q, want %q", tc.full, got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("partyPairs(%q) = %q, want %q", tc.full, got, tc.want)
				}
			}
		})
	}
}

// TestIsPartyPair: a word of two or three hyphenated parties, whether named in
// countryAdjectives (the Philippines), countryWords or pairParties, is a pair; a hyphenated
// common word, one name alone, or four parties is not.
func TestIsPartyPair(t *testing.T) {
	for _, tc := range []struct {
		name, word string
		want       bool
	}{
		{name: "two parties", word: "japan-uk", want: true},
		{name: "a country of countryAdjectives only", word: "japan-philippines", want: true},
		{name: "three parties", word: "u.s.-japan-rok", want: true},
		{name: "a union of countries", word: "japan-nato", want: true},
		{name: "near miss: a hyphenated common word", word: "self-defense", want: false},
		{name: "near miss: one party and a common word", word: "japan-based", want: false},
		{name: "near miss: one name alone", word: "japan", want: false},
		{name: "near miss: four parties", word: "u.s.-japan-rok-australia", want: false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := isPartyPair(tc.word); got != tc.want {
				t.Errorf("isPartyPair(%q) = %v, want %v", tc.word, got, tc.want)
			}
		})
	}
}
