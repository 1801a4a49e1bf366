package align

import (
	"slices"
	"strings"

	"github.com/glossterm/gloss/align/internal/enterm"
	"github.com/glossterm/gloss/internal/lexicon"
)

// Definition evidence.
//
// Official English often renders a Japanese compound by one noun that no dictionary lists
// for the whole compound: 残虐行為 (残虐 "cruel, brutal", 行為 "act, deed") is "atrocities",
// a word whose meaning is the compound's. WordNet says so in its definition: atrocity is
// "an act of atrocious cruelty". An English noun of one or two words in a segment aligned
// with the term (a bitext or a parallel document) whose definition, or a definition of
// one of its synonyms, holds a rendering of every part of the compound (a gloss word,
// compared normalized, or the noun derived from it: cruel, cruelty; brutal, brutality) is
// definition evidence for the pair. For a compound of three parts or more, the head and at
// least one modifier suffice: a definition is a paraphrase, not a translation, and says
// the essential. Stop words never count, on either side (a gloss "the same" meets
// nothing). The evidence is a paraphrase judged equivalent by WordNet, not a translation:
// it stays at review unless an independent kind of evidence agrees (see finish), and it
// is only sought where no rendering translates every part.

// defSense is one definition of an English noun, read for matching.
type defSense struct {
	text  string
	words []string // its content words, lower case, as written
	norms []string // the same, normalized (lexicon.Norm)
	genus int      // the index in words of its genus, the head of its first noun phrase, or -1
}

// defNoun is an English noun with its definitions (see nounDefs).
type defNoun struct {
	lemma  string
	senses []defSense
}

// nounDefs returns the WordNet lemma and definitions of an English phrase of one or two
// words (normalized words, raw the same as written, lower case) that is a noun, or nil;
// computed once for each phrase.
func (r *run) nounDefs(words, raw []string) *defNoun {
	key := strings.Join(raw, " ")
	if d, ok := r.defCache[key]; ok {
		return d
	}
	var d *defNoun
	defer func() { r.defCache[key] = d }()
	if len(raw) == 0 || len(raw) > 2 || len(words) != len(raw) {
		return nil
	}
	for _, w := range raw {
		if strings.HasPrefix(w, "^") || lexicon.IsStop(w) {
			return nil // an acronym or a name's initials has no definition to read
		}
	}
	lemma := r.wn.Lemma(key)
	if lemma == "" {
		return nil
	}
	defs := r.wn.Definitions(lemma)
	if len(defs) == 0 {
		return nil
	}
	d = &defNoun{lemma: strings.ReplaceAll(lemma, "_", " ")}
	for _, t := range defs {
		d.senses = append(d.senses, r.readDefinition(t))
	}
	return d
}

// readDefinition reads a WordNet definition for matching: its content words outside
// parentheses ("the person who is head of state (in several countries)" says where the
// word is used, not what it means), and its genus, the last noun of its first noun phrase.
func (r *run) readDefinition(t string) defSense {
	s := defSense{text: t, genus: -1}
	first := true // still in the first noun phrase
	for _, w := range strings.FieldsFunc(lexicon.DropParens(t), func(r rune) bool { return !('a' <= r && r <= 'z') }) {
		if len(w) < 2 || lexicon.IsStop(w) {
			// a preposition or a relative ends the first noun phrase ("an act | of
			// atrocious cruelty"); an article opens it
			first = first && (s.genus < 0 || w == "a" || w == "an" || w == "the")
			continue
		}
		s.words = append(s.words, w)
		s.norms = append(s.norms, lexicon.Norm(w))
		if first && !strings.HasSuffix(w, "ly") && r.wn.IsNoun(w) {
			s.genus = len(s.words) - 1
		}
	}
	return s
}

// nominal are the endings that make a noun of an adjective or a verb (cruel → cruelty,
// brutal → brutality, kind → kindness, savage → savagery, possess → possession): a
// definition names the quality or the act where a gloss gives the adjective or the verb.
var nominal = []string{"ity", "ty", "ness", "ery", "ry", "ion", "ment"}

// defMeets reports whether the definition word w (normalized n) renders the gloss word gw
// (normalized).
func defMeets(w, n, gw string) bool {
	if lexicon.SameWord(n, gw) {
		return true
	}
	for _, suf := range nominal {
		if base := strings.TrimSuffix(w, suf); base != w && len(base) >= 4 && lexicon.SameWord(lexicon.Norm(base), gw) {
			return true
		}
	}
	return false
}

// renders reports whether a definition holds a rendering of the constituent c: every
// content word of one of its glosses. A gloss of several words is met whole: 外国 "foreign
// country" is not any country, 日米 "Japan and the United States" not a state.
func (s defSense) renders(c constituent) bool {
	for _, g := range c.glosses {
		n, all := 0, true
		for _, gw := range g {
			if gw == "and" || lexicon.IsStop(gw) {
				continue
			}
			if strings.HasPrefix(gw, "^") || strings.HasPrefix(gw, "-") {
				all = false // initials or a suffix: not a word a definition writes
				break
			}
			n++
			if !s.has(gw) {
				all = false
				break
			}
		}
		if all && n > 0 {
			return true
		}
	}
	return false
}

