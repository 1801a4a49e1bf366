package align

import "testing"

// TestLeadAcronymCut: the expansion of the acronym after a Japanese term loses a leading
// acronym that the Japanese writes, in its own parentheses or bare, right before the term;
// an acronym the Japanese does not write there, or a term that holds Latin letters, keeps
// the whole name.
func TestLeadAcronymCut(t *testing.T) {
	tests := []struct {
		name, before, ja, exp string
		want                  string
	}{
		{name: "owner's acronym in its own parentheses", before: "両国は北極海洋研究計画(AORP)事務局", ja: "事務局",
			exp: "AORP Joint Secretariat", want: "Joint Secretariat"},
		{name: "full-width parentheses", before: "両国は北極海洋研究計画（AORP）事務局", ja: "事務局",
			exp: "AORP Joint Secretariat", want: "Joint Secretariat"},
		{name: "bare acronym before the term", before: "両国はAORP事務局", ja: "事務局",
			exp: "AORP Joint Secretariat", want: "Joint Secretariat"},
		{name: "near miss: another acronym before the term", before: "両国は北極海洋研究計画(AMRP)事務局", ja: "事務局",
			exp: "AORP Joint Secretariat", want: "AORP Joint Secretariat"},
		{name: "near miss: the Japanese writes no acronym before the term", before: "両国は北極海洋研究計画の事務局", ja: "事務局",
			exp: "AORP Joint Secretariat", want: "AORP Joint Secretariat"},
		{name: "near miss: the expansion begins with a word", before: "両国は北極海洋研究計画(AORP)事務局", ja: "事務局",
			exp: "Arctic Joint Secretariat", want: "Arctic Joint Secretariat"},
		{name: "near miss: the acronym ends a longer written form", before: "両国はUS-AORP事務局", ja: "事務局",
			exp: "AORP Joint Secretariat", want: "AORP Joint Secretariat"},
		{name: "near miss: the term holds the acronym", before: "両国はAORP事務局", ja: "AORP事務局",
			exp: "AORP Joint Secretariat", want: "AORP Joint Secretariat"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := leadAcronymCut(tc.before, tc.ja, tc.exp); got != tc.want {
				t.Errorf("leadAcronymCut(%q, %q, %q) = %q, want %q", tc.before, tc.ja, tc.exp, got, tc.want)
			}
		})
	}
}

// TestLeadAcronymPair: end to end, the term between two parenthesized acronyms is paired
// with the English name of the second less the first, at auto.
func TestLeadAcronymPair(t *testing.T) {
	tests := []struct {
		name, ja, en string
		term, want   string
	}{
		{name: "owner's acronym written before", term: "合同事務局",
			ja: "両国は北極海洋研究計画(AORP)合同事務局(AJS)の設置を歓迎した。",
			en: "The two countries welcomed the establishment of AJS (AORP Joint Secretariat).", want: "Joint Secretariat"},
		{name: "near miss: no acronym before", term: "合同事務局",
			ja: "両国は、合同事務局(AJS)の設置を歓迎した。",
			en: "The two countries welcomed the establishment of AJS (AORP Joint Secretariat).", want: "AORP Joint Secretariat"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Run(nil, nil, []BitextSegment{{JA: tc.ja, EN: tc.en, Doc: "s.txt", Line: 1, Origin: "parallel"}}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			for _, p := range res.Pairs {
				if p.JA == tc.term && hasType(p.Evidence, EvAcronym) && !hasType(p.Evidence, EvAcronymUnver) && p.EN != "AJS" {
					got = p.EN
				}
			}
			if got != tc.want {
				t.Errorf("%s = %q, want %q", tc.term, got, tc.want)
			}
		})
	}
}
