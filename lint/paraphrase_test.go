package lint

import (
	"strings"
	"testing"

	"github.com/glossterm/gloss/glossary"
)

// paraGlossary has terms of several parts, some of whose parts are concepts of their own.
const paraGlossary = `gloss: 1
languages: [ja, en]
concepts:
  - id: defense-cooperation
    terms:
      ja: [防衛協力]
      en: [defense cooperation, {term: defence co-operation, status: forbidden}]
  - id: defense
    terms:
      ja: [防衛]
      en: [defense]
  - id: defense-of-japan
    terms:
      ja: [日本の防衛]
      en: [defense of Japan]
  - id: japan
    terms:
      ja: [日本]
      en: [Japan]
  - id: ballistic-missile-defense
    terms:
      ja: [弾道ミサイル防衛]
      en: [ballistic missile defense]
  - id: allies-and-partners
    terms:
      ja: [同盟国及びパートナー国]
      en: [allies and partners]
  - id: unwavering-commitment
    terms:
      ja: [揺るぎないコミットメント]
      en: [unwavering commitment, {term: ironclad commitment, status: admitted}]
  - id: deterrence
    terms:
      ja: [抑止]
      en: [deterrence]
  - id: missile-defense-cooperation
    terms:
      ja: [ミサイル防衛協力]
      en: [missile defense cooperation]
`

// paraDict stands in for EDICT: the glosses of a few Japanese words.
var paraDict = map[string][]string{
	"協力":      {"cooperation", "collaboration"},
	"同盟国":     {"ally", "allied nation"},
	"揺るぎない":   {"unwavering", "steadfast"},
	"ミサイル":    {"missile"},
	"弾道":      {"trajectory", "ballistic"},
	"抑止":      {"deterrence", "check"},
	"強い":      {"strong"},
	"パートナー国":  {"partner country"},
	"パートナー":   {"partner"},
	"コミットメント": {"commitment"},
	"同盟":      {"alliance"},
}

func paraLinter(t testing.TB, dict bool) *Linter {
	return paraLinterOpts(t, dict, true)
}

