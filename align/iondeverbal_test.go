package align

import (
	"testing"

	"github.com/glossterm/gloss/internal/morph"
)

// TestIonDerivative: a verbal noun glossed by a bare verb (行為 → act) renders the English
// noun English makes of that verb by -ion (action, actions), so the compound is translated
// as a whole; a verb does not reach a noun that merely begins like it (actor).
func TestIonDerivative(t *testing.T) {
	dict := dictOf(map[string]string{"一方的": "unilateral", "行為": "act"})
	tests := []struct {
		name, ja, en, term string
		want               string // an English the term is proposed with by compositional evidence
		not                string // an English it is not so proposed with
	}{
		{name: "a verbal noun glossed by the verb, the English noun in -ions",
			ja: "いかなる一方的行為にも反対した。", en: "They opposed any unilateral actions.",
			term: "一方的行為", want: "unilateral actions"},
		{name: "the singular noun in -ion",
			ja: "一方的行為を非難した。", en: "They condemned the unilateral action.",
			term: "一方的行為", want: "unilateral action"},
		{name: "near miss: a noun that begins like the verb but is no -ion noun",
			ja: "一方的行為を非難した。", en: "They condemned the unilateral actor.",
			term: "一方的行為", not: "unilateral actor"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Run(nil, nil, []BitextSegment{{JA: tc.ja, EN: tc.en, Doc: "a.txt", Line: 1}}, Options{EDICT: dict})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range res.Pairs {
				if p.JA == tc.term && hasType(p.Evidence, EvCompositional) {
					got = append(got, p.EN)
				}
			}
			has := func(s string) bool {
				for _, g := range got {
					if g == s {
						return true
					}
				}
				return false
			}
			if tc.want != "" && !has(tc.want) {
				t.Errorf("%s composed as %q, want %q", tc.term, got, tc.want)
			}
			if tc.not != "" && has(tc.not) {
				t.Errorf("%s composed as %q, want no %q", tc.term, got, tc.not)
			}
		})
	}
}

// TestIonDerivativeVerbalNoun: only a verbal noun's gloss reaches the -ion noun: the
// prefix 在, glossed by a participle whose stem (situat) looks like the stem of
// "situation", does not.
func TestIonDerivativeVerbalNoun(t *testing.T) {
	tests := []struct {
		name, ja   string // the first token of ja is the part
		gloss, raw string
		want       bool
	}{
		{name: "a verbal noun glossed by the verb", ja: "行為に反対", gloss: "act", raw: "actions", want: true},
		{name: "near miss: a prefix glossed by a participle", ja: "在マレーシア", gloss: "situat", raw: "situation"},
		{name: "near miss: a noun that begins like the verb", ja: "行為に反対", gloss: "act", raw: "actor"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := constituent{units: morph.Tokenize(tc.ja)[:1]}
			if got := ionDerivative(&c, tc.gloss, tc.raw); got != tc.want {
				t.Errorf("ionDerivative(%s, %s, %s) = %v, want %v", tc.ja, tc.gloss, tc.raw, got, tc.want)
			}
		})
	}
}
