package lint

import (
	"strings"
	"testing"
)

// TestWeParty: ja → en, a party coordinated with another name as the subject of a
// Japanese clause (日本とNATOは) that the English of a joint statement says by "we" is a
// note, not an error, where the English names the party in another segment; where it
// never does, where the English has no "we", or where the party is no coordinated subject,
// the term is still missing.
func TestWeParty(t *testing.T) {
	l := defaultLinter(t)
	head := "日本及びNATOは共同声明を発出した。\tJapan and NATO issued a joint statement."
	for _, tc := range []struct {
		name string
		rows []string
		want string // findings as severity/rule/concept
	}{
		{name: "party named before, said by we",
			rows: []string{head, "日本とNATOは協力を深める。\tWe will deepen our cooperation."},
			want: "info/do-not-translate/nato"},
		{name: "the party first",
			rows: []string{head, "NATOと日本が協力を深める。\tWe will deepen our cooperation."},
			want: "info/do-not-translate/nato"},
		{name: "near miss: the English never names the party",
			rows: []string{"日本とNATOは協力を深める。\tWe will deepen our cooperation."},
			want: "error/do-not-translate/nato"},
		{name: "near miss: no we in the English",
			rows: []string{head, "日本とNATOは協力を深める。\tCooperation will deepen."},
			want: "error/do-not-translate/nato"},
		{name: "near miss: は opens a longer word (はじめ)",
			rows: []string{head, "日本とNATOはじめ各国が協力を深める。\tWe will deepen our cooperation."},
			want: "error/do-not-translate/nato"},
		{name: "near miss: the party is no subject",
			rows: []string{head, "日本はNATOと協力を深める。\tWe will deepen our cooperation."},
			want: "error/do-not-translate/nato"},
		{name: "missing-term: a party in Japanese words",
			rows: []string{"日本及び北大西洋条約機構は声明を出した。\tJapan and the North Atlantic Treaty Organization issued a statement.",
				"日本と北大西洋条約機構は協力を深める。\tWe will deepen our cooperation."},
			want: "info/missing-term/nato"},
		{name: "near miss: missing-term, never named",
			rows: []string{"日本と北大西洋条約機構は協力を深める。\tWe will deepen our cooperation."},
			want: "error/missing-term/nato"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if g := rowsSeverities(t, l, "ja", "en", tc.rows); g != tc.want {
				t.Errorf("findings %q, want %q", g, tc.want)
			}
		})
	}
}

// TestWePartyPerPart: in a file that gathers several documents, a party said by "we" is a
// note only where its own document names it: a name in another document leaves the error.
func TestWePartyPerPart(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct {
		name, rows, want string
	}{
		{name: "named in the same document",
			rows: "a\t日本及びNATOは共同声明を発出した。\tJapan and NATO issued a joint statement.\n" +
				"a\t日本とNATOは協力を深める。\tWe will deepen our cooperation.\n",
			want: "info/do-not-translate/nato"},
		{name: "near miss: named in another document only",
			rows: "a\t日本及びNATOは共同声明を発出した。\tJapan and NATO issued a joint statement.\n" +
				"b\t日本とNATOは協力を深める。\tWe will deepen our cooperation.\n",
			want: "error/do-not-translate/nato"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := readDelimited("t.tsv", []byte("doc\tja\ten\n"+tc.rows), '\t', "ja", "en")
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range l.Lint(doc) {
				got = append(got, f.Severity.String()+"/"+f.Rule+"/"+f.Concept)
			}
			if g := strings.Join(got, " "); g != tc.want {
				t.Errorf("findings %q, want %q", g, tc.want)
			}
		})
	}
}
