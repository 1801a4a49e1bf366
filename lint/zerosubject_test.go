package lint

import "testing"

// TestSubjectLeftOut: en → ja, an English name that is its sentence's subject ("The SCC
// approved…") with no counterpart in a passive Japanese sentence that states no agent
// (…が承認された) is a note where the Japanese document names the concept in another
// segment; where it never does, where the Japanese states an agent or is active, or where
// the English name is no subject, the term is still missing.
func TestSubjectLeftOut(t *testing.T) {
	l := defaultLinter(t)
	const title = "Joint Statement of the Security Consultative Committee\t安全保障協議委員会共同発表"
	const en = "The SCC approved the new plan for the realignment."
	for _, tc := range []struct {
		name string
		rows []string
		want string
	}{
		{name: "a passive with no agent, the committee named in the title",
			rows: []string{title, en + "\t再編のための新たな計画が承認された。"},
			want: "info/missing-term/security-consultative-committee"},
		{name: "the full name as the subject, a passive in the polite form",
			rows: []string{title, "The Security Consultative Committee also confirmed the schedule.\t日程も確認されました。"},
			want: "info/missing-term/security-consultative-committee"},
		{name: "near miss: the Japanese never names the committee",
			rows: []string{en + "\t再編のための新たな計画が承認された。"},
			want: "error/missing-term/security-consultative-committee"},
		{name: "near miss: another agent stated",
			rows: []string{title, en + "\t再編のための新たな計画が閣議によって承認された。"},
			want: "error/missing-term/security-consultative-committee"},
		{name: "near miss: an active sentence with another subject",
			rows: []string{title, en + "\t政府は再編のための新たな計画を承認した。"},
			want: "error/missing-term/security-consultative-committee"},
		{name: "near miss: the name is no subject",
			rows: []string{title, "The ministers approved the plan of the SCC.\t計画が承認された。"},
			want: "error/missing-term/security-consultative-committee"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if g := rowsSeverities(t, l, "en", "ja", tc.rows); g != tc.want {
				t.Errorf("findings %q, want %q", g, tc.want)
			}
		})
	}
}
