package lint

import (
	"strings"
	"testing"
)

// TestCollectivePost: the holders of one post in several countries, named together. The
// English names them by field and a collective noun after the Japanese countries'
// initials, and the Japanese names a plural English title by its collective noun; a
// collective with no field, a post with no countries before it, or a singular title is
// still a missing term.
func TestCollectivePost(t *testing.T) {
	l := defaultLinter(t)
	runJaEn(t, l, []jaEnCase{
		{name: "field and collective after country initials", ja: "日米加防衛大臣は港を視察した。", en: "The defense leaders of the three countries visited the port."},
		{name: "the plural of the title itself", ja: "日豪防衛大臣は会談した。", en: "The two defense ministers met."},
		{name: "near miss: no field", ja: "日米加防衛大臣は港を視察した。", en: "The leaders of the three countries visited the port.", want: "missing-term/minister-of-defense"},
		{name: "near miss: no countries before the post", ja: "防衛大臣は港を視察した。", en: "The defense leaders visited the port.", want: "missing-term/minister-of-defense"},
		{name: "en → ja: a plural title, a collective noun", ja: "日加両首脳は港を視察した。", en: "The Prime Ministers of Japan and Canada visited the port.", enja: true},
		{name: "en → ja near miss: a singular title", ja: "日本の首脳は港を視察した。", en: "The Prime Minister of Japan visited the port.", enja: true, want: "missing-term/prime-minister"},
	})
}

func TestPostNoun(t *testing.T) {
	for _, tc := range []struct{ term, noun, field string }{
		{"minister of defense", "minister", "defense"},
		{"prime minister", "prime minister", ""},
		{"secretary of state", "secretary", "state"},
		{"ministerial meeting", "", ""},
	} {
		noun, _, field := postNoun(tc.term)
		if noun != tc.noun || strings.Join(field, " ") != tc.field {
			t.Errorf("postNoun(%q) = %q %q, want %q %q", tc.term, noun, field, tc.noun, tc.field)
		}
	}
}

// TestCollectiveInstitution: the institutions of several countries, which English names
// one by one and Japanese at once by the countries' initials, a counting word or none, and
// the institution's noun. A compound without the country's initial, or without the noun,
// or the noun with no compound before it (the 日 of 本日, "today", is one kanji, no
// compound), or after the pair and の with no counting word, still leaves the institution
// missing.
func TestCollectiveInstitution(t *testing.T) {
	l := defaultLinter(t)
	runJaEn(t, l, []jaEnCase{
		{name: "initials, 両 and the noun", en: "Today the Government of Japan and the Government of the United States of America opened the talks.", ja: "本日、日米両政府は協議を開始した。", enja: true},
		{name: "initials, 両国 and the noun", en: "Today the Government of the United States and the Government of Japan opened the talks.", ja: "本日、日米両国政府は協議を開始した。", enja: true},
		{name: "initials, 両国の and the noun", en: "Today the Government of the United States and the Government of Japan closed the talks.", ja: "本日、日米両国の政府は協議を終了した。", enja: true},
		{name: "three initials, a count and the noun", en: "Today the Government of the United States joined the talks with Japan and the ROK.", ja: "本日、日米韓三か国政府は協議を行った。", enja: true},
		{name: "three initials, a count in katakana, の and the noun", en: "Today the Government of the United States joined the talks with Japan and the ROK.", ja: "本日、日米韓三カ国の政府は協議を行った。", enja: true},
		{name: "three initials, a count with a small ヵ, の and the noun", en: "Today the Government of the United States joined the talks with Japan and the ROK.", ja: "本日、日米韓三ヵ国の政府は協議を行った。", enja: true},
		{name: "three initials, a count in digits and katakana, and the noun", en: "Today the Government of the United States joined the talks with Japan and the ROK.", ja: "本日、日米韓3カ国政府は協議を行った。", enja: true},
		{name: "near miss: a count that is not the number of initials", en: "Today the Government of the United States joined the talks with Japan.", ja: "本日、日米三カ国政府は協議を行った。", enja: true, want: "missing-term/government-of-the-united-states"},
		{name: "near miss: the compound lacks the country", en: "Today the Government of the United States opened the talks.", ja: "本日、日韓両政府は協議を開始した。", enja: true, want: "missing-term/government-of-the-united-states"},
		{name: "near miss: the countries without the noun", en: "Today the Government of the United States opened the talks.", ja: "本日、日米両国は協議を開始した。", enja: true, want: "missing-term/government-of-the-united-states"},
		{name: "near miss: の with no count between the initials and the noun", en: "Today the Government of the United States opened the talks.", ja: "本日、日米の政府は協議を開始した。", enja: true, want: "missing-term/government-of-the-united-states"},
		{name: "near miss: one initial, the last kanji of a word, before the noun", en: "Today the Government of Japan opened the talks.", ja: "本日政府は協議を開始した。", enja: true, want: "missing-term/government-of-japan"},
		{name: "near miss: the noun without initials", en: "Today the Government of the United States opened the talks.", ja: "本日、両政府は協議を開始した。", enja: true, want: "missing-term/government-of-the-united-states"},
	})
}

func TestInstitutionOf(t *testing.T) {
	for _, tc := range []struct {
		term    string
		initial rune
		noun    string
		ok      bool
	}{
		{term: "米国政府", initial: '米', noun: "政府", ok: true},
		{term: "日本国政府", initial: '日', noun: "政府", ok: true},
		{term: "アメリカ合衆国政府", initial: '米', noun: "政府", ok: true},
		{term: "米国", ok: false},
		{term: "日本のパートナー", ok: false},
		{term: "安全保障", ok: false},
	} {
		k, noun, ok := institutionOf(tc.term)
		if k != tc.initial || noun != tc.noun || ok != tc.ok {
			t.Errorf("institutionOf(%q) = %q %q %v, want %q %q %v", tc.term, k, noun, ok, tc.initial, tc.noun, tc.ok)
		}
	}
}
