package lint

import "testing"

// TestOtherSpellingConsistent: en → ja, two Japanese terms of one concept that differ only
// in their coordinator or links (平和と安定, 平和及び安定; 在日米軍の再編, 在日米軍再編) are
// one wording, which the consistency check does not report; two terms with other words
// (防衛能力, 防衛力; 共同計画, 共同計画策定; 共通の価値観, 共通の価値) are still
// inconsistent.
func TestOtherSpellingConsistent(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct {
		name string
		rows []string // en<TAB>ja
		want string
	}{
		{name: "another coordinator",
			rows: []string{"We seek peace and stability in Asia.\tアジアの平和と安定を求める。", "Peace and stability matter.\t平和及び安定が重要だ。"}},
		{name: "the middle dot for a coordinator",
			rows: []string{"We build deterrence and response capabilities.\t抑止力・対処力を構築する。", "We keep deterrence and response capabilities.\t抑止力及び対処力を維持する。"}},
		{name: "a link dropped",
			rows: []string{"the realignment of U.S. forces in Japan\t在日米軍の再編", "The realignment of U.S. forces in Japan continues.\t在日米軍再編は続く。"}},
		{name: "near miss: a suffix is another word",
			rows: []string{"We share values.\t共通の価値観を持つ。", "We hold shared values.\t共通の価値観を守る。", "They are shared values.\t共通の価値である。"},
			want: "inconsistent-term/shared-values"},
		{name: "near miss: another word inside",
			rows: []string{"We build defense capabilities.\t防衛能力を構築する。", "We keep defense capabilities.\t防衛力を維持する。", "We grow defense capabilities.\t防衛力を伸ばす。"},
			want: "inconsistent-term/defense-capabilities"},
		{name: "near miss: another noun after it",
			rows: []string{"We start bilateral planning.\t共同計画を始める。", "We keep bilateral planning.\t共同計画策定を続ける。", "We review bilateral planning.\t共同計画策定を見直す。"},
			want: "inconsistent-term/bilateral-planning"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if g := rowsFindings(t, l, "en", "ja", tc.rows); g != tc.want {
				t.Errorf("findings %q, want %q", g, tc.want)
			}
		})
	}
}

// TestStateNounConsistent: en → ja, a Japanese role noun in kana and that noun with the
// classifier 国 (パートナー, パートナー国), both terms of one concept, name one role, and
// the consistency check does not report them; a kanji noun with 国 is another word, and a
// role left unrendered is still missing.
func TestStateNounConsistent(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct {
		name string
		rows []string // en<TAB>ja
		want string
	}{
		{name: "the classifier added in a list of states",
			rows: []string{"Japan is a trusted partner.\t日本は信頼できるパートナーである。",
				"Japan has been a partner for longest.\t日本はパートナー国として最も長い。"}},
		{name: "the classifier dropped after として",
			rows: []string{"Japan is a partner of the Alliance.\t日本は同盟のパートナー国である。",
				"We work with Japan as a partner.\tパートナーとして日本と協力する。",
				"Japan remains a partner.\t日本は引き続きパートナー国である。"}},
		{name: "near miss: a kanji noun and its suffix are two words",
			rows: []string{"We share values.\t共通の価値観を持つ。", "We hold shared values.\t共通の価値観を守る。", "They are shared values.\t共通の価値である。"},
			want: "inconsistent-term/shared-values"},
		{name: "near miss: the role left unrendered",
			rows: []string{"Japan is a trusted partner.\t日本は信頼できる国である。",
				"Japan has been a partner for longest.\t日本はパートナー国として最も長い。"},
			want: "missing-term/partner"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if g := rowsFindings(t, l, "en", "ja", tc.rows); g != tc.want {
				t.Errorf("findings %q, want %q", g, tc.want)
			}
		})
	}
}

// TestStateNoun: the keys stateNoun joins and those it keeps apart.
func TestStateNoun(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b string
		want bool
	}{
		{name: "katakana and 国", a: "パートナー国", b: "パートナー", want: true},
		{name: "near miss: hiragana and 国", a: "なかま国", b: "なかま"},
		{name: "near miss: kanji and 国", a: "同盟国", b: "同盟"},
		{name: "near miss: another suffix", a: "パートナー諸国", b: "パートナー"},
		{name: "near miss: the same key", a: "パートナー", b: "パートナー"},
		{name: "near miss: the other way", a: "パートナー", b: "パートナー国"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := stateNoun(tc.a, tc.b); got != tc.want {
				t.Errorf("stateNoun(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
		})
	}
}
