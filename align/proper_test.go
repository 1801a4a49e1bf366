package align

import (
	"os"
	"testing"

	"github.com/glossterm/gloss/internal/lexicon"
)

// TestNameNotPairedWithCommonWord: in 米国本土 the dictionary explains 本土 by "country";
// the proper noun 米国 left over is not rendered by a common word beside it ("successful
// country"), while a name beside it would be.
func TestNameNotPairedWithCommonWord(t *testing.T) {
	dict := InstalledEDICT()
	if dict == "" {
		if os.Getenv("GLOSS_REQUIRE_INTEROP") != "" {
			t.Fatal("EDICT is not installed (apt-get install edict); GLOSS_REQUIRE_INTEROP is set")
		}
		t.Skip("EDICT is not installed")
	}
	ja := []Doc{{Name: "ja.txt", Text: "米国本土の防衛が優先される。米国本土を守る。\n"}}
	en := []Doc{{Name: "en.txt", Text: "It is the most successful country for decades.\n"}}
	res, err := Run(ja, en, nil, Options{EDICT: EDICTFile(dict)})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Pairs {
		if p.JA == "米国本土" && p.EN == "successful country" {
			t.Errorf("米国本土 = successful country (%+v): a name paired with a common word", p.Evidence)
		}
	}
}

// TestTranslitNamePart: a katakana name of several words sounds like its English only as
// a whole (キャンプ・デービッド ≈ Camp David; キャンプ alone is no "camp" by sound), and so
// learned it translates the name inside a longer term.
func TestTranslitNamePart(t *testing.T) {
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		lx.Add("原則", "principle", "edict")
		return 1, nil
	}
	segs := []BitextSegment{{JA: "キャンプ・デービッド原則を確認した。", EN: "They affirmed the Camp David Principles.", Doc: "a.txt", Line: 1, Origin: "parallel"}}
	res, err := Run(nil, nil, segs, Options{EDICT: dict})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Pairs {
		if p.JA == "キャンプ・デービッド原則" && p.EN == "Camp David Principles" {
			return
		}
	}
	t.Errorf("キャンプ・デービッド原則 = Camp David Principles not proposed: %+v", res.Pairs)
}
