package align

import (
	"maps"
	"testing"
)

// TestNamedPlaces: a proper noun and one common noun before において, にて or で pair with
// the two capitalized words after "at" or "in" (the) whose first the proper noun sounds
// like, at review. Near misses: no locative particle after the noun, an English name of
// more words than the two, and a first word the proper noun does not sound like.
func TestNamedPlaces(t *testing.T) {
	tests := []struct {
		name, ja, en, term string
		want               string            // an English proposed for term, "" for none
		dict               map[string]string // the lexicon beside 会合, when the case needs one
	}{
		{name: "a residence where a meeting is held", ja: "5月1日、高輪公館において会合が開催された。",
			en: "On May 1, the meeting was held at the Takanawa House.", term: "高輪公館", want: "Takanawa House"},
		{name: "a residence whose noun the dictionary glosses otherwise", ja: "5月1日、飯倉公館において会合が開催された。",
			en: "On May 1, the meeting was held at the Iikura House.", term: "飯倉公館", want: "Iikura House",
			dict: map[string]string{"飯倉": "Iikura", "公館": "official residence"}},
		{name: "near miss: no locative particle after the noun", ja: "5月1日、高輪公館の会合が開催された。",
			en: "On May 1, the meeting was held at the Takanawa House.", term: "高輪公館"},
		{name: "near miss: a longer English name", ja: "5月1日、高輪公館において会合が開催された。",
			en: "On May 1, the meeting was held at the Takanawa Guest House.", term: "高輪公館"},
		{name: "near miss: a first word the proper noun does not sound like", ja: "5月1日、高輪公館において会合が開催された。",
			en: "On May 1, the meeting was held at the Official House.", term: "高輪公館"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			words := map[string]string{"会合": "meeting"}
			maps.Copy(words, tc.dict)
			res, err := Run(nil, nil, []BitextSegment{{JA: tc.ja, EN: tc.en, Doc: "a.txt", Line: 1}}, Options{EDICT: dictOf(words)})
			if err != nil {
				t.Fatal(err)
			}
			checkEvidencePairs(t, res, EvNamedPlace, tc.term, tc.want, "", "the place's structure")
		})
	}
}
