package align

import (
	"testing"

	"github.com/glossterm/gloss/internal/lexicon"
)

// TestOwnerCountry: a body the Japanese names without its state is rendered by its English
// name without the of-phrase that names the state, even where the dictionary glosses the
// body with its country; a term that names the state keeps the phrase.
func TestOwnerCountry(t *testing.T) {
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		for _, e := range [][2]string{{"警備隊", "guard corps"}, {"警備隊", "Japan Guard Corps"},
			{"日本", "Japan"}, {"両国", "both countries"}, {"訓練", "exercise"}} {
			lx.Add(e[0], e[1], "edict")
		}
		return 5, nil
	}
	tests := []struct {
		name, ja, en, term string
		want               string // the English paired with term at best
		whole              string // the English proposed for term at review beside it, "" for none
	}{
		{name: "the state after the name, not in the term", ja: "両国は警備隊の訓練を歓迎した。",
			en: "Both countries welcomed the exercise of the Guard Corps of Japan.", term: "警備隊",
			want: "Guard Corps", whole: "Guard Corps of Japan"},
		{name: "near miss: the term names the state", ja: "両国は日本警備隊の訓練を歓迎した。",
			en: "Both countries welcomed the exercise of the Guard Corps of Japan.", term: "日本警備隊",
			want: "Guard Corps of Japan"},
		{name: "near miss: an of-phrase that names no state", ja: "両国は警備隊の訓練を歓迎した。",
			en: "Both countries welcomed the exercise of the Guard Corps of Volunteers.", term: "警備隊",
			want: "Guard Corps"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, whole, best := "", "", -1.0
			for _, p := range runPairs(t, dict, tc.ja, tc.en) {
				if p.JA != tc.term {
					continue
				}
				t.Logf("%s = %s %.2f %s", p.JA, p.EN, p.Score, p.Status)
				if p.Score > best {
					got, best = p.EN, p.Score
				}
				if p.EN == tc.whole {
					whole = p.EN
				}
			}
			if got != tc.want {
				t.Errorf("%s paired at best with %q, want %q", tc.term, got, tc.want)
			}
			if whole != tc.whole {
				t.Errorf("%s not proposed with %q beside", tc.term, tc.whole)
			}
		})
	}
}
