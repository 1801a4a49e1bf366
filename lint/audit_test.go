package lint

import (
	"fmt"
	"strings"
	"testing"

	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/match"
)

func auditLinter(t *testing.T, concepts string) *Linter {
	t.Helper()
	g, err := glossary.Parse([]byte("gloss: 1\nlanguages: [ja, en]\nconcepts:\n"+concepts), "g.yaml")
	if err != nil {
		t.Fatal(err)
	}
	l, err := New(g, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return l
}

const auditConcepts = `  - id: extended-deterrence
    terms:
      ja: [拡大抑止]
      en: [extended deterrence, {term: expanded deterrence, status: forbidden}]
`

// TestPOPluralAndIgnore: msgstr[0] of a plural entry is the translation checked (msgstr[1]
// is not), at its own position; a "# gloss-ignore" translator comment suppresses its entry only.
func TestPOPluralAndIgnore(t *testing.T) {
	po := `msgid ""
msgstr ""
"Language: en\n"

msgid "拡大抑止"
msgid_plural "拡大抑止"
msgstr[0] "one expanded deterrence"
msgstr[1] "expanded deterrence again"

# gloss-ignore: forbidden-term
msgid "拡大抑止の強化"
msgstr "strengthen expanded deterrence"

msgid "拡大抑止の維持"
msgstr "keep expanded deterrence"
`
	doc, err := readPO("ja.po", []byte(po), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Segments) != 3 {
		t.Fatalf("%d segments, want 3", len(doc.Segments))
	}
	if got := doc.Segments[0].Target.Value; got != "one expanded deterrence" {
		t.Errorf("plural entry's target %q, want msgstr[0]", got)
	}
	if got := doc.Segments[1].Ignore; len(got) != 1 || got[0] != RuleForbidden {
		t.Errorf("ignored rules %q, want the comment's forbidden-term", got)
	}
	if got := doc.Segments[2].Ignore; len(got) != 0 {
		t.Errorf("the next entry inherits %q", got)
	}
	fs := auditLinter(t, auditConcepts).Lint(doc)
	var at []string
	for _, f := range fs {
		if f.Rule == RuleForbidden {
			at = append(at, fmt.Sprintf("%d:%d", f.Line, f.Col))
		}
	}
	// "expanded" in msgstr[0] on line 7, and in the last entry's msgstr on line 15.
	if want := []string{"7:16", "15:14"}; strings.Join(at, " ") != strings.Join(want, " ") {
		t.Errorf("forbidden-term at %v, want %v", at, want)
	}
}

// TestForbiddenHereAllowedThereInOtherCase: a term forbidden in one concept and approved,
// written in other letter case, in another does not fire unless the source has the concept
// that forbids it.
func TestForbiddenHereAllowedThereInOtherCase(t *testing.T) {
	l := auditLinter(t, `  - id: us-dod
    terms:
      ja: [国防総省]
      en: [Department of Defense, {term: defense ministry, status: forbidden}]
  - id: jp-mod
    terms:
      ja: [防衛省]
      en: [Defense Ministry]
`)
	tests := []struct {
		name, src, tgt string
		forbidden      int
	}{
		{name: "monolingual: another concept allows it", tgt: "The Defense Ministry said so.", forbidden: 0},
		// Defense Ministry has capitals, so it does not match here and no approved
		// occurrence shares the span: only the term keys, which fold case, tie the two.
		{name: "monolingual, in the forbidden term's case", tgt: "the defense ministry said so.", forbidden: 0},
		{name: "the source has the concept that allows it", src: "防衛省が述べた。", tgt: "The Defense Ministry said so.", forbidden: 0},
		{name: "the source has the concept that forbids it", src: "国防総省が述べた。", tgt: "The Defense Ministry said so.", forbidden: 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var doc *Doc
			if tc.src == "" {
				doc, _ = readMonolingual("a.txt", []byte(tc.tgt), "en")
			} else {
				var err error
				doc, err = readDelimited("a.tsv", []byte("ja\ten\n"+tc.src+"\t"+tc.tgt+"\n"), '\t', "", "")
				if err != nil {
					t.Fatal(err)
				}
			}
			n := 0
			for _, f := range l.Lint(doc) {
				if f.Rule == RuleForbidden {
					n++
				}
			}
			if n != tc.forbidden {
				t.Errorf("%d forbidden-term findings, want %d", n, tc.forbidden)
			}
		})
	}
}

