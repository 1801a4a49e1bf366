package align

import (
	"slices"
	"testing"

	"github.com/glossterm/gloss/internal/morph"
)

// TestSplitNamePost: a post that kagome cuts wrongly after a kanji name is read again from
// the first point that opens a word of its own; a compound kagome cut right, and a number
// after the name, stay as kagome read them.
func TestSplitNamePost(t *testing.T) {
	tests := []struct {
		name, text string
		wantWord   string // a token the reading must yield, "" when kagome's reading is asked
		notWord    string
	}{
		{name: "the state cut by the given name", text: "山田晋三日本国外務大臣は述べた。",
			wantWord: "日本国", notWord: "本国"},
		{name: "a post kagome cut right", text: "山田太郎日本国外務大臣は述べた。"},
		{name: "a number after the name", text: "田中晋三三日間滞在した。", notWord: "三日間"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := tokenize(tc.text)
			var words []string
			for _, k := range toks {
				words = append(words, k.Surface)
				if tc.text[k.Start:k.End] != k.Surface {
					t.Errorf("token %q at %d–%d reads %q in the text", k.Surface, k.Start, k.End, tc.text[k.Start:k.End])
				}
			}
			if tc.wantWord == "" {
				var kagome []string
				for _, k := range morph.Tokenize(tc.text) {
					kagome = append(kagome, k.Surface)
				}
				if !slices.Equal(words, kagome) {
					t.Errorf("tokens %v, want kagome's %v", words, kagome)
				}
			} else if !slices.Contains(words, tc.wantWord) {
				t.Errorf("tokens %v: want the word %q", words, tc.wantWord)
			}
			if tc.notWord != "" && slices.Contains(words, tc.notWord) {
				t.Errorf("tokens %v: want no word %q", words, tc.notWord)
			}
		})
	}
}

// TestNamePostRendering: the post after a kanji name, and the state inside it, are
// candidates rendered by the aligned English.
func TestNamePostRendering(t *testing.T) {
	dict := map[string]string{"日本国": "Japan", "外務大臣": "Minister for Foreign Affairs", "述べる": "state"}
	const ja = "山田晋三日本国外務大臣は述べた。"
	const en = "Shinzo Yamada, Minister for Foreign Affairs of Japan, stated so."
	tests := []renderingCase{
		{name: "the post", ja: ja, en: en, modes: []string{"bitext"},
			wantJA: "日本国外務大臣", wantEN: "Minister for Foreign Affairs of Japan"},
		{name: "the state", ja: ja, en: en, modes: []string{"bitext"}, wantJA: "日本国", wantEN: "Japan"},
		{name: "not the cut word", ja: ja, en: en, modes: []string{"bitext"}, wantJA: "本国外務大臣", notEN: "Minister for Foreign Affairs of Japan"},
	}
	runRenderingCases(t, tests, dict)
}
