package align

import "testing"

// TestOrdinalName: the name before a parenthetical runs back over a middle dot and the
// nouns it joins to the ordinal that opens it, when the English name opens with the same
// ordinal; another number, no ordinal in the English, or a particle before the ordinal's
// name leave the compound as it was.
func TestOrdinalName(t *testing.T) {
	tests := []struct {
		name, before, ja, en, want string
	}{
		{name: "ordinal in words, names joined by a dot", before: "7月18日、第10回太平洋・島サミット", ja: "島サミット",
			en: "Tenth Pacific Islands Leaders Meeting", want: "第10回太平洋・島サミット"},
		{name: "ordinal in digits", before: "本日、第9回外相会合", ja: "外相会合",
			en: "9th Foreign Ministers’ Meeting", want: "第9回外相会合"},
		{name: "near miss: another number", before: "本日、第9回外相会合", ja: "外相会合",
			en: "Tenth Foreign Ministers’ Meeting"},
		{name: "near miss: the English numbers nothing", before: "本日、第9回外相会合", ja: "外相会合",
			en: "Foreign Ministers’ Meeting"},
		{name: "near miss: a particle between the ordinal and the name", before: "第9回の外相会合", ja: "外相会合",
			en: "Ninth Foreign Ministers’ Meeting"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := ordinalName(tc.before, tc.ja, tc.en); got != tc.want {
				t.Errorf("ordinalName(%q, %q, %q) = %q, want %q", tc.before, tc.ja, tc.en, got, tc.want)
			}
		})
	}
}

func TestEnOrdinal(t *testing.T) {
	tests := []struct {
		word string
		want int
	}{
		{word: "tenth", want: 10}, {word: "first", want: 1}, {word: "10th", want: 10}, {word: "22nd", want: 22},
		{word: "30th", want: 30}, {word: "tent", want: 0}, {word: "th", want: 0}, {word: "ten", want: 0},
	}
	for _, tc := range tests {
		if got := enOrdinal(tc.word); got != tc.want {
			t.Errorf("enOrdinal(%q) = %d, want %d", tc.word, got, tc.want)
		}
	}
}

// TestAnchoredOrdinalName: a recurring meeting's name before its acronym pairs whole, its
// session included, with the English name before the same acronym.
func TestAnchoredOrdinalName(t *testing.T) {
	res, err := Run(nil, nil, []BitextSegment{{JA: "7月18日、第10回太平洋・島サミット(PALM10)が開催された。",
		EN: "On July 18, the Tenth Pacific Islands Leaders Meeting (PALM10) was held.", Doc: "s.txt", Line: 1, Origin: "parallel"}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	const ja, en = "第10回太平洋・島サミット", "Tenth Pacific Islands Leaders Meeting"
	for _, p := range res.Pairs {
		if p.JA == ja && p.EN == en && hasType(p.Evidence, EvParenAnchor) {
			return
		}
	}
	t.Errorf("no paren-anchor pair %s = %s", ja, en)
}
