package align

import (
	"slices"
	"testing"
)

// TestIdenticalLatin: a Latin designation written inside the Japanese text is paired with
// itself where the English writes the identical token, letter case included; a word in
// lower case, a token the English writes otherwise, and a plain number pair with nothing.
// A designation the English never writes is paired at the foot of the review tier when the
// Japanese writes it as one of its words, not inside English it cites.
func TestIdenticalLatin(t *testing.T) {
	tests := []struct {
		name, ja, en string
		token        string
		wantPair     bool // token = token proposed with identical evidence
		wantJA       bool // token = token proposed with identical-ja evidence
	}{
		{name: "acronym of an alliance", token: "AUKUS", wantPair: true,
			ja: "豪州はAUKUSの下で潜水艦を取得する。", en: "Australia will acquire submarines under AUKUS."},
		{name: "model designation with a hyphen", token: "F-35", wantPair: true,
			ja: "同国はF-35を追加で調達する。", en: "The country will procure additional F-35 aircraft."},
		{name: "digits joined by plus", token: "2+2", wantPair: true,
			ja: "両国は2+2を東京で開催した。", en: "The two countries held the 2+2 in Tokyo."},
		{name: "full-width letters", token: "AUKUS", wantPair: true,
			ja: "豪州はＡＵＫＵＳの下で潜水艦を取得する。", en: "Australia will acquire submarines under AUKUS."},
		{name: "near miss: the English writes it in lower case", token: "LAWS", wantJA: true,
			ja: "LAWSの規制が議論された。", en: "The regulation of such laws was discussed."},
		{name: "near miss: the English does not write it", token: "SLBM", wantJA: true,
			ja: "SLBMの配備が進んだ。", en: "The deployment of submarine-launched missiles advanced."},
		{name: "the Japanese alone writes it, inside a term", token: "SLBM", wantJA: true,
			ja: "新型SLBM戦力の配備が進んだ。", en: "The deployment of new missiles advanced."},
		{name: "the Japanese alone writes it, in a list", token: "SLBM", wantJA: true,
			ja: "運搬手段（ICBM、SLBM、爆撃機）が近代化された。", en: "The delivery systems were modernized."},
		{name: "the Japanese alone writes it, in half-width parentheses", token: "NC3", wantJA: true,
			ja: "指揮統制通信(NC3)の近代化が進んだ。", en: "The modernization of communications advanced."},
		{name: "near miss: in parentheses inside English the Japanese cites", token: "PDF",
			ja: "出典：The White House (PDF) edition.", en: "The papers were published."},
		{name: "near miss: inside English the Japanese cites", token: "PDF",
			ja: "出典：The White House, official PDF edition.", en: "The papers were published."},
		{name: "near miss: a word in lower case", token: "note",
			ja: "詳細はnoteを参照されたい。", en: "See the note for details."},
		{name: "near miss: a plain number", token: "2026",
			ja: "2026年に戦略が公表された。", en: "The strategy was published in 2026."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Run(nil, nil, []BitextSegment{{JA: tc.ja, EN: tc.en, Doc: "s.txt", Line: 1, Origin: "parallel"}}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := slices.ContainsFunc(res.Pairs, func(p Pair) bool {
				return p.JA == tc.token && p.EN == tc.token && hasType(p.Evidence, EvIdentical)
			})
			if got != tc.wantPair {
				t.Errorf("%s = %s proposed: %v, want %v", tc.token, tc.token, got, tc.wantPair)
			}
			gotJA := slices.ContainsFunc(res.Pairs, func(p Pair) bool {
				return p.JA == tc.token && p.EN == tc.token && hasType(p.Evidence, EvIdenticalJA) && p.Status == Review
			})
			if gotJA != tc.wantJA {
				t.Errorf("%s = %s proposed from the Japanese alone: %v, want %v", tc.token, tc.token, gotJA, tc.wantJA)
			}
		})
	}
}

// TestJADesignations: the Latin designations of a Japanese text, web addresses left out,
// each with whether the Japanese writes it as a word of its own (touching Japanese script
// or punctuation) rather than inside a stretch of cited English. An all-capital word
// longer than an acronym (INTELLIGENCE, a title in capitals) is no designation.
func TestJADesignations(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
		wantJA     []bool
	}{
		{name: "acronyms, codes and a format", text: "NATOとAUKUSはF-35とNC3、2+2を論じた。",
			want: []string{"NATO", "AUKUS", "F-35", "NC3", "2+2"}, wantJA: []bool{true, true, true, true, true}},
		{name: "full-width letters read as ASCII", text: "ＮＡＴＯの東方拡大", want: []string{"NATO"}, wantJA: []bool{true}},
		{name: "cited English, then a word of the Japanese", text: "SHARE: NDS 2026。NDSは", want: []string{"SHARE", "NDS"}, wantJA: []bool{false, true}},
		{name: "near miss: lower case, capitalized words and dates", text: "noteとarXivとNationalは2026年に。", want: nil},
		{name: "near miss: a web address", text: "https://example.org/NDS/PDF を参照。", want: nil},
		{name: "near miss: a word in capitals longer than an acronym", text: "INTELLIGENCEの章", want: nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			var gotJA []bool
			for _, d := range jaDesignations(tc.text) {
				got, gotJA = append(got, d.w), append(gotJA, d.ja)
			}
			if !slices.Equal(got, tc.want) || !slices.Equal(gotJA, tc.wantJA) {
				t.Errorf("jaDesignations(%q) = %q %v, want %q %v", tc.text, got, gotJA, tc.want, tc.wantJA)
			}
		})
	}
}

// TestJAAcronyms: the acronyms standing as words of a Japanese text; one in parentheses
// after a term is the parenthetical evidence's, and a code is no acronym.
func TestJAAcronyms(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{name: "acronyms", text: "RCEPの早期妥結とNSC特別会合、RCEPの発効", want: []string{"RCEP", "NSC"}},
		{name: "full width", text: "ＲＣＥＰの早期妥結", want: []string{"RCEP"}},
		{name: "near miss: in parentheses", text: "地域的な包括的経済連携（RCEP）協定", want: nil},
		{name: "near miss: a code", text: "F-35の配備", want: nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := jaAcronyms(tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("jaAcronyms(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestAcronymAttestedInCapitals: an acronym is attested by the English sources only where
// they write it in capitals; the same letters in lower case are another word.
func TestAcronymAttestedInCapitals(t *testing.T) {
	tests := []struct {
		name, en     string
		wantAttested bool
	}{
		{name: "written in capitals", en: "The parties discussed LAWS at length.", wantAttested: true},
		{name: "near miss: a word in lower case", en: "The parties discussed the laws of war."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Run([]Doc{{Name: "c.txt", Text: "会合ではLAWSの規制が議論された。"}}, []Doc{{Name: "s.txt", Text: tc.en}}, nil, Options{})
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, p := range res.Pairs {
				if p.JA == "LAWS" && p.EN == "LAWS" {
					found = true
					if got := hasType(p.Evidence, EvAttested); got != tc.wantAttested {
						t.Errorf("LAWS = LAWS attested: %v, want %v (%v)", got, tc.wantAttested, p.Evidence)
					}
				}
			}
			if !found {
				t.Errorf("LAWS = LAWS not proposed")
			}
		})
	}
}
