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
