package align

import (
	"testing"

	"github.com/glossterm/gloss/internal/lexicon"
)

// TestBasedOn: XにもとづくY is written "X-based Y" (the complement of に基づく a hyphenated
// premodifier, the noun often plural: rules-based) or "Y based on X"; the dictionary's
// "to be based on" for 基づく meets "based" in either order. A relational adjective renders
// the noun its dictionary gloss names: 海洋 "ocean" = maritime.
func TestBasedOn(t *testing.T) {
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		for ja, en := range map[string]string{"ルール": "rule", "秩序": "order", "海洋": "ocean", "国際": "international", "基づく": "to be based on"} {
			lx.Add(ja, en, "edict")
		}
		return 5, nil
	}
	tests := []struct{ ja, en, term, want string }{
		{"ルールに基づく秩序を維持する。", "We uphold the rules-based order.", "ルールに基づく秩序", "rules-based order"},
		{"ルールに基づく秩序を維持する。", "We uphold the order based on rules.", "ルールに基づく秩序", "order based on rules"},
		{"ルールに基づく国際秩序を維持する。", "We uphold the international order based on rules.", "ルールに基づく国際秩序", "international order based on rules"},
		{"ルールに基づく海洋秩序を維持する。", "We uphold the rules-based maritime order.", "ルールに基づく海洋秩序", "rules-based maritime order"},
	}
	for _, tt := range tests {
		wantProposed(t, dict, tt.ja, tt.en, tt.term, tt.want)
	}
}

// wantProposed runs align on one aligned segment pair with the dictionary dict and
// reports an error unless term is proposed as want.
func wantProposed(t *testing.T, dict func(*lexicon.Lexicon, map[string]bool) (int, error), ja, en, term, want string) {
	t.Helper()
	segs := []BitextSegment{{JA: ja, EN: en, Doc: "a.txt", Line: 1, Origin: "parallel"}}
	res, err := Run(nil, nil, segs, Options{EDICT: dict})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Pairs {
		if p.JA == term && p.EN == want {
			return
		}
	}
	t.Errorf("%s: %s = %s not proposed: %+v", en, term, want, res.Pairs)
}
