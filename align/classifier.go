package align

import (
	"slices"

	"github.com/glossterm/gloss/align/internal/enterm"
	"github.com/glossterm/gloss/align/internal/wordnet"
	"github.com/glossterm/gloss/internal/lexicon"
	"github.com/glossterm/gloss/internal/morph"
)

// implicitHead reports whether the Japanese head of a compound is left unrendered by an
// English phrase that renders the rest of the compound, its own head rendering the
// modifier's head: Japanese names the kind of thing after the term (体制 the system of a
// deterrence, 構想 the plan of a project, 装置 the device of a sensor) where English lets
// the term stand for it (ゴールデンドーム構想 = Golden Dome).
//
// The head must be a common noun of its own (kagome's 名詞,一般 or 名詞,サ変接続, not a
// suffix, a name or a loanword, which English would write), the one part left over (uj 1)
// with every English word explained (ue 0), by a phrase of two words or more: one word
// (抑止体制 = "deterrence") is the vocabulary the dictionary gives for the modifier, not a
// term's rendering. The head follows the modifier inside the compound (a head after の is
// a noun of its own: 西半球の防衛). It must name what the term is, a thing, a plan, a
// system, in WordNet's first sense of the head of its first gloss: not an act, an event
// or a process done to the term (防衛能力強化 is the strengthening of defense
// capabilities), nor a being of its own, a person, an organization, a place or a time
// (政策局次長 is a deputy director, not the "policy"; 政策部局 a department); and the
// modifier is no list of places (see placesOnly). Without WordNet the rule is off.
func (r *run) implicitHead(phrasal bool, cs []constituent, g *enterm.NGram, heads []int) bool {
	if r.wn == nil || phrasal || len(cs) < 2 || len(g.Words) < 2 {
		return false
	}
	h := cs[len(cs)-1]
	if !h.head || h.affix || h.kata || h.code || h.num > 0 || h.sound != "" || h.quant != nil || len(h.units) != 1 || !commonNoun(h) {
		return false
	}
	if rendersAny(h, g) {
		return false // the head is rendered after all
	}
	last := -1
	for j, c := range cs[:len(cs)-1] {
		if !c.affix {
			last = j
		}
		if len(c.words) > 0 && !rendersAny(c, g) {
			return false // every part of the modifier is rendered, a bound one with a gloss too
		}
	}
	if last < 0 || !r.kindNoun(h) || placesOnly(cs[:len(cs)-1]) {
		return false
	}
	eh := len(g.Words) - 1
	if len(heads) > 0 {
		eh = heads[0]
	}
	if eh < 0 || eh >= len(g.Words) {
		return false
	}
	// the English head renders the modifier's head (Golden Dome: ゴールデンドーム), and no
	// earlier part
	return covers(cs[last], g.Words[eh], g.Raw[eh]) && !slices.ContainsFunc(cs[:last], func(c constituent) bool {
		return !c.affix && covers(c, g.Words[eh], g.Raw[eh])
	})
}

// kindNoun reports whether the head of the first gloss of a constituent is, in its first
// WordNet sense, no act, event or process (see implicitHead) and no person,
// organization, place or time.
func (r *run) kindNoun(c constituent) bool {
	es := r.lx.Lookup(c.text)
	if len(es) == 0 {
		return false
	}
	var head string
	for _, w := range lexicon.Words(es[0].Gloss) {
		if lexicon.IsStop(w) {
			if prepositions[w] && head != "" {
				break
			}
			continue
		}
		head = w
	}
	lemma := r.wn.Lemma(head)
	if lemma == "" {
		return false
	}
	switch r.wn.LexFile(lemma) {
	case -1, wordnet.LexAct, wordnet.LexEvent, wordnet.LexProcess, wordnet.LexPerson, wordnet.LexGroup, wordnet.LexLocation, wordnet.LexTime:
		return false
	}
	return true
}

// rendersAny reports whether a constituent renders some word of an English n-gram.
func rendersAny(c constituent, g *enterm.NGram) bool {
	for i, w := range g.Words {
		if covers(c, w, g.Raw[i]) {
			return true
		}
	}
	return false
}

// placesOnly reports whether the parts that are not affixes name places only (kagome's
// 名詞,固有名詞,地域): a place names whose the thing is, never the thing itself, so the
// English of the place alone renders no term (日米同盟 is not "United States").
func placesOnly(cs []constituent) bool {
	n := 0
	for _, c := range cs {
		if c.affix {
			continue
		}
		n++
		for _, u := range c.units {
			if !placeName(u) {
				return false
			}
		}
	}
	return n > 0
}

// commonNoun reports whether a one-unit constituent is a common noun (see
// commonNounUnit).
func commonNoun(c constituent) bool {
	return commonNounUnit(c.units[0])
}

// commonNounUnit reports whether a unit is a common noun: kagome's 名詞,一般 or a verbal
// noun (名詞,サ変接続), not a name, a suffix or an adjectival stem.
func commonNounUnit(u morph.Token) bool {
	return u.POSAt(0) == "名詞" && (u.POSAt(1) == "一般" || u.POSAt(1) == "サ変接続")
}

// quotedName moves to the front of a quoted candidate's options the first full one written
// in title case, when the best is not: a quotation marks a name or a slogan (「米国第一」),
// which English capitalizes (America First), where a span of running text that explains
// the same parts ("import to American" of "relative import to American national
// security") reads a part in another sense.
func quotedName(opts []option) {
	if len(opts) < 2 || !opts[0].full || titleCase(opts[0].g.Surface) {
		return
	}
	for i, o := range opts[1:] {
		if o.full && o.unexpl == opts[0].unexpl && len(o.g.Words) >= 2 && titleCase(o.g.Surface) {
			copy(opts[1:i+2], opts[:i+1])
			opts[0] = o
			return
		}
	}
}
