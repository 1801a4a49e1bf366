package align

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/glossterm/gloss/align/internal/enterm"
	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/lexicon"
	"github.com/glossterm/gloss/internal/morph"
	"github.com/glossterm/gloss/internal/textnorm"
)

// Results.

func (r *run) finish() []Pair {
	known := knownPairs(r.opts.Glossary)
	knownJA := knownByJA(r.opts.Glossary)
	byJA := map[string][]*Pair{} // the pairs of each Japanese term, for shortForm
	for _, p := range r.pairs {
		k := textnorm.Key(p.JA)
		byJA[k] = append(byJA[k], p)
	}
	var out []Pair
	for _, p := range r.pairs {
		jc := r.ja[textnorm.Key(p.JA)]
		if jc != nil {
			p.JAFreq = jc.freq
			if !p.Known && !hasType(p.Evidence, EvTitledName) && !hasType(p.Evidence, EvNamedPlace) && r.misbounded(jc) {
				// a slice of a word, whatever found its English (see misbounded); a person
				// and a title is one phrase where the English writes the title before the name,
				// and so is a proper noun and the noun of the place it names (see namedPlaces)
				continue
			}
		}
		if g := r.en.Lookup(p.EN); g != nil && (!enterm.IsAcronym(p.EN) || g.Capitals()) { // "LAWS" is not "laws"
			p.ENFreq = g.Count
			p.EN = preferSurface(p.EN, g.Surface)
			hasAtt := false
			for _, e := range p.Evidence {
				if e.Type == EvCompositional || e.Type == EvDictionary || e.Type == EvDictPhrase || e.Type == EvApprox || e.Type == EvPartial || e.Type == EvThesaurus || e.Type == EvDefinition || e.Type == EvTranslit {
					hasAtt = true
				}
			}
			if !hasAtt {
				p.Evidence = append(p.Evidence, Evidence{Type: EvAttested, Doc: g.First.Doc, Line: g.First.Line, Quote: quote(g.First.Sentence)})
			}
		}
		if id, ok := known[textnorm.Key(p.JA)+"\x00"+p.enKey]; ok {
			p.Known, p.ConceptID = true, id
		} else if _, ok := knownJA[textnorm.Key(p.JA)]; ok {
			r.stats.Overruled++ // the glossary pairs the term with other English: no conflicting proposal
			continue
		}
		p.Score = score(p.Evidence)
		for _, e := range p.Evidence {
			if e.Type == EvParenLoose {
				p.Related = true
			}
		}
		if p.Related {
			p.Score = math.Min(p.Score, 0.85)
		}
		if p.contested && !hasType(p.Evidence, EvParallel) && !hasType(p.Evidence, EvParen) && !hasType(p.Evidence, EvAcronym) {
			p.Score = math.Min(p.Score, 0.85) // a variant of its document, not its established rendering
		}
		if hasType(p.Evidence, EvDefinition) && !translated(p.Evidence) {
			// a paraphrase that WordNet judges equivalent, not a translation: a reviewer's
			// call unless a translation or the text itself (a parenthesis, a quotation) agrees
			p.Score = math.Min(p.Score, 0.85)
		}
		if p.headOnly && !hasType(p.Evidence, EvCompositional) && !hasType(p.Evidence, EvDictPhrase) && !hasType(p.Evidence, EvParen) && !hasType(p.Evidence, EvAcronym) && !hasType(p.Evidence, EvQuoted) {
			p.Score = math.Min(p.Score, 0.85) // a gloss met by its head alone: approximate, whatever repeats it (see headOnly)
		}
		if p.joined > 0 {
			p.Score = math.Min(p.Score, math.Max(p.joined, 0.85)) // no surer than the name joined (see extendNumbered)
		}
		if titleRowOnly(p.Evidence) {
			// a document's titles pair whole, and a translation may add or drop a word of
			// a title (日米韓 of 日米韓キャンプ・デービッド原則, the Camp David Principles):
			// a reviewer's call unless every part is rendered
			p.Score = math.Min(p.Score, 0.85)
		}
		if carries(p.Evidence, EvParenAnchor, EvPostParen, EvNamedPost, EvNamedPlace) {
			p.Score = math.Min(p.Score, 0.85) // names before the same acronym: a reviewer's call unless a translation agrees
		}
		if carries(p.Evidence, EvPremodified) {
			p.Score = math.Min(p.Score, 0.85) // one segment's premodified form of a name: a variant, a reviewer's call
		}
		if hasType(p.Evidence, EvParenMirror) && !translated(p.Evidence) {
			p.Score = math.Min(p.Score, 0.85) // parentheses in the same place: a reviewer's call unless a translation agrees
		}
		if carries(p.Evidence, EvNameOrder, EvNameOrderPart) {
			p.Score = math.Min(p.Score, 0.85) // a name's words found in another order: a reviewer's call unless a translation agrees
		}
		if hasType(p.Evidence, EvEliminated) {
			p.Score = math.Min(p.Score, 0.85) // never auto on elimination: it holds as far as the rest's explanations hold
		}
		if !p.Known && acronymKept(p.Evidence) {
			p.Score = math.Min(p.Score, 0.85) // the translation keeps the acronym: see acronymKept
		}
		if shortForm(p, r.pairs, byJA) {
			p.Score = math.Min(p.Score, 0.85) // an acronym whose expansion is proposed: the short form, not the translation
		}
		if jc != nil && !p.Known && len(jc.units) == 1 && !hasType(p.Evidence, EvParen) && !hasType(p.Evidence, EvAcronym) &&
			!(isProper(jc.units[0]) && hasType(p.Evidence, EvDictPhrase)) &&
			!(hasType(p.Evidence, EvTranslit) && hasType(p.Evidence, EvParallel)) {
			// a single word is vocabulary until a gloss says it is a term; a name is not
			// vocabulary: a proper noun whose dictionary phrase the English writes whole
			// (朝鮮半島 = Korean Peninsula, 韓国 = Republic of Korea) designates one thing.
			// Nor is a loanword whose sound and whose aligned segments name the same English
			// word (リバランス = rebalance in the translation): a katakana word is borrowed
			// from one word, where a Sino-Japanese word has many senses
			p.Score = math.Min(p.Score, 0.85)
		}
		if !p.Known && notANounPhrase(p.EN) {
			p.Score = math.Min(p.Score, 0.85) // a clause, a numeral or a pointer: see notANounPhrase
		}
		if g := r.en.Lookup(p.EN); !p.Known && g != nil && (openComplement(g) || possessiveCut(g)) {
			p.Score = math.Min(p.Score, 0.85) // "the defense" before "of Japan": see openComplement
		}
		if g := r.en.Lookup(p.EN); !p.Known && g != nil && nameSlice(g, p.Evidence) && !r.withinLonger(p) {
			p.Score = math.Min(p.Score, 0.85) // a slice of a longer name: see nameSlice
		}
		if !p.Known && p.Score >= AutoScore && r.inferredModifier(p) {
			p.Score = math.Min(p.Score, 0.85) // a modifier learned from compounds: see inferredModifier
		}
		if !p.Known && jc != nil && p.Score >= AutoScore && r.bareOfState(jc.key, p.EN) {
			p.Score = math.Min(p.Score, 0.85) // a title, or the post with its state: see bareOfState
		}
		if !p.Known && jc != nil && p.Score >= AutoScore && r.headMismatch(p, jc) {
			p.Score = math.Min(p.Score, 0.85) // the Japanese head renders a modifier: see headMismatch
		}
		if !p.Known && jc != nil && p.Score >= AutoScore && r.suffixHeadDropped(p, jc) {
			p.Score = math.Min(p.Score, 0.85) // the suffix noun that heads the term left unrendered: see suffixHeadDropped
		}
		if !p.Known && jc != nil && p.Score >= AutoScore && r.qualityDropped(p, jc) {
			p.Score = math.Min(p.Score, 0.85) // a noun of quality rendered by the noun: see qualityDropped
		}
		if !p.Known && r.glossMissed(p) {
			p.Score = math.Min(p.Score, 0.85) // a dictionary word's gloss met in part or in another part of speech: see glossMissed
		}
		if !p.Known && jc != nil && jc.scopeOnly() {
			p.Score = math.Min(p.Score, 0.85) // perhaps a slice of a coordination: see edge.scope
		}
		if !p.Known && jc != nil && jc.verbalOnly() && oneWordVerb(p.EN) {
			p.Score = math.Min(p.Score, 0.85) // a verb of its sentences, rendered by a verb form
		}
		switch {
		case p.Score >= AutoScore:
			p.Status = Auto
		case p.Score >= ReviewScore:
			p.Status = Review
		default:
			continue
		}
		out = append(out, *p)
	}
	r.partsOnly(out)
	partialRivals(out)
	sort.Slice(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		if out[i].JA != out[j].JA {
			return out[i].JA < out[j].JA
		}
		return out[i].EN < out[j].EN
	})
	return out
}

