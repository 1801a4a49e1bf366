package align

import "testing"

// TestLeftoverGloss: a prefixed noun the dictionary glosses only inside a compound of it
// with a further word gets the English that compound leaves once that word's English is
// taken out (核不拡散 "nuclear nonproliferation" less 核 "nuclear"), at review; a near miss
// whose compound's other end is not a word of the text learns nothing.
func TestLeftoverGloss(t *testing.T) {
	dict := dictOf(map[string]string{
		"核": "nuclear weapons", "核不拡散": "nuclear nonproliferation", "拡散": "scattering/diffusion",
		"体制": "regime/system", "脅威": "threat/menace", "強化": "strengthening",
		"軍": "army", "非軍事": "demilitarization", "地帯": "zone/belt",
	})
	tests := []struct {
		name, ja, en, term, want string
		found                    bool
	}{
		{name: "the compound less the other word", term: "不拡散",
			ja: "両国は核の脅威に対し不拡散の強化で協力する。", en: "The two countries cooperate against the nuclear threat by strengthening nonproliferation.",
			want: "nonproliferation", found: true},
		{name: "the compound less the other word, hyphenated in the English", term: "不拡散体制",
			ja: "両国は核の脅威に対し不拡散体制の強化で協力する。", en: "The two countries cooperate against the nuclear threat by strengthening the non-proliferation regime.",
			want: "non-proliferation regime", found: true},
		{name: "near miss: the compound's other word is not in the text", term: "非武装",
			ja: "両国は非武装の地帯を設ける。", en: "The two countries set up a demilitarized zone.",
			want: "demilitarized", found: false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Run(nil, nil, []BitextSegment{{JA: tc.ja, EN: tc.en, Doc: "s.txt", Line: 1, Origin: "parallel"}}, Options{EDICT: dict})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range res.Pairs {
				if p.JA != tc.term {
					continue
				}
				got = append(got, p.EN+" "+string(p.Status))
				if p.EN == tc.want {
					if !tc.found {
						t.Errorf("%s = %q proposed, want nothing", tc.term, tc.want)
					}
					if p.Status == "auto" {
						t.Errorf("%s = %q is auto, want review (an inference)", tc.term, tc.want)
					}
					return
				}
			}
			if tc.found {
				t.Errorf("%s = %q, want %q", tc.term, got, tc.want)
			}
		})
	}
}
