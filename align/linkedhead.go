package align

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossterm/gloss/internal/textnorm"
)

// A head written before its linked complement.
//
// A Japanese noun phrase puts a complement and its link before the head (イラクにおける|空爆,
// 難民に対する|支援); English writes the head first and the complement after a preposition
// that renders the link ("air strikes in Iraq", "assistance to refugees"). When a term
// has no rendering at all, is the head of such a linked phrase, and the complement has
// a rendering at review or better, no partial one, that an aligned segment holding the
// phrase writes after a preposition (of alone for the bare attributive の), the head
// phrase written right before that preposition (one to
// three words, all capitalized or all nouns in lower case, opening after a function
// word, punctuation or the sentence's start; see headPhrasesBefore) is the term's
// English in this text, where no gloss of the term is written in the segment and no
// other Japanese word of it explains the head phrase. It rests on place and parts of
// speech, not on a gloss: the pair is partial, for review.

// linkPreps are the prepositions that join an English head written first to a
// complement that a Japanese link (の, における, に対する, との, を含む …) puts before it.
var linkPreps = map[string]bool{"of": true, "to": true, "for": true, "in": true, "on": true, "with": true,
	"against": true, "by": true, "from": true, "toward": true, "towards": true, "including": true, "between": true,
	"among": true, "at": true, "over": true}

// ofPrep is the preposition that renders the bare attributive の before a head.
var ofPrep = map[string]bool{"of": true}

// maxLinkRunes bounds the length of the link between a complement and its head.
const maxLinkRunes = 5

// linkedHeads renders a term with no proposal that heads a linked phrase by the head
// phrase written before its complement's English (see above).
func (r *run) linkedHeads() {
	byJA := map[string][]*Pair{}
	proposed := map[string]bool{}
	for _, p := range r.pairs {
		k := textnorm.Key(p.JA)
		proposed[k] = true
		if score(p.Evidence) >= ReviewScore && !hasType(p.Evidence, EvPartial) {
			byJA[k] = append(byJA[k], p)
		}
	}
	for _, ps := range byJA {
		sort.Slice(ps, func(i, j int) bool { return ps[i].EN < ps[j].EN })
	}
	keys := make([]string, 0, len(r.ja))
	for k, jc := range r.ja {
		if jc.phrasal && jc.caseLinks == 0 && jc.coord == 0 {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	var adds []segmentAdd
	for _, pk := range keys {
		ph := r.ja[pk]
		for _, head := range r.linkedHeadsOf(ph.text, proposed) {
			comp, link, ok := r.complementOf(strings.TrimSuffix(ph.text, head.text), byJA)
			if !ok {
				continue
			}
			cs := r.constituents(head.units)
			if len(cs) == 0 || !headNoun(cs[len(cs)-1]) {
				continue
			}
			hw := map[string]bool{}
			for _, c := range cs {
				for _, w := range c.words {
					hw[w] = true
				}
			}
			preps := linkPreps
			if link == "の" {
				preps = ofPrep // the bare attributive is "of": "division of Europe"
			}
			for s := range r.bitext {
				b := r.bitext[s]
				if !r.bitJA[s][pk] || writesGloss(b.EN, hw) {
					continue
				}
			found:
				for _, p := range byJA[comp] {
					for _, hp := range r.headPhrasesBefore(b.EN, p.EN, preps, true) {
						text := strings.Join(hp.head, " ")
						if r.headExplained(head, nil, s, hp.head) || r.en.Lookup(text) == nil {
							continue
						}
						adds = append(adds, segmentAdd{head.text, text, "head " + head.text + " written " + text + " before " + p.JA + " = " + p.EN, s})
						break found
					}
				}
			}
		}
	}
	r.addFromSegments(adds)
}

// linkedHeadsOf returns the terms with no proposal that end the phrase text, longest
// first: non-phrasal candidates of their own, maximal somewhere, with a link in kana
// written right before them.
func (r *run) linkedHeadsOf(text string, proposed map[string]bool) []*jaCand {
	var out []*jaCand
	rs := []rune(text)
	for i := 1; i < len(rs); i++ {
		k := textnorm.Key(string(rs[i:]))
		jc := r.ja[k]
		if jc == nil || jc.phrasal || proposed[k] || jc.maximal == 0 || utf8.RuneCountInString(jc.text) < 2 {
			continue
		}
		if !unicode.In(rs[i-1], unicode.Hiragana) {
			continue // a compound goes on before it: it heads no link
		}
		out = append(out, jc)
	}
	return out
}

// complementOf returns the key of the proposed term that the words before a head open
// with, and the link: the rest, a few characters that open in kana (における, に対する, の).
func (r *run) complementOf(before string, byJA map[string][]*Pair) (string, string, bool) {
	rs := []rune(before)
	for i := len(rs) - 1; i >= 1; i-- {
		link := rs[i:]
		if len(link) > maxLinkRunes {
			break
		}
		if !unicode.In(link[0], unicode.Hiragana) || unicode.In(rs[i-1], unicode.Hiragana) {
			continue
		}
		if k := textnorm.Key(string(rs[:i])); len(byJA[k]) > 0 {
			return k, string(link), true
		}
	}
	return "", "", false
}
