package lint

import "testing"

// TestBetweenPartiesAttributive: en → ja, "bilateral cooperation" is rendered by the
// parties' initials and 間 with any particle that makes 間 modify a noun (の, での,
// における) before 協力 or its admitted synonym 連携; without 間, with another head, or
// with no parties the term is still missing.
func TestBetweenPartiesAttributive(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct{ name, src, tgt, s, g, want string }{
		{name: "間での and 連携", src: "en", tgt: "ja",
			s: "The ministers agreed to deepen bilateral cooperation.",
			g: "両大臣は日英間での連携を深めることで一致した。"},
		{name: "間における and 協力", src: "en", tgt: "ja",
			s: "The ministers agreed to deepen bilateral cooperation.",
			g: "両大臣は日豪間における協力を深めることで一致した。"},
		{name: "ja → en: 二国間連携", src: "ja", tgt: "en",
			s: "両大臣は二国間連携を深めることで一致した。",
			g: "The ministers agreed to deepen bilateral cooperation."},
		{name: "near miss: での without 間", src: "en", tgt: "ja",
			s:    "The ministers agreed to deepen bilateral cooperation.",
			g:    "両大臣は日英での連携を深めることで一致した。",
			want: "missing-term/bilateral-cooperation"},
		{name: "near miss: another head", src: "en", tgt: "ja",
			s:    "The ministers agreed to deepen bilateral cooperation.",
			g:    "両大臣は日英間での交流を深めることで一致した。",
			want: "missing-term/bilateral-cooperation"},
		{name: "near miss: no parties", src: "en", tgt: "ja",
			s:    "The ministers agreed to deepen bilateral cooperation.",
			g:    "両大臣は連携を深めることで一致した。",
			want: "missing-term/bilateral-cooperation"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := rowFindings(t, l, tc.src, tc.tgt, tc.s, tc.g); got != tc.want {
				t.Errorf("findings %q, want %q", got, tc.want)
			}
		})
	}
}
