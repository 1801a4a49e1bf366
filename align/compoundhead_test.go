package align

import (
	"testing"

	"github.com/glossterm/gloss/internal/lexicon"
)

// TestCompoundHead: a Japanese noun that stands whole in its sentence, rendered by one
// English noun that modifies a noun after it, is proposed with that head ("transport
// planes"); not when the Japanese term modifies a longer compound itself, when the English
// word is plural (a subject before its verb), or when the following word is a verb form. A
// compound's rendering of several words is continued so too ("early warning radar system"),
// a phrase's not; the head noun is no rendering of the term when another word of the
// sentence claims it, unless that word is rendered by another of its glosses there (秩序
// "order; system" as the "order" of the sentence).
func TestCompoundHead(t *testing.T) {
	if InstalledWordNet() == "" {
		t.Skip("WordNet is not installed (Debian package wordnet-base)")
	}
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		for ja, en := range map[string]string{"輸送機": "transport", "基地": "base", "着陸": "landing", "整備": "maintenance",
			"両国": "countries", "努力": "effort", "する": "to do", "早期": "early", "警戒": "warning", "レーダー": "radar",
			"配備": "deployment", "維持": "maintenance"} {
			lx.Add(ja, en, "edict")
		}
		lx.Add("秩序", "order", "edict") // two senses, as the dictionary gives them
		lx.Add("秩序", "system", "edict")
		return 14, nil
	}
	tests := []struct {
		name, ja, en, term string
		want               string // the English paired with term
		wantNot            string // an English that must not be paired with term
	}{
		{name: "the head of the English compound joins the term", ja: "輸送機が基地に着陸した。",
			en: "The transport planes made a landing at the base.", term: "輸送機", want: "transport planes", wantNot: "transport"},
		{name: "a compound rendered by several words", ja: "早期警戒レーダーを配備し、秩序を維持した。",
			en: "They deployed an early warning radar system and maintained order.", term: "早期警戒レーダー",
			want: "early warning radar system", wantNot: "early warning radar"},
		{name: "near miss: the head claimed by another word of the sentence", ja: "早期警戒レーダーを配備し、秩序を維持した。",
			en: "They deployed an early warning radar system and maintained the system.", term: "早期警戒レーダー",
			wantNot: "early warning radar system"},
		{name: "near miss: a phrase", ja: "早期の警戒レーダーを配備した。",
			en: "They deployed an early warning radar system.", term: "早期の警戒レーダー", wantNot: "early warning radar system"},
		{name: "near miss: the term modifies a longer Japanese compound", ja: "輸送機整備が基地で始まった。",
			en: "The transport planes maintenance began at the base.", term: "輸送機", wantNot: "transport planes"},
		{name: "near miss: a plural subject before its verb", ja: "両国が努力する。",
			en: "The countries make an effort.", term: "両国", wantNot: "countries make"},
		{name: "near miss: a participle after the word", ja: "輸送機が基地に着陸した。",
			en: "The transport landed at the base.", term: "輸送機", wantNot: "transport landed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pairs := runPairsWith(t, Options{EDICT: dict, WordNet: InstalledWordNet()}, tt.ja, tt.en)
			var got []string
			for _, p := range pairs {
				if p.JA == tt.term {
					got = append(got, p.EN)
				}
			}
			found := tt.want == ""
			for _, en := range got {
				if en == tt.want {
					found = true
				}
				if en == tt.wantNot {
					t.Errorf("%s paired with %q, want not: %v", tt.term, en, got)
				}
			}
			if !found {
				t.Errorf("%s paired with %v, want %q", tt.term, got, tt.want)
			}
		})
	}
}
