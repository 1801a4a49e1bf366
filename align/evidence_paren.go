package align

import (
	"strings"
	"unicode/utf8"

	"github.com/glossterm/gloss/align/internal/enterm"
	"github.com/glossterm/gloss/align/internal/jaterm"
	"github.com/glossterm/gloss/align/internal/paren"
	"github.com/glossterm/gloss/internal/morph"
	"github.com/glossterm/gloss/internal/textnorm"
)

// Parentheticals.

func (r *run) mineParens() {
	for _, s := range r.sents {
		for _, p := range paren.Find(s.text) {
			if p.Kind != paren.English && p.Kind != paren.Acronym {
				continue
			}
			r.paren(s, p)
		}
	}
}

// paren handles one English or acronym parenthetical.
func (r *run) paren(s *sentence, p paren.Paren) {
	english := p.Expansion
	if english != "" && len(strings.Fields(english)) > 8 {
		return // a sentence, not a term
	}
	english = strings.Trim(english, `"'“”‘’「」`)
	if _, _, ok := personPost(english); ok && p.Acronym == "" {
		// a person's name, a comma and a post ((H.E. Mr. John Smith, Secretary General)):
		// the parenthesis names the holder of the term before it, and renders at most
		// the post after the comma, which postParens pairs where the Japanese post
		// follows the name
		return
	}
	target := english
	if target == "" {
		target = p.Acronym
	}
	// Expansion of an acronym from the English sources.
	var expansions []string
	if p.Acronym != "" {
		expansions = r.en.Expansions(p.Acronym)
		if english != "" && enterm.Initials(english, p.Acronym) {
			expansions = append([]string{english}, expansions...)
		}
	}
	ja, ok := r.leftEdge(s, p, target, expansions)
	if ja == "" || !ok {
		return
	}
	for i, e := range expansions {
		expansions[i] = leadAcronymCut(s.text[:p.Open], ja, e)
	}
	ev := Evidence{Doc: s.doc, Line: s.line, Quote: quote(s.text)}
	if english != "" {
		ev.Type = EvParen
		cs := r.constituents(r.unitsOf(ja))
		def := ""
		if r.loose(cs, english) {
			if def = r.definedAs(cs, english); def == "" {
				ev.Type = EvParenLoose
				ev.Detail = "the English head does not translate the Japanese head: a related, not an equivalent, term"
			}
		}
		if def != "" {
			// one noun for the whole compound, its definition the compound's parts
			// (残虐行為（atrocities）): the writer's gloss, not a related term
			r.add(ja, english, Evidence{Type: EvDefinition, Doc: s.doc, Line: s.line, Quote: quote(s.text),
				Detail: "WordNet defines " + def + " (" + r.partsDetail(cs) + ")"})
		}
		pr := r.add(ja, english, ev)
		if pr != nil && ev.Type == EvParen {
			r.lx.Add(ja, english, "paren") // learned: feeds compositional translation
		}
	}
	if p.Acronym != "" {
		verified := ""
		for _, e := range expansions {
			verified = e
			break
		}
		if verified == "" {
			// initials of the compositional translation
			if r.initialsMatch(ja, p.Acronym) {
				verified = "initials of the parts' translations"
			}
		}
		ev := Evidence{Type: EvAcronymUnver, Doc: s.doc, Line: s.line, Quote: quote(s.text)}
		if verified != "" {
			ev.Type = EvAcronym
			ev.Detail = "expansion: " + verified
		}
		r.add(ja, p.Acronym, ev)
		if verified != "" && len(expansions) > 0 && english == "" {
			r.add(ja, expansions[0], Evidence{Type: EvAcronym, Doc: s.doc, Line: s.line, Quote: quote(s.text), Detail: p.Acronym + " = " + expansions[0]})
		}
	}
}

// unitsOf re-tokenizes a short Japanese term to get its units.
func (r *run) unitsOf(ja string) []morph.Token {
	if jc := r.ja[textnorm.Key(ja)]; jc != nil {
		return jc.units
	}
	toks := tokenize(ja)
	return jaterm.Units(toks, jaterm.Chunk{From: 0, To: len(toks)})
}

