package lint

import "testing"

// TestForeignMinisterShortTitle: en → ja, 外相, the usual short title of 外務大臣, renders
// the Minister for Foreign Affairs, in the name of a meeting too (外相会合: "Foreign
// Ministers' Meeting"), and one translation may name the minister by both titles; the
// ministry, or a minister of another field, is still missing. A short form is no term a
// Japanese source demands (両外相 is "the two ministers"): 外務大臣 still is.
func TestForeignMinisterShortTitle(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct {
		name     string
		src, tgt string
		rows     []string // source<TAB>target
		want     string
	}{
		{name: "en → ja: a meeting's name", src: "en", tgt: "ja",
			rows: []string{"The Foreign Ministers' Meeting of the Dialogue was held in Tokyo.\t東京で対話の外相会合が開催された。"}},
		{name: "en → ja: full and short title in one document", src: "en", tgt: "ja",
			rows: []string{"Minister for Foreign Affairs Hayashi attended.\t林外務大臣が出席した。",
				"The Foreign Ministers' Meeting was held.\t外相会合が開催された。",
				"The Foreign Ministers' Meeting ended.\t外相会合が終了した。"}},
		{name: "near miss: en → ja: the ministry", src: "en", tgt: "ja",
			rows: []string{"The Foreign Ministers' Meeting was held.\t外務省の会合が開催された。"},
			want: "missing-term/minister-for-foreign-affairs"},
		{name: "near miss: en → ja: another minister's short title", src: "en", tgt: "ja",
			rows: []string{"The Foreign Ministers' Meeting was held.\t防衛相会合が開催された。"},
			want: "missing-term/minister-for-foreign-affairs"},
		{name: "ja → en: the full title is still demanded", src: "ja", tgt: "en",
			rows: []string{"林外務大臣が出席した。\tThe head of the Foreign Ministry attended."},
			want: "missing-term/minister-for-foreign-affairs"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if g := rowsFindings(t, l, tc.src, tc.tgt, tc.rows); g != tc.want {
				t.Errorf("findings %q, want %q", g, tc.want)
			}
		})
	}
}
