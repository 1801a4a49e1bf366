package align

import "testing"

// TestSoundSeededCompose: a loanword the lexicon lacks is found in the English by the
// words it sounds like, so a term of two such words is composed like one of known words
// (ケネディ版ドクトリン = Kennedy Doctrine, 版 unrendered). A loanword with only an affix
// beside it is no composition: its English is the transliteration's, and a bare name is
// no rendering of a place named after it.
func TestSoundSeededCompose(t *testing.T) {
	dict := map[string]string{"版": "edition", "湾": "bay", "政権": "administration", "船": "ship"}
	tests := []renderingCase{
		{name: "two loanwords and a suffix", ja: "政権はケネディ版ドクトリンを掲げた。",
			en:     "The administration set out the Kennedy Doctrine.",
			modes:  []string{"sources"},
			wantJA: "ケネディ版ドクトリン", wantEN: "Kennedy Doctrine"},
		{name: "one loanword and a suffix", ja: "船はケネディ湾に入った。",
			en:     "The ship sailed past Kennedy.",
			modes:  []string{"sources"},
			wantJA: "ケネディ湾", notEN: "Kennedy"},
	}
	runRenderingCases(t, tests, dict)
}
