package lint

import "testing"

// TestDeputyPost: ja → en, a post after 副 is another post (副首相, "Deputy Prime
// Minister"), which demands no rendering of the post without it; the post itself, left
// out, is still missing.
func TestDeputyPost(t *testing.T) {
	l := defaultLinter(t)
	runJaEn(t, l, []jaEnCase{
		{name: "the deputy after the name and a comma", ja: "ファム・ビン・ミン副首相兼外務大臣が出席した。",
			en: "Mr. Pham Binh Minh, Deputy Prime Minister and Minister of Foreign Affairs, attended."},
		{name: "the deputy before a meeting", ja: "副首相は会議に出席した。", en: "The Deputy Prime Minister attended the meeting."},
		{name: "omission: the post itself", ja: "首相は会議に出席した。", en: "The Deputy Prime Minister attended the meeting.", want: "missing-term/prime-minister"},
	})
}
