package align

import (
	"slices"
	"testing"

	"github.com/glossterm/gloss/internal/morph"
)

// TestOrdinalPart: 第 and a number with no counter after it is an ordinal that opens a
// term with its noun (第3の段階, 第一列島線); a numbered article or a session is not.
func TestOrdinalPart(t *testing.T) {
	tests := []struct {
		name, text string
		at         string // the surface of the token the part opens at
		want       bool
	}{
		{name: "an ordinal in digits before の", text: "第3の段階", at: "第", want: true},
		{name: "an ordinal in kanji inside a compound", text: "第一列島線", at: "第", want: true},
		{name: "a numbered article", text: "第5条の規定", at: "第", want: false},
		{name: "a session", text: "第3回会合", at: "第", want: false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := morph.Tokenize(tc.text)
			a := slices.IndexFunc(toks, func(k morph.Token) bool { return k.Surface == tc.at })
			if a < 0 {
				t.Fatalf("no token %q in %q", tc.at, tc.text)
			}
			if got := ordinalPart(toks, a); got != tc.want {
				t.Errorf("ordinalPart(%q at %q) = %v, want %v", tc.text, tc.at, got, tc.want)
			}
		})
	}
}

// TestOrdinalLinkedRendering: an ordinal linked by の to a noun is a term whose English
// numbers the noun by the ordinal before it or by the number after it; another number is
// no rendering of it.
func TestOrdinalLinkedRendering(t *testing.T) {
	dict := map[string]string{"第三": "third", "段階": "stage/phase", "改革": "reform", "手段": "means", "外交": "diplomacy"}
	tests := []struct {
		name, ja, en   string
		wantJA, wantEN string // wanted among the proposals of wantJA, "" when there may be none
		notEN          string // an English that must not be proposed for wantJA
	}{
		{name: "the ordinal before the noun", ja: "改革は第3の段階に入った。", en: "The reform entered the third stage.",
			wantJA: "第3の段階", wantEN: "third stage"},
		{name: "the number after the noun", ja: "改革は第3の段階に入った。", en: "The reform entered Phase 3.",
			wantJA: "第3の段階", wantEN: "Phase 3"},
		{name: "the number after the noun, in a compound", ja: "改革は第3段階に入った。", en: "The reform entered Phase 3.",
			wantJA: "第3段階", wantEN: "Phase 3"},
		{name: "near miss: another number", ja: "改革は第3の段階に入った。", en: "The reform entered Phase 4.",
			wantJA: "第3の段階", notEN: "Phase 4"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ps := designationPairs(t, "bitext", tc.ja, tc.en, tc.wantJA, dict)
			checkRendering(t, ps, tc.wantJA, tc.wantEN, tc.notEN)
		})
	}
}
