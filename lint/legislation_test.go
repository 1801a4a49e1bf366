package lint

import "testing"

// TestSecurityLegislationNames: en → ja, "seamless security legislation" is rendered by
// the legislation's Japanese names, 安全保障法制 and 平和安全法制, short forms of the
// concept's term (a note where the document never writes the term in full, nothing where
// it does); a Japanese that names neither, or another legislation, still misses it.
func TestSecurityLegislationNames(t *testing.T) {
	l := defaultLinter(t)
	const en = "The United States welcomes Japan's seamless security legislation."
	for _, tc := range []struct {
		name string
		rows []string
		want string
	}{
		{name: "the short name alone: a note",
			rows: []string{en + "\t米国は、日本の安全保障法制を歓迎する。"},
			want: "info/short-form/seamless-security-legislation"},
		{name: "the legislation's own name alone: a note",
			rows: []string{en + "\t米国は、日本の平和安全法制を歓迎する。"},
			want: "info/short-form/seamless-security-legislation"},
		{name: "the short name after the term in full",
			rows: []string{en + "\t米国は、日本の切れ目のない安全保障法制を歓迎する。", en + "\t米国は、日本の安全保障法制を歓迎する。"}},
		{name: "near miss: another legislation",
			rows: []string{en + "\t米国は、日本の安全保障関連の法律を歓迎する。"},
			want: "error/missing-term/seamless-security-legislation"},
		{name: "omission: the legislation dropped",
			rows: []string{en + "\t米国は、日本の取組を歓迎する。"},
			want: "error/missing-term/seamless-security-legislation"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if g := rowsSeverities(t, l, "en", "ja", tc.rows); g != tc.want {
				t.Errorf("findings %q, want %q", g, tc.want)
			}
		})
	}
}
