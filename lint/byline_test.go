package lint

import (
	"strings"
	"testing"

	"github.com/glossterm/gloss/match"
)

// TestPostOfPersonLeftOut: en → ja with the default glossary, a post in apposition to a
// person's name, after it or as the title before it, is no missing term where the
// Japanese names no person; where it names one, or where the post is no apposition, the
// post is still demanded.
func TestPostOfPersonLeftOut(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct{ name, en, ja, want string }{
		{name: "a byline after the name",
			en: "Statement by Mr. Taro Aso, Minister for Foreign Affairs, on the adoption of the resolution", ja: "決議の採択について"},
		{name: "a title before the name",
			en: "The adoption of the resolution (Statement by Foreign Minister Taro Kono)", ja: "決議の採択について(談話)"},
		{name: "near miss: the person named, the post dropped",
			en: "Mr. Taro Aso, Minister for Foreign Affairs, met the press.", ja: "麻生太郎氏は記者と会見した。", want: "missing-term/minister-for-foreign-affairs"},
		{name: "near miss: a name in katakana, the post dropped",
			en: "Mr. Cho Taeyul, Minister for Foreign Affairs, met the press.", ja: "チョ・テヨル氏は記者会見を行った。", want: "missing-term/minister-for-foreign-affairs"},
		{name: "near miss: a full name in katakana, the post dropped",
			en: "Mr. Antony Blinken, Minister for Foreign Affairs, met the press.", ja: "アントニー・ブリンケン氏は記者会見を行った。", want: "missing-term/minister-for-foreign-affairs"},
		{name: "near miss: the person referred to by 同氏, the post dropped",
			en: "Mr. Taro Aso, Minister for Foreign Affairs, met the press.", ja: "同氏は記者会見を行った。", want: "missing-term/minister-for-foreign-affairs"},
		{name: "near miss: no apposition",
			en: "The Minister for Foreign Affairs met the press.", ja: "記者と会見した。", want: "missing-term/minister-for-foreign-affairs"},
		{name: "near miss: a name without an honorific",
			en: "Taro Aso, Minister for Foreign Affairs, met the press.", ja: "記者と会見した。", want: "missing-term/minister-for-foreign-affairs"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := rowFindings(t, l, "en", "ja", tc.en, tc.ja); got != tc.want {
				t.Errorf("findings %q, want %q", got, tc.want)
			}
		})
	}
}

// TestPostOfPerson: where an English term stands in apposition to a person's name.
func TestPostOfPerson(t *testing.T) {
	for _, tc := range []struct {
		name, text, term string
		want             bool
	}{
		{name: "after an honorific and a name", text: "Statement by Mr. Taro Aso, Minister for Foreign Affairs, on", term: "Minister for Foreign Affairs", want: true},
		{name: "before a name that ends the phrase", text: "(Statement by Foreign Minister Taro Kono)", term: "Foreign Minister", want: true},
		{name: "near miss: a name of one word after the title", text: "Foreign Minister Kono said", term: "Foreign Minister", want: false},
		{name: "near miss: no post", text: "the Office of North Korea Policy Coordination)", term: "North Korea", want: false},
		{name: "near miss: a name that goes on", text: "Foreign Minister Taro Kono Statement Text", term: "Foreign Minister", want: false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			i := len(tc.text) - len(tc.text[strings.Index(tc.text, tc.term):])
			o := match.Occurrence{Start: i, End: i + len(tc.term)}
			if got := postOfPerson(tc.text, o); got != tc.want {
				t.Errorf("postOfPerson(%q, %q) = %v, want %v", tc.text, tc.term, got, tc.want)
			}
		})
	}
}
