package align

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossterm/gloss/align/internal/enterm"
	"github.com/glossterm/gloss/internal/lexicon"
	"github.com/glossterm/gloss/internal/textnorm"
)

// Terms inside a rendered phrase.
//
// A term that is part of a longer proposed phrase (強靱性 of 安全保障と強靱性, 空爆 of
// イラクにおける空爆) is often written in the text only inside it, and nothing pairs it alone.
// The phrase's English renders every part: when the other part of the phrase (the part
// on the other side of a coordinator or a link in kana) has a sure rendering (a
// proposal at auto tier) that the phrase's English writes at one of its ends, with only
// function words between it and the rest ("and", "of the"), the rest is the term's
// English: "security and resilience" less "security" and "and" leaves "resilience". The
// rest must be a noun phrase of the English sources (attested, ending in a noun, opening
// with no function word, and no sure rendering of another term: "Communication of Japan"
// less "Communication" leaves "Japan", which is 日本's, not 立場's; meeting the
// dictionary's glosses of the term's parts all or none, see glossedInPart), written where the
// Japanese order puts it (see innerOrder). The term's English rests on the phrase's and
// on a subtraction, so it is for review, and only a term with no proposal of its own, no
// phrase itself, gets it.

// subtractInner pairs a term with no proposal, inside a proposed phrase, with what the
// phrase's English leaves once a sure rendering of the phrase's other part and the
// function words beside it are taken out.
func (r *run) subtractInner() {
	proposed := map[string]bool{} // ja keys with a proposal at review or better
	sure := map[string][]string{} // ja key → English of its auto proposals
	taken := map[string]string{}  // en key → ja key of an auto proposal
	keys := make([]string, 0, len(r.pairs))
	for k, p := range r.pairs {
		s := score(p.Evidence)
		if s >= ReviewScore {
			jk := textnorm.Key(p.JA)
			proposed[jk] = true
			keys = append(keys, k)
			if s >= AutoScore {
				sure[jk] = append(sure[jk], p.EN)
				taken[p.enKey] = jk
			}
		}
	}
	sort.Strings(keys)
	type add struct{ ja, en, detail string }
	var adds []add
	for _, k := range keys {
		p := r.pairs[k]
		rs := []rune(p.JA)
		for i := 1; i < len(rs); i++ {
			for _, side := range []struct{ term, rest string }{
				{string(rs[:i]), string(rs[i:])}, // the term first
				{string(rs[i:]), string(rs[:i])}, // the term last
			} {
				tk := textnorm.Key(side.term)
				if proposed[tk] || r.ja[tk] == nil || utf8.RuneCountInString(side.term) < 2 {
					continue
				}
				first := side.term == string(rs[:i])
				if r.ja[tk].phrasal {
					continue // a phrase inside a phrase: its English is not one noun phrase
				}
				for _, o := range innerOthers(side.rest, first) {
					for _, ea := range sure[textnorm.Key(o.other)] {
						rest, eaFirst, between := leaveOut(p.EN, ea)
						if rest == "" || !innerOrder(o.joiner, first, eaFirst, between) ||
							r.en.Lookup(rest) == nil || !r.nounEnd(rest) {
							continue
						}
						if t, ok := taken[enterm.Key(rest)]; ok && t != tk {
							continue // the sure English of another term, written for it
						}
						if r.glossedInPart(r.ja[tk], rest) {
							continue
						}
						adds = append(adds, add{side.term, rest, p.JA + " = " + p.EN + " less " + o.other + " = " + ea})
					}
				}
			}
		}
	}
	for _, a := range adds {
		src := r.ja[textnorm.Key(a.ja)] // never nil: the part was looked up there before it was added
		ev := Evidence{Type: EvPartial, Detail: "what a phrase's English leaves: " + a.detail,
			Doc: src.first.doc, Line: src.first.line, Quote: quote(src.first.sent)}
		r.add(a.ja, a.en, ev)
		r.add(a.ja, a.en, Evidence{Type: EvBitext, Detail: "together in 1 aligned segment(s)"})
	}
}

// innerPart is the other part of a phrase and the joiner between it and the term.
type innerPart struct{ other, joiner string }

