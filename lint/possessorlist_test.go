package lint

import "testing"

// TestPossessorListed: en → ja, a term XのY (日本の平和と安全) whose X the Japanese lists
// with other possessors before one の and Y renders "the peace and security of Japan, the
// region, …"; X apart from the list, another possessor alone, or the term dropped is
// still missing.
func TestPossessorListed(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct {
		name string
		rows []string // en<TAB>ja
		want string
	}{
		{name: "X first of three possessors",
			rows: []string{"The tests threaten the peace and security of Japan, the region and the world.\t実験は日本、地域、世界の平和と安全を脅かす。"}},
		{name: "X first, joined by 及び",
			rows: []string{"This serves the peace and security of Japan and the region.\tこれは日本及び地域の平和と安全に資する。"}},
		{name: "X inside the list",
			rows: []string{"It threatens the peace and security of Japan, the region and the world.\tそれはアジア、日本、地域、世界の平和と安全を脅かす。"}},
		{name: "near miss: another possessor alone",
			rows: []string{"It threatens the peace and security of Japan.\tそれは地域の平和と安全を脅かす。"},
			want: "missing-term/peace-and-security-of-japan"},
		{name: "near miss: X a clause's subject, not a possessor",
			rows: []string{"Japan seeks the peace and security of Japan and the region.\t日本が地域の平和と安全を求める。"},
			want: "missing-term/peace-and-security-of-japan"},
		{name: "near miss: X inside a longer word",
			rows: []string{"It threatens the peace and security of Japan, the region and the world.\t東日本、地域、世界の平和と安全を脅かす。"},
			want: "missing-term/peace-and-security-of-japan"},
		{name: "near miss: the term dropped",
			rows: []string{"It threatens the peace and security of Japan and the region.\tそれは日本と地域を脅かす。"},
			want: "missing-term/peace-and-security-of-japan"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if g := rowsFindings(t, l, "en", "ja", tc.rows); g != tc.want {
				t.Errorf("findings %q, want %q", g, tc.want)
			}
		})
	}
}

// TestPossessorItems: the gaps between X and の Y that possessorItems takes for a list.
func TestPossessorItems(t *testing.T) {
	for _, tc := range []struct {
		name string
		gap  string
		want bool
	}{
		{name: "two items", gap: "、地域、国際社会", want: true},
		{name: "及び", gap: "及び地域", want: true},
		{name: "Latin item", gap: "・ASEAN", want: true},
		{name: "near miss: empty", gap: ""},
		{name: "near miss: no coordinator", gap: "国、地域"},
		{name: "near miss: hiragana in an item", gap: "、地域における"},
		{name: "near miss: five items", gap: "、甲、乙、丙、丁、戊"},
		{name: "near miss: an item too long", gap: "、アジア太平洋経済協力会議加盟国"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := possessorItems(tc.gap); got != tc.want {
				t.Errorf("possessorItems(%q) = %v, want %v", tc.gap, got, tc.want)
			}
		})
	}
}
