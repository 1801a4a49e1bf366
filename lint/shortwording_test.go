package lint

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glossterm/gloss/glossary"
)

// TestShortWording: en → ja, a short wording of a concept ("partnership" beside "trilateral
// partnership") demands the concept's rendering only in a document that introduces the
// concept: by its fuller term anywhere in the source, or by the short wording after a word
// that says which one is meant ("our partnership"). Read whole, from a file as it streams,
// and from a path.
func TestShortWording(t *testing.T) {
	l := formsLinter(t)
	for _, tc := range []struct {
		name string
		rows []string // id<TAB>ja<TAB>en: checked en → ja
		want string
	}{
		{name: "the head of another name, never introduced",
			rows: []string{"1\t地域的な包括的経済連携の早期妥結を目指す。\tWe seek the swift conclusion of the Regional Comprehensive Economic Partnership."}},
		{name: "a definite short wording, never introduced",
			rows: []string{"1\t我々はその協定を歓迎する。\tWe welcome the Partnership."}},
		{name: "near miss: introduced by the full term before",
			rows: []string{"1\t三か国のパートナーシップを強化する。\tWe strengthen the trilateral partnership.", "2\t協定は来年発効する。\tThe partnership grows next year."},
			want: "missing-term/partnership@2"},
		{name: "near miss: introduced by the full term after",
			rows: []string{"1\t協定は来年発効する。\tThe partnership grows next year.", "2\t三か国のパートナーシップを強化する。\tWe strengthen the trilateral partnership."},
			want: "missing-term/partnership@1"},
		{name: "near miss: the first-person possessive says which one",
			rows: []string{"1\t我々の関係は強い。\tOur partnership is strong."},
			want: "missing-term/partnership@1"},
		{name: "near miss: introduced by the possessive in another row",
			rows: []string{"1\t我々のパートナーシップは強い。\tOur partnership is strong.", "2\t協定は来年発効する。\tThe partnership grows next year."},
			want: "missing-term/partnership@2"},
		{name: "a rendered short wording needs nothing",
			rows: []string{"1\tパートナーシップは深まる。\tThe partnership deepens."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := "id\tja\ten\n" + strings.Join(tc.rows, "\n") + "\n"
			doc, err := readDelimited("t.tsv", []byte(data), '\t', "en", "ja")
			if err != nil {
				t.Fatal(err)
			}
			if got := brief(l.Lint(doc)); got != tc.want {
				t.Errorf("Lint: findings %q, want %q", got, tc.want)
			}
			r := l.NewRun(false)
			if _, err := r.LintFile("t.tsv", []byte(data), ReadOptions{Source: "en", Target: "ja"}); err != nil {
				t.Fatal(err)
			}
			if got := brief(r.Findings()); got != tc.want {
				t.Errorf("LintFile: findings %q, want %q", got, tc.want)
			}
			path := filepath.Join(t.TempDir(), "t.tsv")
			if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
				t.Fatal(err)
			}
			r = l.NewRun(false)
			if _, err := r.LintPath("t.tsv", path, ReadOptions{Source: "en", Target: "ja"}); err != nil {
				t.Fatal(err)
			}
			if got := brief(r.Findings()); got != tc.want {
				t.Errorf("LintPath: findings %q, want %q", got, tc.want)
			}
		})
	}
}

const shortWordingGlossary = `gloss: 1
languages: [ja, en]
concepts:
  - id: ties
    terms:
      ja: [同盟関係]
      en: [alliance relationships, {term: alliance, status: admitted}]
  - id: japan-us
    terms:
      ja: [日米同盟]
      en: [Japan-U.S. Alliance]
`

// TestShortWordingLongerName: en → ja, a short wording ("alliance") refers back to the
// alliance a document named by any glossary term that holds it as a word ("the Japan-U.S.
// Alliance"), so its rendering is required there; a term that holds it only as part of a
// longer word introduces nothing.
func TestShortWordingLongerName(t *testing.T) {
	g, err := glossary.Parse([]byte(shortWordingGlossary), "short.yaml")
	if err != nil {
		t.Fatal(err)
	}
	l, err := New(g, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		rows []string // id<TAB>ja<TAB>en: checked en → ja
		want string
	}{
		{name: "never introduced", rows: []string{"1\t日米関係を強化する。\tWe strengthen the alliance."}},
		{name: "near miss: introduced by another concept's name that holds it",
			rows: []string{"1\t日米同盟は強い。\tThe Japan-U.S. Alliance is strong.", "2\t日米関係を強化する。\tWe strengthen the alliance."},
			want: "missing-term/ties@2"},
		{name: "near miss: introduced by the concept's fuller term",
			rows: []string{"1\t日米関係を強化する。\tWe strengthen the alliance.", "2\t同盟関係は重要だ。\tAlliance relationships matter."},
			want: "missing-term/ties@1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := "id\tja\ten\n" + strings.Join(tc.rows, "\n") + "\n"
			doc, err := readDelimited("t.tsv", []byte(data), '\t', "en", "ja")
			if err != nil {
				t.Fatal(err)
			}
			if got := brief(l.Lint(doc)); got != tc.want {
				t.Errorf("findings %q, want %q", got, tc.want)
			}
		})
	}
}

// TestShortWordingJapanese: ja → en, a Japanese short wording (抑止 beside 抑止力) is the
// concept's own word, not an anaphor: a translation without the concept's rendering is
// missing it in a document that never writes the fuller term.
func TestShortWordingJapanese(t *testing.T) {
	l := defaultLinter(t)
	for _, tc := range []struct{ name, ja, en, want string }{
		{name: "rendered", ja: "両国は抑止を強化する。", en: "The two countries strengthen deterrence."},
		{name: "near miss: not rendered, never introduced", ja: "両国は抑止を強化する。", en: "The two countries strengthen their posture.", want: "missing-term/deterrence"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := rowFindings(t, l, "ja", "en", tc.ja, tc.en); got != tc.want {
				t.Errorf("findings %q, want %q", got, tc.want)
			}
		})
	}
}
