package align

import "testing"

// TestPartialRivals: of two automatic renderings of one Japanese term, the one whose
// words stand whole inside the other's leaves out words the Japanese renders and falls to
// review; renderings that differ otherwise, a word that only begins another word, case
// alone, another Japanese term and a pair of the glossary keep their status.
func TestPartialRivals(t *testing.T) {
	type row struct {
		ja, en string
		known  bool
	}
	tests := []struct {
		name string
		rows []row
		want []string // the status of each row, in order
	}{
		{
			name: "the short name inside the long one",
			rows: []row{{ja: "日英研究協定", en: "Japan-UK Research Agreement"}, {ja: "日英研究協定", en: "Research Agreement"}},
			want: []string{Auto, Review},
		},
		{
			name: "near miss: two word orders, neither inside the other",
			rows: []row{{ja: "日英関係", en: "Japan-UK relations"}, {ja: "日英関係", en: "UK-Japan relations"}},
			want: []string{Auto, Auto},
		},
		{
			name: "near miss: a word that only begins a word of the other",
			rows: []row{{ja: "港湾施設", en: "port facilities"}, {ja: "港湾施設", en: "port facility"}},
			want: []string{Auto, Auto},
		},
		{
			name: "near miss: the same English but for case",
			rows: []row{{ja: "研究協定", en: "Research Agreement"}, {ja: "研究協定", en: "research agreement"}},
			want: []string{Auto, Auto},
		},
		{
			name: "near miss: the longer English belongs to another Japanese term",
			rows: []row{{ja: "日英研究協定", en: "Japan-UK Research Agreement"}, {ja: "研究協定", en: "Research Agreement"}},
			want: []string{Auto, Auto},
		},
		{
			name: "near miss: the shorter rendering is the glossary's",
			rows: []row{{ja: "日英研究協定", en: "Japan-UK Research Agreement"}, {ja: "日英研究協定", en: "Research Agreement", known: true}},
			want: []string{Auto, Auto},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out []Pair
			for _, r := range tc.rows {
				out = append(out, Pair{JA: r.ja, EN: r.en, Score: 0.96, Status: Auto, Known: r.known})
			}
			partialRivals(out)
			for i, p := range out {
				if p.Status != tc.want[i] {
					t.Errorf("%s = %s: status %s, want %s", p.JA, p.EN, p.Status, tc.want[i])
				}
				if p.Status == Review && p.Score > 0.85 {
					t.Errorf("%s = %s: score %.2f above review", p.JA, p.EN, p.Score)
				}
			}
		})
	}
}
