package lint

import "testing"

// TestNominalClause: ja → en, an English term of a derived noun and an adjective
// ("fundamental reinforcement of defense capabilities") written as the clause of its verb
// and adverb renders the term; a clause without one of its words, with another word of
// content among them, or across a clause's punctuation does not.
func TestNominalClause(t *testing.T) {
	l := defaultLinter(t)
	const ja = "我が国は防衛力の抜本的強化を進める。"
	for _, tc := range []struct{ name, en, want string }{
		{name: "verb and adverb", en: "Japan will fundamentally reinforce its defense capabilities."},
		{name: "the adverb after the clause", en: "Japan will reinforce its defense capabilities fundamentally."},
		{name: "near miss: no adverb", en: "Japan will reinforce its defense capabilities.", want: "missing-term/fundamental-reinforcement-of-defense-capabilities"},
		{name: "near miss: another verb", en: "Japan will fundamentally review its defense capabilities.", want: "missing-term/fundamental-reinforcement-of-defense-capabilities"},
		{name: "near miss: another word of content among them", en: "Japan will fundamentally reinforce its cyber defense capabilities.", want: "missing-term/fundamental-reinforcement-of-defense-capabilities"},
		{name: "near miss: across a clause's punctuation", en: "Fundamentally, Japan will reinforce its defense capabilities.", want: "missing-term/fundamental-reinforcement-of-defense-capabilities"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := rowFindings(t, l, "ja", "en", ja, tc.en); got != tc.want {
				t.Errorf("findings %q, want %q", got, tc.want)
			}
		})
	}
}
