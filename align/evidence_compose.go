package align

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/glossterm/gloss/align/internal/enterm"
	"github.com/glossterm/gloss/align/internal/jaterm"
	"github.com/glossterm/gloss/internal/lexicon"
	"github.com/glossterm/gloss/internal/translit"
)

// Compositional translation.

type option struct {
	g        *enterm.NGram
	full     bool
	half     int
	unexpl   int     // English and Japanese words left unexplained
	spec     float64 // how specific the covered English words are: rare words count more
	covered  int
	ue, uj   int
	cooc     int
	parts    []constituent // the segmentation rated, when not the candidate's own (see resplit)
	gstops   int           // function words of the phrase that a gloss has too (under of Under Secretary)
	thes     bool          // full only once a gloss word is read as its WordNet neighbour
	def      string        // one noun whose WordNet definition renders the parts: "noun: definition"
	headed   bool          // a one-word rendering with the head of its English compound (see compoundHead)
	titled   bool          // a post's rendering widened over the title words before a person's name (see nameAfterTitle)
	owned    bool          // a name widened on the left by its country alone, which the Japanese name of its body leaves out (see wholeName)
	ofTitle  bool          // a title "X of Y" rendered in part, taken only where nothing else is (see ofName)
	relation bool          // a gloss's head followed by the gloss's preposition (see preferRelation)
}

