package lint

import "testing"

// TestCountedPost: ja → en, a post with no field in its title after a count of its
// holders' countries (両国首相, 両首相, 日英首相, 三か国首相) is rendered by the plural noun of
// its kind ("the leaders of the two countries"); the singular, another kind's noun, or
// the post without a count before it is still missing.
func TestCountedPost(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct{ name, ja, en, want string }{
		{name: "both countries",
			ja: "会合は昨年の両国首相による合意に基づく。",
			en: "The meeting builds on last year's agreement by the leaders of the two countries."},
		{name: "both, alone",
			ja: "両首相は協力を深めることで一致した。",
			en: "Both leaders agreed to deepen cooperation."},
		{name: "country initials",
			ja: "日英首相は共同声明を発出した。",
			en: "The Japanese and British leaders issued a joint statement."},
		{name: "three countries, heads",
			ja: "三か国首相は会談を行った。",
			en: "The heads of the three countries held a meeting."},
		{name: "near miss: the singular",
			ja:   "会合は昨年の両国首相による合意に基づく。",
			en:   "The meeting builds on last year's agreement by the leader of the country.",
			want: "missing-term/prime-minister"},
		{name: "near miss: no count before the post",
			ja:   "会合は昨年の首相による合意に基づく。",
			en:   "The meeting builds on last year's agreement by the leaders.",
			want: "missing-term/prime-minister"},
		{name: "near miss: another kind's noun",
			ja:   "会合は昨年の両国首相による合意に基づく。",
			en:   "The meeting builds on last year's agreement by the ministers of the two countries.",
			want: "missing-term/prime-minister"},
		{name: "near miss: a post with a field needs its field",
			ja:   "両国防衛大臣は会談を行った。",
			en:   "The ministers of the two countries held a meeting.",
			want: "missing-term/minister-of-defense"},
		{name: "near miss: the post left out",
			ja:   "会合は昨年の両国首相による合意に基づく。",
			en:   "The meeting builds on last year's agreement between the two countries.",
			want: "missing-term/prime-minister"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := rowFindings(t, l, "ja", "en", tc.ja, tc.en); got != tc.want {
				t.Errorf("findings %q, want %q", got, tc.want)
			}
		})
	}
}