// TestAcronymBesideTwoFullForms: an acronym never makes a rendering inconsistent, but two
// different full forms of one concept still do, and the less frequent one is reported.
func TestAcronymBesideTwoFullForms(t *testing.T) {
	l := auditLinter(t, `  - id: nds
    terms:
      ja: [国家防衛戦略]
      en: [National Defense Strategy, NDS, {term: National Defence Strategy, status: admitted}]
`)
	text := "The National Defense Strategy (NDS) is new. The NDS says much.\n" +
		"The National Defense Strategy is long. The NDS again.\n" +
		"The National Defence Strategy is British.\n"
	doc, _ := readMonolingual("a.txt", []byte(text), "en")
	var got []string
	for _, f := range l.Lint(doc) {
		if f.Rule == RuleInconsistent {
			got = append(got, f.Term+" → "+f.Suggestion)
		}
	}
	if want := "National Defence Strategy → National Defense Strategy"; len(got) != 1 || got[0] != want {
		t.Errorf("inconsistent-term findings %q, want only %q", got, want)
	}
}

// TestSharedSpanAllowed: another concept's approved term on the very span of a forbidden
// one allows it, wherever it stands among the occurrences that start there (they are
// ordered by start, and by end within a start); one on another span, or the same
// concept's, does not.
func TestSharedSpanAllowed(t *testing.T) {
	a, b := &glossary.Concept{ID: "a"}, &glossary.Concept{ID: "b"}
	ok := &glossary.Term{Text: "ok", Status: glossary.Preferred}
	bad := &glossary.Term{Text: "bad", Status: glossary.Forbidden}
	occ := func(start, end int, c *glossary.Concept, t *glossary.Term) match.Occurrence {
		return match.Occurrence{Start: start, End: end, Concept: c, Term: t}
	}
	tests := []struct {
		name string
		all  []match.Occurrence
		k    int
		want bool
	}{
		{name: "alone", all: []match.Occurrence{occ(0, 3, a, bad)}, want: false},
		{name: "after the allowed one", all: []match.Occurrence{occ(0, 2, b, ok), occ(4, 7, b, ok), occ(4, 7, a, bad), occ(9, 12, b, ok)}, k: 2, want: true},
		{name: "before the allowed one", all: []match.Occurrence{occ(4, 7, a, bad), occ(4, 7, b, ok)}, want: true},
		{name: "a longer span at the same start", all: []match.Occurrence{occ(4, 9, b, ok), occ(4, 7, a, bad)}, k: 1, want: false},
		{name: "past a longer span of another", all: []match.Occurrence{occ(4, 9, a, bad), occ(4, 7, b, bad), occ(4, 7, a, bad), occ(4, 7, b, ok)}, k: 2, want: true},
		{name: "the same concept's", all: []match.Occurrence{occ(4, 7, a, ok), occ(4, 7, a, bad)}, k: 1, want: false},
		{name: "another's, forbidden too", all: []match.Occurrence{occ(4, 7, a, bad), occ(4, 7, b, bad)}, want: false},
		{name: "the neighbours' spans", all: []match.Occurrence{occ(0, 4, b, ok), occ(4, 7, a, bad), occ(7, 9, b, ok)}, k: 1, want: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sharedSpanAllowed(tt.all, tt.k, nil); got != tt.want {
				t.Errorf("sharedSpanAllowed = %v, want %v", got, tt.want)
			}
		})
	}
}