// notANounPhrase reports whether an English span cannot be the rendering of a Japanese
// term, which is a noun phrase: a bare numeral ("two" of 二国間, where the term is
// "bilateral"), a span holding a demonstrative (this, these: they render これら, which
// never stands inside a Japanese term, so the English says more than the Japanese), or a
// verb with its object (a word that is not a gerund and not a preposition, followed by an
// article: "change the status quo", "advance a free …"; a noun is never followed by an
// article without a preposition between them).
func notANounPhrase(en string) bool {
	w := strings.Fields(strings.ToLower(en))
	if len(w) == 0 {
		return false
	}
	numeral := true
	for _, x := range w {
		if demonstratives[x] {
			return true
		}
		if !numerals[x] && strings.Trim(x, "0123456789") != "" {
			numeral = false
		}
	}
	if numeral {
		return true
	}
	return len(w) > 1 && articles[w[1]] && !strings.HasSuffix(w[0], "ing") && !beforeArticle[w[0]]
}

// openComplement reports whether an English span ends in a noun phrase opened by "the"
// that the sentence it was first met in goes on with "of": "commitment to the defense" of
// "commitment to the defense of Japan", "importance of the traditional role" of "… of the
// Treaty". The article announces the of-phrase that specifies the noun, and a span that
// stops before it leaves that specifier out, as the Japanese candidate that matches it
// leaves out its modifier (日本の|防衛に対する…): a window on a phrase, not a term.
func openComplement(g *enterm.NGram) bool {
	w := strings.Fields(strings.ToLower(g.Surface))
	last := -1
	for i, x := range w {
		if x == "the" {
			last = i
		}
	}
	if last <= 0 || last == len(w)-1 {
		return false
	}
	for _, x := range w[last+1:] {
		if lexicon.IsStop(x) {
			return false // "the X of Y" is whole already; the last "the" opens X
		}
	}
	_, post, ok := spanContext(g)
	if !ok {
		return false
	}
	next := strings.Fields(post)
	return len(next) > 0 && strings.ToLower(next[0]) == "of" && !strings.ContainsAny(post[:1], ",;:.")
}

