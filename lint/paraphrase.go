package lint

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/lexicon"
	"github.com/glossterm/gloss/internal/morph"
	"github.com/glossterm/gloss/internal/translit"
	"github.com/glossterm/gloss/match"
)

// A paraphrased term: an official translation varies a term's word order, number,
// modifiers and synonyms ("cooperation in defense" for 防衛協力, 防衛面での協力 for
// "defense cooperation"), but keeps each content part of it; an omission drops a part. So
// where missing-term is about to fire, the term's content parts are looked for in the
// translation, each by some rendering of its own, all within a short window; when every
// part is there the finding is a note, not an error.
//
// A part's renderings are the glossary's (the part is a term of another concept), the
// dictionary's (Options.Glosses, EDICT where installed), a katakana loanword's sound,
// and English inflection and derivation (the words compared by stem). A term of one part
// is never paraphrased: a single word rendered by another word is the very choice lint
// checks.

// unit is a word of the target: an English word or a Japanese morpheme.
type unit struct {
	start, end int    // byte offsets in the target
	norm       string // English: the normalized word, "" for a stop word; Japanese: the surface
	content    bool   // a word of content: a paraphrase adds none the source lacks
	lexical    bool   // Japanese: a noun, verb or adjective, which may render a part
	// clause: punctuation that ends a clause or separates a list, or a Japanese particle
	// that marks a predicate's argument (は, が, を): a term is one noun phrase, and so is
	// its paraphrase, which none of them enters.
	clause bool
	noun   bool // Japanese: a noun of content (not a suffix)
	// alt: English, a verb in -er as its -ing form is normalized: the stemmer takes the
	// -er of "gather" for a suffix (gath) but stops at the -ing of "gathering" (gather),
	// so "gather information" is the verb of "information gathering" by alt.
	alt    string
	adverb bool // Japanese: an adverb (副詞), which may render an English adjective (see adverbRenderings)
	// country: Japanese, the name of a country (kagome's 固有名詞, 地域, 国)
	country bool
}

// part is a content part of a source term: its text (for Japanese, with and without the
// prefixes and suffixes kagome splits off) and the concept it is a term of, if any.
type part struct {
	texts    []string
	concepts []*glossary.Concept
	conj     string   // "and" or "or": a coordinated term's conjunction, a part as its nouns are
	country  bool     // a country's initial in a compound of them (日 of 日韓関係): its names render it
	pair     bool     // a part of a term with country initials: a relation noun renders as such
	own      []string // English words the concept's own terms give it (see ownRenderings)
}

// ownRenderings gives a part of a Japanese term the English word that the concept's own
// terms render it by, by elimination: in an English term of the concept with a word for
// each content part, where every other part renders its word (by a gloss, its sound or a
// concept), the one word left is the one part left's (揺るぎないコミットメント = "ironclad
// commitment": コミットメント sounds like "commitment", so "ironclad" is 揺るぎない's, and
// "ironclad alliance commitments" paraphrases the term). The glossary pairs the whole; the
// parts' pairing follows from it, as a reader of the entry would take it.
func (l *Linter) ownRenderings(parts []part, c *glossary.Concept, glosses map[string][]string, lang string) {
	var content []int
	for i, p := range parts {
		if p.conj == "" {
			content = append(content, i)
		}
	}
	if c == nil || len(content) < 2 {
		return
	}
	for _, t := range c.Terms[lang] {
		if !t.Status.Allowed() {
			continue
		}
		words := lexicon.EnglishWords(t.Text)
		if len(words) != len(content) {
			continue
		}
		taken := make([]bool, len(words))
		left := -1
		for _, i := range content {
			k := -1
			for j, w := range words {
				if !taken[j] && partRenders(parts[i], w, glosses, lang) {
					k = j
					break
				}
			}
			if k >= 0 {
				taken[k] = true
				continue
			}
			if left >= 0 {
				left = -2 // two parts without a word of their own: no elimination
				break
			}
			left = i
		}
		if left < 0 {
			continue
		}
		for k, w := range words {
			if !taken[k] {
				parts[left].own = append(parts[left].own, w)
				break
			}
		}
	}
}

