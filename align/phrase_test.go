package align

import (
	"slices"
	"testing"

	"github.com/glossterm/gloss/align/internal/enterm"
	"github.com/glossterm/gloss/internal/lexicon"
)

// TestQuantifier: a quantifying determiner at the head of a noun phrase (いかなる, あらゆる,
// すべての) is English's determiner before the phrase: "any", "all", "every". It is a
// function word, no gloss to meet, and the English span opens with it; あらゆる種類の X is
// "the full range of X" or "all kinds of X". A determiner renders a quantifier and nothing
// else, and a span without one renders the term but for it.
func TestQuantifier(t *testing.T) {
	dict := dictOf(map[string]string{"挑発": "provocation", "的": "-al", "行動": "action", "挑発的": "provocative",
		"日本": "Japan", "外交": "diplomacy", "手段": "means", "同盟": "alliance", "国": "country", "同盟国": "ally",
		"種類": "kind", "様々": "various", "脅威": "threat", "軍事": "military affairs", "軍事力": "military capability"})
	checkProposals(t, dict, []proposalCase{
		{"いかなる挑発的な行動も容認しない。", "We will not tolerate any provocative action.",
			"いかなる挑発的な行動", "any provocative action", nil},
		// near miss: the determiner renders nothing of a term without a quantifier
		{"挑発的な行動は容認しない。", "We will not tolerate any provocative action.",
			"挑発的な行動", "provocative action", []string{"any provocative action"}},
		{"すべての同盟国と協力する。", "We work with all allies.", "すべての同盟国", "all allies", nil},
		// 様々な is an adjectival noun with な, its gloss a content word: no determiner
		{"様々な脅威に対処する。", "We address various threats.", "様々な脅威", "various threats", nil},
		{"日本はあらゆる種類の外交手段を用いる。", "Japan uses the full range of diplomatic means.",
			"あらゆる種類の外交手段", "full range of diplomatic means", nil},
		{"日本はあらゆる種類の外交手段を用いる。", "Japan uses all kinds of diplomatic means.",
			"あらゆる種類の外交手段", "all kinds of diplomatic means", nil},
	})
	// a span without the determiner leaves the quantifier unrendered: review at most
	for _, p := range runPairs(t, dict, "いかなる挑発的な行動も容認しない。", "We will not tolerate provocative action.") {
		if p.JA == "いかなる挑発的な行動" && p.Status == Auto {
			t.Errorf("quantifier not rendered: %s = %s, %s %.2f", p.JA, p.EN, p.Status, p.Score)
		}
	}
}

// TestClauseOfIntent: V(し)ようとする N, "N that tries to V", is English's infinitive after
// the noun, "N to V", the object after the verb (現状を変更しようとする試み = attempt to
// change the status quo); a quantifier may stand between the clause and the noun, and the
// whole may be the complement of による ("by force"). A span that stops before the
// infinitive leaves the clause unrendered.
func TestClauseOfIntent(t *testing.T) {
	dict := dictOf(map[string]string{"秩序": "order", "変更": "change", "一方": "one side", "的": "-al",
		"一方的": "unilateral", "試み": "attempt", "武力": "armed force", "威嚇": "threat",
		"地域": "region", "不安定化": "destabilization", "行為": "act"})
	checkProposals(t, dict, []proposalCase{
		{"秩序を変更しようとするいかなる一方的な試みにも反対する。", "We oppose any unilateral attempt to change the order.",
			"秩序を変更しようとするいかなる一方的な試み", "any unilateral attempt to change the order", nil},
		{"武力による一方的な秩序変更の試みに反対する。", "We oppose unilateral attempts to change the order by armed force.",
			"武力による一方的な秩序変更の試み", "unilateral attempts to change the order by armed force", nil},
		// near miss: the span stops before the clause
		{"秩序を変更しようとする一方的な試みに反対する。", "We oppose unilateral attempts to change the order.",
			"秩序を変更しようとする一方的な試み", "unilateral attempts to change the order", []string{"unilateral attempts"}},
	})
}

// TestNominalizedClause: X を ADV的に VN すること is a noun phrase headed by こと; English
// nominalizes the verb (its deverbal noun), turns the adverb in 的に into the adjective and
// the object into an of-phrase: 紛争を平和的に解決すること = peaceful settlement of disputes.
// A clause without こと is a predicate, no term.
func TestNominalizedClause(t *testing.T) {
	dict := dictOf(map[string]string{"領土": "territory", "平和": "peace", "平和的": "peaceful", "解決": "resolution",
		"紛争": "conflict", "重要": "important"})
	checkProposals(t, dict, []proposalCase{
		{"紛争を平和的に解決することが重要だ。", "The peaceful resolution of conflicts is important.",
			"紛争を平和的に解決すること", "peaceful resolution of conflicts", nil},
		// near miss: without こと the clause is a predicate
		{"紛争を平和的に解決する。", "We seek the peaceful resolution of conflicts.",
			"紛争を平和的に解決する", "", []string{"peaceful resolution of conflicts"}},
	})
}

// runPairs aligns the one parallel segment ja = en with the dictionary dict and returns
// the pairs proposed.
func runPairs(t *testing.T, dict func(*lexicon.Lexicon, map[string]bool) (int, error), ja, en string) []Pair {
	t.Helper()
	return runPairsWith(t, Options{EDICT: dict}, ja, en)
}

// runPairsWith is runPairs with the options opts (WordNet, say).
func runPairsWith(t *testing.T, opts Options, ja, en string) []Pair {
	t.Helper()
	res, err := Run(nil, nil, []BitextSegment{{JA: ja, EN: en, Doc: "a.txt", Line: 1, Origin: "parallel"}}, opts)
	if err != nil {
		t.Fatal(err)
	}
	return res.Pairs
}

// TestDeterminers: every determiner that may open an aligned n-gram has its place in the
// compact code rateWith reads.
func TestDeterminers(t *testing.T) {
	for w := range enterm.Quantifiers {
		if !slices.Contains(determiners, w) {
			t.Errorf("%q opens an n-gram but is no determiner of rateWith", w)
		}
	}
}
