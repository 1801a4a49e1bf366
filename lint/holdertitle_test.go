package lint

import "testing"

// TestHolderTitled: ja → en, a title written after a person's name is rendered where the
// English titles the same person in its own way: the title's initials before a name, or
// the country's own title before the name the katakana transcribes, or, after a kanji
// name, the title's head noun before a name. An honorific, another
// name, other initials or a title without a name before it in the Japanese still leave
// it missing. A surname of one kanji (森外務大臣) and a foreign name with its country's
// initial before the title (ヘーゲル米国防長官) are names too; a one-kanji prefix (前外務大臣)
// is not, and an acronym in capitals is no name where a surname in capitals is one.
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
		{name: "a kanji name in capitals titled by the title's head noun",
			ja: "小野寺防衛大臣は、冷静な対応を求めました。", en: "Minister ONODERA called for a calm response."},
		{name: "near miss: an acronym in capitals after the head noun is no name",
			ja: "小野寺防衛大臣は、冷静な対応を求めました。", en: "Minister MOD called for a calm response.", want: "missing-term/minister-of-defense"},
		{name: "a surname of one kanji titled by the title's head noun",
			ja: "会談で、森外務大臣から説明しました。", en: "At the meeting, Minister Mori explained."},
		{name: "near miss: a one-kanji prefix is no surname",
			ja: "会談で、前外務大臣から説明しました。", en: "At the meeting, Minister Mori explained.", want: "missing-term/minister-for-foreign-affairs"},
		{name: "near miss: a one-kanji surname, the title dropped",
			ja: "会談で、森外務大臣から説明しました。", en: "At the meeting, Mr. Mori explained.", want: "missing-term/minister-for-foreign-affairs"},
		{name: "a country's initial between a foreign name and the title",
			ja: "ヘーゲル米国防長官は、歓迎した。", en: "Defense Secretary Hagel welcomed it."},
		{name: "near miss: the country's initial, another name in the English",
			ja: "ヘーゲル米国防長官は、歓迎した。", en: "Defense Secretary Carter welcomed it.", want: "missing-term/secretary-of-defense"},
		{name: "near miss: the country's initial, the title dropped",
			ja: "ヘーゲル米国防長官は、歓迎した。", en: "Mr. Hagel welcomed it.", want: "missing-term/secretary-of-defense"},
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

// TestHepburnName: a Japanese surname, in capitals or title case, reads as Hepburn
// syllables; an acronym, a country or a word in mixed case does not.
func TestHepburnName(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{
		{word: "HAMADA", want: true},
		{word: "HAYASHI", want: true},
		{word: "HATTORI", want: true},
		{word: "KONO", want: true},
		{word: "HONDA", want: true},
		{word: "RYUJI", want: true},
		{word: "MOD", want: false},
		{word: "IISS", want: false},
		{word: "ROK", want: false},
		{word: "USFJ", want: false},
		{word: "JSDF", want: false},
		{word: "UK", want: false},
		{word: "Hayashi", want: true},
		{word: "Japan", want: false},
		{word: "Canada", want: false},
		{word: "HaMaDa", want: false},
	} {
		if got := hepburnName(tc.word); got != tc.want {
			t.Errorf("hepburnName(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}