// partRenders reports whether an English word renders a part: a gloss of its text, its
// sound (a katakana loanword) or a term of its concepts holds it.
func partRenders(p part, w string, glosses map[string][]string, lang string) bool {
	for _, text := range p.texts {
		for _, g := range glosses[text] {
			if slices.ContainsFunc(lexicon.EnglishWords(g), func(gw string) bool { return sameWord(gw, w) }) {
				return true
			}
		}
		if katakana(text) && translit.SoundsLike(text, w) {
			return true
		}
	}
	for _, c := range p.concepts {
		for _, t := range c.Terms[lang] {
			if t.Status.Allowed() && slices.ContainsFunc(lexicon.EnglishWords(t.Text), func(tw string) bool { return sameWord(tw, w) }) {
				return true
			}
		}
	}
	return false
}

// conjunctions are the words of each conjunction a coordinated term is written with
// ("allies and partners", 同盟国及びパートナー国): "or" for "and" (同盟国又はパートナー国)
// changes what the term says, though every noun is there.
var conjunctions = map[string][]string{
	"and": {"and", "及び", "並びに", "と", "・", "&", "および", "ならびに"},
	"or":  {"or", "又は", "または", "若しくは", "もしくは", "あるいは", "或いは"},
}

// conjunctionOf returns "and" or "or" for a word of conjunctions, else "".
func conjunctionOf(w string) string {
	w = strings.ToLower(w)
	for c, ws := range conjunctions {
		for _, x := range ws {
			if x == w {
				return c
			}
		}
	}
	return ""
}

// paraphrase returns the span of the target that renders every content part of the source
// term of group at o, and how (ReasonParts, or ReasonClause for a Japanese clause), or
// reason "" when the target has none.
func (l *Linter) paraphrase(src, tgt string, o match.Occurrence, group []match.Occurrence, tgtOcc []match.Occurrence, srcLang, tgtLang string) (start, end int, reason string) {
	// A forbidden or deprecated rendering of the concept is a wrong rendering, not a
	// paraphrase.
	for _, t := range tgtOcc {
		if t.Term.Status.Allowed() {
			continue
		}
		for _, g := range group {
			if g.Concept == t.Concept {
				return 0, 0, ""
			}
		}
	}
	if start, end, reason = l.paraphraseParts(src, tgt, o, group, tgtOcc, tgtLang, srcLang); reason != "" || isJapanese(tgtLang) {
		return start, end, reason
	}
	if s, e, ok := nominalClause(tgt, group, tgtLang); ok {
		return s, e, ReasonClause // "fundamentally reinforce its defense capabilities"
	}
	return 0, 0, ""
}

