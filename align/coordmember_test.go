package align

import (
	"strings"
	"testing"
)

// TestCoordMembers: in a coordination of two terms proposed with English "A and B", the
// member left without a proposal is paired, at review, with the English on its side of
// the conjunction when the other member is rendered by the other side; members in
// another order, or a complement the two members share (地域及び世界の安全保障), pair
// nothing.
func TestCoordMembers(t *testing.T) {
	dict := map[string]string{"軍備管理": "arms control", "両国": "both countries/two countries", "分野": "field",
		"協力": "cooperation/cooperate", "地域": "region", "世界": "world", "安全保障": "security", "貢献": "contribution/contribute",
		"外交": "diplomacy/foreign affairs", "政策": "policy"}
	tests := []struct {
		name, ja, en string
		member       string // the member looked at
		want         string // its English paired by its side of the conjunction, "" for none
	}{
		{name: "the second member", member: "不拡散", want: "non-proliferation",
			ja: "両国は軍備管理及び不拡散の分野で協力する。",
			en: "The two countries cooperate in the field of arms control and non-proliferation."},
		{name: "near miss: the members in another order", member: "不拡散",
			ja: "両国は軍備管理及び不拡散の分野で協力する。",
			en: "The two countries cooperate in the field of non-proliferation and arms control."},
		{name: "near miss: a complement both members share", member: "地域",
			ja: "両国は地域及び世界の安全保障に貢献する。",
			en: "The two countries contribute to regional and global security."},
		{name: "near miss: a member said by an adjective", member: "外交",
			ja: "両国は外交及び安全保障の分野で協力する。",
			en: "The two countries cooperate in the field of foreign and security policy."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, status := "", ""
			for _, p := range designationPairs(t, "bitext", tc.ja, tc.en, tc.member, dict) {
				for _, e := range p.Evidence {
					if e.Type == EvListItem && strings.HasPrefix(e.Detail, "member ") {
						got, status = p.EN, p.Status
					}
				}
			}
			if got != tc.want || got != "" && status != Review {
				t.Errorf("%s = %q (%s) by its side of the conjunction, want %q (review)", tc.member, got, status, tc.want)
			}
		})
	}
}

// TestCoordFirstMember: the first member of a coordination is paired by its side of the
// conjunction where the second is the one rendered.
func TestCoordFirstMember(t *testing.T) {
	dict := map[string]string{"不拡散": "non-proliferation", "両国": "both countries/two countries", "協力": "cooperation/cooperate"}
	got := ""
	for _, p := range designationPairs(t, "bitext", "両国は「軍縮及び不拡散」で協力する。",
		"The two countries cooperate on \"Disarmament and Non-Proliferation\".", "軍縮", dict) {
		for _, e := range p.Evidence {
			if e.Type == EvListItem && strings.HasPrefix(e.Detail, "member 1") {
				got = p.EN
			}
		}
	}
	if got != "Disarmament" {
		t.Errorf("軍縮 = %q by its side of the conjunction, want %q", got, "Disarmament")
	}
}