// possessiveCut reports whether an English span that opens with a possessive ("the
// Alliance's deterrence") stops right before a content word in the sentence it was first
// met in ("… deterrence posture"): a possessive determines a whole noun phrase, whose head
// comes last, so the word after the span is that head and "deterrence" only its modifier.
// A function word or punctuation after the span closes the phrase ("Japan's defense and").
func possessiveCut(g *enterm.NGram) bool {
	w := strings.Fields(g.Surface)
	if len(w) > 0 && articles[strings.ToLower(w[0])] {
		w = w[1:] // the possessive after an article: "the Alliance's"
	}
	if len(w) < 2 {
		return false
	}
	first := strings.ToLower(w[0])
	if !strings.HasSuffix(first, "'s") && !strings.HasSuffix(first, "’s") && !strings.HasSuffix(first, "s'") && !strings.HasSuffix(first, "s’") {
		return false
	}
	_, rest, ok := spanContext(g)
	if !ok || !strings.HasPrefix(rest, " ") {
		return false
	}
	next := strings.Fields(rest)
	if len(next) == 0 {
		return false
	}
	x := next[0]
	if r, _ := utf8.DecodeRuneInString(x); strings.ContainsRune(",;:.()[]\"“”'’-", r) {
		return false
	}
	norm, _ := lexicon.Split(x)
	return len(norm) == 1 && !lexicon.IsStop(strings.ToLower(strings.Trim(x, ",.;:")))
}

