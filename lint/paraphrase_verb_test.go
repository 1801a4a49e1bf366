package lint

import (
	"testing"

	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/lexicon"
)

// verbGlossary has a Japanese verbal-noun compound whose English term is a noun phrase in
// -ing, which a translation may write as the verb and its object.
const verbGlossary = `gloss: 1
languages: [ja, en]
concepts:
  - id: information-gathering
    terms:
      ja: [情報収集]
      en: [information gathering]
`

// verbDict stands in for EDICT.
var verbDict = map[string][]string{
	"情報": {"information", "news"},
	"収集": {"gathering up", "collection", "accumulation"},
	"分析": {"analysis"},
	"全力": {"all one's power"},
}

// TestVerbOfTheTerm lints ja → en rows: "gather information" (the verb in -er and its
// object) renders 情報収集 as "information gathering" does, and "gather and analyze
// information" renders 情報収集・分析; the verb with another object, or alone, or a verb the
// source lacks, is still a missing term.
func TestVerbOfTheTerm(t *testing.T) {
	tests := []struct {
		name   string
		ja, en string
		want   string
	}{
		{name: "the verb in -er and its object",
			ja: "政府は情報収集に全力を挙げる。", en: "The Government will make every effort to gather information.",
			want: "paraphrased-term/information-gathering@1"},
		{name: "the -ing form",
			ja: "政府は情報収集に全力を挙げる。", en: "The Government will make every effort in gathering information.",
			want: "paraphrased-term/information-gathering@1"},
		{name: "two verbs, the second the source's noun in -ysis",
			ja: "政府は情報収集・分析に全力を挙げる。", en: "The Government will make every effort to gather and analyze information.",
			want: "paraphrased-term/information-gathering@1"},
		{name: "near miss: a verb the source lacks",
			ja: "政府は情報収集に全力を挙げる。", en: "The Government will make every effort to gather and analyze information.",
			want: "missing-term/information-gathering@1"},
		{name: "near miss: the verb with another object",
			ja: "政府は情報収集に全力を挙げる。", en: "The Government will make every effort to gather support.",
			want: "missing-term/information-gathering@1"},
		{name: "omission: the verb alone",
			ja: "政府は情報収集に全力を挙げる。", en: "The Government will make every effort to gather.",
			want: "missing-term/information-gathering@1"},
		{name: "omission: neither word",
			ja: "政府は情報収集に全力を挙げる。", en: "The Government will make every effort.",
			want: "missing-term/information-gathering@1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := glossary.Parse([]byte(verbGlossary), "verb.yaml")
			if err != nil {
				t.Fatal(err)
			}
			l, err := New(g, Options{NoteParaphrases: true, Glosses: dictGlosses(verbDict)})
			if err != nil {
				t.Fatal(err)
			}
			doc, err := readDelimited("t.tsv", []byte("id\tja\ten\n1\t"+tt.ja+"\t"+tt.en+"\n"), '\t', "", "")
			if err != nil {
				t.Fatal(err)
			}
			if got := brief(l.Lint(doc)); got != tt.want {
				t.Errorf("findings %q, want %q", got, tt.want)
			}
		})
	}
}

// TestSameWordVerbForms: a verb in -er is its -ing form (an English unit of the target
// against a normalized word), and a noun in -ysis is its verb; words that only share
// letters are not.
func TestSameWordVerbForms(t *testing.T) {
	for _, tt := range []struct {
		target, word string // a word of the target, a word of a rendering
		want         bool
	}{
		{target: "gather", word: "gathering", want: true},
		{target: "consider", word: "considering", want: true},
		{target: "gathering", word: "gathering", want: true},
		{target: "analyze", word: "analysis", want: true},
		{target: "analyse", word: "analysis", want: true},
		{target: "analysis", word: "analyze", want: true},
		{target: "analyze", word: "paralysis", want: false},
		{target: "gather", word: "gate", want: false},
		{target: "defender", word: "defending", want: true},
		{target: "gather", word: "gatekeeper", want: false},
		{target: "order", word: "ordinance", want: false},
	} {
		us := englishUnits(tt.target)
		if len(us) != 1 {
			t.Fatalf("englishUnits(%q) = %d units", tt.target, len(us))
		}
		if got := us[0].same(lexicon.Norm(tt.word)); got != tt.want {
			t.Errorf("%q same as %q = %v, want %v", tt.target, tt.word, got, tt.want)
		}
	}
}