// leftEdge finds the Japanese term a parenthetical glosses.
func (r *run) leftEdge(s *sentence, p paren.Paren, english string, expansions []string) (string, bool) {
	before := s.text[:p.Open]
	// 「T」(E): the quotation is the term.
	if strings.HasSuffix(before, "」") || strings.HasSuffix(before, "』") {
		open := "「"
		if strings.HasSuffix(before, "』") {
			open = "『"
		}
		if i := strings.LastIndex(before, open); i >= 0 {
			t := before[i+len(open) : len(before)-len("」")]
			if n := utf8.RuneCountInString(t); n > 0 && n <= 30 && !strings.ContainsAny(t, "。「」") {
				return t, true
			}
		}
		return "", false
	}
	// 「T(E)」: the quotation around the parenthetical is the term.
	if strings.HasPrefix(s.text[p.Close:], "」") || strings.HasPrefix(s.text[p.Close:], "』") {
		open := "「"
		if strings.HasPrefix(s.text[p.Close:], "』") {
			open = "『"
		}
		if i := strings.LastIndex(before, open); i >= 0 {
			t := before[i+len(open):]
			if n := utf8.RuneCountInString(t); n > 0 && n <= 20 && !strings.ContainsAny(t, "。「」、") {
				return t, true
			}
		}
	}
	// chunks ending at the parenthesis
	var base *jaterm.Chunk
	var phrasal, nested []jaterm.Chunk
	for i, c := range s.chunks {
		if s.toks[c.To-1].End != p.Open {
			continue
		}
		switch {
		case c.Phrasal:
			phrasal = append(phrasal, c)
		case c.Nested:
			nested = append(nested, c)
		default:
			base = &s.chunks[i]
		}
	}
	if base == nil {
		return "", false
	}
	text := func(c jaterm.Chunk) string { return c.Text(s.text, s.toks) }
	// English words the term should cover: the full form, or the expansion of an acronym.
	full := english
	if len(expansions) > 0 {
		full = expansions[0]
	}
	words, raw := enWords(full)
	m := len(words)
	if m == 0 || (p.Kind == paren.Acronym && p.Expansion == "" && len(expansions) == 0) {
		m = acronymLen(english)
		words, raw = nil, nil
	}
	units := func(c jaterm.Chunk) int { // content morphemes, whatever the lexicon knows
		n := 0
		for _, t := range jaterm.Units(s.toks, c) {
			if !jaterm.IsSuffix(t) && !jaterm.IsPrefix(t) {
				n++
			}
		}
		return n
	}
	best := *base
	bestText := text(best)
	if words != nil && r.haveLex {
		// Trim leading parts that the lexicon knows and that render none of the English.
		cs := r.constituents(jaterm.Units(s.toks, best))
		cov, _, _, _ := coverage(cs, words, raw, nil)
		for _, n := range nested {
			ncs := r.constituents(jaterm.Units(s.toks, n))
			ncov, _, _, _ := coverage(ncs, words, raw, nil)
			if nonAffixCount(ncs) < m {
				continue // never fewer parts than the English has words
			}
			if ncov >= cov && ncov > 0 && len(ncs) < len(cs) && r.droppedUnrelated(cs, ncs, words, raw) {
				best, cs, cov = n, ncs, ncov
			}
		}
		bestText = text(best)
	} else if p.Kind == paren.Acronym && r.haveLex {
		for _, n := range nested {
			if r.initialsMatch(text(n), english) && !r.initialsMatch(bestText, english) {
				best, bestText = n, text(n)
			}
		}
	}
	// Phrasal extension: kept when its modifier renders an English word, or when its size
	// fits the English better.
	for _, ph := range phrasal {
		if ph.From >= best.From {
			continue
		}
		mod := jaterm.Units(s.toks, jaterm.Chunk{From: ph.From, To: best.From})
		mcs := r.constituents(mod)
		modCovers := false
		modKnown := false
		for _, c := range mcs {
			if c.known {
				modKnown = true
			}
			if rendersSome(c, words, raw) {
				modCovers = true
			}
		}
		if modCovers || (!modKnown && abs(units(ph)-m) < abs(units(best)-m)) {
			best, bestText = ph, text(ph)
		}
	}
	return bestText, true
}

// droppedUnrelated reports whether the constituents dropped from cs to get ncs are all
// known to the lexicon and render none of the English words.
func (r *run) droppedUnrelated(cs, ncs []constituent, words, raw []string) bool {
	drop := len(cs) - len(ncs)
	if drop <= 0 {
		return false
	}
	for _, c := range cs[:drop] {
		if !c.known && !c.affix {
			return false
		}
		if rendersSome(c, words, raw) {
			return false
		}
	}
	return true
}

func nonAffixCount(cs []constituent) int {
	n := 0
	for _, c := range cs {
		if !c.affix {
			n++
		}
	}
	return n
}

func acronymLen(a string) int {
	n := 0
	for _, r := range a {
		if r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			n++
		}
	}
	return max(n, 1)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// loose reports whether a parenthetical English is a loose gloss: the lexicon translates
// the Japanese head, and none of its renderings is the English head.
func (r *run) loose(cs []constituent, english string) bool {
	var head *constituent
	for i := range cs {
		if cs[i].head {
			head = &cs[i]
		}
	}
	if head == nil || head.kata || !head.known {
		return false
	}
	if last := cs[len(cs)-1]; len(last.units) > 0 && jaterm.IsLink(last.units[len(last.units)-1]) {
		return false // a verb phrase (エスカレートして抑止する) has no noun head to compare
	}
	words, raw := enWords(english)
	if len(words) == 0 {
		return false
	}
	heads := enHeads(english)
	for _, h := range heads {
		if covers(*head, words[h], raw[h]) {
			return false
		}
	}
	return true
}

// initialsMatch reports whether translating the parts of ja gives words whose initials
// spell the acronym.
func (r *run) initialsMatch(ja, acronym string) bool {
	letters := strings.ToLower(strings.TrimRight(acronym, "0123456789"))
	if len(letters) < 2 {
		return false
	}
	cs := r.constituents(r.unitsOf(ja))
	var match func(ci, li int) bool
	match = func(ci, li int) bool {
		if li == len(letters) {
			return ci == len(cs) || (ci == len(cs)-1 && cs[ci].affix)
		}
		if ci == len(cs) {
			return false
		}
		c := cs[ci]
		if c.affix && match(ci+1, li) {
			return true
		}
		for _, e := range r.lx.Lookup(c.text) {
			ws, _ := enWords(e.Gloss)
			if len(ws) == 0 || li+len(ws) > len(letters) {
				continue
			}
			ok := true
			for k, w := range ws {
				if w[0] != letters[li+k] {
					ok = false
					break
				}
			}
			if ok && match(ci+1, li+len(ws)) {
				return true
			}
		}
		return false
	}
	return match(0, 0)
}
