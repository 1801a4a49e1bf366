package lint

import (
	"strings"
	"testing"

	"github.com/glossterm/gloss/glossary"
)

// shapeGlossary has terms that English and Japanese write in another shape than the
// glossary's: country-pair compounds, heads shared by coordinated modifiers or left out
// after them, verbal-noun compounds written as clauses.
const shapeGlossary = `gloss: 1
languages: [ja, en]
concepts:
  - id: japan-rok-relations
    terms:
      ja: [日韓関係]
      en: [Japan-ROK relations]
  - id: japan-us-alliance
    terms:
      ja: [日米同盟]
      en: [U.S.-Japan Alliance, Japan-U.S. Alliance]
  - id: conventional-forces
    terms:
      ja: [通常戦力]
      en: [conventional forces]
  - id: military-capabilities
    terms:
      ja: [軍事力]
      en: [military capabilities]
  - id: unilateral-attempt-to-change-the-status-quo
    terms:
      ja: [一方的な現状変更の試み]
      en: [unilateral attempt to change the status quo]
`

// shapeDict stands in for EDICT.
var shapeDict = map[string][]string{
	"関係": {"relation", "relationship", "connection"},
	"戦力": {"war potential", "fighting power", "military strength"},
	"通常": {"usual", "ordinary", "normal"},
	"韓":  {"Korea", "Han (Chinese state)"},
}

// lintShape lints one row (ja<TAB>en) against shapeGlossary, en → ja if enja, with the
// paraphrases noted (Options.NoteParaphrases). It checks that by default the same
// paraphrases are accepted instead, and the other findings stay.
func lintShape(t *testing.T, row string, enja bool) []Finding {
	t.Helper()
	g, err := glossary.Parse([]byte(shapeGlossary), "shape.yaml")
	if err != nil {
		t.Fatal(err)
	}
	ja, en, _ := strings.Cut(row, "\t")
	src, tgt := "", ""
	if enja {
		src, tgt = "en", "ja"
	}
	doc, err := readDelimited("t.tsv", []byte("id\tja\ten\n1\t"+ja+"\t"+en+"\n"), '\t', src, tgt)
	if err != nil {
		t.Fatal(err)
	}
	var runs [2]*Run
	for i, note := range []bool{false, true} {
		l, err := New(g, Options{NoteParaphrases: note, Glosses: dictGlosses(shapeDict)})
		if err != nil {
			t.Fatal(err)
		}
		runs[i] = l.NewRun(false)
		runs[i].LintDoc(doc)
	}
	noted := runs[1].Findings()
	var rest, para []Finding
	for _, f := range noted {
		if f.Rule == RuleParaphrased {
			para = append(para, f)
		} else {
			rest = append(rest, f)
		}
	}
	if got, want := brief(runs[0].Findings()), brief(rest); got != want {
		t.Errorf("default: findings %q, want %q", got, want)
	}
	if got, want := brief(runs[0].Accepted()), brief(para); got != want {
		t.Errorf("default: accepted %q, want %q", got, want)
	}
	return noted
}

// reasons lists the reasons of the findings that have one.
func reasons(fs []Finding) string {
	var out []string
	for _, f := range fs {
		if f.Reason != "" {
			out = append(out, f.Reason)
		}
	}
	return strings.Join(out, " ")
}

// TestCountryPair: a compound of country initials and a relation noun (日韓関係) is
// rendered "relations between Japan and the ROK" or "Japan-ROK ties" with no finding;
// another country, or one left out, is still a missing term.
func TestCountryPair(t *testing.T) {
	tests := []struct{ name, row, want string }{
		{"between … and", "首相は日韓関係を改善した。\tThe Prime Minister improved relations between Japan and the ROK.", ""},
		{"ties, hyphened", "首相は日韓関係を改善した。\tThe Prime Minister improved Japan-ROK ties.", ""},
		{"the full name of a country", "首相は日韓関係を改善した。\tThe Prime Minister improved ties between Japan and the Republic of Korea.", ""},
		{"near miss: another country", "首相は日韓関係を改善した。\tThe Prime Minister improved ties between Japan and China.", "missing-term/japan-rok-relations@1"},
		{"near miss: a country left out", "首相は日韓関係を改善した。\tThe Prime Minister improved our relations with Japan.", "missing-term/japan-rok-relations@1"},
		{"near miss: another relation", "首相は日韓関係を改善した。\tThe Prime Minister improved trade between Japan and the ROK.", "missing-term/japan-rok-relations@1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := brief(lintShape(t, tt.row, false)); got != tt.want {
				t.Errorf("findings %q, want %q", got, tt.want)
			}
		})
	}
}

