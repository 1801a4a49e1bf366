package lint

import "testing"

// TestStatusQuoByForce: the government's two wordings of the formula, 力による and
// 力を背景とした (backed by force) 一方的な現状変更の試み, are both rendered "unilateral
// attempts to change the status quo by force", in either direction; an attempt that is not
// said to be by force, or a change that is no attempt, is still missing.
func TestStatusQuoByForce(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct{ name, src, tgt, srcText, tgtText, want string }{
		{name: "en → ja: backed by force", src: "en", tgt: "ja",
			srcText: "We oppose unilateral attempts to change the status quo by force in the region.",
			tgtText: "地域における力を背景とした一方的な現状変更の試みに反対する。"},
		{name: "ja → en: backed by force", src: "ja", tgt: "en",
			srcText: "地域における力を背景とした一方的な現状変更の試みに反対する。",
			tgtText: "We oppose unilateral attempts to change the status quo by force in the region."},
		{name: "near miss: en → ja: force left out", src: "en", tgt: "ja",
			srcText: "We oppose unilateral attempts to change the status quo by force in the region.",
			tgtText: "地域における一方的な現状変更の試みに反対する。", want: "missing-term/unilateral-attempts-to-change-the-status-quo-by-force"},
		{name: "near miss: ja → en: force left out", src: "ja", tgt: "en",
			srcText: "地域における力を背景とした一方的な現状変更の試みに反対する。",
			tgtText: "We oppose unilateral attempts to change the status quo in the region.", want: "missing-term/unilateral-attempts-to-change-the-status-quo-by-force"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if g := rowFindings(t, l, tc.src, tc.tgt, tc.srcText, tc.tgtText); g != tc.want {
				t.Errorf("findings %q, want %q", g, tc.want)
			}
		})
	}
}
