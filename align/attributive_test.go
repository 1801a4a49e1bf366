package align

import (
	"slices"
	"testing"
)

// TestAttributiveOrder: Japanese puts every modifier before its head, English puts a
// participle before the head but a complement after it. A compound verbal noun in the
// passive (近代化された部隊 = modernized forces), a link in the past (改革に向けた二国間の取組 =
// bilateral reform initiatives: に向けた needs no English word) and a link to a modified
// head (威圧による一方的な行動 = unilateral action by coercion, AによるB = B by A) are
// rendered by a reordered span whose parts are all translated. A span that leaves a word
// unexplained is no rendering of the phrase.
func TestAttributiveOrder(t *testing.T) {
	dict := dictOf(map[string]string{"近代化": "modernization", "部隊": "forces", "改革": "reform",
		"二国間": "bilateral", "取組": "initiative", "威圧": "coercion", "一方的": "unilateral", "行動": "action"})
	tests := []struct {
		ja, en, term, want string
		not                []string
	}{
		{"近代化された部隊を配備する。", "We deploy modernized forces.", "近代化された部隊", "modernized forces", nil},
		{"改革に向けた二国間の取組を進める。", "We advance bilateral reform initiatives.", "改革に向けた二国間の取組", "bilateral reform initiatives", nil},
		{"威圧による一方的な行動に反対する。", "We oppose unilateral action by coercion.", "威圧による一方的な行動", "unilateral action by coercion", nil},
		{"威圧による一方的な行動に反対する。", "We oppose unilateral action by coercion at sea.", "威圧による一方的な行動", "unilateral action by coercion",
			[]string{"unilateral action by coercion at sea"}},
	}
	for _, tt := range tests {
		got := pairsOf(t, dict, tt.ja, tt.en, tt.term)
		if tt.want != "" && !slices.Contains(got, tt.want) {
			t.Errorf("%s: %s = %q not proposed: %q", tt.en, tt.term, tt.want, got)
		}
		for _, n := range tt.not {
			if slices.Contains(got, n) {
				t.Errorf("%s: %s = %q proposed: %q", tt.en, tt.term, n, got)
			}
		}
	}
}

// TestNounNa: な after a noun is the attributive copula, which makes the noun adjectival
// (小規模な = small-scale, though kagome tags 規模 a plain noun), and a verbal noun keeps its
// kana ending when kagome splits it off as a particle (埋立|て = land reclamation).
func TestNounNa(t *testing.T) {
	dict := dictOf(map[string]string{"小規模": "small-scale", "埋立て": "land reclamation"})
	wantProposed(t, dict, "小規模な埋立てを進める。", "They carry out small-scale land reclamation.", "小規模な埋立て", "small-scale land reclamation")
}
