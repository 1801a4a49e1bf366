package align

import (
	"strings"
	"testing"
)

// TestQuotes: commentary No. 80 translates a sentence of the NDS; the locator finds it and
// nothing else (footnotes naming the same strategy are not translations).
func TestQuotes(t *testing.T) {
	ja, en, bt := loadCorpus(t)
	opts := Options{}
	if dict := InstalledEDICT(); dict != "" {
		opts.EDICT = EDICTFile(dict)
	}
	res, err := Run(ja, en, bt, opts)
	if err != nil {
		t.Fatal(err)
	}
	var quotes []Segment
	for _, s := range res.Segments {
		if s.Origin == "quote" {
			quotes = append(quotes, s)
		}
	}
	if opts.EDICT == nil {
		t.Logf("%d quotes without a lexicon", len(quotes))
		return
	}
	if len(quotes) != 1 || !strings.HasPrefix(quotes[0].EN, "This shift in the balance of responsibility") ||
		!strings.Contains(quotes[0].JA, "朝鮮半島における米軍の態勢を更新する") {
		t.Errorf("quotes: %+v", quotes)
	}
}
