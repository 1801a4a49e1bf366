package align

import (
	"testing"

	"github.com/glossterm/gloss/internal/lexicon"
)

// TestSuffixHeadDropped: a term read as one dictionary word whose last part, a suffix noun
// outside the affix table, names what the compound is, is not rendered by an English span
// without that noun. The English that writes the noun, a suffix of the affix table, a
// counter and a dictionary phrase are none.
func TestSuffixHeadDropped(t *testing.T) {
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		lx.Add("政策", "policy", "edict")
		lx.Add("局", "bureau", "edict")
		lx.Add("訪日", "visit to Japan", "edict")
		lx.Add("時", "time; hour", "edict")
		lx.Add("同盟", "alliance", "edict")
		lx.Add("五", "five", "edict")
		lx.Add("年", "year", "edict")
		lx.Add("州", "state; province", "edict")
		return 8, nil
	}
	_, r, err := runAll(nil, nil, []BitextSegment{{JA: "政策は重要である。", EN: "Policy matters.", Doc: "s.txt", Line: 1}}, Options{EDICT: dict})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, ja, en string
		evidence     []string
		want         bool
	}{
		{name: "the bureau left out", ja: "政策局", en: "Policy", evidence: []string{EvDictionary, EvParallel}, want: true},
		{name: "the time left out", ja: "訪日時", en: "visit to Japan", evidence: []string{EvDictionary, EvParallel}, want: true},
		{name: "near miss: the bureau rendered", ja: "政策局", en: "Policy Bureau", evidence: []string{EvDictionary, EvParallel}},
		{name: "near miss: a suffix of the affix table", ja: "同盟国", en: "alliance", evidence: []string{EvDictionary, EvParallel}},
		{name: "near miss: a counter", ja: "五年", en: "five", evidence: []string{EvDictionary, EvParallel}},
		{name: "near miss: the classifier of a place name", ja: "オハイオ州", en: "Ohio", evidence: []string{EvDictionary, EvParallel}},
		{name: "near miss: a dictionary phrase pairs the whole", ja: "政策局", en: "Policy", evidence: []string{EvDictionary, EvDictPhrase}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			jc := &jaCand{text: tc.ja, units: tokenize(tc.ja)}
			p := &Pair{JA: tc.ja, EN: tc.en}
			for _, e := range tc.evidence {
				p.Evidence = append(p.Evidence, Evidence{Type: e})
			}
			if got := r.suffixHeadDropped(p, jc); got != tc.want {
				var pos []string
				for _, u := range jc.units {
					pos = append(pos, u.Surface+"/"+u.POSAt(1)+","+u.POSAt(2))
				}
				t.Errorf("suffixHeadDropped(%s = %s) = %v, want %v (units %v)", tc.ja, tc.en, got, tc.want, pos)
			}
		})
	}
}
