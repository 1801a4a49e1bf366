package lint

import (
	"fmt"
	"testing"

	"github.com/glossterm/gloss/glossary"
)

// possessorGlossary has terms whose first part is the adjective of the nation.
const possessorGlossary = `gloss: 1
languages: [ja, en]
concepts:
  - id: national-security
    terms:
      ja: [国家安全保障]
      en: [national security]
  - id: national-defense
    terms:
      ja: [国家防衛]
      en: [national defense]
`

// possessorDict stands in for EDICT.
var possessorDict = map[string][]string{
	"国家":  {"state", "country", "nation"},
	"安全":  {"safety", "security"},
	"保障":  {"guarantee", "security", "assurance"},
	"防衛":  {"defense", "protection"},
	"我が国": {"our country", "our land"},
	"地域":  {"area", "region"},
	"同盟":  {"alliance"},
}

// TestNationByItsPossessor lints en → ja rows: after an English possessive, the Japanese
// possessor of the rest of the term (a synonym of 国家 by the dictionary, or a country's
// name) renders "national"; without the possessive, with a possessor of another meaning,
// or with no possessor, "national" is still unrendered.
func TestNationByItsPossessor(t *testing.T) {
	tests := []struct {
		name   string
		ja, en string
		want   string
	}{
		{name: "a synonym of 国家 as the possessor",
			ja: "我が国の安全保障は重要である。", en: "Japan's national security is important.",
			want: "paraphrased-term/national-security@1"},
		{name: "a country's name as the possessor",
			ja: "トルコの安全保障は重要である。", en: "Türkiye's national security is important.",
			want: "paraphrased-term/national-security@1"},
		{name: "a possessive pronoun",
			ja: "日本は我が国の防衛に万全を期す。", en: "Japan makes every effort for its national defense.",
			want: "paraphrased-term/national-defense@1"},
		{name: "near miss: no English possessive",
			ja: "我が国の安全保障は重要である。", en: "National security is important.",
			want: "missing-term/national-security@1"},
		{name: "near miss: a possessor of another meaning",
			ja: "地域の安全保障は重要である。", en: "Japan's national security is important.",
			want: "missing-term/national-security@1"},
		{name: "near miss: the alliance as possessor",
			ja: "同盟の安全保障は重要である。", en: "Its national security is important.",
			want: "missing-term/national-security@1"},
		{name: "omission: no possessor",
			ja: "安全保障は重要である。", en: "Japan's national security is important.",
			want: "missing-term/national-security@1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := glossary.Parse([]byte(possessorGlossary), "possessor.yaml")
			if err != nil {
				t.Fatal(err)
			}
			l, err := New(g, Options{NoteParaphrases: true, Glosses: dictGlosses(possessorDict)})
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

// TestPossessed: the word before the term is a possessive.
func TestPossessed(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{text: "Japan's national security", want: true},
		{text: "Japan’s national security", want: true},
		{text: "the two countries' national security", want: true},
		{text: "its national security", want: true},
		{text: "the national security", want: false},
		{text: "national security", want: false},
		{text: "Japan national security", want: false},
	} {
		at := len(tt.text) - len("national security")
		if got := possessed(tt.text, at); got != tt.want {
			t.Errorf("possessed(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestJoinRuns: renderings of one part that follow one another within a compound of nouns
// are one rendering; across a particle they stay apart.
func TestJoinRuns(t *testing.T) {
	noun, particle := unit{noun: true}, unit{}
	for _, tt := range []struct {
		units []unit
		cands [][2]int
		want  string
	}{
		{units: []unit{noun, noun, particle}, cands: [][2]int{{0, 1}, {1, 2}}, want: "[[0 2]]"},
		{units: []unit{noun, particle, noun}, cands: [][2]int{{0, 1}, {2, 3}}, want: "[[0 1] [2 3]]"},
		{units: []unit{noun, noun, noun}, cands: [][2]int{{0, 1}, {1, 2}, {2, 3}}, want: "[[0 3]]"},
		{units: []unit{noun, noun}, cands: [][2]int{{1, 2}}, want: "[[1 2]]"},
	} {
		if got := fmt.Sprint(joinRuns(tt.cands, tt.units)); got != tt.want {
			t.Errorf("joinRuns(%v) = %s, want %s", tt.cands, got, tt.want)
		}
	}
}
