package lint

import "testing"

// TestShortFormsOfOneFullForm: the short forms one fuller term declares (総理大臣 and 首相
// of 内閣総理大臣) are one rendering in the consistency check, whether or not the
// document uses the fuller term; two fuller terms of the concept are still two renderings.
func TestShortFormsOfOneFullForm(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct {
		name string
		rows []string
		want string
	}{
		{name: "two short forms, no full form",
			rows: []string{
				"The Prime Minister welcomed the delegation.\t総理大臣は代表団を歓迎した。",
				"The Prime Minister expressed thanks to Japan.\t首相は日本に謝意を表した。",
				"The Prime Minister spoke of the economy.\t総理大臣は経済について述べた。",
			}},
		{name: "the full form and both short forms",
			rows: []string{
				"The Prime Minister welcomed the delegation.\t内閣総理大臣は代表団を歓迎した。",
				"The Prime Minister expressed thanks to Japan.\t首相は日本に謝意を表した。",
				"The Prime Minister spoke of the economy.\t総理大臣は経済について述べた。",
			}},
		{name: "near miss: two full forms",
			rows: []string{
				"The Prime Minister welcomed the delegation.\t内閣総理大臣は代表団を歓迎した。",
				"The Prime Minister expressed thanks to Japan.\t日本国総理大臣は日本に謝意を表した。",
				"The Prime Minister spoke of the economy.\t内閣総理大臣は経済について述べた。",
			},
			want: "inconsistent-term/prime-minister"},
		{name: "omission: the post left out",
			rows: []string{
				"The Prime Minister welcomed the delegation.\t総理大臣は代表団を歓迎した。",
				"The Prime Minister expressed thanks to Japan.\t同氏は日本に謝意を表した。",
			},
			want: "missing-term/prime-minister"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := rowsFindings(t, l, "en", "ja", tc.rows); got != tc.want {
				t.Errorf("findings %q, want %q", got, tc.want)
			}
		})
	}
}
