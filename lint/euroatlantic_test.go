package lint

import "testing"

// TestCombiningFormPlace: a place whose English is one hyphenated word with a combining
// form (Euro-Atlantic) is a glossary term of its own, 欧州・大西洋, so Europe is no
// separate term inside it; the longer term is still demanded, and a translation that
// drops it, or writes Europe for it, misses it.
func TestCombiningFormPlace(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct{ name, src, tgt, ja, en, want string }{
		{name: "ja → en: the hyphenated word", src: "ja", tgt: "en",
			ja: "両国は欧州・大西洋の安定が重要であると確認した。",
			en: "The two countries confirmed that stability in the Euro-Atlantic is important."},
		{name: "ja → en: without the middle dot, before a region's noun", src: "ja", tgt: "en",
			ja: "両国は欧州大西洋地域の安定を重視する。",
			en: "The two countries value stability in the Euro-Atlantic region."},
		{name: "en → ja", src: "en", tgt: "ja",
			ja: "我々は欧州・大西洋及びインド太平洋の平和を支持する。",
			en: "We support peace in the Euro-Atlantic and the Indo-Pacific."},
		{name: "near miss: Europe alone for the longer place", src: "ja", tgt: "en",
			ja:   "両国は欧州・大西洋の安定が重要であると確認した。",
			en:   "The two countries confirmed that stability in Europe is important.",
			want: "missing-term/euro-atlantic"},
		{name: "near miss: the place left out", src: "ja", tgt: "en",
			ja:   "両国は欧州・大西洋の安定が重要であると確認した。",
			en:   "The two countries confirmed that stability is important.",
			want: "missing-term/euro-atlantic"},
		{name: "near miss: Europe itself is still demanded", src: "ja", tgt: "en",
			ja:   "両国は欧州の安定が重要であると確認した。",
			en:   "The two countries confirmed that stability is important.",
			want: "missing-term/europe"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, g := tc.ja, tc.en
			if tc.src == "en" {
				s, g = tc.en, tc.ja
			}
			if got := rowFindings(t, l, tc.src, tc.tgt, s, g); got != tc.want {
				t.Errorf("findings %q, want %q", got, tc.want)
			}
		})
	}
}
