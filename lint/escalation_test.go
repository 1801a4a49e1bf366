package lint

import "testing"

// TestEscalationOfTensions: "the escalation of tensions" is tension that rises short of a
// conflict (緊張の高まり, 緊迫化), not the escalation of a conflict that エスカレーション
// names: an English source that writes it does not demand エスカレーション. The
// escalation of a conflict still does, and a Japanese source's エスカレーション is still
// missing from a translation that writes only the escalation of tensions.
func TestEscalationOfTensions(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct{ name, src, tgt, srcText, tgtText, want string }{
		{name: "en → ja: tensions rise", src: "en", tgt: "ja",
			srcText: "We are concerned about the escalation of tensions in the region.",
			tgtText: "地域における緊張の高まりを懸念する。"},
		{name: "en → ja: one tension", src: "en", tgt: "ja",
			srcText: "The escalation of tension on the border continues.",
			tgtText: "国境の情勢の緊迫化が続いている。"},
		{name: "near miss: en → ja: a conflict's escalation", src: "en", tgt: "ja",
			srcText: "We are concerned about the escalation of the conflict in the region.",
			tgtText: "地域における紛争の激化を懸念する。", want: "missing-term/escalation"},
		{name: "near miss: en → ja: escalation alone", src: "en", tgt: "ja",
			srcText: "Cyber attacks raise the risk of escalation.",
			tgtText: "サイバー攻撃は緊張の高まりの危険性を増す。", want: "missing-term/escalation"},
		{name: "ja → en: escalation is still demanded", src: "ja", tgt: "en",
			srcText: "サイバー攻撃によるエスカレーションの危険性が増大する。",
			tgtText: "Cyber attacks increase the risk of an escalation of tensions.", want: "missing-term/escalation"},
		{name: "ja → en: escalation rendered", src: "ja", tgt: "en",
			srcText: "サイバー攻撃によるエスカレーションの危険性が増大する。",
			tgtText: "Cyber attacks increase the risk of escalation."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if g := rowFindings(t, l, tc.src, tc.tgt, tc.srcText, tc.tgtText); g != tc.want {
				t.Errorf("findings %q, want %q", g, tc.want)
			}
		})
	}
}