// paraphraseParts is paraphrase once the translation has no rejected rendering: a
// Japanese clause, or the term's parts each rendered.
func (l *Linter) paraphraseParts(src, tgt string, o match.Occurrence, group []match.Occurrence, tgtOcc []match.Occurrence, tgtLang, srcLang string) (start, end int, reason string) {
	if isJapanese(tgtLang) {
		if s, e, ok := l.clauseParaphrase(tgt, group, tgtLang); ok {
			return s, e, ReasonClause // 現状を変更しようとする…試み for 現状変更の試み
		}
	}
	parts := l.termParts(src[o.Start:o.End], srcLang, tgtLang)
	if len(parts) < 2 {
		return 0, 0, ""
	}
	units := l.targetUnits(tgt, tgtLang)
	if len(units) == 0 {
		return 0, 0, ""
	}
	// The content words and concepts of the source's sentence around the term, which may
	// add to a paraphrase what the term lacks.
	ss, se := match.SentenceAround(src, o.Start, o.End)
	sent := src[ss:se]
	var srcHas conceptSet
	for _, c := range l.m.AppendLang(nil, sent, srcLang) {
		srcHas.add(c.Concept)
	}
	var srcWords []string
	if isJapanese(srcLang) {
		for _, t := range l.tokenize(sent) {
			if t.POS[0] == "名詞" || t.POS[0] == "動詞" || t.POS[0] == "形容詞" {
				srcWords = append(srcWords, t.Surface)
			}
		}
	} else {
		for _, u := range englishUnits(sent) {
			if u.content {
				srcWords = append(srcWords, u.norm)
			}
		}
	}
	var rootMorphs []string // en → ja: the morphemes of the concept's Japanese terms, whose glosses the adverb and possessor readings need
	if l.glosses != nil && !isJapanese(srcLang) && isJapanese(tgtLang) {
		rootMorphs = l.termMorphemes(group, tgtLang)
	}
	var glosses map[string][]string
	if l.glosses != nil {
		ask := slices.Clone(rootMorphs)
		if isJapanese(srcLang) {
			for _, p := range parts {
				ask = append(ask, p.texts...)
			}
			ask = append(ask, srcWords...)
		} else {
			for _, u := range units {
				if u.lexical {
					ask = append(ask, u.norm)
				}
			}
		}
		glosses = l.glosses(ask)
	}
	var termWords []string // an English term's content words
	if !isJapanese(srcLang) {
		termWords = lexicon.EnglishWords(src[o.Start:o.End])
	}
	if isJapanese(srcLang) && !isJapanese(tgtLang) {
		l.ownRenderings(parts, o.Concept, glosses, tgtLang)
	}
	cands := make([][][2]int, len(parts)) // each part's renderings, as unit ranges
	for i, p := range parts {
		cands[i] = l.renderings(p, termWords, tgt, units, glosses, srcLang, tgtLang)
		if len(rootMorphs) > 0 {
			cands[i] = append(cands[i], adverbRenderings(p, termWords, units, rootMorphs, glosses)...)
			if possessed(src, o.Start) {
				cands[i] = append(cands[i], possessorRenderings(p, termWords, tgt, units, rootMorphs, glosses)...)
			}
		}
		if isJapanese(tgtLang) {
			cands[i] = joinRuns(cands[i], units)
		}
		if len(cands[i]) == 0 {
			return 0, 0, ""
		}
	}
	// The smallest span over one rendering of each part, within the window.
	window := 2*len(parts) + 3
	if isJapanese(tgtLang) {
		window = 3*len(parts) + 4
	}
	best := -1
	ok := false
	chosen := make([][2]int, len(parts))
	for s := range units {
		lo, hi := len(units), -1
		all := true
		for i, cs := range cands {
			if parts[i].conj != "" {
				continue // between the others, below
			}
			found := false
			for _, c := range cs {
				if c[0] >= s && c[1] <= s+window {
					lo, hi = min(lo, c[0]), max(hi, c[1])
					chosen[i], found = c, true
					break
				}
			}
			if !found {
				all = false
				break
			}
		}
		// A conjunction stands between the nouns it joins.
		for i, cs := range cands {
			if !all || parts[i].conj == "" {
				continue
			}
			found := false
			for _, c := range cs {
				if c[0] > lo && c[1] < hi {
					chosen[i], found = c, true
					break
				}
			}
			all = found
		}
		if all {
			for k := lo; k < hi; k++ {
				all = all && !units[k].clause
			}
			// Japanese puts the head last: a noun right after the span makes it the
			// modifier of another compound (防衛 of 防衛協力 is no "defense of Japan").
			all = all && (hi >= len(units) || !units[hi].noun)
		}
		if !all || best >= 0 && hi-lo >= best || !l.addsNothing(tgt, units, lo, hi, chosen, tgtOcc, &srcHas, srcWords, glosses, srcLang, tgtLang) {
			continue
		}
		best, start, end, ok = hi-lo, units[lo].start, units[hi-1].end, true
	}
	if !ok {
		return 0, 0, ""
	}
	return start, end, ReasonParts
}

// addsNothing reports whether the content words of units[lo:hi] that render no part
// (chosen) render something of the source: a concept the source has too, or a word of
// the source by the dictionary. "The unwavering strong commitment" for 揺るぎないコミットメント
// adds "strong", which the source does not say: that is another rendering, not a
// paraphrase.
func (l *Linter) addsNothing(tgt string, units []unit, lo, hi int, chosen [][2]int, tgtOcc []match.Occurrence, srcHas *conceptSet, srcWords []string, glosses map[string][]string, srcLang, tgtLang string) bool {
next:
	for k := lo; k < hi; k++ {
		u := units[k]
		if !u.content {
			continue
		}
		for _, c := range chosen {
			if k >= c[0] && k < c[1] {
				continue next
			}
		}
		for _, t := range tgtOcc {
			if t.Start < u.end && t.End > u.start && srcHas.has(t.Concept) {
				continue next
			}
		}
		if isJapanese(tgtLang) {
			if len(glosses[u.norm]) == 0 {
				// kagome splits compounds into morphemes the dictionary lists only
				// within words: one it does not gloss says nothing of what it adds
				continue
			}
			for _, g := range glosses[u.norm] {
				for _, gw := range lexicon.EnglishWords(g) {
					for _, w := range srcWords {
						if sameWord(gw, w) {
							continue next
						}
					}
				}
			}
		} else if isJapanese(srcLang) {
			for _, w := range srcWords {
				if katakana(w) && translit.SoundsLike(w, tgt[u.start:u.end]) {
					continue next
				}
				for _, g := range glosses[w] {
					for _, gw := range lexicon.EnglishWords(g) {
						if u.same(gw) {
							continue next
						}
					}
				}
			}
		} else {
			for _, w := range srcWords {
				if sameWord(w, u.norm) {
					continue next
				}
			}
		}
		return false
	}
	return true
}

