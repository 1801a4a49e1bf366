package lint

import "testing"

// TestTitleHolder: en → ja, the title of one office written by each person's country's
// convention (岸田総理大臣, アルバニージー首相) is no inconsistency; one person titled two
// ways, or two full titles without names, still is (two short forms of one full title
// without names are one rendering: TestShortFormsOfOneFullForm).
func TestTitleHolder(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct {
		name string
		rows []string // en<TAB>ja
		want string
	}{
		{name: "two holders, each titled one way",
			rows: []string{"Prime Minister Suzuki met Prime Minister Smith.\t鈴木総理大臣は、スミス首相と会談した。", "Prime Minister Smith welcomed him.\tスミス首相は歓迎した。", "Prime Minister Suzuki thanked him.\t鈴木総理大臣は謝意を表した。", "Prime Minister Smith agreed.\tスミス首相は同意した。"}},
		{name: "near miss: one holder titled two ways",
			rows: []string{"Prime Minister Suzuki spoke.\t鈴木総理大臣は述べた。", "Prime Minister Suzuki agreed.\t鈴木首相は同意した。", "Prime Minister Suzuki left.\t鈴木首相は出発した。"},
			want: "inconsistent-term/prime-minister"},
		{name: "near miss: no names, two full titles",
			rows: []string{"The Prime Minister spoke.\t内閣総理大臣は述べた。", "The Prime Minister agreed.\t日本国総理大臣は同意した。", "The Prime Minister left.\t日本国総理大臣は出発した。"},
			want: "inconsistent-term/prime-minister"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if g := rowsFindings(t, l, "en", "ja", tc.rows); g != tc.want {
				t.Errorf("findings %q, want %q", g, tc.want)
			}
		})
	}
}
