package align

import "testing"

// TestCoversAcronym: an acronym of the English matches only a gloss that spells its
// letters, never a word it resembles once folded ("LAWS" is not "law").
func TestCoversAcronym(t *testing.T) {
	tests := []struct {
		name   string
		gloss  []string
		phrase string
		want   bool
	}{
		{name: "acronym is not a word", gloss: []string{"law"}, phrase: "LAWS", want: false},
		{name: "word in lower case", gloss: []string{"law"}, phrase: "laws", want: true},
		{name: "letters of the acronym", gloss: []string{"us"}, phrase: "U.S.", want: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			words, raw := enWords(tc.phrase)
			if len(words) != 1 {
				t.Fatalf("enWords(%q) = %v %v", tc.phrase, words, raw)
			}
			c := constituent{text: "X", words: tc.gloss}
			if got := covers(c, words[0], raw[0]); got != tc.want {
				t.Errorf("covers(%v, %q/%q) = %v, want %v", tc.gloss, words[0], raw[0], got, tc.want)
			}
		})
	}
}