// nameSlice reports whether the English of a pair is written only as a slice of longer
// names, every word capitalized and always right next to another capitalized word of the
// name (outside a heading, whose capitals mark no name) ("Trade Organization" only in "World Trade Organization", "Defense" only in "Defense
// Buildup Program"), with no evidence that names it whole: a parenthesis, an acronym, a
// quotation, a transliteration or a dictionary phrase (国務長官 = Secretary of State
// before a name). A name designates one thing as a whole: its slice names nothing the
// sources speak of, and the Japanese matched to it renders a word or two of the name, not
// the name: a review, whatever the glosses say.
func nameSlice(g *enterm.NGram, evs []Evidence) bool {
	if g.Count == 0 || g.InName < g.Count {
		return false
	}
	if statedWhole(evs) {
		return false
	}
	return true
}

// withinLonger reports whether a longer Japanese term that holds p's Japanese is proposed
// with a longer English that holds p's English, and translated (every part rendered, or
// stated by the text; a partial rendering leaves a word of the name unexplained): then the slice is the part of the name
// that the slice of the Japanese name renders (防衛戦略 of 国家防衛戦略 = "Defense Strategy"
// of "National Defense Strategy"), not a window that cuts a name the Japanese never says.
func (r *run) withinLonger(p *Pair) bool {
	en := strings.ToLower(p.EN)
	for _, q := range r.pairs {
		if q == p || len(q.JA) <= len(p.JA) || !strings.Contains(q.JA, p.JA) || len(q.EN) <= len(p.EN) ||
			!hasPhrase(strings.ToLower(q.EN), en) || score(q.Evidence) < ReviewScore || !translated(q.Evidence) {
			continue
		}
		return true
	}
	return false
}

// headMismatch reports whether the head of a Japanese term (its last part) renders a
// word of its English but not the last one, in an English with no preposition: a noun
// phrase without a preposition ends in its head in English as in Japanese, so the head
// renders the last word (戦略的|競争 = strategic competition). When it renders a modifier
// instead, the two phrases are built around different words (現代化に向けた|二国間 =
// "bilateral modernization": 二国間 "bilateral" is the English modifier, and the English
// head renders the Japanese link's complement), a slice of a longer phrase on one side or
// the other (規範及び共通 = "shared norms", cut inside 共通の価値). Only a last word that
// is a noun and that another part renders counts; a gerund that opens the English is its
// head, its object after it (日米同盟の強化 = strengthening the Japan-U.S. Alliance); and a
// name before a title is written after it in English (安倍|総理 = Prime Minister Abe): a
// last word rendered by a name is no mismatch. Evidence that states the
// pair (a parenthesis, an acronym, a quotation, a transliteration) keeps its score.
func (r *run) headMismatch(p *Pair, jc *jaCand) bool {
	if statedWhole(p.Evidence) {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(p.EN)) {
		if prepositions[w] {
			return false
		}
	}
	words, raw := enWords(p.EN)
	if len(words) < 2 {
		return false
	}
	cs := r.constituents(jc.units)
	head := -1
	for i := range cs {
		if cs[i].head {
			head = i
		}
	}
	if head < 0 || len(cs) < 2 {
		return false
	}
	last := len(words) - 1
	if covers(cs[head], words[last], raw[last]) {
		return false
	}
	some := false
	for i := 0; i < last; i++ {
		if covers(cs[head], words[i], raw[i]) {
			if i == 0 && strings.HasSuffix(raw[0], "ing") {
				return false // a gerund with its object after it: 日米同盟の強化 = strengthening the Alliance
			}
			some = true
		}
	}
	if !some || r.wn != nil && !r.wn.IsNoun(raw[last]) && !r.wn.IsNoun(strings.TrimSuffix(raw[last], "s")) {
		return false // the last word is no noun ("and beyond"): no head to compare
	}
	other := false
	for i, c := range cs {
		if i == head || !covers(c, words[last], raw[last]) {
			continue
		}
		if c.kata || c.sound != "" || len(c.units) > 0 && isProper(c.units[0]) {
			return false
		}
		other = true
	}
	return other
}