func (r *run) compose() {
	keys := make([]string, 0, len(r.ja))
	for k := range r.ja {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	acted := r.actedOn()
	for _, k := range keys {
		jc := r.ja[k]
		if jc.maximal == 0 && !jc.phrasal && jc.freq < 2 && !r.lx.Has(jc.text) && !acted[k] {
			continue // a part of a longer term, seen once: not a term of its own
		}
		if r.cutsWord(jc) || r.misbounded(jc) {
			continue
		}
		if r.learnedOnly(jc.text) {
			r.knownInSources(jc)
			continue // the whole term is a learned or known pair: no independent evidence
		}
		if jc.free == 0 && len(r.bitext) > 0 {
			continue // only in aligned segments: their own English is searched (alignSegments)
		}
		cs, opts, expect := r.options(jc)
		if tcs, topt, ok := r.thesaurusOption(jc, cs, opts, expect); ok {
			// every part translated once a gloss word is read as a neighbour in WordNet
			r.addOption(jc, tcs, topt, EvThesaurus)
			continue
		}
		if whole := r.wholeWord(jc.units); whole != nil && (len(opts) == 0 || !opts[0].full) {
			// the term is one lexicon word longer than a part (see wholeWord)
			if wopts := r.optionsOf(jc, whole, 1, expect, nil, nil); len(wopts) > 0 && wopts[0].full {
				cs, opts = whole, wopts
			}
		}
		if len(opts) == 0 {
			continue
		}
		if jc.quoted {
			quotedName(opts)
		}
		best := opts[0]
		if !best.full && best.cooc == 0 && (jc.freq < 2 && best.unexpl > 0 || best.unexpl > 1) {
			continue // a partial translation needs support: a bitext segment or a repeated term
		}
		phrase := jc.freq >= 2 && fullType(best, cs) == EvDictPhrase
		if len(jc.units) == 1 && !(jc.freq >= 2 && best.g.Count >= 2 && jc.maximal > 0) && !deverbal(jc.units[0], best.g.Raw) && !phrase {
			// (a word whose dictionary phrase the English writes whole, seen twice even
			// if only inside longer terms, is a term: 冷戦 = Cold War in 冷戦期, 冷戦後)
			// one word translated by the dictionary is vocabulary, unless both sides recur,
			// or a verbal noun is rendered by a deverbal noun (拒否 = denial, not 強化 = strengthen)
			continue
		}
		r.addOption(jc, cs, best, "")
	}
}

// addOption proposes a candidate's best option, with evidence of type typ, or the type
// its match says (fullType) when typ is "".
func (r *run) addOption(jc *jaCand, cs []constituent, best option, typ string) {
	if typ == "" {
		typ = fullType(best, cs)
	}
	var parts []string
	for _, c := range cs {
		if c.affix && len(c.words) == 0 && c.quant == nil {
			continue
		}
		g := "?"
		for _, e := range r.partEntries(c.text) {
			g = e.Gloss
			break
		}
		if lg, ok := r.learnedGloss(c.text, best.g.Words); ok {
			g = lg
		}
		if c.kata {
			g = translit.Romaji(c.text)
		} else if c.quant != nil {
			g = quantifierDetail(c)
		} else if c.affix && g == "?" {
			g = strings.Join(affixes[c.text], "/")
		}
		parts = append(parts, c.text+" → "+g)
		for _, sub := range c.subst {
			if slices.Contains(singulars(best.g.Raw), sub[1]) {
				parts[len(parts)-1] += " (" + sub[0] + " ~ " + sub[1] + ", WordNet)"
				break
			}
		}
	}
	first := best.g.First
	if p := r.add(jc.text, best.g.Surface, Evidence{Type: typ, Doc: first.Doc, Line: first.Line, Quote: quote(first.Sentence), Detail: strings.Join(parts, "; ")}); p != nil && typ == EvApprox && headOnly(best, cs) {
		p.headOnly = true
	}
	if best.cooc > 0 {
		r.add(jc.text, best.g.Surface, Evidence{Type: EvBitext, Detail: fmt.Sprintf("together in %d aligned bitext segment(s)", best.cooc)})
	}
}

// knownInSources proposes the glossary's renderings of a candidate that the English
// sources attest, so that known pairs show, marked known, with where they occur.
func (r *run) knownInSources(jc *jaCand) {
	for _, e := range r.lx.Lookup(jc.text) {
		if e.Source != "glossary" {
			continue
		}
		if g := r.en.Lookup(e.Gloss); g != nil {
			r.add(jc.text, e.Gloss, Evidence{Type: EvGlossary, Doc: g.First.Doc, Line: g.First.Line, Quote: quote(g.First.Sentence)})
		}
	}
}

// learnedOnly reports whether every gloss of ja was learned from a parenthetical or a
// transliteration, or taken from the glossary: composing it again would count the same
// evidence twice.
func (r *run) learnedOnly(ja string) bool {
	es := r.lx.Lookup(ja)
	for _, e := range es {
		if e.Source != "paren" && e.Source != "glossary" && e.Source != "translit" {
			return false
		}
	}
	return len(es) > 0
}

// verbal reports whether an English phrase ends in a verb form (-ed, -ing): a Japanese
// noun is rendered by a noun.
func verbal(raw []string) bool {
	if len(raw) == 0 {
		return false
	}
	w := raw[len(raw)-1]
	return len(w) > 5 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}

// options returns the constituents of a candidate and its English renderings, best first.
func (r *run) options(jc *jaCand) ([]constituent, []option, int) {
	if len(jc.units) == 0 || len(jc.units) > 8 {
		return nil, nil, 0
	}
	cs, nonAffix, expect := r.parts(jc)
	if nonAffix == 0 {
		return nil, nil, 0
	}
	return cs, r.optionsOf(jc, cs, nonAffix, expect, nil, nil), expect
}

// optionsOf returns the English renderings of a candidate split into cs, best first: the
// n-grams sharing a word with some constituent's glosses, or with only, when not nil; keep,
// when not nil, says which n-grams are worth rating.
func (r *run) optionsOf(jc *jaCand, cs []constituent, nonAffix, expect int, only []string, keep func(*enterm.NGram) bool) []option {
	r.newSeen()
	var opts []option
	memo := r.newCoverMemo(cs)
	lists := make([][]string, 0, len(cs))
	if only != nil {
		lists = append(lists, only)
	} else {
		for _, c := range cs {
			lists = append(lists, c.words)
			if c.kata && len(c.words) == 0 && nonAffix >= 2 {
				// a loanword the lexicon lacks is looked for by the English it sounds like
				// (トランプ版コロラリー: Trump, Corollary), as a known part is by its glosses;
				// alone, with only affixes beside it, it is the transliteration's already
				lists = append(lists, r.sounded[c.text])
			}
		}
	}
	for _, ws := range lists {
		for _, w := range ws {
			for _, id := range r.en.WithWord(w) {
				if !r.seenOnce(id) {
					continue
				}
				if keep != nil && !keep(r.en.Get(id)) {
					continue
				}
				if o, ok := r.rateWith(memo, jc, cs, nonAffix, r.en.Get(id), false); ok {
					opts = append(opts, o)
				}
			}
		}
	}
	sort.Slice(opts, func(i, j int) bool { return better(opts[i], opts[j], expect) })
	return lastResort(opts)
}

// verbObject reports whether the written words raw open with a lower-case content word
// and an article, or a verb in the past and "that": a verb and its object, or a verb and
// the clause it reports ("stated that the …"), not a noun phrase. A noun before "that"
// opens a relative clause that may be part of the term ("outrage that shakes …").
func verbObject(raw []string) bool {
	if len(raw) < 3 {
		return false
	}
	w := raw[0]
	switch strings.ToLower(raw[1]) {
	case "the", "a", "an":
	case "that":
		if !pastForm(w) {
			return false
		}
	default:
		return false
	}
	return w == strings.ToLower(w) && !lexicon.IsStop(w) && !strings.ContainsAny(w, ",;:")
}

// pastForm reports whether a word has the regular ending of a verb's past, -ed, which
// nouns in -eed (need, speed) only look like.
func pastForm(w string) bool {
	return len(w) >= 5 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed")
}

// verbalHead reports whether a term ends in a verbal noun (kagome's 名詞,サ変接続), which
// English may render by a verb or a gerund with its object.
func verbalHead(jc *jaCand) bool {
	return len(jc.units) > 0 && jc.units[len(jc.units)-1].POSAt(1) == "サ変接続"
}

// fullType is the evidence type of an option: compositional when it renders two or more
// parts, each translated on its own and all found together in the English; dictionary
// when the term is one lexicon word; partial when a part is left over. Two independent
// translations that meet in one English phrase are much stronger evidence than one
// dictionary gloss (measured on the development lists: every such pair was right).
func fullType(o option, cs []constituent) string {
	if o.parts != nil {
		cs = o.parts
	}
	switch {
	case !o.full || countedParties(cs):
		// a count of countries rendered by its party adjective (3か国協力 = trilateral
		// cooperation) is a reading no dictionary gives: for review
		return EvPartial
	case nonAffixCount(cs) < 2:
		if len(cs) == 1 && o.ue == 0 && phraseGloss(cs, o.g.Words, o.g.Raw) {
			return EvDictPhrase
		}
		return EvDictionary
	case !distinctWords(cs, o.g.Words, o.g.Raw):
		return EvApprox
	}
	for _, c := range cs {
		if !c.affix && !wholeGloss([]constituent{c}, o.g.Words, o.g.Raw) {
			return EvApprox // a gloss met only in part: 安全保障 "security guarantee" as "security"
		}
	}
	return EvCompositional
}

// headOnly reports whether some part of a candidate is met in the English only by the
// head of a gloss of several words whose modifier the English lacks: 分岐点 "division
// point" met as "point" (歴史の分岐点 = "hinge point of history", where the modifier that
// carries the sense, "division", "hinge", is not the one the span holds). A gloss of
// several words names its sense by the whole; its head alone is the broad word ("point",
// "line", "measure") that many senses share, so the match is approximate and, however
// consistently the aligned segments repeat it, a reviewer's call. The reverse, a modifier
// met without its head (安全保障 "security guarantee" as "security"), keeps the word that
// carries the sense.
func headOnly(o option, cs []constituent) bool {
	for _, c := range partsOf(o, cs) {
		if headOnlyPart(c, o.g.Words, o.g.Raw) {
			return true
		}
	}
	return false
}

// headOnlyPart reports whether c is met in words only by the head of a gloss of several
// words, none of its glosses met by another word or whole (see headOnly).
func headOnlyPart(c constituent, words, raw []string) bool {
	if c.affix || c.sound != "" || c.num > 0 || c.code {
		return false
	}
	headMet, otherMet := false, false
	for gi, g := range c.glosses {
		h := 0
		if gi < len(c.gheads) {
			h = c.gheads[gi]
		}
		all := true
		for wi, gw := range g {
			if gw == "and" {
				continue
			}
			if !isHeadMatched(&c, gw, words, raw) {
				all = false
				continue
			}
			if len(g) < 2 || wi != h {
				otherMet = true
			} else {
				headMet = true
			}
		}
		if all {
			otherMet = true // a gloss met whole
		}
	}
	return headMet && !otherMet
}

// coreWord reports whether half or more of a part's glosses hold the word: the sense the
// part names, whatever modifies it (国防 "national defense": "defense policy" renders 国防
// 政策 after "American" too), where a word of one gloss in four is one reading among others
// (分岐点 "junction; crossroads; division point; parting of ways": "point" alone is none).
func coreWord(c constituent, w, raw string) bool {
	n := 0
	for _, g := range c.glosses {
		for _, gw := range g {
			if isHeadMatched(&c, gw, []string{w}, []string{raw}) {
				n++
				break
			}
		}
	}
	return 2*n >= len(c.glosses)
}

// headSlots counts the English words of a span that no part renders right before a word
// that a part meets only as the head of a gloss of several words: the word stands where the
// gloss's modifier would ("hinge" of "hinge point" for 分岐点 "division point"), one
// hypothesis, as a gap on both sides is.
func headSlots(cs []constituent, g *enterm.NGram) int {
	n := 0
	for i := 1; i < len(g.Words); i++ {
		if coveredBy(cs, g.Words[i-1], g.Raw[i-1]) {
			continue
		}
		for _, c := range cs {
			if headOnlyPart(c, g.Words[i:i+1], g.Raw[i:i+1]) && headOnlyPart(c, g.Words, g.Raw) {
				n++
				break
			}
		}
	}
	return n
}

// headCut reports whether a span opens with a word that a part meets only as the head of a
// gloss of several words, right after a content word of its sentence: the English compound
// has a modifier in the place of the gloss's ("hinge point" where 分岐点 is "division
// point"), and the span that leaves it out is a window on the compound, not its rendering
// ("point of history" of "hinge point of history").
func headCut(cs []constituent, g *enterm.NGram) bool {
	if len(g.Words) == 0 {
		return false
	}
	first := false
	for _, c := range cs {
		if headOnlyPart(c, g.Words[:1], g.Raw[:1]) && headOnlyPart(c, g.Words, g.Raw) && !coreWord(c, g.Words[0], g.Raw[0]) {
			first = true
			break
		}
	}
	if !first {
		return false
	}
	pre, _, ok := spanContext(g)
	if !ok {
		return false
	}
	before := strings.Fields(pre)
	if len(before) == 0 {
		return false
	}
	w := before[len(before)-1]
	if strings.ContainsAny(w, ",;:.()[]\"“”'’-") {
		return false
	}
	return !lexicon.IsStop(strings.ToLower(w))
}

// phraseGloss reports whether the one constituent that is not an affix has a gloss of two
// or more content words that all stand among the English words: the dictionary gives a
// phrase for the compound (国際秩序 "international order", 朝鮮半島 "Korean peninsula") and
// the sources write that phrase. A one-word gloss is a sense of a polysemous word (中
// "inside", 米 "rice"), met by chance in any text; two words of one gloss that the English
// holds together, with no word left over, are a phrase translation met whole.
func phraseGloss(cs []constituent, words, raw []string) bool {
	for _, c := range cs {
		if c.affix {
			continue
		}
		for _, g := range c.glosses {
			n, all := 0, true
			for _, gw := range g {
				if gw == "and" {
					continue
				}
				n++
				if !isHeadMatched(&c, gw, words, raw) {
					all = false
					break
				}
			}
			if all && n >= 2 {
				return true
			}
		}
		return false
	}
	return false
}

// distinctWords reports whether each constituent that is not an affix renders an English
// word of its own (a matching of the parts with the words): two parts on one word
// (主体的|対応 both on "responsibility") are not two translations.
func distinctWords(cs []constituent, words, raw []string) bool {
	match := make([]int, len(words)) // word → constituent + 1
	var try func(j int, seen []bool) bool
	try = func(j int, seen []bool) bool {
		for i, w := range words {
			if seen[i] || !covers(cs[j], w, raw[i]) {
				continue
			}
			seen[i] = true
			if match[i] == 0 || try(match[i]-1, seen) {
				match[i] = j + 1
				return true
			}
		}
		return false
	}
	for j, c := range cs {
		if c.affix {
			continue
		}
		if !try(j, make([]bool, len(words))) {
			return false
		}
	}
	return true
}

// parts returns the constituents of a candidate, how many are not affixes, and the
// expected length of its English: the words of the first gloss of each part (EDICT and the
// glossary give the main sense first).
func (r *run) parts(jc *jaCand) (cs []constituent, nonAffix, expect int) {
	cs = unnumberedPart(jc, r.constituents(jc.units))
	nonAffix, expect = partCounts(cs)
	return cs, nonAffix, expect
}

// partCounts returns how many of cs are not affixes and the expected length of their
// English: the words of each such part's first gloss, one for a part with none (a name
// or a word the dictionary lacks still takes a word).
func partCounts(cs []constituent) (nonAffix, expect int) {
	for _, c := range cs {
		if c.affix {
			continue
		}
		nonAffix++
		n := 1
		if len(c.glosses) > 0 {
			n = max(1, len(c.glosses[0]))
		}
		expect += n
	}
	return nonAffix, expect
}

// rate matches a candidate's constituents with one English n-gram. Within an aligned
// segment (local) a name keeps its prepositions and conjunctions when every English
// content word is explained: "Treaty of Mutual Cooperation and Security", "U.S. forces in
// Japan" — the stop words are the English syntax of a compound whose content is all
// accounted for.
func (r *run) rate(jc *jaCand, cs []constituent, nonAffix int, g *enterm.NGram, local bool) (option, bool) {
	return r.rateWith(nil, jc, cs, nonAffix, g, local)
}

// rateWith is rate reading the English words' coverage from memo, a memo of cs, when not
// nil.
func (r *run) rateWith(memo *coverMemo, jc *jaCand, cs []constituent, nonAffix int, g *enterm.NGram, local bool) (option, bool) {
	m := len(g.Words)
	if bound := nonAffix + 2 + countryWords(cs); m == 0 || m > bound && !glossPhraseWords(cs, g.Words, m-bound) {
		return option{}, false
	}
	info := r.ngInfo(g)
	if n := len(g.Raw); n > 0 && (info.modEnd || info.adjEnd && !r.adjectivalHead(cs, g.Raw[n-1])) {
		// a Japanese term is a noun phrase and its English ends in a noun: a phrase that
		// ends in an adverb, a participle or an adjective stops before its head ("support
		// for unimpeded", "strategically", "America's diplomatic")
		return option{}, false
	}
	if verbObject(strings.Fields(g.Surface)) && !verbalHead(jc) {
		// a span that opens with a content word in lower case and an article opens with a
		// verb and its object ("strengthen the deterrence"): a noun phrase opens with its
		// article or with a noun, so the term's English starts after the article, unless
		// the term's head is a verbal noun the verb renders (変革 = transforming the …)
		return option{}, false
	}
	if r.wn != nil && infinitiveEnd(g.Surface, r.wn.IsNoun) && !holdsVerb(jc) {
		// a clause of purpose after the term's English (see infinitive.go)
		return option{}, false
	}
	if info.pairEnd && !partiesEnd(cs) {
		// a hyphenated pair of countries (U.S.-Japan, Japan-ROK) is an English attributive:
		// it stands before the noun it modifies, never at the end of a noun phrase, so a
		// span ending in it is cut before its head ("Guidelines for U.S.-Japan" of
		// "Guidelines for U.S.-Japan Defense Cooperation"), unless the term itself ends in
		// the parties and is rendered by them (日米 = U.S.-Japan)
		return option{}, false
	}
	if pluralEnd(g) && nonAffix >= 2 {
		if h := actHeadless(cs); h != nil {
			// X行為 written as X in the plural (see actHeadless)
			if o, ok := r.rateWith(nil, jc, h, nonAffix-1, g, local); ok && o.full {
				return o, true
			}
		}
	}
	if w := withoutParts(cs); w != nil {
		if writesWithout(g.Surface) {
			// X のない Y read as "Y without X" (see withoutParts)
			return r.rateWith(nil, jc, w, nonAffix, g, local)
		}
		if !writesNegation(g.Surface) {
			// an English that drops the negation says the opposite: "world with nuclear
			// weapons" is no rendering of 核兵器のない世界
			return option{}, false
		}
	}
	if jc.caseLinks > 0 && !info.prep {
		// a case particle and の (への, との) is rendered by a preposition: "rebalance to
		// the region", not a bare compound ("Japan Treaty" is not 日本との扱い) nor a
		// coordination ("region and Japan's")
		return option{}, false
	}
	var covered, ue, uj, half, explained int
	var headOK bool
	if memo != nil {
		if info.ids == nil {
			info.ids = r.wordIDs(g.Raw)
		}
		covered, ue, uj, headOK, half, explained = coverageRows(&memo.coverLayout, memo.rows(info.ids, g.Words, g.Raw), g.Raw, info.heads)
	} else {
		covered, ue, uj, headOK, half, explained = coverage2(cs, g.Words, g.Raw, info.heads)
	}
	pp := 0 // participial prepositions, function words of a linked phrase
	if jc.phrasal {
		pp = participlePrepositions(cs, g.Words, g.Raw)
		ue -= pp
	}
	if uj > 0 && info.title && len(g.Words) >= 2 && ownInstitution(cs, g.Words) {
		uj-- // 米|戦争省 = Department of War (see ownInstitution)
	}
	var slack, hstops int
	if info.hyph {
		slack, hstops = hyphenSlack(cs, r.compoundsOf(g))
		ue -= min(slack, max(ue-1, 0))
	}
	if ue == 1 && explained == 0 {
		// (one English word left over is all a rendering may leave: see the switch below)
		explained = min(ue, headSlots(cs, g))
	}
	if ue > uj && len(g.Words) >= 2 && info.title && !coveredBy(cs, g.Words[len(g.Words)-1], g.Raw[len(g.Raw)-1]) {
		// a name is rendered whole: when the term's parts leave the head of a name with
		// no part to pair it with, the term is a modifier inside the name ("National
		// Security Strategy" is not 国家安全保障, national security)
		return option{}, false
	}
	if !headOK && covered > 0 && ue == 0 && uj == 1 && half == 0 && deverbalHead(cs, g) {
		// the -ing noun of the object renders the act of the verbal noun (see deverbalHead)
		headOK = true
	}
	if !headOK && covered > 0 && ue == 0 && uj == 1 && half == 0 && r.implicitHead(jc.phrasal, cs, g, info.heads) {
		// the Japanese head names the kind of thing the English term stands for (see
		// implicitHead): the modifier's head heads the English
		headOK = true
	}
	if covered == 0 || !headOK && !(local && ue == 0 && uj == 0) {
		// (in an aligned segment, a rendering that explains every word on both sides needs
		// no head check: "transforming the Alliance" for 同盟の変革)
		return option{}, false
	}
	stops := info.stops - hstops + pp
	if jc.phrasal && ue == 0 && uj == 0 && half == 0 {
		// Japanese writes no article: a phrase whose complement English puts after its
		// head behind a preposition writes "the" there as syntax (一方的な現状変更 =
		// unilateral change to the status quo), one function word with the preposition,
		// when every word on both sides is explained
		stops -= prepositionArticles(g.Surface)
	}
	written := stops // the function words written, the term's and its parts' glosses'
	if stops > 0 && nonAffix >= 2 {
		// a dictionary phrase of one part of several keeps its own function words: it is
		// one noun of the term ("proliferation of weapons of mass destruction" for
		// 大量破壊兵器の拡散); a term that is one lexicon word is its gloss already
		stops -= r.innerGlossStops(cs, g.Surface)
	}
	if stops > 0 && locative(cs) && hasWord(g.Surface, "in") {
		// 在 before a place (在日米軍, 在韓米軍) is the English "in" after the noun: U.S.
		// forces in Japan; the preposition renders it and needs no license, nor does the
		// article some countries' names are written with (in the ROK, in the Philippines)
		stops--
		if stops > 0 && strings.Contains(g.Surface, " in the ") && placeMet(cs, g.Words, g.Raw) {
			stops--
		}
	}
	var cmp *comparison
	if len(cs) > 0 {
		cmp = cs[0].cmp
	}
	if comparativeOpen(g.Surface) && (cmp == nil || !cmp.yori) {
		return option{}, false // "more" renders より of a comparative, and nothing else
	}
	if cmp != nil && !cmp.yori {
		for _, w := range g.Raw {
			if slices.Contains(cmp.words, w) {
				return option{}, false // "greater responsibilities" is より大きな責任, not 大きな責任
			}
		}
	}
	if cmp != nil && cmp.yori {
		// a comparative (より大きな責任) is rendered by one: "more" or an -er form of the
		// adjective's gloss ("greater responsibilities"); "great responsibilities" is
		// 大きな責任, and "more" is no function word to license
		more, ok := comparativeIn(cmp.words, g.Surface)
		if !ok {
			return option{}, false
		}
		if more {
			stops--
		}
	}
	if q := quantifierOf(cs); q != nil || info.det > 0 {
		// a quantifier (いかなる一方的な試み) is rendered by a determiner that opens the
		// English ("any unilateral attempt"), or by a word of its own ("full range" of
		// あらゆる種類); a determiner renders a quantifier and nothing else ("any
		// unilateral attempt" is not 一方的な試み), and a phrase without one renders the
		// term but for it (partial)
		if q == nil {
			return option{}, false
		}
		met := false
		if info.det > 0 && slices.Contains(q.quant, determiners[info.det-1]) {
			w := determiners[info.det-1]
			met = true
			if lexicon.IsStop(w) {
				stops--
			}
		} else if rendersSome(*q, g.Words, g.Raw) {
			met = true
		}
		if !met {
			uj++
		}
	} else if info.anyWord {
		// "any" inside the English ("strong opposition to any action") renders a
		// quantifier (あらゆる行為への…) that a term without one leaves outside it
		return option{}, false
	}
	ands, ors := info.conj-info.or, info.or                    // the English conjunctions
	jand, jor := jc.coord-jc.disj-jc.either, jc.disj+jc.either // what may render each kind
	spare := 0                                                 // coordinators of the term no English conjunction between content words met
	if jc.coord > 0 && (jor == 0 && ors > 0 || jand+jc.either == 0 && ands > 0) {
		// the coordination is of the other kind: alternatives (又は) are not rendered by
		// "and", nor a conjunction (及び, と) by "or"
		return option{}, false
	}
	if jc.coord > 0 {
		// a coordination inside the term (航行及び上空飛行の自由, 安全保障及び防衛協力): the
		// English conjunction renders the Japanese one and belongs to the term ("freedom of
		// navigation and overflight", "security and defense cooperation"); it is no
		// function word the phrase would need a license for
		// — each of its kind: 及び by "and", 又は by "or" ("force or coercion" renders
		// 力又は威圧, "force and coercion" would not)
		// — or by either, for や
		a := min(ands, jand+jc.either)
		met := a + min(ors, jor-max(0, a-jand))
		stops -= met
		spare = jc.coord - met
	} else if info.conj > 0 && (ue > 0 || uj > 0 || half > 0 && !(info.conj == 1 && coordinateModifiers(cs, g)) || repeated(g.Words)) {
		// and the other way round: an English coordination of two words renders a term
		// without one only when every word is explained (日米 = Japan and the United
		// States): "navigation and overflight" is not 上空飛行の自由; and a word written
		// on both sides of the conjunction names two things where the term names one
		// ("Strategy and National Defense Strategy" is not 国家防衛戦略)
		return option{}, false
	} else if info.conj > 0 && !glossCoordination(cs) {
		// …and only when a part's gloss is a coordination, or the "and" joins two
		// juxtaposed modifiers of the term's head (coordinateModifiers): otherwise the
		// span crossed the term's boundary (see coordination.go)
		if info.conj > 1 || info.or > 0 || !coordinateModifiers(cs, g) {
			return option{}, false
		}
		stops-- // the "and" renders the juxtaposition: no function word to license
	}
	if len(g.Words) > 1 && explainsTwice(cs, g.Words, g.Raw) || partOnceRendered(cs, g.Words, g.Raw, jc.coord == 0) {
		return option{}, false // one part, two English words, or the other way round: see coordination.go
	}
	// in an aligned segment, the parties of a joint statement (日米, 米韓) are its "we": a
	// possessive determiner renders them (日米安全保障条約 = our security treaty), and the
	// phrase is explained but for that reading, which no dictionary gives (partial)
	party := local && ue == 0 && uj == 1 && possessive(g.Surface) && partyLeft(cs, g.Words, g.Raw)
	// a name keeps its prepositions and conjunctions (Under Secretary of War for Policy)
	// when every word is explained: inside an aligned segment any phrase, elsewhere one
	// whose content words are all capitalized
	// — up to three, and one more for each case link and each coordinator the function
	// words may render ("between Japan and the Republic of Korea" for 日本国と大韓民国との間)
	// — and one more for each party of a list of parties, named with its article ("the
	// United States and the Republic of Korea" for 米韓)
	// — or, in an aligned segment, any number when the span is a long name in title case
	// whose function words are its syntax (see longNameSyntax)
	glue := (local || info.name) && ue == 0 && (uj == 0 || party) &&
		(stops <= 3+jc.caseLinks+spare+partyCount(cs) || local && uj == 0 && longNameSyntax(g.Surface)) &&
		(jc.coord > 0 || !crossedConjunction(cs, g.Surface))
	if uj > 0 && codeLeft(cs, g.Words, g.Raw) {
		// a designation renders itself: where the English does not write it, the word in
		// its place is another designation or none ("F-35 fighters" is not Ｆ－２戦闘機)
		return option{}, false
	}
	if ue > 0 && numeralLeft(cs, g.Words, g.Raw) {
		// a number written in figures that no part renders is a date or a count around
		// the term (15年の「指針」 = the 2015 Guidelines), never the rendering of a word
		// of it: it is no gap to pair with a part left over
		return option{}, false
	}
	if uj > 0 && ue > 0 && countLeft(cs, g.Words, g.Raw) {
		// a count of countries (3か国) is said by its adjective: where the English has
		// another word in its place ("bilateral" for 3か国の協議), it renders another count
		return option{}, false
	}
	if uj > 0 && ue > 0 && properLeft(cs, g.Words, g.Raw) && !nameLeft(cs, g) {
		// a name is rendered by a name: a proper noun left unexplained is not paired with
		// a common word ("successful country" is not 米国本土); it may be left out (the
		// parties of a statement: 日米同盟 = the Alliance)
		return option{}, false
	}
	if stops > 0 && !jc.phrasal && !info.ofFor && !glue {
		return option{}, false // Ministry of Defense, but not "Wyoming on June"
	}
	o := option{g: g, covered: covered, ue: ue, uj: uj, half: half,
		unexpl: max(ue-explained, uj)} // a gap on both sides is one hypothesis: 拡大 = extended
	switch {
	case glue:
		o.full = half == 0 && !party && !(info.conj == 0 && writtenConjunction(jc.text))
		if party {
			o.unexpl = 0 // the possessive explains the parties
		}
	case stops > 1:
		return option{}, false
	case ue == 0 && uj == 0:
		o.full = half == 0
	case stops == 1 && !jc.phrasal && ofName(info, g, ue, uj, nonAffix):
		// a name "X of Y" one part of which the dictionary misleads on (see ofName)
		o.ofTitle = true
	case stops > 0 && !jc.phrasal:
		return option{}, false // a partial rendering must be a compound: "country for decades" is not
	case ue <= 1 && uj <= 1 && ue <= uj+explained && (nonAffix >= 2 || half > 0):
	default:
		return option{}, false
	}
	if o.uj > 0 && info.hyphBefore(g, cs) {
		return option{}, false // the term's modifier is the compound before the span (see compoundBefore)
	}
	if (o.half > 0 || o.uj > 0 || o.ue > 0 || !everyWhole(cs, g)) && (cutShort(cs, g) || r.modifierBefore(cs, g)) {
		return option{}, false // the rendering goes on past the span (see cutShort, modifierBefore)
	}
	if nameCut(cs, g) {
		return option{}, false // the span stops inside a name the term renders on (see nameCut)
	}
	if o.full && nonAffix == 1 && !wholeGloss(cs, g.Words, g.Raw) && !headPhraseMet(cs, g.Words, g.Raw) {
		// the term is one lexicon word: its gloss is the evidence for the whole term, and a
		// part of the gloss names a broader one (集団安全保障 = collective security, not
		// "security"; 国防総省 = Department of Defense, not "Department")
		o.full, o.half = false, 1
	}
	if o.full && headCut(cs, g) {
		o.full, o.half = false, 1 // a window on a compound (see headCut)
	}
	if o.full && written > 0 {
		o.gstops = r.glossStops(cs, g.Surface)
	}
	o.cooc = r.cooc(jc.key, g.Key)
	for i, w := range g.Words {
		for _, c := range cs {
			if covers(c, w, g.Raw[i]) {
				n := 1
				if u := r.enLookup(strings.TrimPrefix(g.Raw[i], "^")); u != nil {
					n = u.Count
				}
				o.spec += 1 / math.Log(2+float64(n))
				break
			}
		}
	}
	return o, true
}

// modifierEnd reports whether an English word can only modify a head that follows it: an
// adverb in -ly (strategically, increasingly: never a noun, unlike family or ally) or a
// past participle in -ed (unimpeded, demonstrated).
func modifierEnd(w string) bool {
	w = strings.ToLower(strings.TrimPrefix(w, "^"))
	if len(w) <= 5 {
		return false
	}
	for _, suf := range []string{"ally", "ingly", "ively", "ously", "ately", "fully", "edly", "ently", "antly", "ibly", "ably"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return pastForm(w)
}

// repeated reports whether a word stands twice among ws.
func repeated(ws []string) bool {
	for i, w := range ws {
		if slices.Contains(ws[i+1:], w) {
			return true
		}
	}
	return false
}

// coveredBy reports whether some constituent renders an English word.
func coveredBy(cs []constituent, w, raw string) bool {
	for _, c := range cs {
		if covers(c, w, raw) {
			return true
		}
	}
	return false
}

// titleCase reports whether every content word of an English phrase is capitalized: a
// name or a title.
func titleCase(s string) bool {
	n := 0
	for _, f := range strings.Fields(s) {
		w := strings.Trim(f, ".,;:'’\"()")
		if w == "" || lexicon.IsStop(strings.ToLower(w)) {
			continue
		}
		if r := w[0]; r < 'A' || r > 'Z' {
			return false
		}
		n++
	}
	return n > 0
}

// adjectiveEnd reports whether an English word is an adjective that is no noun: an
// adjectival suffix (-ic, -al, -ive, -ous, -ful) and no noun sense in WordNet, when WordNet
// is loaded (diplomatic, regional and conventional are adjectives; military, national and
// Pacific are nouns too).
func (r *run) adjectiveEnd(w string) bool {
	if r.wn == nil {
		return false
	}
	w = strings.ToLower(strings.TrimPrefix(w, "^"))
	if strings.ContainsAny(w, "-.'’") || !adjectivalSuffix(w) {
		return false
	}
	return !r.wn.IsNoun(w)
}

// adjectivalSuffix reports whether a lower-case English word of six letters or more ends
// in an adjectival suffix (-ic, -al, -ive, -ous, -ful).
func adjectivalSuffix(w string) bool {
	if len(w) <= 5 {
		return false
	}
	for _, suf := range []string{"ic", "al", "ive", "ous", "ful"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// adjectivalHead reports whether the last part of a term may be rendered by the English
// adjective w: an adjectival noun (形容動詞語幹: 適法 = lawful), or a word whose dictionary
// gloss is that very adjective (二国間 "bilateral", 相互 "mutual"). A noun glossed by a
// noun is not (地域 "region" is not "regional", 政治 "politics" is not "political").
func (r *run) adjectivalHead(cs []constituent, w string) bool {
	w = strings.ToLower(strings.TrimPrefix(w, "^"))
	for i := len(cs) - 1; i >= 0; i-- {
		c := cs[i]
		if c.affix && len(c.units) == 1 && cs[i].text != "的" {
			continue
		}
		if n := len(c.units); n > 0 && len(c.units[n-1].POS) > 1 && (c.units[n-1].POS[1] == "形容動詞語幹" || c.units[n-1].POS[1] == "ナイ形容詞語幹" || c.units[n-1].Surface == "的") {
			return true
		}
		for _, e := range r.lx.Lookup(c.text) {
			for _, gw := range r.glossWordsOf(e.Gloss) {
				if gw == w {
					return true
				}
			}
		}
		return false
	}
	return false
}

// hasPreposition reports whether an English phrase holds a preposition between its
// words.
func hasPreposition(s string) bool {
	ws := lexicon.Words(s)
	for i := 1; i+1 < len(ws); i++ {
		if prepositions[ws[i]] {
			return true
		}
	}
	return false
}

// maxConj bounds the conjunctions counted in one English phrase.
const maxConj = 4

// conjunctions returns how many of an English phrase's conjunctions (and, or) stand between
// two content words, at most max, and how many of them are "or": those that can render the
// coordinators of a Japanese term. One next to a function word joins clauses or phrases the
// term does not hold.
func conjunctions(s string, max int) (n, or int) {
	ws := lexicon.Words(s)
	for i := 1; i+1 < len(ws) && n < max; i++ {
		if (ws[i] == "and" || ws[i] == "or") && !lexicon.IsStop(ws[i-1]) && !lexicon.IsStop(ws[i+1]) {
			n++
			if ws[i] == "or" {
				or++
			}
		}
	}
	return n, or
}

// possessive reports whether an English phrase holds a possessive determiner of the first
// or third person plural (our, their).
func possessive(s string) bool {
	for _, w := range lexicon.Words(s) {
		if w == "our" || w == "their" {
			return true
		}
	}
	return false
}

// countryWords returns how many more English words the span of a term may hold for its
// parts that name several countries: 日米豪 is one part and three names, "Japan-United
// States-Australia", up to two words a country. A part of n country names only (日米,
// 日米豪: proper nouns of countries, unit by unit) adds 2n-2 to the bound.
func countryWords(cs []constituent) int {
	n := 0
	for _, c := range cs {
		if c.affix || len(c.units) < 2 || !countries(c) {
			continue
		}
		n += 2*len(c.units) - 2
	}
	return n
}

// glossPhraseWords reports whether the span of a term may hold need more English words
// than its parts for the parts whose dictionary gloss is a phrase met in it: a part glossed
// by n words that the span holds adds n-1 (北大西洋条約機構 "North Atlantic Treaty Organization",
// one word and four English ones; 軍 "armed forces"). A name or a compound the dictionary lists
// whole is rendered by its gloss, however long, where a part read as one word renders one
// word.
func glossPhraseWords(cs []constituent, words []string, need int) bool {
	upper := 0 // what the glosses could add if every word of each were met
	for _, c := range cs {
		most := 0
		for _, g := range c.glosses {
			most = max(most, len(g)-1)
		}
		upper += most
	}
	if upper < need {
		return false
	}
	n := 0
	for _, c := range cs {
		most := 0
		for _, g := range c.glosses {
			if len(g)-1 <= most {
				continue // it cannot add more than a gloss already met
			}
			met := 0
			for _, gw := range g {
				if slices.ContainsFunc(words, func(w string) bool { return lexicon.SameWord(gw, strings.TrimPrefix(w, "^")) }) {
					met++
				}
			}
			most = max(most, met-1)
		}
		if n += most; n >= need {
			return true
		}
	}
	return false
}

// partyPart reports whether a part names countries and nothing else: proper nouns of
// countries (日本, フィリピン) or their one-kanji abbreviations written together (日比, 日米韓),
// the parties of a relation. (partyList, two to four abbreviations, is one case of the
// second.)
func partyPart(c constituent) bool {
	return len(c.units) > 0 && (countries(c) || countryUnits(c.units))
}

// countries reports whether every unit of a constituent is a proper noun of a country.
func countries(c constituent) bool {
	for _, u := range c.units {
		if len(u.POS) < 4 || u.POS[1] != "固有名詞" || u.POS[3] != "国" {
			return false
		}
	}
	return true
}

// partyLeft reports whether the one part that is not an affix and renders no English word
// names states only (日米, 米韓, 日米韓: proper nouns of countries).
func partyLeft(cs []constituent, words, raw []string) bool {
	left := -1
	for j, c := range cs {
		if c.affix {
			continue
		}
		if !rendersSome(c, words, raw) {
			if left >= 0 {
				return false
			}
			left = j
		}
	}
	if left < 0 {
		return false
	}
	for _, u := range cs[left].units {
		if len(u.POS) < 4 || u.POS[1] != "固有名詞" || u.POS[3] != "国" {
			return false
		}
	}
	return true
}

// numeralLeft reports whether an English word written in figures (2015, 21st) is
// rendered by no part of the term.
func numeralLeft(cs []constituent, words, raw []string) bool {
	for i, w := range raw {
		if w != "" && w[0] >= '0' && w[0] <= '9' && !coveredBy(cs, words[i], w) {
			return true
		}
	}
	return false
}

// codeLeft reports whether a designation of the term (see constituent.code) renders no
// English word.
func codeLeft(cs []constituent, words, raw []string) bool {
	for _, c := range cs {
		if c.code && !rendersSome(c, words, raw) {
			return true
		}
	}
	return false
}

// properLeft reports whether a constituent that is not an affix and renders no English
// word is a proper noun (米国, 中国, 尖閣): its units all 名詞-固有名詞.
func properLeft(cs []constituent, words, raw []string) bool {
	for _, c := range cs {
		if c.affix || len(c.units) == 0 {
			continue
		}
		if rendersSome(c, words, raw) {
			continue
		}
		proper := true
		for _, u := range c.units {
			if !isProper(u) {
				proper = false
				break
			}
		}
		if proper {
			return true
		}
	}
	return false
}

// countedAt reports whether cs[i] is a number of countries with its counter (3か国)
// next, a count countByParties gives its party adjective (trilateral).
func countedAt(cs []constituent, i int) bool {
	return i+1 < len(cs) && !cs[i].affix && jaterm.IsCountryCounter(cs[i+1].text) && partyWords[jaNumber(cs[i].text)] != ""
}

// countedParties reports whether a part is a number of countries with its counter (3か国),
// which countByParties gave its party adjective.
func countedParties(cs []constituent) bool {
	for i := range cs {
		if countedAt(cs, i) {
			return true
		}
	}
	return false
}

// countLeft reports whether a number of countries with its counter (3か国), which
// countByParties gave its party adjective, is left unrendered.
func countLeft(cs []constituent, words, raw []string) bool {
	for i, c := range cs {
		if countedAt(cs, i) && !rendersSome(c, words, raw) {
			return true
		}
	}
	return false
}

// nameLeft reports whether the English words of g that no constituent renders are all
// written as names: capitalized, or acronyms.
func nameLeft(cs []constituent, g *enterm.NGram) bool {
	caps := map[string]bool{}
	for _, f := range strings.FieldsFunc(g.Surface, func(r rune) bool { return r == ' ' || r == '-' || r == '/' }) {
		f = strings.Trim(f, ",;:()\"'’“”")
		if f != "" && f[0] >= 'A' && f[0] <= 'Z' {
			for _, w := range lexicon.Words(f) {
				caps[w] = true
			}
		}
	}
	for i, w := range g.Words {
		if !renderedBy(cs, w, g.Raw[i]) && !strings.HasPrefix(g.Raw[i], "^") && !caps[g.Raw[i]] {
			return false
		}
	}
	return true
}

// writesAny reports whether an English phrase holds the determiner "any" as a word.
func writesAny(surface string) bool {
	for k := 0; k+3 <= len(surface); k++ {
		if !strings.EqualFold(surface[k:k+3], "any") {
			continue
		}
		if (k == 0 || !isWordByte(surface[k-1])) && (k+3 == len(surface) || !isWordByte(surface[k+3])) {
			return true
		}
	}
	return false
}

// determiners are the English determiners of quantity that open the rendering of a
// Japanese quantifier (enterm.Quantifiers), in a fixed order.
var determiners = []string{"any", "all", "every"}

// firstWord returns the first word of an English phrase, in lower case.
func firstWord(surface string) string {
	if ws := lexicon.Words(surface); len(ws) > 0 {
		return ws[0]
	}
	return ""
}

// comparativeOpen reports whether an English phrase opens with "more" or "less".
func comparativeOpen(surface string) bool {
	return len(surface) > 5 && surface[4] == ' ' && (strings.EqualFold(surface[:4], "more") || strings.EqualFold(surface[:4], "less"))
}

// comparativeIn reports whether an English phrase writes one of the comparative words
// comp (see comparative), and whether that word is a function word ("more", "less").
func comparativeIn(comp []string, surface string) (more, ok bool) {
	for _, f := range strings.Fields(strings.ToLower(surface)) {
		f = strings.Trim(f, ",.;:()\"'“”‘’")
		if slices.Contains(comp, f) {
			return f == "more" || f == "less", true
		}
	}
	return false, false
}

// partyCount returns how many parties the lists of parties among cs name (日米韓: 3).
func partyCount(cs []constituent) int {
	n := 0
	for _, c := range cs {
		if !c.affix && partyList(c.units) {
			n += len(c.units)
		}
	}
	return n
}

// glossStops counts the function words of an English phrase that a gloss of one of the
// constituents holds too.
func (r *run) glossStops(cs []constituent, surface string) int {
	in := map[string]bool{}
	for _, c := range cs {
		for _, e := range r.lx.Lookup(c.text) {
			for _, w := range lexicon.Words(e.Gloss) {
				if lexicon.IsStop(w) {
					in[w] = true
				}
			}
		}
	}
	n := 0
	for _, w := range lexicon.Words(surface) {
		if lexicon.IsStop(w) && in[w] {
			n++
		}
	}
	return n
}

// innerGlossStops counts the function words of an English phrase that stand inside a
// gloss of one of the constituents, a phrase with a prepositional complement that the
// English writes whole, word for word (weapon of mass destruction as "weapons of mass
// destruction"): that name is one noun of the term, and its "of" is no function word of
// the term's own syntax, which the outer "Y of X" still needs. A gloss that opens or
// ends in a function word, or whose words stand apart in the phrase, counts nothing.
func (r *run) innerGlossStops(cs []constituent, surface string) int {
	var ws []string
	n := 0
	for _, c := range cs {
		if c.affix {
			continue
		}
		best := 0
		for _, gw := range r.phraseGlosses(c.text) {
			k := 0
			for _, w := range gw {
				if lexicon.IsStop(w) {
					k++
				}
			}
			if k <= best {
				continue
			}
			if ws == nil {
				ws = lexicon.Words(surface)
			}
			if wordRun(ws, gw) {
				best = k
			}
		}
		n += best
	}
	return n
}

// phraseGlosses returns the glosses of the lexicon word ja that hold a function word
// between two content words (weapon of mass destruction), as words, memoized.
func (r *run) phraseGlosses(ja string) [][]string {
	if p, ok := r.phrases[ja]; ok {
		return p
	}
	var out [][]string
	for _, e := range r.lx.Lookup(ja) {
		if !strings.Contains(e.Gloss, " ") {
			continue
		}
		gw := lexicon.Words(e.Gloss)
		if len(gw) < 3 || lexicon.IsStop(gw[0]) || lexicon.IsStop(gw[len(gw)-1]) || !slices.ContainsFunc(gw, lexicon.IsStop) {
			continue
		}
		out = append(out, gw)
	}
	if r.phrases == nil {
		r.phrases = map[string][][]string{}
	}
	r.phrases[ja] = out
	return out
}

// wordRun reports whether the words gw stand side by side in ws: function words as
// written, content words the same once normalized (weapon, weapons).
func wordRun(ws, gw []string) bool {
	for i := 0; i+len(gw) <= len(ws); i++ {
		ok := true
		for j, w := range gw {
			v := ws[i+j]
			if w != v && (lexicon.IsStop(w) || lexicon.IsStop(v) || lexicon.Norm(w) != lexicon.Norm(v)) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// wholeGloss reports whether the one constituent that is not an affix has a gloss whose
// words all stand among the English words (or none has a gloss of several words).
func wholeGloss(cs []constituent, words, raw []string) bool {
	for _, c := range cs {
		if c.affix {
			continue
		}
		multi := false
		for _, g := range c.glosses {
			if len(g) < 2 {
				continue
			}
			multi = true
			all := true
			for _, gw := range g {
				if gw != "and" && !isHeadMatched(&c, gw, words, raw) {
					all = false
					break
				}
			}
			if all {
				return true
			}
		}
		if !multi {
			return true
		}
		for _, g := range c.glosses {
			if len(g) == 1 && isHeadMatched(&c, g[0], words, raw) {
				return true // a one-word gloss met: 抑止 = deterrence
			}
		}
		return false
	}
	return true
}

// headPhraseMet reports whether the one constituent that is not an affix has a gloss with
// a prepositional complement whose words up to its head, more than half of the gloss, all
// stand among the English words: the English writes the short form of a name, its head
// phrase without the complement (アメリカ合衆国 "United States of America" as "United
// States"). A head of one word out of two (国防総省 "Department of Defense" as
// "Department") names a broader thing and is not one.
func headPhraseMet(cs []constituent, words, raw []string) bool {
	for _, c := range cs {
		if c.affix {
			continue
		}
		for gi, g := range c.glosses {
			h := c.gheads[gi]
			if h+1 >= len(g) || 2*(h+1) <= len(g) {
				continue // no complement, or a head phrase of half the gloss or less
			}
			all := true
			for _, gw := range g[:h+1] {
				if !isHeadMatched(&c, gw, words, raw) {
					all = false
					break
				}
			}
			if all {
				return true
			}
		}
		return false
	}
	return false
}

// better orders the options of a candidate: full before partial, then the better
// explained, the more specific, and the length closest to the expected one.
func better(a, b option, expect int) bool {
	if a.full != b.full {
		return a.full
	}
	if a.thes != b.thes {
		return b.thes // a gloss met as it stands before one met through a neighbour
	}
	if (a.cooc > 0) != (b.cooc > 0) {
		return a.cooc > 0
	}
	if a.unexpl != b.unexpl {
		return a.unexpl < b.unexpl
	}
	if a.half != b.half {
		return a.half < b.half
	}
	if a.covered != b.covered {
		return a.covered > b.covered
	}
	if a.gstops != b.gstops {
		return a.gstops > b.gstops // the gloss's own function words: Under Secretary, not Secretary
	}
	if !a.full && math.Abs(a.spec-b.spec) > 0.05 {
		return a.spec > b.spec // a partial one: the most specific words first
	}
	if fa, fb := abs(len(a.g.Words)-expect), abs(len(b.g.Words)-expect); fa != fb {
		return fa < fb
	}
	if a.ue+a.uj != b.ue+b.uj {
		return a.ue+a.uj < b.ue+b.uj
	}
	if va, vb := verbal(a.g.Raw), verbal(b.g.Raw); va != vb {
		return vb
	}
	if a.g.Count != b.g.Count {
		return a.g.Count > b.g.Count
	}
	return a.g.Key < b.g.Key
}

// ngramInfo caches what compose asks of an English n-gram.
type ngramInfo struct {
	heads []int
	stops int
	ofFor bool
	conj  int      // conjunctions between two content words (see conjunctions)
	or    int      // of which "or"
	name  bool     // every content word capitalized, with stop words inside: a name
	sing  []string // the content words in the singular (see singulars), when asked for
	ids   []int32  // the ids of its words (see wordIDs), when asked for
	done  bool
	// the phrase ends in an adverb or a participle (modifierEnd), or in an adjective that
	// is no noun (adjectiveEnd); it holds a preposition; its content words are capitalized;
	// it ends in a hyphenated pair of countries (countryPair); it holds a hyphenated
	// compound (hyphenSlack)
	modEnd, adjEnd, prep, title, pairEnd, hyph bool
	anyWord                                    bool  // it holds "any" as a word (writesAny)
	det                                        uint8 // a determiner of quantity that opens it: its place in determiners, plus one (see rateWith)
	before                                     int8  // 0 not asked yet, 1 no compound before it, 2 one (compoundBefore)
}

// hyphBefore reports whether the hyphenated compound right before the n-gram g (see
// compoundBefore) is one that no part of cs renders; it looks for the compound once.
func (in *ngramInfo) hyphBefore(g *enterm.NGram, cs []constituent) bool {
	if in.before == 0 {
		in.before = 1
		if compoundBefore(g) != "" {
			in.before = 2
		}
	}
	return in.before == 2 && unrenderedCompound(cs, compoundBefore(g)) > 0
}

// countryPair reports whether an English word is a pair or list of country names joined
// by hyphens (U.S.-Japan, Japan-U.S.-Australia), as official English writes the parties
// of a relation before its noun.
func countryPair(w string) bool {
	w = strings.Trim(w, ".,;:'’\"()")
	if strings.HasSuffix(w, "U.S") {
		w += "."
	}
	parts := strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '–' })
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !englishCountry[p] {
			return false
		}
	}
	return true
}

// englishCountry holds the one-word English names of countryNames.
var englishCountry = func() map[string]bool {
	m := map[string]bool{}
	for _, ns := range countryNames {
		for _, n := range ns {
			if !strings.Contains(n, " ") {
				m[n] = true
			}
		}
	}
	return m
}()

// partiesEnd reports whether the last part of a term that is no affix names countries
// only (日米, 米韓).
func partiesEnd(cs []constituent) bool {
	for i := len(cs) - 1; i >= 0; i-- {
		if !cs[i].affix {
			return partyPart(cs[i])
		}
	}
	return false
}

// locative reports whether a part of the term opens with the prefix 在 before a place: 在
// as kagome's prefix (在|韓米|軍, 在|沖縄) or the word it makes with a country's
// abbreviation (在日, 在米).
func locative(cs []constituent) bool {
	for _, c := range cs {
		if len(c.units) == 0 {
			continue
		}
		u := c.units[0]
		if u.Surface == "在" && jaterm.IsPrefix(u) {
			return true
		}
		if rest, ok := strings.CutPrefix(u.Surface, "在"); ok && countryAbbrev[rest] {
			return true
		}
	}
	return false
}

// prepositionArticles counts the definite articles right after a preposition inside an
// English phrase ("to the", "of the"), the preposition not opening the phrase.
func prepositionArticles(s string) int {
	ws := lexicon.Words(s)
	n := 0
	for i := 1; i+2 < len(ws); i++ {
		if prepositions[ws[i]] && ws[i+1] == "the" {
			n++
		}
	}
	return n
}

// placeMet reports whether the English words render the country of a place after 在 (see
// zaiPlace): the article before "the ROK" belongs to the country's name, not to a word of
// the English that no part explains ("in the region").
func placeMet(cs []constituent, words, raw []string) bool {
	for _, c := range cs {
		if len(c.units) != 2 || c.units[0].Surface != "在" || !countryAbbrev[c.units[1].Surface] {
			continue
		}
		for i, w := range words {
			if covers(c, w, raw[i]) {
				return true
			}
		}
	}
	return false
}

// hasWord reports whether the phrase s holds the word w, in lower case.
func hasWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if strings.Trim(f, ".,;:'’\"()") == w {
			return true
		}
	}
	return false
}

// isNamePhrase reports whether an English phrase is a name with function words inside:
// every content word capitalized and at least one stop word between them.
func isNamePhrase(s string) bool {
	stops, content := 0, 0
	for _, f := range strings.Fields(s) {
		w := strings.Trim(f, ".,;:'’\"")
		if w == "" {
			continue
		}
		if lexicon.IsStop(strings.ToLower(w)) {
			stops++
			continue
		}
		if r := w[0]; r < 'A' || r > 'Z' {
			return false
		}
		content++
	}
	return stops > 0 && content >= 2
}

func (r *run) ngInfo(g *enterm.NGram) *ngramInfo {
	for len(r.ngCache) <= g.ID {
		r.ngCache = append(r.ngCache, ngramInfo{})
	}
	in := &r.ngCache[g.ID]
	if !in.done {
		*in = ngramInfo{heads: enHeads(g.Surface), stops: internalStops(g.Surface), ofFor: ofFor(g.Surface), name: isNamePhrase(g.Surface), done: true}
		in.conj, in.or = conjunctions(g.Surface, maxConj)
		if n := len(g.Raw); n > 0 {
			in.modEnd, in.adjEnd = modifierEnd(g.Raw[n-1]), r.adjectiveEnd(g.Raw[n-1])
		}
		if fs := strings.Fields(g.Surface); len(fs) > 0 {
			in.pairEnd = countryPair(fs[len(fs)-1])
			in.hyph = slices.ContainsFunc(fs, hyphenated)
		}
		in.prep, in.title = hasPreposition(g.Surface), titleCase(g.Surface)
		in.anyWord = writesAny(g.Surface)
		in.det = uint8(slices.Index(determiners, firstWord(g.Surface)) + 1)
	}
	return in
}

// cooc counts the bitext segments holding both the Japanese and the English key.
func (r *run) cooc(jaKey, enKey string) int {
	n := 0
	for i := range r.bitJA {
		if r.bitJA[i][jaKey] && r.bitEN[i][enKey] {
			n++
		}
	}
	return n
}

// compound is a hyphenated compound of an English phrase: its content words, normalized
// and raw, and how many function words it holds.
type compound struct {
	norm, raw []string
	stops     int
}

// compoundsOf returns the hyphenated compounds of an n-gram, read once.
func (r *run) compoundsOf(g *enterm.NGram) []compound {
	if cs, ok := r.compounds[g.ID]; ok {
		return cs
	}
	var out []compound
	for _, f := range strings.Fields(g.Surface) {
		if !hyphenated(f) {
			continue
		}
		c := compound{}
		c.norm, c.raw = lexicon.Split(strings.ReplaceAll(f, "-", " "))
		for _, w := range lexicon.Words(f) {
			if lexicon.IsStop(w) {
				c.stops++
			}
		}
		out = append(out, c)
	}
	if r.compounds == nil {
		r.compounds = map[int][]compound{}
	}
	r.compounds[g.ID] = out
	return out
}

// hyphenSlack returns how many content words more than one, and how many function
// words, the hyphenated compounds of an English phrase hold that no part of the term
// renders: a compound modifier written with hyphens (people-to-people, state-of-the-art)
// is one word of the English syntax, and left unexplained it is one hypothesis, not
// several, with no function word of the phrase's own (人的つながり = people-to-people
// ties: 人的 and the compound left over, つながり = ties). A compound a part renders
// (build-up, for 展開 "building up") is read word by word as before.
func hyphenSlack(cs []constituent, comps []compound) (slack, stops int) {
	for _, c := range comps {
		if !renderedAny(cs, c.norm, c.raw) {
			slack += max(len(c.norm)-1, 0)
			stops += c.stops
		}
	}
	return slack, stops
}

// renderedAny reports whether a part of cs renders one of the words.
func renderedAny(cs []constituent, norm, raw []string) bool {
	for i := range norm {
		if renderedBy(cs, norm[i], raw[i]) {
			return true
		}
	}
	return false
}

// unrenderedCompound returns the number of content words of a hyphenated compound when
// no part of the term renders any of them, else 0.
func unrenderedCompound(cs []constituent, f string) int {
	norm, raw := lexicon.Split(strings.ReplaceAll(f, "-", " "))
	if renderedAny(cs, norm, raw) {
		return 0
	}
	return len(norm)
}

// compoundBefore returns the word right before a span, in the sentence it was first met
// in, when it is a hyphenated compound other than a pair of countries, or "": an English
// compound modifier stands right before the noun it modifies, so a span that leaves a
// part of the term unrendered after one that no part renders is cut from its modifier
// ("ties" of "people-to-people ties" for 人的つながり).
func compoundBefore(g *enterm.NGram) string {
	pre, _, ok := spanContext(g)
	if !ok || !strings.HasSuffix(pre, " ") {
		return ""
	}
	if _, w, ok := lastWord(pre); ok && hyphenated(w) && !countryPair(w) {
		return w
	}
	return ""
}

// ownInstitution reports whether the parts cs open with a country's abbreviation (米|戦争省,
// 米|国防総省) that the English words of a name (in title case: Department of War) leave
// unrendered. Japanese marks a foreign institution by its country; the country's own
// documents name it bare, the country understood.
func ownInstitution(cs []constituent, words []string) bool {
	if len(cs) < 2 || !cs[0].required || len(cs[0].units) != 1 {
		return false
	}
	country := func(c constituent) bool {
		for _, u := range c.units {
			if u.POSAt(1) == "固有名詞" && u.POSAt(2) == "地域" && u.POSAt(3) == "国" {
				return true
			}
		}
		return false
	}
	if !country(cs[0]) {
		return false
	}
	for _, c := range cs[1:] {
		if country(c) {
			return false // a list of parties (日米): each country is a word of the English
		}
	}
	for _, w := range words {
		if slices.Contains(cs[0].words, w) {
			return false // the country is rendered: not left out
		}
	}
	return true
}