// rendersGenus reports whether the genus of a definition (its first noun: "an act of
// atrocious cruelty" is an act) renders the head of a gloss of c, and the definition the
// rest of that gloss. A definition says what kind of thing the noun names, then how it
// differs: the compound's head names the kind (行為 "act"), its modifiers the difference.
// A word of the compound met only in the difference ("a body … under a single
// government") names something else than the compound does.
func (s defSense) rendersGenus(c constituent) bool {
	if s.genus < 0 {
		return false
	}
	for k, g := range c.glosses {
		if k >= len(c.gheads) || c.gheads[k] < 0 || c.gheads[k] >= len(g) {
			continue
		}
		if defMeets(s.words[s.genus], s.norms[s.genus], g[c.gheads[k]]) && s.renders(constituent{glosses: [][]string{g}}) {
			return true
		}
	}
	return false
}

// has reports whether the definition holds a word that renders the gloss word gw.
func (s defSense) has(gw string) bool {
	for i, w := range s.words {
		if defMeets(w, s.norms[i], gw) {
			return true
		}
	}
	return false
}

// explains returns the first definition of d that renders every part of cs that is not an
// affix (for three parts or more: the head, the last, and one other), or "".
//
// A noun that is itself a gloss of a part translates that part and leaves the others
// unrendered (the short form "the Alliance" of 日米同盟): its definition restates the
// part, it does not join the parts.
func (d *defNoun) explains(cs []constituent, words, raw []string) string {
	var parts []constituent
	for _, c := range cs {
		if c.affix {
			continue
		}
		if len(c.glosses) == 0 {
			return "" // a part with no gloss: nothing to find in a definition
		}
		for i, w := range words {
			if covers(c, w, raw[i]) {
				return ""
			}
		}
		parts = append(parts, c)
	}
	if len(parts) < 2 {
		return "" // one word: its dictionary glosses are its evidence
	}
	head, mods := parts[len(parts)-1], parts[:len(parts)-1]
	for _, s := range d.senses {
		if !s.rendersGenus(head) {
			continue
		}
		n := 0
		for _, m := range mods {
			if s.renders(m) {
				n++
			}
		}
		if n == len(mods) || len(parts) >= 3 && n >= 1 {
			return s.text
		}
	}
	return ""
}

// definitionOption returns the English noun among the n-grams of segment seg whose
// WordNet definition renders the parts cs of candidate jc, as an option with the
// definition quoted (option.def); taken holds the glossary's pairs of the segment, whose
// English is not another term's (see blocked).
func (r *run) definitionOption(jc *jaCand, cs []constituent, seg int, ids []int, taken []segKnown) (option, bool) {
	for _, id := range ids {
		g := r.en.Get(id)
		if len(g.Raw) > 2 || blocked(jc.key, g.Key, taken) {
			continue
		}
		d := r.nounDefs(g.Words, g.Raw)
		if d == nil {
			continue
		}
		if def := d.explains(cs, g.Words, g.Raw); def != "" && !r.glossedElsewhere(jc, seg, g) {
			return option{g: g, full: true, def: d.lemma + ": " + def}, true
		}
	}
	return option{}, false
}

// glossedElsewhere reports whether an English n-gram is the dictionary's rendering of a
// word of segment seg's Japanese outside candidate jc: it translates that word (安全保障
// "security" beside 担当部局), and a sense of it that WordNet defines otherwise ("a
// department responsible for the security of …") is not what the segment says.
func (r *run) glossedElsewhere(jc *jaCand, seg int, g *enterm.NGram) bool {
	glossed := r.segGlosses(seg)
	for _, w := range g.Words {
		for _, ja := range glossed[w] {
			if !strings.Contains(jc.text, ja) {
				return true
			}
		}
	}
	return false
}

// segGlosses maps the normalized English gloss words of the words of segment seg's
// Japanese (the units of its candidates, by surface and base form) to the surfaces of the
// words they gloss, built once per segment.
func (r *run) segGlosses(seg int) map[string][]string {
	glossed := r.segGlossed[seg]
	if glossed == nil {
		glossed = map[string][]string{}
		for k := range r.bitJA[seg] {
			other := r.ja[k]
			if other == nil {
				continue
			}
			for _, u := range other.units {
				for _, w := range []string{u.Surface, u.Base} {
					for _, e := range r.lx.Lookup(w) {
						gw, _ := glossWords(e.Gloss)
						for _, x := range gw {
							if !slices.Contains(glossed[x], u.Surface) {
								glossed[x] = append(glossed[x], u.Surface)
							}
						}
					}
				}
			}
		}
		r.segGlossed[seg] = glossed
	}
	return glossed
}

// definedAs returns the WordNet definition by which the English phrase english, of one or
// two words, is the compound of parts cs ("atrocity: an act of atrocious cruelty"), or "".
func (r *run) definedAs(cs []constituent, english string) string {
	if r.wn == nil {
		return ""
	}
	words, raw := enWords(english)
	d := r.nounDefs(words, raw)
	if d == nil {
		return ""
	}
	if def := d.explains(cs, words, raw); def != "" {
		return d.lemma + ": " + def
	}
	return ""
}