// TestSharedHead: English writes the head of coordinated modifiers once, plural, after the
// last ("the U.S.-Japan and U.S.-ROK alliances"); a modifier that is not a whole conjunct,
// or a head in the singular, a phrase broken by a dash, is no rendering of the term.
func TestSharedHead(t *testing.T) {
	tests := []struct{ name, row, want string }{
		{"M and M2 Hs, before a dash", "日米同盟及び米韓同盟に支えられる。\tGirded by the ironclad U.S.-Japan and U.S.-ROK alliances—our ties grow.", ""},
		{"M, M2, and M3 Hs", "日米同盟を強化する。\tWe strengthen the U.S.-Japan, U.S.-ROK, and U.S.-Australia alliances.", ""},
		{"M2 and M Hs", "日米同盟を強化する。\tWe strengthen the U.S.-ROK and U.S.-Japan alliances.", ""},
		{"near miss: M modifies another noun", "日米同盟を強化する。\tWe welcome the U.S.-Japan summit, held in Tokyo after long talks, and the U.S.-ROK alliances.", "missing-term/japan-us-alliance@1"},
		{"near miss: a dash between", "日米同盟を強化する。\tWe welcome U.S.-Japan and U.S.-ROK talks—alliances matter.", "missing-term/japan-us-alliance@1"},
		{"near miss: another head", "日米同盟を強化する。\tWe strengthen the U.S.-Japan and U.S.-ROK partnerships.", "missing-term/japan-us-alliance@1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := brief(lintShape(t, tt.row, false)); got != tt.want {
				t.Errorf("findings %q, want %q", got, tt.want)
			}
		})
	}
}

// TestElidedHead: a coordination of modifiers that ends the phrase after the noun it
// qualifies ("U.S. military capabilities, including nuclear and conventional") leaves the
// head out: a note. A coordination with a head of its own, or none named before it, is
// still missing the term.
func TestElidedHead(t *testing.T) {
	tests := []struct{ name, row, want string }{
		{"head elided after a noun of its sense", "核及び通常戦力を含む米国の軍事力で日本を守る。\tJapan is defended by U.S. military capabilities, including nuclear and conventional.", "paraphrased-term/conventional-forces@1"},
		{"the modifier first", "通常戦力及び核戦力を含む米国の軍事力で日本を守る。\tJapan is defended by the full range of U.S. military capabilities, including conventional and nuclear.", "paraphrased-term/conventional-forces@1"},
		{"a list of three", "核及び通常戦力を含む米国の軍事力で日本を守る。\tJapan is defended by U.S. military capabilities, including nuclear, conventional, and space.", "paraphrased-term/conventional-forces@1"},
		{"near miss: a head of its own after a list", "核及び通常戦力を含む米国の軍事力で日本を守る。\tJapan is defended by U.S. military capabilities, including nuclear, conventional, and missile defenses.", "missing-term/conventional-forces@1"},
		{"near miss: a head of its own", "核及び通常戦力を含む米国の軍事力で日本を守る。\tJapan is defended by U.S. military capabilities, including nuclear and conventional weapons.", "missing-term/conventional-forces@1"},
		{"near miss: no head named before", "核及び通常戦力を維持する。\tWe keep them, both nuclear and conventional.", "missing-term/conventional-forces@1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := lintShape(t, tt.row, false)
			if got := brief(fs); got != tt.want {
				t.Errorf("findings %q, want %q", got, tt.want)
			}
			if got, want := reasons(fs), strings.Repeat(ReasonElidedHead, strings.Count(tt.want, RuleParaphrased)); got != want {
				t.Errorf("reasons %q, want %q", got, want)
			}
		})
	}
}

// TestVerbalClause: en → ja, a verbal-noun compound of the Japanese term (現状変更) written
// as the clause 現状を変更する, with the term's other modifiers moved next to the head and a
// determiner come in, is a paraphrase; another verb, a word of the term left out or one
// the term lacks are still missing the term.
func TestVerbalClause(t *testing.T) {
	const en = "\tWe oppose any unilateral attempt to change the status quo."
	tests := []struct{ name, row, want string }{
		{"clause, determiner, modifier by the head", "我々は現状を変更しようとするいかなる一方的な試みにも反対する。" + en, "paraphrased-term/unilateral-attempt-to-change-the-status-quo@1"},
		{"modifier before the clause", "我々は一方的に現状を変更する試みに反対する。" + en, "paraphrased-term/unilateral-attempt-to-change-the-status-quo@1"},
		{"near miss: another verb", "我々は現状を維持しようとするいかなる一方的な試みにも反対する。" + en, "missing-term/unilateral-attempt-to-change-the-status-quo@1"},
		{"near miss: a modifier left out", "我々は現状を変更しようとするいかなる試みにも反対する。" + en, "missing-term/unilateral-attempt-to-change-the-status-quo@1"},
		{"near miss: a word the term lacks", "我々は現状を変更しようとする強い一方的な試みにも反対する。" + en, "missing-term/unilateral-attempt-to-change-the-status-quo@1"},
		{"near miss: another phrase", "我々は現状を変更した。一方的な試みにも反対する。" + en, "missing-term/unilateral-attempt-to-change-the-status-quo@1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := lintShape(t, tt.row, true)
			if got := brief(fs); got != tt.want {
				t.Errorf("findings %q, want %q", got, tt.want)
			}
			if got, want := reasons(fs), strings.Repeat(ReasonClause, strings.Count(tt.want, RuleParaphrased)); got != want {
				t.Errorf("reasons %q, want %q", got, want)
			}
		})
	}
}
