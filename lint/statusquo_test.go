package lint

import "testing"

// TestStatusQuoByCoercion: the government's formula 力による一方的な現状変更の試み (and
// 力を背景とした…) is rendered with 力 as force or coercion and を背景とした as "backed by";
// the English "coercion" inside the formula renders no 威圧 of its own, with status quo
// hyphenated too, which is the formula written otherwise: dropped, it is the formula that
// is missing. A formula without "unilateral" or without its 力 part, or dropped, is still
// missing, in either direction.
func TestStatusQuoByCoercion(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct{ name, src, tgt, srcLang, want string }{
		{name: "by coercion, ja → en", srcLang: "ja",
			src: "両者は、力による一方的な現状変更の試みに反対した。", tgt: "The two sides opposed unilateral attempts to change the status quo by coercion."},
		{name: "backed by force, ja → en", srcLang: "ja",
			src: "両者は、力を背景とした一方的な現状変更の試みに反対した。", tgt: "The two sides opposed unilateral attempts to change the status quo backed by force."},
		{name: "backed by coercion, en → ja: no 威圧 asked for", srcLang: "en",
			src: "The two sides opposed unilateral attempts to change the status quo backed by coercion.", tgt: "両者は、力による一方的な現状変更の試みに反対した。"},
		{name: "near miss: coercion outside the formula, en → ja", srcLang: "en",
			src: "The two sides opposed coercion.", tgt: "両者は、その行為に反対した。", want: "missing-term/coercion"},
		{name: "status-quo hyphenated, en → ja: no 威圧 asked for", srcLang: "en",
			src: "The two sides opposed unilateral attempts to change the status-quo by coercion.", tgt: "両者は、力を背景とした一方的な現状変更の試みに反対した。"},
		{name: "near miss: status-quo hyphenated, the formula dropped, en → ja", srcLang: "en",
			src: "The two sides opposed unilateral attempts to change the status-quo by coercion.", tgt: "両者は、一方的な行動に反対した。", want: "missing-term/unilateral-attempts-to-change-the-status-quo-by-force"},
		{name: "status-quo hyphenated, ja → en", srcLang: "ja",
			src: "両者は、力による一方的な現状変更の試みに反対した。", tgt: "The two sides opposed unilateral attempts to change the status-quo by coercion."},
		{name: "near miss: a hyphen elsewhere, en → ja", srcLang: "en",
			src: "The two sides opposed coercion in the Indo-Pacific.", tgt: "両者は、インド太平洋での行為に反対した。", want: "missing-term/coercion"},
		{name: "near miss: not unilateral, ja → en", srcLang: "ja",
			src: "両者は、力による一方的な現状変更の試みに反対した。", tgt: "The two sides opposed attempts to change the status quo by coercion.", want: "missing-term/unilateral-attempts-to-change-the-status-quo-by-force"},
		{name: "near miss: force left out, en → ja", srcLang: "en",
			src: "We oppose unilateral attempts to change the status quo by force in the region.", tgt: "地域における一方的な現状変更の試みに反対する。", want: "missing-term/unilateral-attempts-to-change-the-status-quo-by-force"},
		{name: "near miss: force left out, ja → en", srcLang: "ja",
			src: "地域における力を背景とした一方的な現状変更の試みに反対する。", tgt: "We oppose unilateral attempts to change the status quo in the region.", want: "missing-term/unilateral-attempts-to-change-the-status-quo-by-force"},
		{name: "the formula dropped, ja → en", srcLang: "ja",
			src: "両者は、力による一方的な現状変更の試みに反対した。", tgt: "The two sides opposed it.", want: "missing-term/unilateral-attempts-to-change-the-status-quo-by-force"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tgtLang := "en"
			if tc.srcLang == "en" {
				tgtLang = "ja"
			}
			if g := rowFindings(t, l, tc.srcLang, tgtLang, tc.src, tc.tgt); g != tc.want {
				t.Errorf("findings %q, want %q", g, tc.want)
			}
		})
	}
}
