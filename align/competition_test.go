package align

import (
	"strings"
	"testing"

	"github.com/glossterm/gloss/internal/lexicon"
)

// TestCompetition: two distinct terms of one aligned segment do not share one English
// phrase when one of them is a dictionary word whose gloss the segment writes as it stands
// and the other fits a second phrase of the segment as well: the second takes the phrase the
// first does not. With no second phrase, it keeps the one it fits.
func TestCompetition(t *testing.T) {
	dict := map[string]string{"防衛相": "Minister of Defense", "国防相": "defense minister", "東京": "Tokyo", "会談": "talks/meeting", "記者会見": "press conference"}
	tests := []struct {
		name   string
		segs   [][2]string
		ja     string
		wantEN string
		notEN  string
	}{
		{name: "the second post takes the other phrase",
			segs: [][2]string{
				{"田中防衛相とスミス国防相は東京で会談した。", "Minister of Defense Tanaka and Minister for Defense Smith held talks in Tokyo."},
				{"防衛相は記者会見を行った。", "The Minister of Defense held a press conference."},
			},
			ja: "国防相", wantEN: "Minister for Defense", notEN: "Minister of Defense"},
		{name: "the dictionary word keeps its phrase",
			segs: [][2]string{
				{"田中防衛相とスミス国防相は東京で会談した。", "Minister of Defense Tanaka and Minister for Defense Smith held talks in Tokyo."},
				{"防衛相は記者会見を行った。", "The Minister of Defense held a press conference."},
			},
			ja: "防衛相", wantEN: "Minister of Defense", notEN: "Minister for Defense"},
		{name: "no second phrase: the post keeps the one it fits",
			segs: [][2]string{
				{"スミス国防相は東京で会談した。", "The Minister of Defense, Smith, held talks in Tokyo."},
				{"防衛相は記者会見を行った。", "The Minister of Defense held a press conference."},
			},
			ja: "国防相", wantEN: "Minister of Defense"},
	}
	load := func(lx *lexicon.Lexicon, _ map[string]bool) (int, error) {
		for j, e := range dict {
			for _, g := range strings.Split(e, "/") {
				lx.Add(j, g, "edict")
			}
		}
		return len(dict), nil
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var bitext []BitextSegment
			for n, s := range tc.segs {
				bitext = append(bitext, BitextSegment{Doc: "b.tsv", Line: n + 2, ID: string(rune('1' + n)), JA: s[0], EN: s[1]})
			}
			res, err := Run(nil, nil, bitext, Options{EDICT: load})
			if err != nil {
				t.Fatal(err)
			}
			var ps []Pair
			for _, p := range res.Pairs {
				if p.JA == tc.ja {
					ps = append(ps, p)
				}
			}
			checkRendering(t, ps, tc.ja, tc.wantEN, tc.notEN)
		})
	}
}
