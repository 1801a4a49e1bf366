package lint

import "testing"

// TestOutsideArea: en → ja, a region after "outside" or "beyond" is rendered by 域外 or
// 圏外, which leaves the area to the context; the region in any other place, or a
// translation with neither 域外 nor the region, still needs the term.
func TestOutsideArea(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct {
		name string
		en   string
		ja   string
		want string
	}{
		{name: "outside",
			en: "Japan is the oldest partner of the Alliance outside Europe.", ja: "日本は同盟の域外で最も古いパートナー国である。"},
		{name: "beyond, with the article",
			en: "They work with partners beyond the Europe they defend.", ja: "彼らは域外のパートナー国と協力する。"},
		{name: "outside, said by 圏外",
			en: "Japan is the oldest partner of the Alliance outside Europe.", ja: "日本は同盟の圏外で最も古いパートナー国である。"},
		{name: "near miss: in the region",
			en: "Japan works with partners in Europe.", ja: "日本は域外のパートナー国と協力する。",
			want: "missing-term/europe"},
		{name: "near miss: outside, nothing of the area",
			en: "Japan is the oldest partner outside Europe.", ja: "日本は最も古いパートナー国である。",
			want: "missing-term/europe"},
		{name: "near miss: inside the area",
			en: "Japan works with partners inside Europe.", ja: "日本は域内のパートナー国と協力する。",
			want: "missing-term/europe"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if g := rowFindings(t, l, "en", "ja", tc.en, tc.ja); g != tc.want {
				t.Errorf("findings %q, want %q", g, tc.want)
			}
		})
	}
}
