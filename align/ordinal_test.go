package align

import "testing"

// TestDigitOrdinal: Japanese writes an ordinal in digits (第2) as often as in kanji (第二),
// and a dictionary lists the kanji form: the digits are read as the kanji ordinal, so a
// term that opens with one is translated like the kanji spelling. An ordinal before a
// counter is a numbered part (第5条 = Article 5), and a different number is no rendering.
func TestDigitOrdinal(t *testing.T) {
	dict := map[string]string{"第二": "second", "第三": "third", "防衛": "defense", "線": "line",
		"条": "article", "条約": "treaty", "同盟": "alliance", "重視": "emphasis"}
	tests := []renderingCase{
		{name: "an ordinal in digits", ja: "同盟は第2防衛線を重視する。",
			en:     "The alliance puts emphasis on the second defense line.",
			wantJA: "第2防衛線", wantEN: "second defense line"},
		{name: "full-width digits", ja: "同盟は第２防衛線を重視する。",
			en:     "The alliance puts emphasis on the second defense line.",
			wantJA: "第２防衛線", wantEN: "second defense line"},
		{name: "another number", ja: "同盟は第3防衛線を重視する。",
			en:     "The alliance puts emphasis on the second defense line.",
			wantJA: "第3防衛線", notEN: "second defense line"},
		{name: "an ordinal before a counter", ja: "同盟は条約第2条を重視する。",
			en:    "The alliance puts emphasis on Article 2 of the treaty.",
			modes: []string{"bitext"}, wantJA: "条約第2条", wantEN: "Article 2 of the treaty"},
	}
	runRenderingCases(t, tests, dict)
}

func TestKanjiOrdinal(t *testing.T) {
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{name: "one digit", in: "第1", want: "第一", ok: true},
		{name: "full width", in: "第３", want: "第三", ok: true},
		{name: "ten", in: "第10", want: "第十", ok: true},
		{name: "teens", in: "第12", want: "第十二", ok: true},
		{name: "tens", in: "第40", want: "第四十", ok: true},
		{name: "tens and units", in: "第27", want: "第二十七", ok: true},
		{name: "kanji already", in: "第一", want: "第一", ok: false},
		{name: "a counter after", in: "第5条", want: "第5条", ok: false},
		{name: "no prefix", in: "12", want: "12", ok: false},
		{name: "too large", in: "第100", want: "第100", ok: false},
		{name: "zero", in: "第0", want: "第0", ok: false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := kanjiOrdinal(tc.in)
			if got != tc.want || ok != tc.ok {
				t.Errorf("kanjiOrdinal(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
			}
		})
	}
}
