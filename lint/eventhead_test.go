package lint

import "testing"

// TestEventByHead: ja → en, a term that names the meeting a text reports (「2+2」閣僚会合)
// where the English says "the Meeting", or "the" and the head of the concept's own English
// (the Council of the National Security Council), is a note where the English names the
// concept in another segment or the Japanese title names it; where neither does, where the
// Japanese names no meeting, where the English has no "the" and the head noun of a meeting
// or of the concept, or where the term is dropped altogether, the term is still missing.
func TestEventByHead(t *testing.T) {
	l := defaultLinter(t)
	const named = "本日、「2+2」閣僚会合が開催された。\tToday the \"2+2\" was held."
	const titled = "日米「2+2」閣僚会合の開催\tHolding of a Ministerial Meeting"
	const nsc = "本日、国家安全保障会議が開催された。\tToday the National Security Council met."
	const other = "本日、閣僚が東京に集まった。\tToday the ministers met in Tokyo."
	for _, tc := range []struct {
		name string
		rows []string
		want string
	}{
		{name: "the Meeting, the English naming it before",
			rows: []string{named, "「2+2」閣僚会合では、抑止について議論した。\tAt the Meeting, the ministers discussed deterrence."},
			want: "info/missing-term/two-plus-two"},
		{name: "the meeting in lowercase, the Japanese title naming it",
			rows: []string{titled, "「2+2」閣僚会合では、抑止について議論した。\tAt the meeting, the ministers discussed deterrence."},
			want: "info/missing-term/two-plus-two info/missing-term/two-plus-two"}, // the title row is a heading on both sides
		{name: "the Council, the head of the concept's English and no meeting's noun",
			rows: []string{nsc, "国家安全保障会議では、抑止について議論した。\tAt the Council, the ministers discussed deterrence."},
			want: "info/missing-term/national-security-council"},
		{name: "near miss: the head of no English of the concept",
			rows: []string{nsc, "国家安全保障会議では、抑止について議論した。\tAt the Agency, the ministers discussed deterrence."},
			want: "error/missing-term/national-security-council"},
		{name: "near miss: neither the English nor the title names it",
			rows: []string{other, "「2+2」閣僚会合では、抑止について議論した。\tAt the Meeting, the ministers discussed deterrence."},
			want: "error/missing-term/two-plus-two"},
		{name: "near miss: no meeting in the Japanese",
			rows: []string{named, "「2+2」の枠組みで、抑止について議論した。\tIn the Meeting's framework, the ministers discussed deterrence."},
			want: "error/missing-term/two-plus-two"},
		{name: "near miss: no definite article and head noun in the English",
			rows: []string{named, "「2+2」閣僚会合では、抑止について議論した。\tAt a meeting, the ministers discussed deterrence."},
			want: "error/missing-term/two-plus-two"},
		{name: "omission: the meeting dropped",
			rows: []string{named, "「2+2」閣僚会合では、抑止について議論した。\tThe ministers discussed deterrence."},
			want: "error/missing-term/two-plus-two"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if g := rowsSeverities(t, l, "ja", "en", tc.rows); g != tc.want {
				t.Errorf("findings %q, want %q", g, tc.want)
			}
		})
	}
}
