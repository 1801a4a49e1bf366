package lint

import "testing"

// TestBothCountries: a bilateral statement writes "both countries" (両国間の, 両国の) where a
// term says "between two states" (二国間), and may write the term's modifier as a field
// before its head (防衛分野の協力) or its coordinator as a middle dot. Another word than
// 両国, a count of another number of states, another head, or the term's words without
// the head still leave the term missing.
func TestBothCountries(t *testing.T) {
	l := defaultLinter(t)
	runJaEn(t, l, []jaEnCase{
		{name: "両国間の and the head", en: "The ministers praised bilateral cooperation.", ja: "両大臣は両国間の協力を称賛した。", enja: true},
		{name: "両国の and the head", en: "The ministers praised bilateral cooperation.", ja: "両大臣は両国の協力を称賛した。", enja: true},
		{name: "両国間の, a field and the head", en: "They hoped for bilateral cooperation in the maritime field.", ja: "両者は両国間の海洋分野の協力に期待した。", enja: true},
		{name: "両国の, a coordination by a dot written as a field", en: "They noted bilateral security and defense cooperation.", ja: "両者は両国の安全保障・防衛分野の協力に留意した。", enja: true},
		{name: "両国の, a coordination in kana written as a field", en: "They noted bilateral security and defense cooperation.", ja: "両者は両国の安全保障および防衛分野の協力に留意した。", enja: true},
		{name: "二国間の with the field written before the head", en: "They noted bilateral security and defense cooperation.", ja: "両者は二国間の安全保障及び防衛分野における協力に留意した。", enja: true},
		{name: "near miss: each country, not both", en: "The ministers praised bilateral cooperation.", ja: "両大臣は各国間の協力を称賛した。", enja: true, want: "missing-term/bilateral-cooperation"},
		{name: "near miss: another head after 両国の", en: "The ministers praised bilateral cooperation.", ja: "両大臣は両国の関係を称賛した。", enja: true, want: "missing-term/bilateral-cooperation"},
		{name: "near miss: 両国の and a head without the term's field", en: "They noted bilateral security and defense cooperation.", ja: "両者は両国の防衛分野の協力に留意した。", enja: true, want: "missing-term/bilateral-security-and-defense-cooperation"},
		{name: "near miss: three states for a bilateral term", en: "The ministers praised bilateral cooperation.", ja: "両大臣は三か国間の協力を称賛した。", enja: true, want: "missing-term/bilateral-cooperation"},
		{name: "omission: no cooperation at all", en: "The ministers praised bilateral cooperation.", ja: "両大臣は両国の努力を称賛した。", enja: true, want: "missing-term/bilateral-cooperation"},
	})
}

func TestFieldSplit(t *testing.T) {
	for _, tc := range []struct {
		name, s, term string
		want          bool
	}{
		{name: "field and の", s: "防衛分野の協力を", term: "防衛協力", want: true},
		{name: "field and における", s: "防衛分野における協力を", term: "防衛協力", want: true},
		{name: "the term as written is not a split", s: "防衛協力を", term: "防衛協力", want: false},
		{name: "another head", s: "防衛分野の交流を", term: "防衛協力", want: false},
		{name: "a one-character modifier is no field", s: "軍分野の協力", term: "軍協力", want: false},
	} {
		if got := fieldSplit(tc.s, tc.term); got != tc.want {
			t.Errorf("%s: fieldSplit(%q, %q) = %v, want %v", tc.name, tc.s, tc.term, got, tc.want)
		}
	}
}

// TestPartiesWritten: one rule reads the leads that write a term's party count another way,
// the word for "both countries" (両国間の) and the parties' initials (日米間の, 日米韓の), and
// after either lead ending in の a short modifier before the term's head (日米間の緊密な協力
// for "close bilateral cooperation"). A compound of another number of states, another head
// after the modifier, or a lead with no の before the modifier is not the term; an
// omission of the head is still caught.
func TestPartiesWritten(t *testing.T) {
	l := defaultLinter(t)
	const coop = "The ministers praised close bilateral cooperation."
	const trilateral = "The leaders deepened close trilateral security cooperation."
	runJaEn(t, l, []jaEnCase{
		{name: "initials, 間の, a modifier and the head", en: coop, ja: "両大臣は日米間の緊密な協力を称賛した。", enja: true},
		{name: "initials, の, a modifier and the head", en: coop, ja: "両大臣は日豪の緊密な協力を称賛した。", enja: true},
		{name: "両国の, a modifier and the head", en: coop, ja: "両大臣は両国の緊密な協力を称賛した。", enja: true},
		{name: "three initials, の, a modifier and the head", en: trilateral, ja: "首脳は日米韓の緊密な安全保障協力を深めた。", enja: true},
		{name: "the count word, の, a modifier and the head", en: trilateral, ja: "首脳は三か国の緊密な安全保障協力を深めた。", enja: true},
		{name: "near miss: three initials for a bilateral term", en: coop, ja: "両大臣は日米韓の緊密な協力を称賛した。", enja: true, want: "missing-term/bilateral-cooperation"},
		{name: "near miss: two initials for a trilateral term", en: trilateral, ja: "首脳は日米の緊密な安全保障協力を深めた。", enja: true, want: "missing-term/trilateral-security-cooperation"},
		{name: "near miss: another head after the modifier", en: coop, ja: "両大臣は日米間の緊密な関係を称賛した。", enja: true, want: "missing-term/bilateral-cooperation"},
		{name: "near miss: 両国 for a trilateral term", en: trilateral, ja: "首脳は両国の緊密な安全保障協力を深めた。", enja: true, want: "missing-term/trilateral-security-cooperation"},
		{name: "omission: the initials without the head", en: coop, ja: "両大臣は日米間の緊密な努力を称賛した。", enja: true, want: "missing-term/bilateral-cooperation"},
	})
}

// TestPartyCountAdded: ja → en, an English compound of country names may take the
// adjective that counts them before the rest of the term ("Japan-ROK bilateral
// relations" for 日韓関係); another count, or the adjective without the compound, leaves
// the term missing.
func TestPartyCountAdded(t *testing.T) {
	l := defaultLinter(t)
	const ja = "両首脳は日韓関係の進展を歓迎した。"
	runJaEn(t, l, []jaEnCase{
		{name: "the count of the two names after the compound", ja: ja, en: "The leaders welcomed progress in Japan-ROK bilateral relations."},
		{name: "the term as written", ja: ja, en: "The leaders welcomed progress in Japan-ROK relations."},
		{name: "near miss: a count of three for two names", ja: ja, en: "The leaders welcomed progress in Japan-ROK trilateral relations.", want: "missing-term/japan-rok-relations"},
		{name: "omission: the count without the compound", ja: ja, en: "The leaders welcomed progress in bilateral relations.", want: "missing-term/japan-rok-relations"},
	})
}
