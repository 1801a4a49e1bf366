package align

import (
	"strings"
	"testing"

	"github.com/glossterm/gloss/internal/lexicon"
)

// TestPrefixedAcronym: a term that writes its parties' abbreviations before a Latin
// acronym (日英ACSA) is rendered by the English that writes the parties before the
// acronym spelled out ("Japan-UK Acquisition and Cross-Servicing Agreement (ACSA)"), for
// review; parties the Japanese does not name are no rendering of its parties.
func TestPrefixedAcronym(t *testing.T) {
	dict := map[string]string{"日英": "Japan-UK", "日比": "Japan-Philippines", "両国": "both countries",
		"運用": "operation", "開始": "start", "発効": "entry into force", "歓迎": "welcome"}
	tests := []renderingCase{
		{name: "parties before the spelled-out name", ja: "両国は日英ACSAの運用を開始した。",
			en:    "Both countries started the operation of the Japan-UK Acquisition and Cross-Servicing Agreement (ACSA).",
			modes: []string{"bitext"}, wantJA: "日英ACSA", wantEN: "Japan-UK Acquisition and Cross-Servicing Agreement"},
		{name: "parties after an adjective", ja: "両国は新たな日比RAAの発効を歓迎した。",
			en:    "Both countries welcomed the entry into force of a new Japan-Philippines Reciprocal Access Agreement (RAA).",
			modes: []string{"bitext"}, wantJA: "日比RAA", wantEN: "Japan-Philippines Reciprocal Access Agreement"},
		{name: "near miss: other parties before the name", ja: "両国は日英ACSAの運用を開始した。",
			en:    "Both countries started the operation of the Japan-France Acquisition and Cross-Servicing Agreement (ACSA).",
			modes: []string{"bitext"}, wantJA: "日英ACSA", notEN: "Japan-France Acquisition and Cross-Servicing Agreement"},
	}
	runRenderingCases(t, tests, dict)
}

// TestPartiesName: an agreement's Japanese name that opens with its parties (日英円滑化協定)
// is rendered by the name the English spells out before its acronym, the parties before
// it ("Japan-UK Reciprocal Access Agreement (RAA)"), for review; a name whose head the
// Japanese head does not gloss, or other parties, render nothing of it.
func TestPartiesName(t *testing.T) {
	dict := map[string]string{"日英": "Japan-UK", "円滑": "smooth", "化": "-ization", "協定": "agreement", "両国": "both countries",
		"署名": "signature", "歓迎": "welcome"}
	const ja = "両国は日英円滑化協定の署名を歓迎した。"
	tests := []struct {
		name, en string
		want     string // the name of several words the rule gives 日英円滑化協定, "" for none
	}{
		{name: "the parties before the defined name", want: "Japan-UK Reciprocal Access Agreement",
			en: "Both countries welcomed the signing of the Japan-UK Reciprocal Access Agreement (RAA)."},
		{name: "near miss: another head",
			en: "Both countries welcomed the signing of the Japan-UK Reciprocal Access Framework (RAF)."},
		{name: "near miss: other parties",
			en: "Both countries welcomed the signing of the Japan-France Reciprocal Access Agreement (RAA)."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string // the names the rule pairs with the term, at review
			for _, p := range designationPairs(t, "bitext", ja, tc.en, "日英円滑化協定", dict) {
				for _, e := range p.Evidence {
					if strings.HasPrefix(e.Detail, partiesNameDetail) && p.Status == Review && strings.Contains(p.EN, " ") {
						got = append(got, p.EN)
					}
				}
			}
			if tc.want == "" && len(got) > 0 || tc.want != "" && (len(got) != 1 || got[0] != tc.want) {
				t.Errorf("日英円滑化協定 = %q, want %q (review)", got, tc.want)
			}
		})
	}
}

// TestPartiesNameShortForms: the parties before the acronym ("the Japan-UK RAA") render
// the term as the spelled-out name does, and where a segment of a term so paired writes
// the acronym alone, the acronym is its short form; a segment without the term pairs
// nothing.
func TestPartiesNameShortForms(t *testing.T) {
	dict := map[string]string{"日英": "Japan-UK", "日豪": "Japan-Australia", "円滑": "smooth", "化": "-ization", "協定": "agreement",
		"両国": "both countries", "署名": "signature", "歓迎": "welcome", "発効": "entry into force", "交渉": "negotiation"}
	segs := []BitextSegment{
		{JA: "両国は日豪円滑化協定の署名を歓迎した。", EN: "Both countries welcomed the signing of the Japan-Australia Reciprocal Access Agreement (RAA).", Doc: "a.txt", Line: 1, Origin: "parallel"},
		{JA: "両国は日豪円滑化協定の早期発効を目指す。", EN: "Both countries aim at an early entry into force of the RAA.", Doc: "a.txt", Line: 2, Origin: "parallel"},
		{JA: "両国は日英円滑化協定の交渉を進める。", EN: "Both countries will advance negotiations on the Japan-UK RAA.", Doc: "a.txt", Line: 3, Origin: "parallel"},
		{JA: "両国は交渉を進める。", EN: "Both countries will advance negotiations on the RAA.", Doc: "a.txt", Line: 4, Origin: "parallel"},
	}
	load := func(lx *lexicon.Lexicon, _ map[string]bool) (int, error) {
		for j, e := range dict {
			lx.Add(j, e, "edict")
		}
		return len(dict), nil
	}
	res, err := Run(nil, nil, segs, Options{EDICT: load})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, ja, en string
		want         bool
	}{
		{name: "the acronym after the parties", ja: "日英円滑化協定", en: "Japan-UK RAA", want: true},
		{name: "the acronym alone in another segment", ja: "日豪円滑化協定", en: "RAA", want: true},
		{name: "near miss: a segment without the term", ja: "交渉", en: "RAA"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := false
			for _, p := range res.Pairs {
				if p.JA != tc.ja || p.EN != tc.en {
					continue
				}
				for _, e := range p.Evidence {
					if strings.HasPrefix(e.Detail, partiesNameDetail) {
						got = p.Status == Review
					}
				}
			}
			if got != tc.want {
				t.Errorf("%s = %s by the parties' name at review: %v, want %v", tc.ja, tc.en, got, tc.want)
			}
		})
	}
}