// termParts splits a source term into its content parts, the longest that are terms of
// the glossary with renderings in tgtLang first.
func (l *Linter) termParts(term, srcLang, tgtLang string) []part {
	type piece struct {
		start, end int
		text       string
		content    bool
		prefix     bool // 接頭詞: joins the next content piece
		conj       string
		suffix     bool // 接尾: joins the previous one
		country    bool // a country's initial in a run of two or more (countryRuns)
	}
	var ps []piece
	if isJapanese(srcLang) {
		for _, t := range l.tokenize(term) {
			p := piece{start: t.Start, end: t.End, text: t.Surface}
			pos1 := t.POSAt(1)
			switch t.POSAt(0) {
			case "名詞":
				p.content = pos1 != "非自立" && pos1 != "代名詞"
				p.suffix = pos1 == "接尾"
			case "動詞", "形容詞":
				p.content = t.Base != "する" && t.Base != "できる"
			case "接頭詞":
				p.prefix = true
			}
			if pos0 := t.POSAt(0); pos0 == "接続詞" || pos0 == "記号" || pos1 == "並立助詞" {
				p.conj = conjunctionOf(t.Surface)
			}
			ps = append(ps, p)
		}
		ps = countryRuns(ps, func(p piece) string { return p.text }, func(p piece, off int, text string) piece {
			return piece{start: p.start + off, end: p.start + off + len(text), text: text, content: true, country: true}
		})
	} else {
		for _, w := range englishUnits(term) {
			ps = append(ps, piece{start: w.start, end: w.end, text: term[w.start:w.end], content: w.content, conj: conjunctionOf(term[w.start:w.end])})
		}
	}
	var parts []part
	for i := 0; i < len(ps); {
		if ps[i].conj != "" && i > 0 && i < len(ps)-1 {
			parts = append(parts, part{texts: []string{ps[i].text}, conj: ps[i].conj})
			i++
			continue
		}
		if ps[i].country {
			parts = append(parts, part{texts: []string{ps[i].text}, country: true})
			i++
			continue
		}
		if !ps[i].content && !ps[i].prefix {
			i++
			continue
		}
		// The longest run from i that is another concept's term.
		took := false
		for j := len(ps); j > i+1; j-- {
			if i == 0 && j == len(ps) {
				continue // the term itself
			}
			text := term[ps[i].start:ps[j-1].end]
			if cs := l.conceptsOf(text, srcLang, tgtLang); len(cs) > 0 {
				parts = append(parts, part{texts: []string{text}, concepts: cs})
				i, took = j, true
				break
			}
		}
		if took {
			continue
		}
		// One content piece, with the prefixes before it and the suffixes after it.
		j := i
		for j < len(ps) && ps[j].prefix {
			j++
		}
		if j == len(ps) {
			break
		}
		core := ps[j].text
		k := j + 1
		for k < len(ps) && ps[k].suffix {
			k++
		}
		p := part{texts: []string{term[ps[i].start:ps[k-1].end]}}
		if whole := p.texts[0]; whole != core {
			p.texts = append(p.texts, core)
		}
		for _, t := range p.texts {
			p.concepts = append(p.concepts, l.conceptsOf(t, srcLang, tgtLang)...)
		}
		if ps[j].content || k > j+1 {
			parts = append(parts, p)
		}
		i = k
	}
	markPair(parts)
	return parts
}

