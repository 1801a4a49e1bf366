package lint

import "testing"

// TestPairLeftToCollective: en → ja, one of two parties that the English names as the
// subject of a clause ("that Japan and the ROK will") is left to the Japanese collective
// noun for the two (両大臣) where the Japanese document has named the party before; where
// it never has, where the clause has no collective noun, or where the pair is no
// subject, the term is still missing.
func TestPairLeftToCollective(t *testing.T) {
	l := defaultLinter(t)
	const (
		named  = "The minister met the Foreign Minister of the ROK.\t外務大臣は韓国の外務大臣と会談した。"
		other  = "The minister met the Foreign Minister.\t外務大臣は外務大臣と会談した。"
		pair   = "The two ministers reaffirmed that Japan and the ROK will maximize pressure."
		pairJa = "両大臣は、圧力を最大限まで高めるべきことを改めて確認した。"
	)
	for _, tc := range []struct {
		name string
		rows []string
		want string
	}{
		{name: "the pair after that, named before", rows: []string{named, pair + "\t" + pairJa}},
		{name: "the term first, at the sentence's start", rows: []string{named, "The ROK and Japan should maximize pressure, the two ministers said.\t両大臣は、圧力を最大限まで高めるべきと述べた。"}},
		{name: "a plain verb after the pair", rows: []string{named, "The two ministers said that Japan and the ROK share the goal.\t両大臣は、目標を共有していると述べた。"}},
		{name: "named only after it", rows: []string{pair + "\t" + pairJa, named}, want: "info/missing-term/south-korea"},
		{name: "omission: never named", rows: []string{other, pair + "\t" + pairJa}, want: "error/missing-term/south-korea"},
		{name: "near miss: no collective noun", rows: []string{named, pair + "\t外務大臣は、圧力を最大限まで高めるべきことを改めて確認した。"}, want: "error/missing-term/south-korea"},
		{name: "near miss: the pair is an object", rows: []string{named, "The two ministers urged Japan and the ROK to maximize pressure.\t両大臣は、圧力を最大限まで高めるよう求めた。"}, want: "error/missing-term/south-korea"},
		{name: "near miss: the party alone", rows: []string{named, "The two ministers reaffirmed that the ROK will maximize pressure.\t両大臣は、圧力を最大限まで高めるべきことを改めて確認した。"}, want: "error/missing-term/south-korea"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := rowsSeverities(t, l, "en", "ja", tc.rows); got != tc.want {
				t.Errorf("findings %q, want %q", got, tc.want)
			}
		})
	}
}
