package align

import "testing"

// TestAcronymKept: the expansion of an acronym the Japanese writes is auto when the aligned
// English spells it out, and a reviewer's call when the aligned English keeps the acronym
// as a word of its own.
func TestAcronymKept(t *testing.T) {
	tests := []struct {
		name, ja, en string
		acronym, exp string
		wantStatus   string
	}{
		{name: "the translation keeps the acronym",
			ja:      "両首脳はAPECの役割を確認した。",
			en:      "The leaders confirmed the role of APEC (Asia-Pacific Economic Cooperation).",
			acronym: "APEC", exp: "Asia-Pacific Economic Cooperation", wantStatus: Review},
		{name: "the translation keeps the acronym after an article",
			ja:      "両首脳はAPECの役割を確認した。Asia-Pacific Economic Cooperation (APEC)は重要だ。",
			en:      "The leaders confirmed the role of the APEC.",
			acronym: "APEC", exp: "Asia-Pacific Economic Cooperation", wantStatus: Review},
		{name: "near miss: the translation spells the name out",
			ja:      "両首脳はAPECの役割を確認した。",
			en:      "The leaders confirmed the role of the Asia-Pacific Economic Cooperation (APEC).",
			acronym: "APEC", exp: "Asia-Pacific Economic Cooperation", wantStatus: Auto},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			segs := []BitextSegment{{JA: tc.ja, EN: tc.en, Doc: "s.txt", Line: 1, Origin: "parallel"}}
			en := []Doc{{Name: "e.txt", Text: "The Asia-Pacific Economic Cooperation (APEC) meets every year."}}
			res, err := Run(nil, en, segs, Options{})
			if err != nil {
				t.Fatal(err)
			}
			status := ""
			for _, p := range res.Pairs {
				if p.JA == tc.acronym && p.EN == tc.exp {
					status = p.Status
				}
			}
			if status != tc.wantStatus {
				t.Errorf("%s = %s: %q, want %q", tc.acronym, tc.exp, status, tc.wantStatus)
			}
		})
	}
}

// TestWritesAcronym: an acronym written as a word of its own, outside the parentheses that
// define it after a name.
func TestWritesAcronym(t *testing.T) {
	tests := []struct {
		name, en, acronym string
		want              bool
	}{
		{name: "after an article", en: "Both sides welcomed the entry into force of the TPP.", acronym: "TPP", want: true},
		{name: "glossed in parentheses after it", en: "Both sides discussed AI (artificial intelligence).", acronym: "AI", want: true},
		{name: "near miss: inside the parentheses after a name", en: "Both sides signed the Trans-Pacific Partnership (TPP).", acronym: "TPP"},
		{name: "near miss: part of a longer word", en: "Both sides welcomed the TPP11 and AIDS relief.", acronym: "AI"},
		{name: "near miss: joined by a hyphen", en: "Both sides welcomed the TPP-related talks.", acronym: "TPP"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := writesAcronym(tc.en, tc.acronym); got != tc.want {
				t.Errorf("writesAcronym(%q, %q) = %v, want %v", tc.en, tc.acronym, got, tc.want)
			}
		})
	}
}

// TestAcronymKeptEverySentence: the acronym is kept only where every sentence's aligned
// English writes it; one sentence that spells the name out keeps the pair with its
// expansion at auto, whichever sentence comes first.
func TestAcronymKeptEverySentence(t *testing.T) {
	kept := BitextSegment{JA: "両首脳はAPECの役割を確認した。", EN: "The leaders confirmed the role of APEC.", Doc: "s.txt", Line: 1, Origin: "parallel"}
	spelled := BitextSegment{JA: "両首脳はAPECの会合に出席した。", EN: "The leaders attended the meeting of the Asia-Pacific Economic Cooperation (APEC).", Doc: "s.txt", Line: 2, Origin: "parallel"}
	en := []Doc{{Name: "e.txt", Text: "The Asia-Pacific Economic Cooperation (APEC) meets every year."}}
	for _, order := range [][]BitextSegment{{kept, spelled}, {spelled, kept}} {
		res, err := Run(nil, en, order, Options{})
		if err != nil {
			t.Fatal(err)
		}
		status := ""
		for _, p := range res.Pairs {
			if p.JA == "APEC" && p.EN == "Asia-Pacific Economic Cooperation" {
				status = p.Status
			}
		}
		if status != Auto {
			t.Errorf("segments from line %d: APEC = Asia-Pacific Economic Cooperation %q, want %q", order[0].Line, status, Auto)
		}
	}
}