// paraLinterOpts is paraLinter with the paraphrases accepted (note false) or noted.
func paraLinterOpts(t testing.TB, dict, note bool) *Linter {
	t.Helper()
	g, err := glossary.Parse([]byte(paraGlossary), "para.yaml")
	if err != nil {
		t.Fatal(err)
	}
	o := Options{NoteParaphrases: note}
	if dict {
		o.Glosses = dictGlosses(paraDict)
	}
	l, err := New(g, o)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// TestParaphrasedTerm lints one-row TSVs: a translation that renders every content part of
// a term within a few words is accepted (Run.Accepted, with its reason), or with
// NoteParaphrases a paraphrased-term note; one that drops a part, swaps a conjunction or
// adds a word the source lacks is still missing the term; a forbidden rendering is still
// found.
func TestParaphrasedTerm(t *testing.T) {
	tests := []struct {
		name   string
		row    string // ja<TAB>en
		enja   bool   // check en → ja
		noDict bool   // without the dictionary
		want   string // brief findings
		span   string // the note's span in the translation
	}{
		{name: "word order: the parts' own concepts and the dictionary",
			row: "日米は防衛協力を強化する。\tJapan and the United States strengthen cooperation in defense.", want: "paraphrased-term/defense-cooperation@1", span: "cooperation in defense"},
		{name: "number and order: English inflection",
			row: "弾道ミサイル防衛を進める。\tWe advance defenses against ballistic missiles.", want: "paraphrased-term/ballistic-missile-defense@1", span: "defenses against ballistic missiles"},
		{name: "katakana by its sound and a part that is a concept, without the dictionary",
			row: "ミサイル防衛協力を進める。\tWe advance cooperation on missile defense.", noDict: true, want: "paraphrased-term/missile-defense-cooperation@1", span: "cooperation on missile defense"},
		{name: "a noun's verb: defend for defense",
			row: "米国は日本の防衛に関与する。\tThe United States is committed to defend Japan.", want: "paraphrased-term/defense-of-japan@1", span: "defend Japan"},
		{name: "near miss: the verb with another object",
			row: "米国は日本の防衛に関与する。\tThe United States is committed to defend Korea.", want: "missing-term/defense-of-japan@1"},
		{name: "near miss: another verb",
			row: "米国は日本の防衛に関与する。\tThe United States is committed to depend on Japan.", want: "missing-term/defense-of-japan@1"},
		{name: "without the dictionary, a part with no rendering is missing",
			row: "日米は防衛協力を強化する。\tJapan and the United States strengthen cooperation in defense.", noDict: true, want: "missing-term/defense-cooperation@1"},
		{name: "ja → en: or for and",
			row: "同盟国及びパートナー国と協力する。\tWe cooperate with partners or allies.", want: "missing-term/allies-and-partners@1"},
		{name: "omission: a part missing",
			row: "日米は防衛協力を強化する。\tJapan and the United States strengthen defense ties.", want: "missing-term/defense-cooperation@1"},
		{name: "omission: a part missing from a longer term",
			row: "弾道ミサイル防衛を進める。\tWe advance missile defense.", want: "missing-term/ballistic-missile-defense@1"},
		{name: "parts too far apart",
			row: "日米は防衛協力を強化する。\tDefense budgets rose while the two countries, after long talks in several capitals and many rounds, agreed on cooperation.", want: "missing-term/defense-cooperation@1"},
		{name: "a paraphrase is one phrase: no clause punctuation inside",
			row: "日米は防衛協力を強化する。\tJapan and the United States strengthen cooperation; defense too.", want: "missing-term/defense-cooperation@1"},
		{name: "en → ja: a part that modifies another compound",
			row: "協力と防衛政策を強化する。\tWe strengthen defense cooperation.", enja: true, want: "missing-term/defense-cooperation@1"},
		{name: "en → ja: a particle that marks another argument",
			row: "協力は防衛を強化する。\tWe strengthen defense cooperation.", enja: true, want: "missing-term/defense-cooperation@1"},
		{name: "a part's word from the concept's own term, by elimination (ironclad: 揺るぎない)",
			row: "同盟上の揺るぎないコミットメントを示す。\tIt shows ironclad alliance commitments.", want: "paraphrased-term/unwavering-commitment@1", span: "ironclad alliance commitments"},
		{name: "a word neither the terms nor the dictionary give the part is no rendering",
			row: "同盟上の揺るぎないコミットメントを示す。\tIt shows firm alliance commitments.", want: "missing-term/unwavering-commitment@1"},
		{name: "the own word with a word the source lacks",
			row: "同盟上の揺るぎないコミットメントを示す。\tIt shows ironclad budget commitments.", want: "missing-term/unwavering-commitment@1"},
		{name: "a word the source lacks is another rendering",
			row: "揺るぎないコミットメントは変わらない。\tThe unwavering strong commitment remains.", want: "missing-term/unwavering-commitment@1"},
		{name: "a forbidden rendering is still found",
			row: "日米は防衛協力を強化する。\tJapan and the United States strengthen defence co-operation.", want: "forbidden-term/defense-cooperation@1"},
		{name: "a one-part term is never paraphrased",
			row: "抑止を強化する。\tWe strengthen the check.", want: "missing-term/deterrence@1"},
		{name: "en → ja: word order in Japanese",
			row: "防衛面での協力を強化する。\tWe strengthen defense cooperation.", enja: true, want: "paraphrased-term/defense-cooperation@1", span: "防衛面での協力"},
		{name: "en → ja: the conjunction is a part",
			row: "同盟国又はパートナー国との協力\tcooperation with allies and partners", enja: true, want: "missing-term/allies-and-partners@1"},
		{name: "en → ja: a part missing",
			row: "防衛を強化する。\tWe strengthen defense cooperation.", enja: true, want: "missing-term/defense-cooperation@1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := paraLinter(t, !tt.noDict)
			ja, en, _ := strings.Cut(tt.row, "\t")
			data := "id\tja\ten\n1\t" + ja + "\t" + en + "\n"
			src, tgt := "", ""
			if tt.enja {
				src, tgt = "en", "ja"
			}
			doc, err := readDelimited("t.tsv", []byte(data), '\t', src, tgt)
			if err != nil {
				t.Fatal(err)
			}
			fs := l.Lint(doc)
			if got := brief(fs); got != tt.want {
				t.Fatalf("findings %q, want %q", got, tt.want)
			}
			// By default the paraphrase is no finding, but an accepted rendering; every
			// other finding stays.
			r := paraLinterOpts(t, !tt.noDict, false).NewRun(false)
			r.LintDoc(doc)
			var wantFs, wantAcc []Finding
			for _, f := range fs {
				if f.Rule == RuleParaphrased {
					wantAcc = append(wantAcc, f)
				} else {
					wantFs = append(wantFs, f)
				}
			}
			if got, want := brief(r.Findings()), brief(wantFs); got != want {
				t.Errorf("default: findings %q, want %q", got, want)
			}
			if got, want := brief(r.Accepted()), brief(wantAcc); got != want {
				t.Errorf("default: accepted %q, want %q", got, want)
			}
			for _, f := range r.Accepted() {
				if f.Reason != ReasonParts {
					t.Errorf("accepted with reason %q, want %q", f.Reason, ReasonParts)
				}
			}
			for _, f := range fs {
				if f.Rule != RuleParaphrased {
					continue
				}
				if f.Severity != Info {
					t.Errorf("severity %v, want info", f.Severity)
				}
				target := en
				if tt.enja {
					target = ja
				}
				if got := target[f.Offset-strings.Index(data, target) : f.EndOffset-strings.Index(data, target)]; got != tt.span {
					t.Errorf("span %q, want %q", got, tt.span)
				}
			}
		})
	}
}

// dictGlosses is an Options.Glosses that looks words up in a test's dictionary.
func dictGlosses(dict map[string][]string) func([]string) map[string][]string {
	return func(words []string) map[string][]string {
		out := map[string][]string{}
		for _, w := range words {
			if gs := dict[w]; gs != nil {
				out[w] = gs
			}
		}
		return out
	}
}