// glossMissed reports whether a pair whose only translation is the dictionary's word for
// the whole term (EvDictionary) renders what the dictionary says only in part: no gloss
// of the word has the English's content words (防衛力 "defense capability" met as the
// "Defense" of a name: the suffix 力 says "capability", and the English leaves it out), or
// the English is one word that WordNet knows as no noun, written from the stem of a gloss
// noun (重要性 "importance" met as "important", 安定化 "stabilization" as "stabilizing"):
// the translation turned the noun into an adjective or a verb of its sentence, a
// paraphrase, not the term's rendering. A gloss that is that word as it stands (二国間
// "bilateral") is the dictionary's own.
func (r *run) glossMissed(p *Pair) bool {
	if !hasType(p.Evidence, EvDictionary) || !r.lx.Has(p.JA) {
		return false
	}
	for _, t := range []string{EvCompositional, EvDictPhrase, EvParen, EvAcronym, EvQuoted, EvTranslit} {
		if hasType(p.Evidence, t) {
			return false
		}
	}
	words, raw := enWords(p.EN)
	es := r.lx.Lookup(p.JA)
	whole := false
	for _, e := range es {
		if slices.Equal(e.Words, words) {
			whole = true
		}
	}
	if !whole {
		return true
	}
	if len(raw) != 1 || r.wn == nil {
		return false
	}
	w := raw[0]
	for _, e := range es {
		if g := strings.ToLower(e.Gloss); g == w || g+"s" == w || g+"es" == w {
			return false
		}
	}
	return !r.wn.IsNoun(w) && !r.wn.IsNoun(strings.TrimSuffix(w, "s"))
}

// oneWordVerb reports whether an English span is one word in -ing or -ed (or an irregular
// past form): a participle or a past tense where the Japanese is a verbal noun used as a verb.
func oneWordVerb(en string) bool {
	return !strings.ContainsAny(en, " -") && verbForm(strings.ToLower(en))
}

var (
	demonstratives = map[string]bool{"this": true, "these": true, "that": true, "those": true}
	articles       = map[string]bool{"the": true, "a": true, "an": true}
	numerals       = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true,
		"six": true, "seven": true, "eight": true, "nine": true, "ten": true, "hundred": true, "thousand": true}
	// words that open a phrase before an article without being a verb
	beforeArticle = map[string]bool{"of": true, "in": true, "to": true, "for": true, "on": true, "at": true, "by": true,
		"with": true, "from": true, "under": true, "over": true, "against": true, "among": true, "between": true,
		"through": true, "during": true, "and": true, "or": true}
)

// isProper reports whether a unit is a proper noun (a place, an organization, a person).
func isProper(t morph.Token) bool {
	return len(t.POS) > 1 && t.POS[0] == "名詞" && t.POS[1] == "固有名詞"
}

// shortForm reports whether p renders a Japanese term by an acronym whose expansion is
// proposed for the same term: the expansion is the translation, the acronym its short form.
// The expansion is the one the acronym evidence names, or any other English proposed for
// the term whose initials spell the acronym (国家防衛戦略 = National Defense Strategy, NDS
// verified by the initials of the parts' translations): a full Japanese name is translated
// by the full English name.
func shortForm(p *Pair, pairs map[string]*Pair, byJA map[string][]*Pair) bool {
	if !enterm.IsAcronym(p.EN) {
		return false
	}
	jk := textnorm.Key(p.JA)
	for _, e := range p.Evidence {
		exp, ok := strings.CutPrefix(e.Detail, "expansion: ")
		if e.Type != EvAcronym || !ok {
			continue
		}
		if q := pairs[jk+"\x00"+enterm.Key(exp)]; q != nil && q != p {
			return true
		}
	}
	for _, q := range byJA[jk] {
		if q != p && !enterm.IsAcronym(q.EN) && enterm.Initials(q.EN, p.EN) && score(q.Evidence) >= ReviewScore {
			return true
		}
	}
	return false
}

