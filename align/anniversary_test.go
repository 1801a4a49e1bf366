package align

import "testing"

// TestCountedNumber: a number with its counter inside a term (30周年) is rendered by the
// same number, in digits or as an ordinal (30th anniversary); another number renders
// nothing.
func TestCountedNumber(t *testing.T) {
	dict := dictOf(map[string]string{"外交関係": "diplomatic relations", "樹立": "establishment", "周年": "anniversary"})
	const ja = "両国は本年外交関係樹立30周年を迎えた。"
	tests := []struct {
		name, en, want string
	}{
		{name: "ordinal in digits", en: "The two countries marked the 30th anniversary of the establishment of diplomatic relations this year.",
			want: "30th anniversary of the establishment of diplomatic relations"},
		{name: "near miss: another number", en: "The two countries marked the 25th anniversary of the establishment of diplomatic relations this year."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Run(nil, nil, []BitextSegment{{JA: ja, EN: tc.en, Doc: "s.txt", Line: 1, Origin: "parallel"}}, Options{EDICT: dict})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range res.Pairs {
				if p.JA == "外交関係樹立30周年" {
					got = append(got, p.EN)
				}
			}
			switch {
			case tc.want == "" && len(got) > 0:
				t.Errorf("外交関係樹立30周年 = %q, want nothing", got)
			case tc.want != "" && (len(got) != 1 || got[0] != tc.want):
				t.Errorf("外交関係樹立30周年 = %q, want %q", got, tc.want)
			}
		})
	}
}