// innerOthers returns the other part of a phrase once the term is taken out, rest being
// what the phrase holds beside it (after it when first): the rest less a joiner at the
// term's side (a coordinator, 及び, or a run of kana: と, の, における). A compound joined
// by nothing is not split: its English may render its parts as one (国防大臣 = "Minister
// of Defence", where 国防 alone is not "Defence").
func innerOthers(rest string, first bool) []innerPart {
	var out []innerPart
	rs := []rune(rest)
	for _, j := range []string{"及び", "および", "並びに"} {
		if first && strings.HasPrefix(rest, j) {
			out = append(out, innerPart{strings.TrimPrefix(rest, j), j})
		}
		if !first && strings.HasSuffix(rest, j) {
			out = append(out, innerPart{strings.TrimSuffix(rest, j), j})
		}
	}
	joiner := func(c rune) bool { return c == '・' || unicode.In(c, unicode.Hiragana) }
	n := 0
	if first {
		for n < len(rs) && joiner(rs[n]) {
			n++
		}
		if n > 0 && n < len(rs) {
			out = append(out, innerPart{string(rs[n:]), string(rs[:n])})
		}
	} else {
		for n < len(rs) && joiner(rs[len(rs)-1-n]) {
			n++
		}
		if n > 0 && n < len(rs) {
			out = append(out, innerPart{string(rs[:len(rs)-n]), string(rs[len(rs)-n:])})
		}
	}
	return out
}

// innerOrder reports whether the English writes the other part's rendering (first in the
// English when eaFirst, the function words between given) where the Japanese order says
// it stands, the term first in the Japanese when first. A coordination (・, と, 及び) keeps
// its order, joined by "and"; a link makes the part after it the head, which English
// writes first with a preposition (情勢の緊迫化 = "escalation of the situation") or last
// with nothing between ("the situation's escalation" aside). A term before the
// attributive な is an adjectival noun, whose English is no term.
func innerOrder(joiner string, first, eaFirst bool, between []string) bool {
	if slices.Contains(coordAndJoiners, joiner) {
		and := false
		for _, w := range between {
			switch strings.ToLower(w) {
			case "and":
				and = true
			case "the":
			default:
				return false
			}
		}
		return and && first != eaFirst
	}
	if first && strings.HasSuffix(joiner, "な") {
		return false
	}
	if first { // the term modifies the other part, the head
		return eaFirst == (len(between) > 0)
	}
	return eaFirst == (len(between) == 0) // the term is the head
}

// leaveOut returns the English e less the phrase a written at one of its ends and the
// function words between it and the rest, with whether a stood first and those function
// words, or "" when a is at neither end or nothing of content is left.
func leaveOut(e, a string) (string, bool, []string) {
	ws, as := strings.Fields(e), strings.Fields(a)
	if len(as) == 0 || len(as) >= len(ws) {
		return "", false, nil
	}
	eq := func(x []string) bool {
		for i := range x {
			if !strings.EqualFold(x[i], as[i]) {
				return false
			}
		}
		return true
	}
	var rest, between []string
	first := false
	switch {
	case eq(ws[:len(as)]):
		first = true
		rest = ws[len(as):]
		for len(rest) > 0 && lexicon.IsStop(strings.ToLower(rest[0])) {
			between = append(between, rest[0])
			rest = rest[1:]
		}
	case eq(ws[len(ws)-len(as):]):
		rest = ws[:len(ws)-len(as)]
		for len(rest) > 0 && lexicon.IsStop(strings.ToLower(rest[len(rest)-1])) {
			between = append([]string{rest[len(rest)-1]}, between...)
			rest = rest[:len(rest)-1]
		}
		for len(rest) > 0 && lexicon.IsStop(strings.ToLower(rest[0])) {
			rest = rest[1:] // an article before the rest: "the"
		}
	default:
		return "", false, nil
	}
	if len(rest) == 0 {
		return "", false, nil
	}
	for _, w := range rest {
		if strings.IndexFunc(w, func(c rune) bool { return unicode.IsLetter(c) }) < 0 {
			return "", false, nil
		}
	}
	return strings.Join(rest, " "), first, between
}

// glossedInPart reports whether the English en meets the dictionary's glosses of the term
// jc (of the term itself when the dictionary has it, else of its parts) in part: some of
// its words glossed inside en and some not (核|不拡散 as "nuclear
// proliferation", 国防総省 "Department of Defense" as "Department"). A rendering the
// dictionary does not know meets none of them ("resilience" for 強靱性), a translation by
// the glosses every one; a mix is the English of another span, a word from outside the
// term or a part of it left in the other part's English.
func (r *run) glossedInPart(jc *jaCand, en string) bool {
	has := wordSet(en)
	met, unmet := 0, 0
	count := func(entries []lexicon.Entry) {
		if len(entries) == 0 {
			return
		}
		some, all := false, false
		for _, e := range entries {
			n := 0
			for _, w := range e.Words {
				if has[w] {
					n++
				}
			}
			some = some || n > 0
			all = all || n > 0 && n == len(e.Words)
		}
		switch {
		case all:
			met++
		case some:
			met++
			unmet++ // a gloss met by half
		default:
			unmet++
		}
	}
	if whole := r.lx.Lookup(jc.text); len(whole) > 0 {
		count(whole) // the term's own glosses say it, not its parts'
	} else {
		for _, u := range jc.units {
			count(r.lx.Lookup(u.Surface))
		}
	}
	return met > 0 && unmet > 0
}
