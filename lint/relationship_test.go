package lint

import "testing"

// TestRelationAsShip: ja → en, a member's noun before 関係 (パートナー関係, with the
// member quoted or not) is rendered by the English noun of the relation in -ship; the
// member without 関係 after it, or an English without the -ship noun, is still missing.
func TestRelationAsShip(t *testing.T) {
	l := defaultLinter(t)
	runJaEn(t, l, []jaEnCase{
		{name: "a quoted member before 関係", ja: "両国は「特別なパートナー」関係にある。", en: "The two countries have a special partnership."},
		{name: "the member before 関係", ja: "両国はパートナー関係を深める。", en: "The two countries will deepen their partnership."},
		{name: "near miss: no 関係 after the member", ja: "両国はパートナーとして協力する。", en: "The two countries cooperate in partnership.", want: "missing-term/partner"},
		{name: "omission: no -ship noun", ja: "両国は「特別なパートナー」関係にある。", en: "The two countries have special ties.", want: "missing-term/partner"},
	})
}
