package align

import (
	"strings"
	"testing"

	"github.com/glossterm/gloss/internal/lexicon"
)

// TestInfinitiveEnd: a span ending in "to" and a word that is no noun ends in a clause of
// purpose; "to" before a noun or a name is a preposition.
func TestInfinitiveEnd(t *testing.T) {
	nouns := map[string]bool{"japan": true, "normalcy": true, "dialogue": true}
	isNoun := func(w string) bool { return nouns[w] }
	tests := []struct {
		name, en string
		want     bool
	}{
		{name: "an infinitive", en: "security dialogue to discuss", want: true},
		{name: "a preposition before a noun", en: "return to normalcy", want: false},
		{name: "a preposition before a name", en: "visit to Egypt", want: false},
		{name: "no to", en: "security dialogue", want: false},
	}
	for _, tc := range tests {
		if got := infinitiveEnd(tc.en, isNoun); got != tc.want {
			t.Errorf("%s: infinitiveEnd(%q) = %v, want %v", tc.name, tc.en, got, tc.want)
		}
	}
}

// TestInfinitiveAfterTerm: the English of a term without a verb stops before an infinitive
// that follows it in the segment.
func TestInfinitiveAfterTerm(t *testing.T) {
	if InstalledWordNet() == "" {
		t.Skip("WordNet is not installed")
	}
	dict := map[string]string{"安全": "safety/security", "保障": "guarantee", "政治": "politics", "対話": "dialogue", "両国": "both countries", "地域情勢": "regional situation", "協議": "discussion/consultation", "強化": "strengthening", "訪問": "visit", "日本": "Japan"}
	load := func(lx *lexicon.Lexicon, _ map[string]bool) (int, error) {
		for j, e := range dict {
			for _, g := range strings.Split(e, "/") {
				lx.Add(j, g, "edict")
			}
		}
		return len(dict), nil
	}
	tests := []struct {
		name, ja, en, wantJA, wantEN, notEN string
	}{
		{name: "the term stops before the infinitive", ja: "両国は地域情勢を協議する政治・安全保障対話を強化する。",
			en: "The two countries strengthen political and security dialogue to discuss the regional situation.", wantJA: "政治・安全保障対話", notEN: "political and security dialogue to discuss"},
		{name: "a preposition stays", ja: "両国は日本への訪問を歓迎した。",
			en: "The two countries welcomed the visit to Japan.", wantJA: "日本への訪問", wantEN: "visit to Japan"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var ps []Pair
			for _, p := range runPairsWith(t, Options{EDICT: load, WordNet: InstalledWordNet()}, tc.ja, tc.en) {
				if p.JA == tc.wantJA {
					ps = append(ps, p)
				}
			}
			checkRendering(t, ps, tc.wantJA, tc.wantEN, tc.notEN)
		})
	}
}
