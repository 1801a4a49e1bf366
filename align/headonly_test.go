package align

import (
	"strings"
	"testing"

	"github.com/glossterm/gloss/internal/lexicon"
)

// glossesOf returns an EDICT stand-in that adds each of the glosses, separated by "; ", of
// each word, in order.
func glossesOf(m map[string]string) func(*lexicon.Lexicon, map[string]bool) (int, error) {
	return func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		for ja, en := range m {
			for _, g := range strings.Split(en, "; ") {
				lx.Add(ja, g, "edict")
			}
		}
		return len(m), nil
	}
}

// statusOf runs align on one aligned segment pair and returns the status of each English
// proposed for term.
func statusOf(t *testing.T, dict map[string]string, ja, en, term string) map[string]string {
	t.Helper()
	res, err := Run(nil, nil, []BitextSegment{{JA: ja, EN: en, Doc: "a.txt", Line: 1, Origin: "parallel"}}, Options{EDICT: glossesOf(dict)})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, p := range res.Pairs {
		if p.JA == term {
			out[p.EN] = p.Status
		}
	}
	return out
}

// TestHeadOnlyGloss: a part met in the English only by the head of a gloss of several
// words, its modifier missing (分岐点 "division point" as the "point" of "focal point"),
// is an approximate match that stays at review however consistently the aligned segments
// repeat it, and the English word in the modifier's place belongs to the span ("crossing
// point of Europe", not "point of Europe"); the whole gloss met ("division point") is
// a translation and may be auto.
func TestHeadOnlyGloss(t *testing.T) {
	dict := map[string]string{"分岐点": "junction; crossroads; division point", "欧州": "Europe", "町": "town",
		"安全保障": "security guarantee", "地域": "region", "示す": "mark",
		"国防": "national defense; national defence", "政策": "policy", "米国": "United States", "見直す": "to review"}
	tests := []struct {
		ja, en, term, want, status string
	}{
		{"その町は欧州の分岐点を示す。", "That town marks the focal point of Europe.", "欧州の分岐点", "focal point of Europe", Review},
		{"その町は欧州の分岐点を示す。", "That town marks the focal point of Europe.", "欧州の分岐点", "point of Europe", ""},
		// near miss: a word that most glosses hold is the part's sense, whatever modifies it
		{"米国の国防政策を見直す。", "We review American defense policy.", "国防政策", "defense policy", Review},
		{"米国の国防政策を見直す。", "We review American defense policy.", "国防政策", "American defense policy", ""},
		{"その町は欧州の分岐点を示す。", "That town marks the division point of Europe.", "欧州の分岐点", "division point of Europe", Auto},
		{"その町は欧州の分岐点を示す。", "That town marks the junction of Europe.", "欧州の分岐点", "junction of Europe", Auto},
	}
	for _, tt := range tests {
		got := statusOf(t, dict, tt.ja, tt.en, tt.term)
		if got[tt.want] != tt.status {
			t.Errorf("%s: %s = %q is %q, want %q (all: %v)", tt.en, tt.term, tt.want, got[tt.want], tt.status, got)
		}
	}
}
