package align

import "testing"

// TestGlossHead: a term whose last word the dictionary glosses by a compound (安全保障会議 =
// "security council") is paired with the English that keeps the compound's modifier and
// writes another noun as its head ("regional security forum"), for review; not when the
// word after the modifier is a function word, nor when the segment writes the gloss's own
// head.
func TestGlossHead(t *testing.T) {
	dict := map[string]string{"地域": "region/regional", "安全保障会議": "security council", "閣僚": "ministers", "出席": "attendance"}
	const ja = "閣僚は地域安全保障会議に出席した。"
	tests := []struct {
		name, en string
		want     string // the English proposed for 地域安全保障会議 at review, "" for none
	}{
		{name: "another head after the modifier", en: "The ministers attended the regional security forum.", want: "regional security forum"},
		{name: "a capitalized head in a name", en: "The ministers attended the Regional Security Forum.", want: "Regional Security Forum"},
		{name: "near miss: a function word after the modifier", en: "The ministers spoke of the regional security of the area."},
		{name: "near miss: the gloss's own head written", en: "The ministers attended the regional security meeting of the council."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, status := "", ""
			for _, p := range designationPairs(t, "bitext", ja, tc.en, "地域安全保障会議", dict) {
				if hasType(p.Evidence, EvPartial) && len(p.EN) > len("regional security") {
					got, status = p.EN, p.Status
				}
			}
			if got != tc.want || got != "" && status != Review {
				t.Errorf("地域安全保障会議 = %q (%s), want %q (review)", got, status, tc.want)
			}
		})
	}
}

// TestCompoundGoesOn: a term written against another noun is a modifier of a longer
// compound, whose head is further.
func TestCompoundGoesOn(t *testing.T) {
	tests := []struct {
		name, sentence, ja string
		want               bool
	}{
		{name: "a kanji noun after the term", sentence: "閣僚は地域安全保障会議に出席した。", ja: "地域安全保障", want: true},
		{name: "a katakana noun after the term", sentence: "地域安全保障フォーラムが開かれた。", ja: "地域安全保障", want: true},
		{name: "near miss: a particle after the term", sentence: "閣僚は地域安全保障会議に出席した。", ja: "地域安全保障会議"},
		{name: "near miss: one occurrence ends the compound", sentence: "地域安全保障会議と地域安全保障の課題。", ja: "地域安全保障"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := compoundGoesOn(tc.sentence, tc.ja); got != tc.want {
				t.Errorf("compoundGoesOn(%q, %q) = %v, want %v", tc.sentence, tc.ja, got, tc.want)
			}
		})
	}
}
