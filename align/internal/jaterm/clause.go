package jaterm

import (
	"strings"

	"github.com/glossterm/gloss/internal/morph"
)

// Noun phrases built around a determiner or a clause. Official Japanese packs into one noun
// phrase what English says with a determiner, an infinitive or an of-phrase:
//
//	QUANT PHRASE           いかなる一方的な試み = any unilateral attempt
//	                       あらゆる種類の能力 = full range of capabilities, all kinds of capabilities
//	                       すべての同盟国 = all allies
//	CLAUSE [QUANT] PHRASE  現状を変更しようとする|いかなる一方的な試み = any unilateral attempt
//	                       to change the status quo (V しようとする N: "N to V")
//	NOMINAL                紛争を|平和的に|解決すること = peaceful settlement of disputes
//	                       (X を (ADV的に) VN すること: "(ADJ) VN-noun of X")
//
// Each is a noun phrase with a head noun: the determiner and the clause modify it, こと
// heads the nominalized clause. A clause that ends in anything else (a finite verb, a
// conjunctive form) is no noun phrase and makes no candidate.

// quantifier returns the end of a quantifying determiner starting at k, or 0: the
// adnominals いかなる (any) and あらゆる (all, every), and すべて, 全て, 総て with the
// attributive の (all). 様々な (various) is an adjectival noun with な, read as any MOD な is.
func quantifier(toks []morph.Token, k int) int {
	if k >= len(toks) {
		return 0
	}
	t := toks[k]
	switch {
	case at(t.POS, 0) == "連体詞" && quantifiers[t.Surface]:
		return k + 1
	case at(t.POS, 0) == "名詞" && allOf[t.Surface] && k+1 < len(toks) && at(toks[k+1].POS, 1) == "連体化":
		return k + 2
	}
	return 0
}

var quantifiers = map[string]bool{"いかなる": true, "如何なる": true, "あらゆる": true}

var allOf = map[string]bool{"すべて": true, "全て": true, "総て": true}

// IsQuantifier reports whether a unit is a quantifying determiner (いかなる, あらゆる,
// すべて): English renders it by a determiner (any, all, every), a stop word, before the
// phrase it quantifies.
func IsQuantifier(t morph.Token) bool {
	return at(t.POS, 0) == "連体詞" && quantifiers[t.Surface] || at(t.POS, 0) == "名詞" && allOf[t.Surface]
}

// WritesQuantifier reports whether a text holds the written form of a quantifier that
// IsQuantifier reads (いかなる, あらゆる, すべて), whatever its tokens.
func WritesQuantifier(s string) bool {
	for _, m := range []map[string]bool{quantifiers, allOf} {
		for q := range m {
			if strings.Contains(s, q) {
				return true
			}
		}
	}
	return false
}

// conative returns the end of a clause of intent starting at k, or 0: [OBJ を] VN しよう
// と する, a verbal noun (or a compound ending in one) with the volitional and とする, "to
// try to V" (現状を変更しようとする, 現状変更しようとする). Before a noun it is English's
// infinitive after that noun: 変更しようとする試み = attempt to change. vn is the term the
// verbal noun ends, obj the term of its object or nil.
func conative(toks []morph.Token, vn Chunk, obj *Chunk) (from, end int) {
	k := vn.To
	if k+3 >= len(toks) || !verbalStem(toks[k-1]) {
		return 0, 0
	}
	if toks[k].Surface != "しよ" || at(toks[k].POS, 0) != "動詞" || toks[k+1].Surface != "う" ||
		toks[k+2].Surface != "と" || toks[k+3].Base != "する" || toks[k+3].Surface != "する" {
		return 0, 0
	}
	from = vn.From
	if obj != nil {
		from = obj.From
	}
	return from, k + 4
}

