package align

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossterm/gloss/align/internal/enterm"
	"github.com/glossterm/gloss/internal/lexicon"
	"github.com/glossterm/gloss/internal/morph"
	"github.com/glossterm/gloss/internal/textnorm"
)

// firstPreps are the prepositions that join an English head written first to the
// modifier a Japanese compound puts before its head: "President of", "Advisor to",
// "building for".
var firstPreps = map[string]bool{"of": true, "to": true, "for": true}

// unglossedHeadsFirst is unglossedHeads for English that puts the head first and the
// modifier after a preposition: 会議議長 = "President of the Conference", where 議長 is
// glossed "chairman". A Japanese compound puts its head (a post, an act) after its
// modifier; English often names the head first and joins the modifier to it by "of",
// "to" or "for" ("Special Advisor to the Prime Minister", "capacity building for
// maritime safety"), and the head's English is then this text's, not the dictionary's.
// When the term has no rendering at all, its modifier has one at review or better (a
// partial one only when it renders the modifier's own head) that an aligned segment
// holding the term writes, with the term's compound ending there, the head's glosses
// written nowhere in that segment, and the modifier's English preceded by one such
// preposition (and an article or none) and, before it, a head phrase of one to three
// words that opens after a function word, punctuation or the sentence's start (all
// capitalized words, or all nouns in lower case, the last a noun), that no part of the
// term and no other Japanese word of the segment glosses, the whole phrase is the term's
// rendering in this text. It rests on the place and parts of speech of the head phrase,
// not on a gloss: the pair is partial, for review.
func (r *run) unglossedHeadsFirst() {
	byJA, unproposed := r.unproposedCompounds()
	var adds []segmentAdd
	for _, k := range unproposed {
		jc := r.ja[k]
		for _, sp := range r.headFirstSplits(jc) {
			if len(byJA[sp.mod]) == 0 {
				continue
			}
			hw := map[string]bool{}
			for _, w := range sp.last.words {
				hw[w] = true
			}
			for s := range r.bitext {
				b := r.bitext[s]
				if !r.bitJA[s][k] || writesGloss(b.EN, hw) || r.compoundContinues(s, jc.text) {
					continue // the head's own gloss is written, or the compound's head is a word further
				}
			found:
				for _, p := range byJA[sp.mod] {
					if hasType(p.Evidence, EvPartial) && !endsIn(sp.mh, p.EN) {
						continue
					}
					for _, ph := range r.headPhrasesBefore(b.EN, p.EN, firstPreps, false) {
						if r.headExplained(jc, sp.modCs, s, ph.head) || r.en.Lookup(ph.text) == nil {
							continue
						}
						adds = append(adds, segmentAdd{jc.text, ph.text, "head " + sp.head + " written " + strings.Join(ph.head, " ") + " before " + p.JA + " = " + p.EN, s})
						break found
					}
				}
			}
		}
	}
	r.addFromSegments(adds)
}

// headPhrase is a head written before a modifier's English: its words and the whole
// phrase, head, preposition, article and modifier, as the sentence writes it.
type headPhrase struct {
	head []string
	text string
}

// headPhrasesBefore returns, for each place where the sentence en writes the phrase e (in
// any case), the head phrase written right before it with a preposition of preps and
// an article or none between: one to three words, all capitalized or all nouns in lower
// case (by WordNet, when installed), the last a noun, opening after a function word,
// punctuation or the sentence's start; none where the words go on further back. For the
// head of a linked phrase (linked), the last word is also a noun when its singular is one
// ("air strikes"), and a head coordinated with another ("Overview and Perspective of")
// is none: which of the two renders the term, the place does not say.
func (r *run) headPhrasesBefore(en, e string, preps map[string]bool, linked bool) []headPhrase {
	ws := strings.Fields(en)
	es := strings.Fields(strings.ToLower(e))
	low := make([]string, len(ws))
	for i, w := range ws {
		low[i] = strings.ToLower(w)
	}
	var out []headPhrase
	for _, i := range phraseAt(low, es) {
		k := i - 1
		if k >= 0 && (low[k] == "the" || low[k] == "a" || low[k] == "an") {
			k--
		}
		if k < 1 || !preps[low[k]] {
			continue
		}
		last := ws[k-1]
		noun := r.wn == nil || r.wn.IsNoun(strings.ToLower(last)) || linked && r.wn.IsNoun(textnorm.Singular(strings.ToLower(last)))
		if !headWord(last) || enterm.IsAcronym(last) || !noun {
			continue
		}
		caps := capitalized(last)
		j := k - 1
		for j > 0 && k-j < 3 && r.sameHeadWord(ws[j-1], caps) {
			j--
		}
		if j > 0 && r.sameHeadWord(ws[j-1], caps) {
			continue // the phrase goes on further back: where it opens is not read
		}
		if j > 0 && !endsClause(ws[j-1]) && !lexicon.IsStop(strings.ToLower(ws[j-1])) {
			continue // an adjective or a verb before the head: the phrase is not delimited
		}
		if linked && j > 0 && (low[j-1] == "and" || low[j-1] == "or") {
			continue // a coordinated head
		}
		end := ws[i+len(es)-1]
		text := strings.Join(ws[j:i+len(es)-1], " ") + " " + strings.TrimRight(end, ",.;:)")
		out = append(out, headPhrase{head: ws[j:k], text: text})
	}
	return out
}

