package lint

import (
	"github.com/glossterm/gloss/internal/morph"
	"github.com/glossterm/gloss/match"
)

// Verbal-noun compounds written as clauses. A Japanese compound of an object noun and a
// サ変 verbal noun (現状変更, "changing the status quo") is also written as the clause
// that says the same with を and a form of する (現状を変更する, 現状を変更しようとする,
// 現状を変更した), which then modifies the term's head as a relative clause; the term's
// other modifiers may move next to the head and a determiner may come in (一方的な現状変更の
// 試み: 現状を変更しようとするいかなる一方的な試み). So where a Japanese translation lacks an
// allowed term with such a compound, the term's noun phrase is looked for with the
// compound as a clause: the head, and before it, within the phrase, the clause and every
// other word of the term, in any order, with nothing of content the term lacks.

// clauseParaphrase returns the span of the Japanese target that writes an allowed term of
// the group with its verbal-noun compound as a clause, or ok false.
func (l *Linter) clauseParaphrase(tgt string, group []match.Occurrence, lang string) (start, end int, ok bool) {
	var toks []morph.Token
	for _, g := range group {
		for _, t := range g.Concept.Terms[lang] {
			if !t.Status.Allowed() {
				continue
			}
			words, obj, verb := l.verbalCompound(t.Text)
			if obj == "" {
				continue
			}
			if toks == nil {
				toks = l.tokenize(tgt)
			}
			if s, e, found := clauseIn(toks, words, obj, verb); found {
				return s, e, true
			}
		}
	}
	return 0, 0, false
}

// verbalCompound returns the words of a Japanese term (its morphemes but particles,
// auxiliaries and symbols, the head last) and its first object noun + サ変 noun compound,
// or obj "" when it has none.
func (l *Linter) verbalCompound(term string) (words []string, obj, verb string) {
	toks := l.tokenize(term)
	for i, t := range toks {
		switch t.POSAt(0) {
		case "助詞", "助動詞", "記号":
			continue
		}
		words = append(words, t.Surface)
		if obj == "" && i+1 < len(toks) && t.POSAt(0) == "名詞" && t.POSAt(1) != "サ変接続" && t.POSAt(1) != "接尾" && t.POSAt(1) != "非自立" &&
			toks[i+1].POSAt(0) == "名詞" && toks[i+1].POSAt(1) == "サ変接続" && i+2 < len(toks) {
			obj, verb = t.Surface, toks[i+1].Surface
		}
	}
	if len(words) < 3 {
		return nil, "", ""
	}
	return words, obj, verb
}

// clauseIn looks in toks for the term of words written with obj+verb as the clause
// obj を verb する: the term's head (its last word), and before it in one phrase (no
// clause punctuation, no は or が) the clause and the term's other words, each once, with
// nothing between them but particles, auxiliaries, forms of する and determiners
// (連体詞: いかなる, あらゆる), and no noun right after the head.
func clauseIn(toks []morph.Token, words []string, obj, verb string) (start, end int, ok bool) {
	head := words[len(words)-1]
next:
	for h, t := range toks {
		if t.Surface != head || h+1 < len(toks) && toks[h+1].POSAt(0) == "名詞" {
			continue
		}
		// The other words, each to be found once before the head.
		want := map[string]int{}
		for _, w := range words[:len(words)-1] {
			if w != obj && w != verb {
				want[w]++
			}
		}
		clause := false
		lo := h
		for k := h - 1; k >= 0 && h-k <= 16; k-- {
			u := toks[k]
			pos := u.POSAt(0)
			switch {
			case pos == "記号" || pos == "助詞" && (u.Surface == "は" || u.Surface == "が"):
				break
			case !clause && u.Surface == verb && u.POSAt(1) == "サ変接続" && k >= 2 && toks[k-1].Surface == "を" && toks[k-2].Surface == obj &&
				k+1 < h && toks[k+1].POSAt(0) == "動詞" && toks[k+1].Base == "する":
				clause, lo, k = true, k-2, k-2
				continue
			case want[u.Surface] > 0:
				want[u.Surface]--
				lo = k
				continue
			case pos == "助詞" && u.Surface != "を" || pos == "助動詞" || pos == "連体詞" || pos == "動詞" && u.Base == "する":
				continue
			default:
				// a word of content the term lacks ends the phrase
			}
			break
		}
		if !clause {
			continue
		}
		for _, n := range want {
			if n > 0 {
				continue next
			}
		}
		return toks[lo].Start, t.End, true
	}
	return 0, 0, false
}
