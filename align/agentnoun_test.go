package align

import (
	"testing"

	"github.com/glossterm/gloss/internal/lexicon"
)

func TestGlossWord(t *testing.T) {
	tests := []struct {
		name, gloss, word string
		want              bool
	}{
		{name: "a post is not its ministry", gloss: "ministry", word: "Minister", want: false},
		{name: "nor the ministry its post", gloss: "minister", word: "Ministry", want: false},
		{name: "a plural is its noun", gloss: "minister", word: "Ministers", want: true},
		{name: "a doubled r is an inflection", gloss: "deter", word: "deterred", want: true},
		{name: "a derived noun is its root", gloss: "deterrent", word: "deterrence", want: true},
		{name: "a noun is not its verb in -en", gloss: "strength", word: "strengthened", want: false},
		{name: "nor the verb its noun", gloss: "threaten", word: "threat", want: false},
		{name: "near miss: a noun's plural", gloss: "strength", word: "strengths", want: true},
	}
	for _, tc := range tests {
		if got := glossWord(lexicon.Norm(tc.gloss), lexicon.Norm(lexicon.Words(tc.word)[0])); got != tc.want {
			t.Errorf("%s: glossWord(%q, %q) = %v, want %v", tc.name, tc.gloss, tc.word, got, tc.want)
		}
	}
}

// TestMinistryNotMinister: the ministry, one lexicon word, is not paired with its
// minister's post written in the same sentence, and still with its own name.
func TestMinistryNotMinister(t *testing.T) {
	dict := map[string]string{"防衛省": "Ministry of Defense", "防衛大臣": "Minister of Defense", "会談": "talks"}
	const ja = "防衛大臣は防衛省で会談を行った。"
	tests := []struct {
		name, en, want string
	}{
		{name: "the ministry named", en: "The Minister of Defense held talks at the Ministry of Defense.", want: "Ministry of Defense"},
		{name: "near miss: only the post named", en: "The Minister of Defense held talks at the MOD."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			found := false
			for _, p := range designationPairs(t, "bitext", ja, tc.en, "防衛省", dict) {
				if p.EN == "Minister of Defense" {
					t.Errorf("防衛省 = %q (%s): the post is not the ministry", p.EN, p.Status)
				}
				found = found || p.EN == tc.want
			}
			if tc.want != "" && !found {
				t.Errorf("防衛省: no proposal %q", tc.want)
			}
		})
	}
}
