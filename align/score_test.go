package align

import (
	"testing"

	"github.com/glossterm/gloss/align/internal/enterm"
	"github.com/glossterm/gloss/internal/lexicon"
)

// TestScoreBitextUnderParallel: the co-occurrence of a pair in aligned segments is counted
// once: parallel evidence, the stronger reading of the same segments, replaces bitext.
func TestScoreBitextUnderParallel(t *testing.T) {
	if got, want := score([]Evidence{{Type: EvBitext}, {Type: EvParallel}}), score([]Evidence{{Type: EvParallel}}); got != want {
		t.Errorf("bitext + parallel scores %.3f, want %.3f (parallel alone)", got, want)
	}
	if got := score([]Evidence{{Type: EvParen}, {Type: EvParen}}); got != weights[EvParen] {
		t.Errorf("one evidence type twice scores %.3f, want %.3f", got, weights[EvParen])
	}
}

// TestRelatedPairsStayInReview: a loose gloss (its head does not translate the Japanese
// head) is related, not equivalent; however much other evidence it has, it is never auto.
func TestRelatedPairsStayInReview(t *testing.T) {
	p := &Pair{JA: "抑止態勢", EN: "deterrence", Evidence: []Evidence{{Type: EvParenLoose}, {Type: EvCompositional}, {Type: EvAttested}}}
	r := &run{pairs: map[string]*Pair{"k": p}, ja: map[string]*jaCand{}, en: enterm.NewIndex()}
	out := r.finish()
	if len(out) != 1 || !out[0].Related || out[0].Status != Review || out[0].Score != 0.85 {
		t.Fatalf("finish = %+v, want one related review pair at 0.85", out)
	}
}

// TestNotANounPhrase: the English of a Japanese term is a noun phrase; a bare numeral, a
// span with a demonstrative and a verb with its object are not.
func TestNotANounPhrase(t *testing.T) {
	for en, want := range map[string]bool{
		"two":                          true, // 二国 of 二国間: the numeral, not "bilateral"
		"3":                            true,
		"core of these measures":       true, // "these" renders これら, outside the term
		"expand the market":            true, // a verb and its object
		"protect a fragile peace":      true,
		"bilateral":                    false,
		"two-state solution":           false, // one word with the numeral in it
		"Article 5":                    false, // a numbered part, not a bare numeral
		"expanding the market":         false, // a gerund is a noun phrase
		"rebalance to the Asia region": false, // a preposition before the article
		"Government of the Republic":   false,
		"market expansion":             false,
	} {
		if got := notANounPhrase(en); got != want {
			t.Errorf("notANounPhrase(%q) = %v, want %v", en, got, want)
		}
	}
}

// TestVerbalUse: a verbal noun that its sentences use only as a verb (再評価した) is rendered
// there by a verb form ("reassessing"), which is no glossary term: never auto. Its noun
// ("reassessment") stays auto.
func TestVerbalUse(t *testing.T) {
	dict := dictOf(map[string]string{"再評価": "reassessment", "政策": "policy"})
	checkAuto(t, dict, []autoCase{
		{"政府は政策を再評価し、公表した。", "The government, reassessing the policy, published it.", "再評価", "reassessing", false},
		{"政府は政策を再評価した。", "The government announced a reassessment of the policy.", "再評価", "reassessment", true},
	})
}

// TestScopeOnly: a candidate whose every occurrence may be a slice of a phrase (日本の経済 of
// 日本の経済と文化, where 日本の modifies both conjuncts) is never auto; written whole
// (日本の経済を守る) it is.
func TestScopeOnly(t *testing.T) {
	dict := dictOf(map[string]string{"日本": "Japan", "経済": "economy", "文化": "culture", "政府": "government"})
	checkAuto(t, dict, []autoCase{
		{"政府は日本の経済と文化を守る。", "The government protects Japan's economy and culture.", "日本の経済", "Japan's economy", false},
		{"政府は日本の経済を守る。", "The government protects Japan's economy.", "日本の経済", "Japan's economy", true},
	})
}

