package translit

import (
	"math"
	"strings"
	"testing"
)

// TestSimilarityDifferentLengths: when one skeleton is the other plus k consonants at the
// end (none of them an r, whose insertion is cheap), the distance is k and the score is
// 1 − k / length of the longer skeleton, whichever side is longer.
func TestSimilarityDifferentLengths(t *testing.T) {
	tests := []struct {
		name, ja, en string
	}{
		{name: "English longer by two", ja: "ゴールデン", en: "Golden Dome"},
		{name: "katakana longer by two", ja: "ゴールデンドーム", en: "Golden"},
		{name: "English longer by one", ja: "インセンティブ", en: "incentives"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, b := Skeleton(Romaji(tc.ja)), Skeleton(tc.en)
			short, long := a, b
			if len(short) > len(long) {
				short, long = long, short
			}
			if len(short) == len(long) || !strings.HasPrefix(long, short) || strings.Contains(long[len(short):], "r") {
				t.Fatalf("skeletons %q and %q: the case needs one to extend the other without r", a, b)
			}
			k := float64(len(long) - len(short))
			want := 1 - k/float64(len(long))
			if got := Similarity(tc.ja, tc.en); math.Abs(got-want) > 1e-9 {
				t.Errorf("Similarity(%q, %q) = %.4f, want 1 - %g/%d = %.4f", tc.ja, tc.en, got, k, len(long), want)
			}
		})
	}
}