// statedWhole reports whether evs hold evidence that states the pair as a whole: a
// parenthesis, an acronym, a quotation, a transliteration or a dictionary phrase, which the
// rules that doubt a rendering's parts leave at its score.
func statedWhole(evs []Evidence) bool {
	for _, t := range []string{EvParen, EvAcronym, EvQuoted, EvTranslit, EvDictPhrase} {
		if hasType(evs, t) {
			return true
		}
	}
	return false
}

// hasType reports whether evs hold evidence of type typ.
func hasType(evs []Evidence, typ string) bool {
	for _, e := range evs {
		if e.Type == typ {
			return true
		}
	}
	return false
}

// preferSurface keeps the parenthetical's casing unless the sources write the phrase in
// lower case (Peace through Strength → peace through strength).
func preferSurface(given, sources string) string {
	if sources == "" {
		return given
	}
	if strings.ToLower(sources) == sources || enterm.IsAcronym(given) {
		if enterm.IsAcronym(given) {
			return given
		}
		return sources
	}
	return given
}

// translated reports whether evs hold evidence that translates the pair or that the text
// states it: a dictionary's rendering of every part, a parenthesis, a quotation, a
// transliteration or the glossary.
func translated(evs []Evidence) bool {
	for _, e := range evs {
		switch e.Type {
		case EvCompositional, EvDictionary, EvDictPhrase, EvParen, EvAcronym, EvQuoted, EvTranslit, EvGlossary:
			return true
		}
	}
	return false
}

// carries reports whether evidence of one of the types (a review-tier reading of the text's
// structure: reorderedNames, anchoredNames) is what would lift evs to auto: no translation
// agrees, and the rest of the evidence is not auto by itself.
func carries(evs []Evidence, types ...string) bool {
	if !slices.ContainsFunc(evs, func(e Evidence) bool { return slices.Contains(types, e.Type) }) || translated(evs) {
		return false
	}
	rest := slices.DeleteFunc(slices.Clone(evs), func(e Evidence) bool { return slices.Contains(types, e.Type) })
	return score(rest) < AutoScore
}

// score combines evidence by noisy-OR, each type counted once. Bitext co-occurrence and
// the parallel evidence observe the same thing, the two in one aligned segment: only the
// stronger counts.
func score(evs []Evidence) float64 {
	seen := map[string]bool{}
	q := 1.0
	for _, e := range evs {
		if seen[e.Type] || e.Type == EvBitext && hasType(evs, EvParallel) {
			continue
		}
		seen[e.Type] = true
		q *= 1 - weights[e.Type]
	}
	return math.Round((1-q)*1000) / 1000
}

// knownPairs maps ja key + "\x00" + en key to the concept id, for every pair of terms of
// a concept.
func knownPairs(g *glossary.Glossary) map[string]string {
	out := map[string]string{}
	if g == nil {
		return out
	}
	for _, c := range g.Concepts {
		for _, jt := range c.Terms["ja"] {
			for _, et := range c.Terms["en"] {
				out[textnorm.Key(jt.Text)+"\x00"+enterm.Key(et.Text)] = c.ID
			}
		}
	}
	return out
}

func (r *run) missing(pairs []Pair) []Missing {
	paired := map[string]bool{}
	for _, p := range pairs {
		paired[textnorm.Key(p.JA)] = true
	}
	var out []Missing
	for _, k := range r.th.Ranked() {
		jc := r.ja[k]
		if jc == nil || paired[k] || jc.maximal < r.opts.MinMissingFreq || utf8.RuneCountInString(jc.text) < 2 {
			continue
		}
		out = append(out, Missing{JA: jc.text, Freq: jc.freq, FLR: math.Round(r.th.FLR(k)*100) / 100,
			Doc: jc.first.doc, Line: jc.first.line, Quote: quote(jc.first.sent)})
	}
	return out
}

// titleRowOnly reports whether a pair's quotation evidence is a title row (see
// quotedPairs) and no translation renders every part.
func titleRowOnly(evs []Evidence) bool {
	row := false
	for _, e := range evs {
		switch {
		case e.Type == EvQuoted && e.Detail == titleRowDetail:
			row = true
		case e.Type == EvCompositional || e.Type == EvDictPhrase || e.Type == EvParen || e.Type == EvAcronym || e.Type == EvQuoted:
			return false
		}
	}
	return row
}
