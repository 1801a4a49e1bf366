package lint

import "testing"

// TestHolderTitled: ja → en, a title written after a person's name is rendered where the
// English titles the same person in its own way: the title's initials before a name, or
// the country's own title before the name the katakana transcribes, or, after a kanji
// name, the title's head noun before a name. An honorific, another
// name, other initials or a title without a name before it in the Japanese still leave
// it missing.
func TestHolderTitled(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct{ name, ja, en, want string }{
		{name: "the country's own title before the name",
			ja: "ネハンマー首相からは、歓迎の意が示された。", en: "Federal Chancellor Nehammer expressed his welcome."},
		{name: "the title's initials before the name",
			ja: "岸田総理大臣から、指摘しました。", en: "PM Kishida pointed out the progress."},
		{name: "an honorific is no title",
			ja: "ネハンマー首相からは、歓迎の意が示された。", en: "Mr. Nehammer expressed his welcome.", want: "missing-term/prime-minister"},
		{name: "a title before another name",
			ja: "ネハンマー首相からは、歓迎の意が示された。", en: "Federal Chancellor Merkel expressed her welcome.", want: "missing-term/prime-minister"},
		{name: "other initials",
			ja: "岸田総理大臣から、指摘しました。", en: "FM Kishida pointed out the progress.", want: "missing-term/prime-minister"},
		{name: "a kanji name titled by the title's head noun",
			ja: "小野寺防衛大臣から、冷静な対応を求めました。", en: "Minister Onodera called for a calm response."},
		{name: "the head noun of another title is no title",
			ja: "小野寺防衛大臣から、冷静な対応を求めました。", en: "Prime Minister Onodera called for a calm response.", want: "missing-term/minister-of-defense"},
		{name: "the head noun before a country's word is no name",
			ja: "小野寺防衛大臣から、冷静な対応を求めました。", en: "A letter from the Minister Japan appointed called for a calm response.", want: "missing-term/minister-of-defense"},
		{name: "a title without a preposition has no head noun of its own",
			ja: "岸田総理大臣から、指摘しました。", en: "Minister Kishida pointed out the progress.", want: "missing-term/prime-minister"},
		{name: "the head noun without a name in the Japanese",
			ja: "防衛大臣から、冷静な対応を求めました。", en: "Minister Onodera called for a calm response.", want: "missing-term/minister-of-defense"},
		{name: "initials without a name in the Japanese",
			ja: "総理大臣から、指摘しました。", en: "The PM Office pointed out the progress.", want: "missing-term/prime-minister"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if g := rowFindings(t, l, "ja", "en", tc.ja, tc.en); g != tc.want {
				t.Errorf("findings %q, want %q", g, tc.want)
			}
		})
	}
}
