package lint

import (
	"slices"
	"strings"
	"testing"
)

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
		{name: "X among five possessors",
			rows: []string{"It threatens the peace and security of Japan and four others.\t日本、甲、乙、丙、丁の平和と安全を脅かす。"}},
		{name: "near miss: X among six possessors",
			rows: []string{"It threatens the peace and security of Japan and five others.\t日本、甲、乙、丙、丁、戊の平和と安全を脅かす。"},
			want: "missing-term/peace-and-security-of-japan"},
		{name: "near miss: hiragana inside the list",
			rows: []string{"It threatens the peace and security of Japan and the region.\t日本、地域における国々の平和と安全を脅かす。"},
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

// TestJaListsAt: the lists jaListsAt finds and the offset where each ends.
func TestJaListsAt(t *testing.T) {
	for _, tc := range []struct {
		name  string
		text  string
		lists string // items joined by "|", lists by " "
		ends  []int
	}{
		{name: "before の", text: "日本、地域の平和", lists: "日本|地域", ends: []int{len("日本、地域")}},
		{name: "及び, at the text's end", text: "それは日本及び地域", lists: "日本|地域", ends: []int{len("それは日本及び地域")}},
		{name: "two lists", text: "甲と乙を丙・丁に", lists: "甲|乙 丙|丁", ends: []int{len("甲と乙"), len("甲と乙を丙・丁")}},
		{name: "near miss: a disjunctive list", text: "日本又は地域の平和"},
		{name: "near miss: a separator last", text: "日本、地域、の平和"},
		{name: "near miss: an item too long", text: "日本、アジア太平洋経済協力会議加盟国の"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lists, ends := jaListsAt(tc.text)
			var got []string
			for _, items := range lists {
				got = append(got, strings.Join(items, "|"))
			}
			if g := strings.Join(got, " "); g != tc.lists || !slices.Equal(ends, tc.ends) {
				t.Errorf("jaListsAt(%q) = %q %v, want %q %v", tc.text, g, ends, tc.lists, tc.ends)
			}
		})
	}
}