// conceptsOf returns the concepts of which text, whole, is a term with a rendering in
// tgtLang.
func (l *Linter) conceptsOf(text, srcLang, tgtLang string) []*glossary.Concept {
	var out []*glossary.Concept
	for _, o := range l.m.AppendLang(nil, text, srcLang) {
		if o.Start == 0 && o.End == len(text) && len(o.Concept.Terms[tgtLang]) > 0 {
			out = append(out, o.Concept)
		}
	}
	return out
}

// renderings returns the unit ranges of the target that render p.
func (l *Linter) renderings(p part, termWords []string, tgt string, units []unit, glosses map[string][]string, srcLang, tgtLang string) [][2]int {
	var out [][2]int
	if p.conj != "" {
		for i, u := range units {
			if conjunctionOf(tgt[u.start:u.end]) == p.conj {
				out = append(out, [2]int{i, i + 1})
			}
		}
		return out
	}
	addPhrase := func(phrase string) {
		if isJapanese(tgtLang) {
			// a Japanese rendering: the morphemes its occurrences overlap
			if phrase == "" {
				return
			}
			for off := 0; ; {
				i := strings.Index(tgt[off:], phrase)
				if i < 0 {
					return
				}
				s, e := off+i, off+i+len(phrase)
				// from the start of a morpheme to the end of one: 日 of a glossary's
				// 日 for Japan is no rendering inside 日米
				lo, hi := -1, -1
				for k, u := range units {
					if u.start == s {
						lo = k
					}
					if u.end == e && lo >= 0 {
						hi = k + 1
						break
					}
				}
				if lo >= 0 && hi > lo {
					out = append(out, [2]int{lo, hi})
				}
				off = e
			}
		}
		words := lexicon.EnglishWords(phrase)
		if len(words) == 0 || len(words) > 3 {
			return
		}
		for i, u := range units {
			if !u.content || !u.same(words[0]) {
				continue
			}
			lo, hi := i, i+1
			for _, w := range words[1:] {
				found := false
				for j := max(0, i-3); j < min(len(units), i+4); j++ {
					if units[j].content && units[j].same(w) {
						lo, hi, found = min(lo, j), max(hi, j+1), true
						break
					}
				}
				if !found {
					lo = -1
					break
				}
			}
			if lo >= 0 {
				out = append(out, [2]int{lo, hi})
			}
		}
	}
	for _, c := range p.concepts {
		for _, t := range c.Terms[tgtLang] {
			if t.Status.Allowed() {
				addPhrase(t.Text)
			}
		}
	}
	if isJapanese(srcLang) {
		if names := pairRenderings(p, tgtLang); names != nil {
			for _, name := range names {
				addPhrase(name)
			}
			if p.country {
				return out // a country by its names only: 韓 is also a Chinese state in the dictionary
			}
		}
		for _, w := range p.own {
			addPhrase(w)
		}
		for _, text := range p.texts {
			for _, g := range glosses[text] {
				addPhrase(g)
			}
			if katakana(text) {
				for i := range units {
					for j := i + 1; j <= min(len(units), i+2); j++ {
						if translit.SoundsLike(text, tgt[units[i].start:units[j-1].end]) {
							out = append(out, [2]int{i, j})
						}
					}
				}
			}
		}
		return out
	}
	// An English part in a Japanese target: the morphemes whose glosses or sound it is.
	words := lexicon.EnglishWords(p.texts[0])
	for i, u := range units {
		if !u.lexical {
			continue
		}
		if katakana(u.norm) && translit.SoundsLike(u.norm, p.texts[0]) {
			out = append(out, [2]int{i, i + 1})
			continue
		}
		for _, g := range glosses[u.norm] {
			// a gloss that renders the part and says nothing the term does not: 日米,
			// "Japan-US", renders no "Japan" of "defense of Japan"
			gws := lexicon.EnglishWords(g)
			if len(gws) > 0 && anySame(gws, words) && allSame(gws, termWords) {
				out = append(out, [2]int{i, i + 1})
				break
			}
		}
	}
	return out
}

