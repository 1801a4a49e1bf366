package align

import (
	"slices"
	"testing"

	"github.com/glossterm/gloss/internal/morph"
)

// TestSessionOrdinal: the number between 第 and a counter is the English ordinal of a
// session, a part of the name with its counter; a numbered part of a document, and a
// number with no counter after it, are not.
func TestSessionOrdinal(t *testing.T) {
	tests := []struct {
		name, text string
		number     string   // the number token
		want       []string // the ordinals, nil when none
	}{
		{name: "a session in digits", text: "第7回日チリ首脳会議", number: "7", want: []string{"7th", "seventh"}},
		{name: "a session past twenty", text: "第22回日中会合", number: "22", want: []string{"22nd"}},
		{name: "a numbered article", text: "第5条の規定", number: "5", want: nil},
		{name: "no counter after the number", text: "第1列島線", number: "1", want: nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := morph.Tokenize(tc.text)
			a := slices.IndexFunc(toks, func(k morph.Token) bool { return k.Surface == tc.number })
			if a < 0 {
				t.Fatalf("no token %q in %q", tc.number, tc.text)
			}
			if got := sessionOrdinal(toks, a); !slices.Equal(got, tc.want) {
				t.Errorf("sessionOrdinal(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestSessionOrdinalRendering: a numbered meeting is rendered whole and sure, its ordinal
// opening the English name, when the English numbers it alike; a name of another session
// is no auto rendering of it, nor is the numbered name cut before its head, nor a name
// that ends in the ordinal, with no head after it for the ordinal to number.
func TestSessionOrdinalRendering(t *testing.T) {
	dict := map[string]string{"チリ": "Chile", "首脳会議": "summit meeting", "開催": "holding", "外相": "foreign minister", "会合": "meeting"}
	tests := []struct {
		name, ja, en   string
		wantJA, wantEN string // the auto pair wanted, wantEN "" when there may be none
		notEN          string // an English that must not be auto for wantJA
		anyStatus      bool   // notEN may not be proposed at all, at review neither
	}{
		{name: "the session numbered alike", ja: "第7回日チリ首脳会議が開催された。",
			en: "The 7th Japan-Chile Summit Meeting was held.", wantJA: "第7回日チリ首脳会議", wantEN: "7th Japan-Chile Summit Meeting"},
		{name: "another session's number", ja: "第7回日チリ首脳会議が開催された。",
			en: "The 8th Japan-Chile Summit Meeting was held.", wantJA: "第7回日チリ首脳会議", notEN: "8th Japan-Chile Summit Meeting"},
		{name: "a part cut before the numbered head", ja: "第7回外相会合が開かれた。",
			en: "The 7th Foreign Ministers' Meeting was held.", wantJA: "第7回外相", notEN: "7th Foreign Ministers", anyStatus: true},
		{name: "a name that ends in the ordinal", ja: "日チリ首脳会議第7回が開催された。",
			en: "The Japan-Chile Summit Meeting 7th was held.", wantJA: "日チリ首脳会議第7回", notEN: "Japan-Chile Summit Meeting 7th", anyStatus: true},
		{name: "the whole numbered name", ja: "第7回日チリ外相会合が開かれた。",
			en: "The 7th Japan-Chile Foreign Ministers' Meeting was held.", wantJA: "第7回日チリ外相会合", wantEN: "7th Japan-Chile Foreign Ministers' Meeting"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ps := designationPairs(t, "bitext", tc.ja, tc.en, tc.wantJA, dict)
			if !tc.anyStatus {
				ps = autoOnly(ps)
			}
			checkRendering(t, ps, tc.wantJA, tc.wantEN, tc.notEN)
		})
	}
}