// nominal returns the end of a nominalized clause whose object term obj starts it, or 0:
// obj を (ADV的 に) VN する こと. The verbal noun is English's deverbal noun, the object its
// of-phrase and an adverb in 的に the adjective before it (紛争を平和的に解決すること =
// peaceful settlement of disputes). こと makes the clause a noun phrase; without it the
// clause is a predicate, no term.
func nominal(toks []morph.Token, terms []Chunk, obj Chunk) int {
	k := obj.To
	if k >= len(toks) || toks[k].Surface != "を" || at(toks[k].POS, 0) != "助詞" {
		return 0
	}
	k++
	if a := termAt(terms, k); a != nil && a.To+1 < len(toks) && toks[a.To].Surface == "的" && toks[a.To+1].Surface == "に" &&
		at(toks[a.To+1].POS, 1) == "副詞化" {
		k = a.To + 2 // 平和|的|に: an adverb made from an adjectival noun
	} else if a != nil && a.To < len(toks) && toks[a.To-1].Surface == "的" && toks[a.To].Surface == "に" && at(toks[a.To].POS, 1) == "副詞化" {
		k = a.To + 1
	}
	v := termAt(terms, k)
	if v == nil || !verbalStem(toks[v.To-1]) || v.To+1 >= len(toks) {
		return 0
	}
	if toks[v.To].Base != "する" || toks[v.To].Surface != "する" || toks[v.To+1].Surface != "こと" || at(toks[v.To+1].POS, 1) != "非自立" {
		return 0
	}
	return v.To + 2
}

// clausal adds the phrases of a determiner or a clause to out (see the top of this file):
// a quantifier before any candidate, a clause of intent before a candidate or a quantified
// one, a nominalized clause; and a link's complement (X による, X を含む) before a
// quantified or clause phrase, or before a linked phrase with a modifier (力による|一方的な
// 現状変更の試み = unilateral attempts to change the status quo by force: the head's
// modifiers stand next to it, after the link's complement).
func clausal(toks []morph.Token, terms, ext, linked, modLinked, out []Chunk, linkedFrom func(Chunk) int) []Chunk {
	byFrom := map[int][]Chunk{}
	for _, c := range out {
		byFrom[c.From] = append(byFrom[c.From], c)
	}
	var heads []Chunk // the quantified phrases and the clause phrases
	add := func(c Chunk) {
		if c.To < len(toks) && at(toks[c.To].POS, 0) == "名詞" && toks[c.To-1].End == toks[c.To].Start {
			return // the phrase ends inside a compound (いかなる|一方|的): no head noun
		}
		if c.To+1 < len(toks) && at(toks[c.To].POS, 1) == "連体化" && at(toks[c.To+1].POS, 0) == "名詞" {
			// the phrase stops before の and a noun: it modifies a head further on, which the
			// determiner and the clause quantify and modify (あらゆる種類の米国|の軍事力 is
			// no phrase: "full range of U.S." is cut before its head)
			return
		}
		if c.To-c.From <= MaxPhrase && !has(out, c) {
			out = append(out, c)
			heads = append(heads, c)
		}
	}
	quantified := map[int][]Chunk{}
	for k := range toks {
		e := quantifier(toks, k)
		if e == 0 {
			continue
		}
		for _, c := range byFrom[e] {
			q := Chunk{From: k, To: c.To, Phrasal: true}
			add(q)
			quantified[k] = append(quantified[k], q)
		}
	}
	for ti, t := range terms {
		// the object belongs to the clause: a phrase without it is a slice
		var obj *Chunk
		if ti > 0 && terms[ti-1].To+1 == t.From && toks[t.From-1].Surface == "を" && at(toks[t.From-1].POS, 0) == "助詞" {
			obj = &terms[ti-1]
		}
		if from, e := conative(toks, t, obj); e > 0 {
			for _, c := range append(byFrom[e][:len(byFrom[e]):len(byFrom[e])], quantified[e]...) {
				add(Chunk{From: from, To: c.To, Phrasal: true})
			}
		}
		if e := nominal(toks, terms, t); e > 0 {
			add(Chunk{From: t.From, To: e, Phrasal: true})
		}
	}
	starts := map[int][]Chunk{}
	for _, c := range append(heads, modLinked...) {
		starts[c.From] = append(starts[c.From], c)
	}
	for _, t := range append(ext[:len(ext):len(ext)], linked...) {
		for _, c := range starts[linkedFrom(t)] {
			if c := (Chunk{From: t.From, To: c.To, Phrasal: true}); c.To-c.From <= MaxPhrase && !has(out, c) {
				out = append(out, c)
			}
		}
	}
	return out
}
