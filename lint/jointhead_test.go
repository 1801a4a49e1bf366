package lint

import "testing"

// TestJointByParties: ja → en, 共同訓練 is rendered by "exercises" after another word that
// says the parties do it together, or alone where the translation names the parties as a
// hyphenated pair; "exercises" alone without the parties named, the pair without the
// exercises, or the term dropped still leave it missing.
func TestJointByParties(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct{ name, ja, en, want string }{
		{name: "trilateral exercises",
			ja: "三者は、共同訓練の実施を歓迎した。", en: "The three welcomed the trilateral exercises."},
		{name: "a trilateral exercise, the singular",
			ja: "三者は、共同訓練の実施を歓迎した。", en: "The three welcomed a trilateral exercise."},
		{name: "combined training",
			ja: "両者は、共同訓練の実施を歓迎した。", en: "The two welcomed combined training."},
		{name: "the parties named as a pair, exercises alone",
			ja: "両者は、日英の防衛協力や共同訓練の進展を歓迎した。", en: "The two welcomed Japan-UK defense cooperation and the related exercises."},
		{name: "near miss: exercises alone, no parties named",
			ja: "両者は、共同訓練の実施を歓迎した。", en: "The two welcomed the exercises.", want: "missing-term/joint-exercises"},
		{name: "near miss: the pair named, no exercises",
			ja: "両者は、日英の防衛協力や共同訓練の進展を歓迎した。", en: "The two welcomed Japan-UK defense cooperation.", want: "missing-term/joint-exercises"},
		{name: "near miss: another word containing the head",
			ja: "両者は、共同訓練の実施を歓迎した。", en: "The two welcomed joint exercisers.", want: "missing-term/joint-exercises"},
		{name: "the parties named as a trio for a trilateral term",
			ja: "三者は、三か国の安全保障協力を歓迎した。", en: "The three welcomed Japan-U.S.-ROK security cooperation."},
		{name: "near miss: another count for a trilateral term",
			ja: "三者は、三か国の安全保障協力を歓迎した。", en: "The three welcomed bilateral security cooperation.", want: "missing-term/trilateral-security-cooperation"},
		{name: "near miss: a pair of two for a trilateral term",
			ja: "三者は、三か国の安全保障協力を歓迎した。", en: "The three welcomed Japan-U.S. security cooperation.", want: "missing-term/trilateral-security-cooperation"},
		{name: "near miss: the parties named for a combined system",
			ja: "両者は、連合防衛体制の強化を確認した。", en: "The two confirmed the strengthening of the U.S.-ROK defense system.", want: "missing-term/combined-defense-system"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if g := rowFindings(t, l, "ja", "en", tc.ja, tc.en); g != tc.want {
				t.Errorf("findings %q, want %q", g, tc.want)
			}
		})
	}
}