// TestVerbWithObject: a verb with its object ("change the status quo" of 現状変更) is no
// noun phrase, so no rendering of a term (see notANounPhrase): never auto.
func TestVerbWithObject(t *testing.T) {
	dict := dictOf(map[string]string{"現状": "status quo", "変更": "change", "両国": "both countries", "反対": "opposition"})
	checkAuto(t, dict, []autoCase{
		{"両国は現状変更に反対する。", "Both countries oppose efforts to change the status quo.", "現状変更", "change the status quo", false},
	})
}

// autoCase is a sentence pair, a Japanese term, the English that must be proposed for it
// and whether that proposal must be auto.
type autoCase struct {
	ja, en, term, want string
	auto               bool
}

// checkAuto runs each case's sentence pair as an aligned segment and checks that its term's
// English is proposed, auto or not as the case says.
func checkAuto(t *testing.T, dict func(*lexicon.Lexicon, map[string]bool) (int, error), tests []autoCase) {
	t.Helper()
	for _, tt := range tests {
		res, err := Run(nil, nil, []BitextSegment{{JA: tt.ja, EN: tt.en, Doc: "a.txt", Line: 1, Origin: "parallel"}}, Options{EDICT: dict})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, p := range res.Pairs {
			if p.JA == tt.term && p.EN == tt.want {
				found = true
				if got := p.Status == Auto; got != tt.auto {
					t.Errorf("%s: %s = %s is %s (%.2f), want auto %v", tt.en, tt.term, p.EN, p.Status, p.Score, tt.auto)
				}
			}
		}
		if !found {
			t.Errorf("%s: %s = %s not proposed", tt.en, tt.term, tt.want)
		}
	}
}

// TestOpenComplement: an English span that ends in a noun phrase opened by "the" where its
// sentence goes on with "of" leaves the noun's specifier out; a span that holds it, or that
// a sentence ends or a comma closes, does not.
func TestOpenComplement(t *testing.T) {
	for _, tt := range []struct {
		span, sentence string
		want           bool
	}{
		{"support for the reconstruction", "They pledged support for the reconstruction of the port.", true},
		{"support for the reconstruction of the port", "They pledged support for the reconstruction of the port.", false},
		{"support for the reconstruction", "They pledged support for the reconstruction, of course.", false},
		{"support for the reconstruction", "They pledged support for the reconstruction after the storm.", false},
		{"port reconstruction", "They pledged port reconstruction of a new kind.", false}, // no article
	} {
		g := &enterm.NGram{Surface: tt.span, First: enterm.Occurrence{Sentence: tt.sentence}}
		if got := openComplement(g); got != tt.want {
			t.Errorf("openComplement(%q in %q) = %v, want %v", tt.span, tt.sentence, got, tt.want)
		}
	}
}

// TestPossessiveCut: a span that opens with a possessive and stops before a content word
// leaves out the head of the possessive's noun phrase; before a function word or
// punctuation it is whole.
func TestPossessiveCut(t *testing.T) {
	for _, tt := range []struct {
		span, sentence string
		want           bool
	}{
		{"the city's water", "They repaired the city's water supply in May.", true},
		{"the city's water supply", "They repaired the city's water supply in May.", false},
		{"the city's water", "They protected the city's water and its air.", false},
		{"the city's water", "They protected the city's water, its air and its parks.", false},
		{"city water", "They repaired city water supply lines.", false}, // no possessive
	} {
		g := &enterm.NGram{Surface: tt.span, First: enterm.Occurrence{Sentence: tt.sentence}}
		if got := possessiveCut(g); got != tt.want {
			t.Errorf("possessiveCut(%q in %q) = %v, want %v", tt.span, tt.sentence, got, tt.want)
		}
	}
}
