package lint

import "testing"

// TestArgumentLeftOut: en → ja with the default glossary, an English name that possesses
// a noun or is the object of an aiming preposition is left to the context by Japanese once
// the text has named it: no finding where the Japanese names it in a segment before, a
// note where only after, an error where never. A name in another role (the subject, a
// verb's object, after another preposition) is still demanded.
func TestArgumentLeftOut(t *testing.T) {
	l := defaultLinter(t)
	const named = "North Korea conducted a nuclear test.\t北朝鮮は核実験を行った。"
	for _, tc := range []struct {
		name string
		rows []string
		want string
	}{
		{name: "a possessor, named before",
			rows: []string{named, "Japan condemns North Korea's repeated provocations.\t我が国は度重なる挑発を非難する。"}},
		{name: "a curly possessive, named before",
			rows: []string{named, "Japan condemns North Korea’s repeated provocations.\t我が国は度重なる挑発を非難する。"}},
		{name: "pressure on it, named before",
			rows: []string{named, "Japan will increase pressure on North Korea.\t我が国は圧力を強化する。"}},
		{name: "a possessor, named only after",
			rows: []string{"Japan condemns North Korea's repeated provocations.\t我が国は度重なる挑発を非難する。", named},
			want: "info/missing-term/north-korea"},
		{name: "near miss: a possessor, never named",
			rows: []string{"Japan condemns North Korea's repeated provocations.\t我が国は度重なる挑発を非難する。"},
			want: "error/missing-term/north-korea"},
		{name: "near miss: the subject",
			rows: []string{named, "North Korea must take concrete measures.\t具体的な措置をとらなければならない。"},
			want: "error/missing-term/north-korea"},
		{name: "near miss: a verb's object",
			rows: []string{named, "Japan urges North Korea to comply.\t我が国は遵守を強く求める。"},
			want: "error/missing-term/north-korea"},
		{name: "near miss: another preposition",
			rows: []string{named, "Japan will cooperate with North Korea.\t我が国は協力する。"},
			want: "error/missing-term/north-korea"},
		{name: "sanctions on it, named before",
			rows: []string{named, "Japan will impose sanctions on North Korea.\t我が国は制裁を科す。"}},
		{name: "measures imposed on it, named before",
			rows: []string{named, "Japan will strictly implement the measures imposed on North Korea.\t我が国は科された措置を厳格に実施する。"}},
		{name: "near miss: another country as the possessor",
			rows: []string{named, "Japan condemns North Korea's missile launch.\t我が国は中国のミサイル発射を非難する。"},
			want: "error/missing-term/north-korea"},
		{name: "near miss: another country as the aim",
			rows: []string{named, "Japan will impose sanctions on North Korea.\t我が国は中国に制裁を科す。"},
			want: "error/missing-term/north-korea"},
		{name: "near miss: on, what views are about",
			rows: []string{named, "The ministers exchanged views on North Korea.\t閣僚は意見交換を行った。"},
			want: "error/missing-term/north-korea"},
		{name: "near miss: on, where a thing is",
			rows: []string{"Japan seeks peace on the Korean Peninsula.\t我が国は朝鮮半島の平和を求める。", "Japan seeks lasting stability on the Korean Peninsula.\t我が国は永続的な安定を求める。"},
			want: "error/missing-term/korean-peninsula"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := rowsSeverities(t, l, "en", "ja", tc.rows); got != tc.want {
				t.Errorf("findings %q, want %q", got, tc.want)
			}
		})
	}
}