// joinRuns joins the renderings of one part that follow one another within a Japanese
// compound, each a noun: 安全 and 保障 each gloss "security", and 安全保障 is the one
// rendering, which no noun after it makes the modifier of another compound.
func joinRuns(cs [][2]int, units []unit) [][2]int {
	starts, ends := map[int]int{}, map[int]bool{}
	for _, c := range cs {
		if e, ok := starts[c[0]]; !ok || c[1] > e {
			starts[c[0]] = c[1]
		}
		ends[c[1]] = true
	}
	joined := func(at int) bool { return at > 0 && at < len(units) && units[at-1].noun && units[at].noun }
	out := make([][2]int, 0, len(cs))
	for _, c := range cs {
		if ends[c[0]] && joined(c[0]) {
			continue // inside a run that begins before it
		}
		end := c[1]
		for {
			e, ok := starts[end]
			if !ok || !joined(end) {
				break
			}
			end = e
		}
		out = append(out, [2]int{c[0], end})
	}
	return out
}

// sameWord reports whether two normalized English words are one word ([lexicon.SameWord]),
// or a verb in -d and the noun English derives from it in -se or -sion, which a
// paraphrase writes for one another ("commitment to defend Japan" for "commitment to the
// defense of Japan"; expand, expansion; respond, response; extend, extension), or a noun
// in -ysis and its verb in -yze or -yse (analysis, analyze: "gather and analyze
// information" for 情報収集・分析).
func sameWord(a, b string) bool {
	if lexicon.SameWord(a, b) {
		return true
	}
	if ya, yb := ysisStem(a), ysisStem(b); len(ya) >= 6 && ya == yb {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	stem, ok := strings.CutSuffix(a, "d")
	return ok && len(stem) >= 4 && strings.HasPrefix(b, stem+"s") && len(b) <= len(stem)+2
}

// same reports whether the English unit u is the normalized word w (sameWord), by its
// form or its alt.
func (u unit) same(w string) bool {
	return sameWord(u.norm, w) || u.alt != "" && sameWord(u.alt, w)
}

// ysisStem returns the normalized form of a noun in -ysis or a verb in -yze as the
// stem they share (analysi, analyz, analys: analys), or "" for another word.
func ysisStem(w string) string {
	switch {
	case strings.HasSuffix(w, "ysi"):
		return w[:len(w)-1]
	case strings.HasSuffix(w, "yz"):
		return w[:len(w)-1] + "s"
	case strings.HasSuffix(w, "ys"):
		return w
	}
	return ""
}

// anySame reports whether a word of a is a word of b (sameWord).
func anySame(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if sameWord(x, y) {
				return true
			}
		}
	}
	return false
}

// allSame reports whether every word of a is a word of b.
func allSame(a, b []string) bool {
	for _, x := range a {
		if !anySame([]string{x}, b) {
			return false
		}
	}
	return true
}

// targetUnits splits the target into words (English) or morphemes (Japanese).
func (l *Linter) targetUnits(tgt, tgtLang string) []unit {
	if !isJapanese(tgtLang) {
		return englishUnits(tgt)
	}
	var out []unit
	for _, t := range l.tokenize(tgt) {
		u := unit{start: t.Start, end: t.End, norm: t.Surface}
		pos1 := t.POSAt(1)
		switch t.POSAt(0) {
		case "名詞":
			// 面 of 防衛面, 的 of 戦略的 and the like are no content of their own
			u.content = contentNoun(t)
			u.noun = u.content
			u.country = pos1 == "固有名詞" && t.POSAt(2) == "地域" && t.POSAt(3) == "国"
		case "形容詞", "接頭詞":
			u.content = true
		case "副詞":
			u.adverb = true
		}
		u.lexical = u.content || t.POS[0] == "名詞" || t.POS[0] == "動詞"
		switch {
		case t.POS[0] == "助詞" && (t.Surface == "は" || t.Surface == "が" || t.Surface == "を"):
			u.clause = true
		case t.POS[0] == "記号" && strings.ContainsAny(t.Surface, "、。，．,.;:；：「」『』()（）"):
			u.clause = true
		}
		out = append(out, u)
	}
	return out
}

