package lint

import "testing"

// TestCoChairForms: ja → en, 共同議長 is rendered by the holder's noun in either number
// (co-chair, co-chairs: a prefix hyphenated to a noun leaves the noun the head that
// inflects) and by the noun of the office ("under the co-chairmanship of"); one document
// may use both, as the sentence chooses, without an inconsistency. The chair alone, or
// the office of the chair alone, is another role and still missing.
func TestCoChairForms(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct {
		name string
		rows []string // ja<TAB>en
		want string
	}{
		{name: "plural holders",
			rows: []string{"共同議長の挨拶があった。\tThe co-chairs gave remarks."}},
		{name: "the office",
			rows: []string{"両首脳の共同議長の下で会合が開かれた。\tThe meeting was held under the co-chairmanship of the two leaders."}},
		{name: "office and holders in one document",
			rows: []string{"両首脳の共同議長の下で会合が開かれた。\tThe meeting was held under the co-chairmanship of the two leaders.",
				"共同議長の挨拶があった。\tThe co-chairs gave remarks.",
				"共同議長が閉会した。\tThe co-chairs closed the meeting."}},
		{name: "near miss: the chairs alone",
			rows: []string{"共同議長の挨拶があった。\tThe chairs gave remarks."},
			want: "missing-term/co-chair"},
		{name: "near miss: the chairmanship alone",
			rows: []string{"両首脳の共同議長の下で会合が開かれた。\tThe meeting was held under the chairmanship of the two leaders."},
			want: "missing-term/co-chair"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if g := rowsFindings(t, l, "ja", "en", tc.rows); g != tc.want {
				t.Errorf("findings %q, want %q", g, tc.want)
			}
		})
	}
}

// TestOffice: the noun of a holder's office is the holder's noun and -ship or -manship,
// a whole suffix after the whole word.
func TestOffice(t *testing.T) {
	for _, tc := range []struct {
		name, a, b string
		want       bool
	}{
		{name: "manship", a: "co-chairmanship", b: "co-chair", want: true},
		{name: "ship", a: "chairship", b: "chair", want: true},
		{name: "near miss: another suffix", a: "co-chairing", b: "co-chair"},
		{name: "near miss: the holder itself", a: "co-chair", b: "co-chair"},
		{name: "near miss: the other way", a: "co-chair", b: "co-chairmanship"},
		{name: "near miss: a word after a space", a: "co-chair ship", b: "co-chair"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := office(tc.a, tc.b); got != tc.want {
				t.Errorf("office(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
		})
	}
}
