package jaterm

import "github.com/glossterm/gloss/internal/morph"

// Misscoped reports whether a chunk, where it stands in the sentence, takes a modifier or a
// conjunct away from the phrase it belongs to, so that it is a slice of a phrase, not a
// phrase (each case with the one reading the sentence allows):
//
//   - a modifier shared by a coordination, cut before the second conjunct: in 日本の平和と
//     安全を, 日本の modifies 平和と安全 (Japan's peace and security), so 日本の平和 is
//     not a phrase of the sentence; the second conjunct is bare, with no modifier of its own
//     to pair with the first's (日本の防衛及び地域の安全保障 is two phrases) and a case
//     particle closes the pair (a list goes on: 地政学的な競争や新型コロナウイルス、…);
//   - a coordination of unlike conjuncts: a place or organization name after a common noun
//     and before の (指針の見直しと日本の法制作業) is the modifier of the noun after it
//     (Japan's legislative process), not a conjunct of 見直し: nouns coordinate with their
//     own kind;
//   - a coordination whose first conjunct lost the modifier written before it: when the other
//     conjunct has a modifier of its own (自由で開かれたインド太平洋とルールに基づく国際秩序),
//     the conjuncts are parallel, modifier and noun each, and the verbal or adjectival
//     modifier belongs to the first (with bare conjuncts it may be shared: グローバルな通商
//     及び投資 = global commerce and investment);
//   - a locative adjunct (における, での) attached to a name that is itself the modifier of
//     a head: in 安全保障分野における日本政府の取組 the adjunct modifies the head (the
//     efforts in the security field), not 日本政府: a name designates one thing, and a
//     restrictive modifier has nothing to restrict in it (地域における軍事能力の拡大, with a
//     common noun, may read either way and is left alone).
func Misscoped(toks []morph.Token, c Chunk) bool {
	return sharedModifierCut(toks, c) || unlikeConjuncts(toks, c) || strandedModifier(toks, c) || adjunctOfHead(toks, c)
}

func sharedModifierCut(toks []morph.Token, c Chunk) bool {
	if c.To+1 >= len(toks) || !joins(toks, c.To) || !modified(toks, c.From, c.To) {
		return false
	}
	n := nounEnd(toks, c.To+1)
	return n > c.To+1 && n < len(toks) && caseParticle(toks[n]) && !attributiveLink(toks, n)
}

func unlikeConjuncts(toks []morph.Token, c Chunk) bool {
	k := lastJoin(toks, c)
	if k < 0 || !followedByNo(toks, c.To) || isProperNoun(toks[k-1]) {
		return false
	}
	for i := k + 1; i < c.To; i++ {
		if !isProperNoun(toks[i]) && !IsSuffix(toks[i]) {
			return false
		}
	}
	return true
}

func strandedModifier(toks []morph.Token, c Chunk) bool {
	k := lastJoin(toks, c)
	if k < 0 || c.From == 0 || !attributiveEnd(toks[c.From-1]) || toks[c.From-1].End != toks[c.From].Start ||
		modified(toks, c.From, k) {
		return false
	}
	return modified(toks, k+1, c.To)
}

func adjunctOfHead(toks []morph.Token, c Chunk) bool {
	if !followedByNo(toks, c.To) {
		return false
	}
	for k := c.To - 2; k > c.From; k-- {
		if s := toks[k].Surface; s == "における" || s == "に於ける" ||
			s == "で" && at(toks[k].POS, 1) == "格助詞" && toks[k+1].Surface == "の" {
			// the side after the adjunct: a name (日本政府, 米国) or a common noun
			for i := k + 1; i < c.To; i++ {
				if isProperNoun(toks[i]) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// attributiveLink reports whether a link starts at n and a noun follows it: the conjunct
// before it then has a modifier of its own (ルールに基づく国際秩序), where the same
// particle and a verb that ends the clause (文化を守る。) close it.
func attributiveLink(toks []morph.Token, n int) bool {
	k := linkLen(toks, n)
	return k > 0 && n+k < len(toks) && at(toks[n+k].POS, 0) == "名詞"
}

// joins reports whether toks[k] coordinates two terms (not the dot inside a katakana
// loanword).
func joins(toks []morph.Token, k int) bool {
	if !coordinator(toks[k]) {
		return false
	}
	return toks[k].Surface != "・" || k == 0 || k+1 >= len(toks) || !isKatakana(toks[k-1].Surface) || !isKatakana(toks[k+1].Surface)
}

// lastJoin returns the index of the last coordinator inside c, or -1.
func lastJoin(toks []morph.Token, c Chunk) int {
	for k := c.To - 2; k > c.From; k-- {
		if joins(toks, k) {
			return k
		}
	}
	return -1
}

// modified reports whether toks[from:to] holds a modifier: a particle that is not a
// coordinator (の, における, への), an auxiliary (な, た) or a verb or adjective.
func modified(toks []morph.Token, from, to int) bool {
	for k := from; k < to; k++ {
		switch at(toks[k].POS, 0) {
		case "助詞":
			if !coordinator(toks[k]) {
				return true
			}
		case "助動詞", "動詞", "形容詞":
			return true
		}
	}
	return false
}

// nounEnd returns the end of the run of nouns and prefixes written together from i.
func nounEnd(toks []morph.Token, i int) int {
	j := i
	for j < len(toks) && (at(toks[j].POS, 0) == "名詞" && at(toks[j].POS, 1) != "非自立" || IsPrefix(toks[j])) &&
		(j == i || toks[j-1].End == toks[j].Start) {
		j++
	}
	return j
}

// followedByNo reports whether toks[i] is the attributive の and a noun follows it that
// the noun before の may modify: not a relation (の間, の中), which takes a whole
// coordination as its complement (日本政府及び米国政府の間 = between the two governments).
func followedByNo(toks []morph.Token, i int) bool {
	return i+1 < len(toks) && at(toks[i].POS, 0) == "助詞" && at(toks[i].POS, 1) == "連体化" &&
		at(toks[i+1].POS, 0) == "名詞" && !IsBreakWord(toks[i+1])
}

// attributiveEnd reports whether a token ends a verbal or adjectival modifier: the past た,
// the attributive な, a verb or an adjective.
func attributiveEnd(t morph.Token) bool {
	switch at(t.POS, 0) {
	case "助動詞":
		return t.Surface == "た" || t.Surface == "な"
	case "動詞", "形容詞":
		return t.Surface == t.Base
	}
	return false
}

// caseParticle reports whether a token is a case or binding particle (を, が, は, も) that
// closes a noun phrase.
func caseParticle(t morph.Token) bool {
	return at(t.POS, 0) == "助詞" && (at(t.POS, 1) == "格助詞" && t.Surface != "と" || at(t.POS, 1) == "係助詞")
}

func isProperNoun(t morph.Token) bool {
	return at(t.POS, 0) == "名詞" && at(t.POS, 1) == "固有名詞"
}
