package lint

import "testing"

// TestGlobalForKokusai: ja → en, Japanese 国際 is both "international" and "global", so
// "the rules-based global order" renders ルールに基づく国際秩序 and "the global community"
// 国際社会, and 国際社会 that modifies a noun with の is rendered by its adjective
// ("international peace", "global challenges"); an order without the modifier, or with another one, is still not the term.
func TestGlobalForKokusai(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct{ ja, en, want string }{
		{ja: "両国はルールに基づく国際秩序を支持する。", en: "The two countries support the rules-based international order."},
		{ja: "両国はルールに基づく国際秩序を支持する。", en: "The two countries support the rules-based global order."},
		{ja: "両国は国際社会と協力する。", en: "The two countries work with the global community."},
		{ja: "両国はルールに基づく国際秩序を支持する。", en: "The two countries support a rules-based order.", want: "missing-term/rules-based-international-order"},
		{ja: "両国はルールに基づく国際秩序を支持する。", en: "The two countries support the rules-based economic order.", want: "missing-term/rules-based-international-order"},
		{ja: "両国は国際社会と協力する。", en: "The two countries work with the global economy.", want: "missing-term/international-community"},
		// 国際社会 before の and a noun: the community's adjective renders it.
		{ja: "両国は国際社会の平和と安定に貢献する。", en: "The two countries contribute to international peace and stability."},
		{ja: "両国は地域及び国際社会の課題に取り組む。", en: "The two countries address regional and global challenges."},
		{ja: "両国は国際社会の課題に取り組む。", en: "The two countries address regional challenges.", want: "missing-term/international-community"},
		{ja: "両国は国際社会と共に課題に取り組む。", en: "The two countries address global challenges.", want: "missing-term/international-community"},
		// における and での before a noun attribute the community to it as の does.
		{ja: "両国は国際社会における多様な脅威に対処する。", en: "The two countries respond to diverse threats in the international arena."},
		{ja: "両国は国際社会での責任を果たす。", en: "The two countries fulfil their international responsibilities."},
		{ja: "両国は国際社会における多様な脅威に対処する。", en: "The two countries respond to diverse threats in the region.", want: "missing-term/international-community"},
		{ja: "両国は国際社会において責任を果たす。", en: "The two countries fulfil their responsibilities in the international arena.", want: "missing-term/international-community"},
	} {
		t.Run(tc.en, func(t *testing.T) {
			if g := rowFindings(t, l, "ja", "en", tc.ja, tc.en); g != tc.want {
				t.Errorf("findings %q, want %q", g, tc.want)
			}
		})
	}
}