// sameHeadWord reports whether w carries a head phrase on: a letter word of the same case
// as its last word, a noun by WordNet when in lower case, with no punctuation after it.
func (r *run) sameHeadWord(w string, caps bool) bool {
	if !headWord(w) || enterm.IsAcronym(w) || capitalized(w) != caps {
		return false
	}
	return caps || r.wn == nil || r.wn.IsNoun(strings.ToLower(w))
}

// headWord reports whether w is a content word of letters (a hyphen inside allowed)
// with no punctuation after it.
func headWord(w string) bool {
	return runWord(w) && unicode.IsLetter([]rune(w)[len([]rune(w))-1])
}

// endsClause reports whether the word w ends in punctuation that closes a phrase.
func endsClause(w string) bool {
	return strings.ContainsAny(w[len(w)-1:], ",.;:)(\"")
}

// headFirstSplit is a way to read a compound as a modifier and a head: the modifier's
// key and constituents, its own head (see markHeads), the head's text and its last
// constituent.
type headFirstSplit struct {
	mod   string
	modCs []constituent
	mh    constituent
	head  string
	last  constituent
}

// headFirstSplits reads a compound as a modifier and a head of its last one or two
// constituents (能力|向上, an act and what it acts on, or 補佐官, a post that may be a
// dictionary compound of a noun and a suffix): the last constituent a common noun the
// dictionary glosses (its first unit kagome's 名詞,一般 or サ変接続, every other a noun),
// the one before it, when in the head, a common noun with glosses of its own; the
// modifier has a word of its own.
func (r *run) headFirstSplits(jc *jaCand) []headFirstSplit {
	if jc.phrasal {
		return nil
	}
	cs := r.constituents(jc.units)
	if len(cs) < 2 {
		return nil
	}
	last := cs[len(cs)-1]
	if !headNoun(last) || !last.head {
		return nil
	}
	var out []headFirstSplit
	for n := 1; n <= 2 && n < len(cs); n++ {
		if n == 2 && (!headNoun(cs[len(cs)-2]) || len(cs[len(cs)-2].units) != 1) {
			break
		}
		if nonAffixCount(cs[:len(cs)-n]) == 0 {
			break
		}
		mod := append([]constituent{}, cs[:len(cs)-n]...)
		markHeads(mod)
		var units []morph.Token
		var mh constituent
		for _, c := range mod {
			units = append(units, c.units...)
			if c.head {
				mh = c
			}
		}
		head := ""
		for _, c := range cs[len(cs)-n:] {
			head += c.text
		}
		out = append(out, headFirstSplit{mod: textnorm.Key(unitsText(units)), modCs: mod, mh: mh, head: head, last: last})
	}
	return out
}

// headNoun reports whether the constituent c can be a compound's head noun: a common
// noun the dictionary glosses, its first unit 名詞,一般 or サ変接続 and every other a noun.
func headNoun(c constituent) bool {
	if c.affix || c.kata || c.code || c.num > 0 || c.sound != "" || c.quant != nil || c.cmp != nil ||
		len(c.words) == 0 || !commonNoun(c) {
		return false
	}
	for _, u := range c.units[1:] {
		if len(u.POS) == 0 || u.POS[0] != "名詞" {
			return false
		}
	}
	return true
}

// headExplained reports whether a word of the head phrase ws is explained otherwise
// than by the head: a constituent of the modifier cs glosses it, or a Japanese word of
// segment seg outside the term does.
func (r *run) headExplained(jc *jaCand, cs []constituent, seg int, ws []string) bool {
	for _, w := range ws {
		if r.explainedWord(jc, cs, seg, lexicon.Norm(strings.ToLower(w)), w) {
			return true
		}
	}
	return false
}

// compoundContinues reports whether every place where the tokens of segment seg's
// Japanese spell the term ja is followed by a content word written in kanji or katakana
// (貿易担当|委員): the compound goes on and its head is that word, not the term's. A
// suffix after the term (補佐官|他) ends no compound's head.
func (r *run) compoundContinues(seg int, ja string) bool {
	toks := r.segJA[seg].toks
	found := false
	for i := range toks {
		text := ""
		for j := i; j < len(toks) && len(text) < len(ja); j++ {
			text += toks[j].surface
			if text != ja {
				continue
			}
			if j+1 >= len(toks) || !toks[j+1].content {
				return false
			}
			next, _ := utf8.DecodeRuneInString(toks[j+1].surface)
			if !compoundRune(next) {
				return false
			}
			found = true
		}
	}
	return found
}
