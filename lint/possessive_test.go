package lint

import "testing"

// TestObjectPossessive: a term whose last word is a preposition's object, followed by a
// possessive, owns a noun after it, which is the preposition's object instead ("support for
// Ukraine's sovereignty", "the network of alliances' strength"): not the term. The term
// alone, a capitalized name that takes the possessive as a whole, and a term with no
// preposition before its last word are still demanded.
func TestObjectPossessive(t *testing.T) {
	l := defaultLinter(t)
	runJaEn(t, l, []jaEnCase{
		{name: "support for the owner's noun", en: "We reiterate our support for Ukraine's sovereignty.", ja: "我々は、ウクライナの主権への支持を改めて表明する。", enja: true},
		{name: "defense of the owner's noun, curly apostrophe", en: "They discussed the defense of Japan’s remote islands.", ja: "彼らは我が国の島嶼部の防衛について議論した。", enja: true},
		{name: "a plural's apostrophe alone", en: "They praised the network of alliances' strength.", ja: "彼らは同盟の強さを称賛した。", enja: true},
		{name: "a plural's curly apostrophe alone", en: "They praised the network of alliances’ resilience.", ja: "彼らは同盟の強靱性を称賛した。", enja: true},
		{name: "near miss: a closing quote after a word not in -s", en: "They welcomed the 'defense of Japan' plan.", ja: "彼らは計画を歓迎した。", enja: true, want: "missing-term/defense-of-japan"},
		{name: "near miss: the term with no possessive", en: "We reiterate our support for Ukraine.", ja: "我々は、ウクライナの主権への支持を改めて表明する。", enja: true, want: "missing-term/support-for-ukraine"},
		{name: "near miss: a capitalized name's possessive", en: "They welcomed the Secretary of Defense's visit.", ja: "彼らは訪問を歓迎した。", enja: true, want: "missing-term/secretary-of-defense"},
		{name: "near miss: no preposition before the owner", en: "They praised the U.S.-Japan Alliance's strength.", ja: "彼らは強さを称賛した。", enja: true, want: "missing-term/japan-us-alliance"},
		{name: "near miss: a lowercase term with no preposition before the owner", en: "They discussed security and defense cooperation's future.", ja: "彼らは将来について議論した。", enja: true, want: "missing-term/security-and-defense-cooperation"},
	})
}