// englishUnits splits English text into words at anything but letters, digits,
// apostrophes and the periods of abbreviations (U.S.); hyphens split.
func englishUnits(s string) []unit {
	var out []unit
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if strings.ContainsRune(",.;:()\"“”", r) {
				out = append(out, unit{start: i, end: i + n, clause: true})
			}
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' {
				j += n
				continue
			}
			if r == '.' && j+1 < len(s) && unicode.IsLetter(rune(s[j+1])) {
				j++
				continue
			}
			break
		}
		if j < len(s) && s[j] == '.' && strings.Contains(s[i:j], ".") {
			j++ // U.S.
		}
		u := unit{start: i, end: j}
		if ws := lexicon.EnglishWords(s[i:j]); len(ws) == 1 {
			u.norm, u.content = ws[0], true
			if w := strings.ToLower(s[i:j]); len(w) >= 6 && strings.HasSuffix(w, "er") {
				if ing := lexicon.Norm(w + "ing"); ing != u.norm {
					u.alt = ing
				}
			}
		}
		out = append(out, u)
		i = j
	}
	return out
}

// Spelling variants. A Japanese term is written with its parts joined or linked: the
// attributive な (グローバルなリーダーシップ), the linking の (揺るぎのない, ASEANの中心性,
// 普天間飛行場の代替施設), the suffix 的 (経済的威圧, 経済的な威圧) or the middle dot
// (グローバル・リーダーシップ). A translation that writes exactly the term's own parts, in
// order, with only such links added or dropped between them, writes the term itself in
// another spelling: no finding, not even the paraphrase note, which is for a rendering that
// needs the dictionary or another concept's term. Another word between two parts
// (経済的かつ軍事的な威圧, 地政学的な軍事競争) is another phrase; so is a part that goes on
// into a longer word, or a head followed by another noun that it then modifies.

// disallowedIn reports whether a deprecated or forbidden term of occ overlaps [s, e): a
// spelling the glossary rejects (インド・太平洋) is no variant of a term that contains it.
func disallowedIn(occ []match.Occurrence, s, e int) bool {
	for _, o := range occ {
		if !o.Term.Status.Allowed() && o.Start < e && o.End > s {
			return true
		}
	}
	return false
}

// jaLinks are the links that may stand between two parts of a Japanese term, or not.
var jaLinks = []string{"な", "の", "的", "・", "･"}

// maxLinks is the most links between two parts: 的な.
const maxLinks = 2

// spellingVariant reports whether the Japanese text tgt writes an allowed term of the
// group's concepts in another spelling of its own parts (see jaLinks).
func (l *Linter) spellingVariant(tgt string, group []match.Occurrence, tgtOcc []match.Occurrence, lang string) bool {
	var toks []morph.Token // the target's morphemes, once needed
	tokenized := false
	for _, g := range group {
		for _, t := range g.Concept.Terms[lang] {
			if !t.Status.Allowed() {
				continue
			}
			split := l.ownParts(t.Text, lang)
			parts := split.parts
			if len(parts) < 2 {
				continue
			}
			for off := 0; ; {
				i := strings.Index(tgt[off:], parts[0])
				if i < 0 {
					break
				}
				s := off + i
				off = s + len(parts[0])
				e, ok := linkedParts(tgt, s+len(parts[0]), parts[1:])
				if !ok || tgt[s:e] == t.Text || disallowedIn(tgtOcc, s, e) {
					continue
				}
				if !tokenized {
					toks, tokenized = l.tokenize(tgt), true
				}
				if wordSpan(toks, s, e, split.nounHead) {
					return true
				}
			}
		}
	}
	return false
}

// linkedParts matches parts in tgt from pos, each after at most maxLinks links, and
// returns where the last ends. A part may be followed at once by a parenthetical note
// (insertedNote) before the links: 普天間飛行場(同県宜野湾市)の代替施設.
func linkedParts(tgt string, pos int, parts []string) (int, bool) {
	if len(parts) == 0 {
		return pos, true
	}
	var try func(pos, links int) (int, bool)
	try = func(pos, links int) (int, bool) {
		if strings.HasPrefix(tgt[pos:], parts[0]) {
			if e, ok := linkedParts(tgt, pos+len(parts[0]), parts[1:]); ok {
				return e, true
			}
		}
		if links == 0 {
			if n := insertedNote(tgt[pos:]); n > 0 {
				if e, ok := try(pos+n, 1); ok {
					return e, true
				}
			}
		}
		if links == maxLinks {
			return 0, false
		}
		for _, k := range jaLinks {
			if strings.HasPrefix(tgt[pos:], k) {
				if e, ok := try(pos+len(k), links+1); ok {
					return e, true
				}
			}
		}
		return 0, false
	}
	return try(pos, 0)
}

// maxNote is the longest parenthetical note, in code points, that may stand between two
// parts of a Japanese term.
const maxNote = 16

