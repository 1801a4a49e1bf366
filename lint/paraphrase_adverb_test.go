package lint

import (
	"testing"

	"github.com/glossterm/gloss/glossary"
)

// adverbGlossary has terms whose first part is an adjectival noun that Japanese may say of
// the predicate as an adverb on the same root.
const adverbGlossary = `gloss: 1
languages: [ja, en]
concepts:
  - id: common-concern
    terms:
      ja: [共通の関心]
      en: [common interest]
  - id: joint-exercise
    terms:
      ja: [共同訓練]
      en: [joint exercise]
`

// adverbDict stands in for EDICT: the glosses of the words below.
var adverbDict = map[string][]string{
	"共通":  {"common", "shared", "mutual"},
	"関心":  {"concern", "interest"},
	"共同":  {"cooperation", "collaboration", "joint"},
	"訓練":  {"training", "drill", "exercise"},
	"共に":  {"together", "jointly", "both"},
	"大いに": {"very", "much", "greatly"},
	"一層":  {"much more", "still more"},
}

// TestAdverbOnTheTermsRoot lints en → ja rows: an adverb formed on the root of the term's
// adjectival noun (共に on 共 of 共通) renders the English adjective, so the translation
// renders the term; an adverb on another root, one in kana alone, none at all, or the
// adverb without the noun is still a missing term.
func TestAdverbOnTheTermsRoot(t *testing.T) {
	tests := []struct {
		name   string
		ja, en string
		noDict bool
		want   string
	}{
		{name: "the adverb on the root of 共通",
			ja: "両国は共に関心を有する課題を話し合った。", en: "The two countries talked about issues of common interest.",
			want: "paraphrased-term/common-concern@1"},
		{name: "the adjectival noun itself",
			ja: "両国は共通の関心を有する課題を話し合った。", en: "The two countries talked about issues of common interest.",
			want: ""},
		{name: "near miss: an adverb on another root",
			ja: "両国は大いに関心を有する課題を話し合った。", en: "The two countries talked about issues of common interest.",
			want: "missing-term/common-concern@1"},
		{name: "near miss: an adverb all in kanji that begins no morpheme of the term",
			ja: "両国は一層関心を有する課題を話し合った。", en: "The two countries talked about issues of common interest.",
			want: "missing-term/common-concern@1"},
		{name: "near miss: the adverb in kana says nothing of its root",
			ja: "両国はともに関心を有する課題を話し合った。", en: "The two countries talked about issues of common interest.",
			want: "missing-term/common-concern@1"},
		{name: "omission: no word for common",
			ja: "両国は関心を有する課題を話し合った。", en: "The two countries talked about issues of common interest.",
			want: "missing-term/common-concern@1"},
		{name: "omission: the adverb without the noun",
			ja: "両国は共に課題を話し合った。", en: "The two countries talked about issues of common interest.",
			want: "missing-term/common-concern@1"},
		{name: "near miss: the adverb and the noun in different clauses",
			ja: "両国は共に、関心を持って課題を話し合った。", en: "The two countries talked about issues of common interest.",
			want: "missing-term/common-concern@1"},
		{name: "another term: 共に on 共 of 共同",
			ja: "両国の部隊は共に訓練を行った。", en: "The units of the two countries held a joint exercise.",
			want: "paraphrased-term/joint-exercise@1"},
		{name: "without the dictionary the root is unknown",
			ja: "両国は共に関心を有する課題を話し合った。", en: "The two countries talked about issues of common interest.",
			noDict: true, want: "missing-term/common-concern@1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := glossary.Parse([]byte(adverbGlossary), "adverb.yaml")
			if err != nil {
				t.Fatal(err)
			}
			o := Options{NoteParaphrases: true}
			if !tt.noDict {
				o.Glosses = dictGlosses(adverbDict)
			}
			l, err := New(g, o)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := readDelimited("t.tsv", []byte("id\ten\tja\n1\t"+tt.en+"\t"+tt.ja+"\n"), '\t', "en", "ja")
			if err != nil {
				t.Fatal(err)
			}
			if got := brief(l.Lint(doc)); got != tt.want {
				t.Errorf("findings %q, want %q", got, tt.want)
			}
		})
	}
}

func TestKanjiStem(t *testing.T) {
	for _, tt := range []struct{ word, want string }{
		{word: "共に", want: "共"},
		{word: "互いに", want: "互"},
		{word: "一層", want: "一層"},
		{word: "ともに", want: ""},
	} {
		if got := kanjiStem(tt.word); got != tt.want {
			t.Errorf("kanjiStem(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}
