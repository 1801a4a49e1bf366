package align

import (
	"testing"

	"github.com/glossterm/gloss/internal/lexicon"
)

// TestEliminate: in an aligned segment whose other words the lexicon explains, the one
// Japanese term left and the one English phrase left are proposed together, at review; a
// segment with two terms left, or two English phrases left, proposes nothing.
func TestEliminate(t *testing.T) {
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		lx.Add("両国", "both countries; two countries", "edict")
		lx.Add("重要性", "importance", "edict")
		lx.Add("確認", "confirmation", "edict")
		lx.Add("交流", "exchange; interchange", "edict")
		lx.Add("閣僚", "cabinet ministers", "edict")
		return 5, nil
	}
	tests := []struct {
		name   string
		ja, en string
		want   string // the English proposed for 人的交流 by elimination, "" for none
		part   bool   // with a part of the term glossed inside the English
	}{
		{name: "one left on each side",
			ja: "両国は人的交流の重要性を確認した。", en: "The two countries confirmed the importance of people-to-people exchanges.",
			want: "people-to-people exchanges", part: true},
		{name: "two terms left",
			ja: "両国は人的交流と経済協力の重要性を確認した。", en: "The two countries confirmed the importance of people-to-people exchanges and economic cooperation."},
		{name: "a dictionary word rendered by a pronoun",
			ja: "閣僚は人的交流の重要性を確認した。", en: "They confirmed the importance of people-to-people exchanges.",
			want: "people-to-people exchanges", part: true},
		{name: "the term left untranslated",
			ja: "閣僚は人的交流の重要性を確認した。", en: "The ministers confirmed its importance."},
		{name: "a verb after a modal, an adverb",
			ja: "両国は人的交流の重要性を確認する。", en: "Additionally, the two countries will confirm the importance of people-to-people exchanges.",
			want: "people-to-people exchanges", part: true},
		{name: "an unglossed verb for an unglossed verb",
			ja: "両国は人的交流の重要性を確認する。", en: "The two countries stress the importance of people-to-people exchanges.",
			want: "people-to-people exchanges", part: true},
		{name: "an unglossed verb, and no part of the term in either phrase",
			ja: "両国は人的交流の重要性を確認する。", en: "The two countries stress the importance of cultural ties."},
		{name: "a word left with no verb left to match it",
			ja: "両国は人的交流の重要性を確認した。", en: "The two countries confirmed the enormous importance of people-to-people exchanges."},
		{name: "two English phrases left",
			ja: "両国は人的交流の重要性を確認した。", en: "The two countries confirmed the importance of people-to-people exchanges for regional stability."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			segs := []BitextSegment{{JA: tc.ja, EN: tc.en, Doc: "a.txt", Line: 1, Origin: OriginParallel}}
			res, err := Run(nil, nil, segs, Options{EDICT: dict})
			if err != nil {
				t.Fatal(err)
			}
			var got *Pair
			for i, p := range res.Pairs {
				if hasType(p.Evidence, EvEliminated) {
					if got != nil {
						t.Errorf("a second pair by elimination: %s = %s", p.JA, p.EN)
					}
					got = &res.Pairs[i]
				}
			}
			switch {
			case tc.want == "" && got != nil:
				t.Errorf("proposed %s = %s, want nothing", got.JA, got.EN)
			case tc.want == "":
			case got == nil:
				t.Errorf("nothing proposed, want 人的交流 = %s", tc.want)
			case got.JA != "人的交流" || got.EN != tc.want:
				t.Errorf("proposed %s = %s, want 人的交流 = %s", got.JA, got.EN, tc.want)
			case got.Status != Review:
				t.Errorf("status %s (score %v), want review: elimination alone is never auto", got.Status, got.Score)
			case hasType(got.Evidence, EvEliminatedPart) != tc.part:
				t.Errorf("part evidence %v, want %v: %+v", !tc.part, tc.part, got.Evidence)
			}
		})
	}
}

// TestEliminateRecurs: the same pair left over in two segments is stronger than in one,
// and still at review; a segment repeated word for word is no second segment.
func TestEliminateRecurs(t *testing.T) {
	dict := func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		lx.Add("両国", "both countries; two countries", "edict")
		lx.Add("重要性", "importance", "edict")
		lx.Add("強化", "strengthening", "edict")
		return 3, nil
	}
	one := BitextSegment{JA: "両国は境界画定の重要性を確認した。", EN: "The two countries confirmed the importance of maritime delimitation.", Doc: "a.txt", Line: 1, Origin: OriginParallel}
	two := BitextSegment{JA: "両国は境界画定を強化する。", EN: "The two countries will strengthen maritime delimitation.", Doc: "b.txt", Line: 1, Origin: OriginParallel}
	scoreOf := func(segs ...BitextSegment) Pair {
		res, err := Run(nil, nil, segs, Options{EDICT: dict})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range res.Pairs {
			if p.JA == "境界画定" && p.EN == "maritime delimitation" {
				return p
			}
		}
		t.Fatalf("境界画定 = maritime delimitation not proposed from %d segment(s)", len(segs))
		return Pair{}
	}
	once, twice := scoreOf(one), scoreOf(one, two)
	if twice.Score <= once.Score || twice.Status != Review {
		t.Errorf("two segments: score %v (%s), one segment: %v; want higher and at review", twice.Score, twice.Status, once.Score)
	}
	again := one
	again.Line = 2
	if p := scoreOf(one, again); p.Score != once.Score {
		t.Errorf("a repeated segment: score %v, one segment: %v; want the same (no new evidence)", p.Score, once.Score)
	}
}
