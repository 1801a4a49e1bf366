package align

import "testing"

// TestKanjiAdverbPrefix: kagome reads 極 of 極超音速 as the adverb ごく, which would cut the
// compound before its prefix; a kanji adverb against a prefix that binds a noun is part of
// the term, so the dictionary's word for the whole compound renders it. In kana the adverb
// is a word of its own and no part of the term.
func TestKanjiAdverbPrefix(t *testing.T) {
	dict := map[string]string{"極超音速": "hypersonic", "超音速": "supersonic", "兵器": "weapon", "開発": "development",
		"超大国": "superpower", "国力": "national power"}
	tests := []renderingCase{
		{name: "the compound whole", ja: "各国は極超音速兵器の開発を急ぐ。",
			en:     "Many states rush the development of hypersonic weapons.",
			wantJA: "極超音速兵器", wantEN: "hypersonic weapons"},
		{name: "the adverb in kana", ja: "その国はごく超大国に近い国力を持つ。",
			en:     "That state has national power close to a superpower.",
			wantJA: "ごく超大国", wantEN: ""},
	}
	runRenderingCases(t, tests, dict)
}
