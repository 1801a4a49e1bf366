package align

import (
	"slices"
	"testing"
)

// TestPartiesLeftToContext: Japanese names a meeting or an agreement by its parties
// (日・カナダ首脳会談, 日・カナダ情報保護協定) where the English leaves them to the context
// ("a summit meeting", "the information security agreement"): the rest of the term,
// rendered whole, is the term's partial rendering, at review. An English that names a
// country renders the parties, not the rest alone.
func TestPartiesLeftToContext(t *testing.T) {
	dict := dictOf(map[string]string{"首脳会談": "summit meeting", "情報保護協定": "information security agreement", "署名": "signature"})
	for _, tt := range []struct {
		name, ja, en, term, want, not string
	}{
		{name: "a meeting named by its parties", ja: "両首脳は日・カナダ首脳会談を行った。", en: "The two leaders held a summit meeting.",
			term: "日・カナダ首脳会談", want: "summit meeting"},
		{name: "an agreement named by its parties", ja: "両国は日・カナダ情報保護協定に署名した。", en: "They signed the information security agreement.",
			term: "日・カナダ情報保護協定", want: "information security agreement"},
		{name: "near miss: an English that names a country", ja: "両首脳は日・カナダ首脳会談を行った。", en: "The two leaders held a Canada summit meeting.",
			term: "日・カナダ首脳会談", not: "summit meeting"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Run(nil, nil, []BitextSegment{{JA: tt.ja, EN: tt.en, Doc: "a.txt", Line: 1, Origin: "parallel"}}, Options{EDICT: dict})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range res.Pairs {
				if p.JA != tt.term {
					continue
				}
				got = append(got, p.EN)
				if p.EN == tt.want && p.Status == Auto {
					t.Errorf("%s = %s is auto, want review: the parties are not rendered", p.JA, p.EN)
				}
			}
			if tt.want != "" && !slices.Contains(got, tt.want) {
				t.Errorf("%s = %q, want %q among them", tt.term, got, tt.want)
			}
			if tt.not != "" && slices.Contains(got, tt.not) {
				t.Errorf("%s = %q, want no %q", tt.term, got, tt.not)
			}
		})
	}
}