// insertedNote returns the length of the parenthetical note that s opens, or 0: a short
// bracketed phrase, in half- or full-width parentheses, with no sentence punctuation or
// other bracket inside. Japanese official texts put a place's prefecture and city, a
// reading or an explanation in parentheses right after the word it explains, inside the
// phrase that word belongs to (普天間飛行場(同県宜野湾市)の代替施設, キャンプ・シュワブ辺野古崎地区
// (沖縄県名護市)): the note is set off from the sentence, and the term around it is still
// the term. A longer parenthesis, or one with a clause in it, is another matter.
func insertedNote(s string) int {
	var closing rune
	switch {
	case strings.HasPrefix(s, "("):
		closing = ')'
	case strings.HasPrefix(s, "（"):
		closing = '）'
	default:
		return 0
	}
	_, open := utf8.DecodeRuneInString(s)
	n := 0
	for i, r := range s[open:] {
		switch r {
		case closing:
			if n == 0 {
				return 0
			}
			return open + i + utf8.RuneLen(r)
		case '(', '（', ')', '）', '。', '、', '，', ',', '\n':
			return 0
		}
		if n++; n > maxNote {
			return 0
		}
	}
	return 0
}

// wordSpan reports whether [s, e) of the text of toks starts and ends on morpheme
// boundaries and, where the term ends with a noun (nounHead), no noun follows it, which it
// would modify (防衛の協力体制 is no 防衛協力). An adjective (切れ目ない) modifies the noun
// after it.
func wordSpan(toks []morph.Token, s, e int, nounHead bool) bool {
	start, end := false, false
	for k, t := range toks {
		if t.Start == s {
			start = true
		}
		if t.End == e {
			end = true
			if nounHead && k+1 < len(toks) && toks[k+1].POSAt(0) == "名詞" && toks[k+1].POSAt(1) != "非自立" {
				return false
			}
		}
	}
	return start && end
}

// ownSplit is a Japanese term split for the spelling-variant check.
type ownSplit struct {
	parts    []string
	nounHead bool // the term ends with a noun, which no noun may follow
}

// ownParts returns the parts of a Japanese term in lang: its morphemes without the links
// (jaLinks) between them, a run of them that is a glossary term of its own kept whole (普天間飛行場
// of 普天間飛行場代替施設: a name takes no の inside it), and an adjective N-ない split into
// the noun N and ない, which it negates (揺るぎない, 揺るぎのない).
func (l *Linter) ownParts(term, lang string) ownSplit {
	if p, ok := l.parts.Load(term); ok {
		return p.(ownSplit)
	}
	type piece struct {
		start, end int
	}
	var ps []piece
	var split ownSplit
	for _, t := range l.tokenize(term) {
		split.nounHead = t.POSAt(0) == "名詞"
		if slices.Contains(jaLinks, t.Surface) {
			continue
		}
		if n, ok := strings.CutSuffix(t.Surface, "ない"); ok && n != "" && t.POSAt(0) == "形容詞" {
			ps = append(ps, piece{t.Start, t.Start + len(n)}, piece{t.Start + len(n), t.End})
			continue
		}
		ps = append(ps, piece{t.Start, t.End})
	}
	for i := 0; i < len(ps); {
		j := len(ps)
		for ; j > i+1; j-- {
			if (i > 0 || j < len(ps)) && l.wholeTerm(term[ps[i].start:ps[j-1].end], lang) {
				break
			}
		}
		split.parts = append(split.parts, term[ps[i].start:ps[j-1].end])
		i = j
	}
	l.parts.Store(term, split)
	return split
}

// wholeTerm reports whether text, whole, is a glossary term in lang.
func (l *Linter) wholeTerm(text, lang string) bool {
	for _, o := range l.m.AppendLang(nil, text, lang) {
		if o.Start == 0 && o.End == len(text) {
			return true
		}
	}
	return false
}

// contentNoun reports whether t is a noun with a content of its own: not a bound noun
// (非自立: こと, ため), a suffix (面 of 防衛面, 的 of 戦略的), a pronoun or a number.
func contentNoun(t morph.Token) bool {
	switch t.POSAt(1) {
	case "非自立", "接尾", "代名詞", "数":
		return false
	}
	return t.POSAt(0) == "名詞"
}
