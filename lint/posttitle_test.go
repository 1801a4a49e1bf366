package lint

import "testing"

// TestPostByTitle: ja → en, the body or country written before a post's title
// (ストルテンベルグNATO事務総長, 韓国大統領) where the English refers to the post by its title
// with "the" ("the Secretary General", "the President") is no finding where the English
// names the body or country in a segment before, a note where it names it only after, and
// an error where it never does; a title that
// says whose post it is with "of", another post's title, or the body dropped with no title
// is still an error.
func TestPostByTitle(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct {
		name string
		rows []string // ja<TAB>en
		want string
	}{
		{name: "kept as written, named in full before: the title refers back",
			rows: []string{"ストルテンベルグNATO事務総長が来日した。\tNATO Secretary General Stoltenberg visited Japan.",
				"総理はストルテンベルグNATO事務総長と会談した。\tThe Prime Minister met the Secretary General Stoltenberg."}},
		{name: "a country before the title, named before",
			rows: []string{"韓国大統領が来日した。\tThe President of the Republic of Korea visited Japan.",
				"総理は韓国大統領の訪日を歓迎した。\tThe Prime Minister welcomed the President's visit."}},
		{name: "named only after the title: a note",
			rows: []string{"総理はNATO事務総長と会談した。\tThe Prime Minister met the Secretary General.",
				"NATOと協力する。\tWe work with NATO."},
			want: "info/do-not-translate/nato"},
		{name: "a country named only after the title: a note",
			rows: []string{"総理は韓国大統領の訪日を歓迎した。\tThe Prime Minister welcomed the President's visit.",
				"韓国と協力する。\tWe work with the Republic of Korea."},
			want: "info/missing-term/south-korea"},
		{name: "the holder's name between the body and the title",
			rows: []string{"NATOと協力する。\tWe work with NATO.",
				"総理はNATOのイェンス・ストルテンベルグ事務総長と会談した。\tThe Prime Minister met the Secretary General."}},
		{name: "near miss: a prefix that makes another post",
			rows: []string{"NATOと協力する。\tWe work with NATO.",
				"総理はNATOの副事務総長と会談した。\tThe Prime Minister met the Secretary General."},
			want: "error/do-not-translate/nato"},
		{name: "near miss: never named in the English",
			rows: []string{"総理はNATO事務総長と会談した。\tThe Prime Minister met the Secretary General."},
			want: "error/do-not-translate/nato"},
		{name: "near miss: the title says another body's post",
			rows: []string{"NATOと協力する。\tWe work with NATO.",
				"総理はNATO事務総長と会談した。\tThe Prime Minister met the Secretary General of the United Nations."},
			want: "error/do-not-translate/nato"},
		{name: "near miss: a short title inside a longer one, with for and a name",
			rows: []string{"韓国と協力する。\tWe work with the Republic of Korea.",
				"総理は韓国外相と会談した。\tThe Prime Minister met the Minister for Foreign Affairs of France."},
			want: "error/missing-term/south-korea"},
		{name: "near miss: a short title inside a longer one, with a title word",
			rows: []string{"韓国と協力する。\tWe work with the Republic of Korea.",
				"総理は韓国外相と会談した。\tThe Prime Minister met the Secretary General."},
			want: "error/missing-term/south-korea"},
		{name: "a title by its portfolio with for, named before",
			rows: []string{"韓国と協力する。\tWe work with the Republic of Korea.",
				"総理は韓国外相と会談した。\tThe Prime Minister met the Minister for the first time."}},
		{name: "near miss: another post's title",
			rows: []string{"NATOと協力する。\tWe work with NATO.",
				"総理はNATO事務総長と会談した。\tThe Prime Minister met the President."},
			want: "error/do-not-translate/nato"},
		{name: "near miss: no post after the body",
			rows: []string{"NATOと協力する。\tWe work with NATO.",
				"総理はNATOの重要性を述べた。\tThe Prime Minister stressed the importance of the Secretary General."},
			want: "error/do-not-translate/nato"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if g := rowsSeverities(t, l, "ja", "en", tc.rows); g != tc.want {
				t.Errorf("findings %q, want %q", g, tc.want)
			}
		})
	}
}
