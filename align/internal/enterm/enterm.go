// Package enterm indexes the English side: every 1–6-word n-gram inside a clause that
// neither starts nor ends with a stop word (except a name that opens with a capitalized
// preposition inside the clause: "Under Secretary of War for Policy"), keyed so that case, hyphenation and the plural
// of the last word fold (model allies = Model Ally, burden-sharing = burden sharing), and
// the acronyms the texts define ("the NSS (National Security Strategy)", "Republic of Korea
// (ROK)").
//
//	ix := enterm.NewIndex()
//	ix.AddText("nds.txt", text)
//	g := ix.Lookup("model ally") // the n-gram, how often, and where it first occurs
//	ix.Expansions("ROK")        // ["Republic of Korea"]
package enterm

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossterm/gloss/internal/lexicon"
	"github.com/glossterm/gloss/internal/segment"
	"github.com/glossterm/gloss/internal/textnorm"
)

// MaxN is the longest n-gram indexed.
const MaxN = 6

// MaxAlignedN is the longest n-gram indexed in a sentence of an aligned segment
// ([Index.AddAligned]). There the translation of a term stands in the same segment, so
// only that segment's n-grams compete and a longer span costs little: a term with a
// prepositional complement and a fixed expression may take seven or eight words
// (一方的な現状変更の試み = "unilateral attempts to change the status quo").
const MaxAlignedN = 8

// Occurrence is where an n-gram occurs.
type Occurrence struct {
	Doc      string
	Line     int
	Sentence string
}

// NGram is one indexed English candidate.
type NGram struct {
	Key     string
	Surface string   // the most frequent written form, preferring forms not capitalized by position
	Words   []string // normalized content words (lexicon.Norm), hyphenated words split
	Raw     []string // the same words, lower-case, not normalized
	Count   int
	// InName counts the occurrences, every word capitalized, right next to another
	// capitalized content word: a slice of a longer name ("Trade Organization" of "World
	// Trade Organization", "Defense" of "Defense Buildup Program")
	InName int
	First  Occurrence
	ID     int

	surfaces map[string]float64
}

// Index is the English n-gram index.
type Index struct {
	grams    map[string]*NGram
	list     []*NGram
	byWord   map[string][]int // first four letters of a normalized word → n-gram ids
	acronyms map[string]map[string]int
}

// NewIndex returns an empty index.
func NewIndex() *Index {
	return &Index{grams: map[string]*NGram{}, byWord: map[string][]int{}, acronyms: map[string]map[string]int{}}
}

// Key returns the key under which an English phrase is indexed.
func Key(s string) string {
	return textnorm.Loose(textnorm.Plural(textnorm.Key(s)))
}

type word struct {
	text       string
	start, end int
	stop       bool
	norm       string
}

// AddText indexes a document's text.
func (ix *Index) AddText(doc, text string) {
	for _, s := range segment.English(text) {
		ix.AddSentence(doc, s.Line, s.Text)
	}
}

// AddSentence indexes one sentence.
func (ix *Index) AddSentence(doc string, line int, sentence string) {
	ix.addSentence(doc, line, sentence, MaxN, 0)
}

// AddAligned indexes one sentence of an aligned segment, with n-grams up to MaxAlignedN
// words.
func (ix *Index) AddAligned(doc string, line int, sentence string) {
	ix.addSentence(doc, line, sentence, MaxAlignedN, 0)
}

// Opens says which stop words may open an n-gram of an aligned segment, by what its
// Japanese holds.
type Opens uint8

const (
	// OpenComparative: "more" and "less" before a content word, for a sentence whose
	// Japanese holds a comparative (より): "more robust Alliance" renders one of its
	// comparative terms. Elsewhere "more" opens no term.
	OpenComparative Opens = 1 << iota
	// OpenQuantifier: a determiner of quantity, "any", "all", "every", before a content
	// word, the rendering of a Japanese quantifier (いかなる一方的な試み = any unilateral
	// attempt, すべての同盟国 = all allies). Elsewhere a determiner opens no term.
	OpenQuantifier
)

// AddAlignedOpen is AddAligned with the n-grams that open with the stop words open allows.
func (ix *Index) AddAlignedOpen(doc string, line int, sentence string, open Opens) {
	ix.addSentence(doc, line, sentence, MaxAlignedN, open)
}

// AddLongOpen indexes the n-grams of one sentence of an aligned segment that are longer
// than MaxAlignedN words, up to maxN, with those that open with the stop words open
// allows, and returns their ids. A long term (a treaty's name, an order "based on the rule
// of law") is rendered by a long span; only the long candidates of the segment look for
// one, so these n-grams are indexed when one asks.
func (ix *Index) AddLongOpen(doc string, line int, sentence string, maxN int, open Opens) []int {
	occ := Occurrence{Doc: doc, Line: line, Sentence: sentence}
	var ids []int
	keep := portfolioCommas(sentence)
	for ci, sp := range clauseSpans(sentence, keep) {
		clause := sentence[sp[0]:sp[1]]
		ws := words(clause)
		for i := range ws {
			if ws[i].stop && !nameStart(ws, i) && !opens(ws, i, open) || insidePossessor(clause, ws, i) {
				continue
			}
			for n := MaxAlignedN + 1; n <= maxN && i+n <= len(ws); n++ {
				last := ws[i+n-1]
				if last.stop || !wholeList(keep, sp[0]+ws[i].start, sp[0]+last.end) {
					continue
				}
				surface := clause[ws[i].start : last.end-possessiveLen(clause, last)]
				ix.add(surface, ws[i:i+n], occ, ci == 0 && i == 0)
				if g := ix.grams[Key(surface)]; g != nil {
					ids = append(ids, g.ID)
				}
			}
		}
	}
	return ids
}

func (ix *Index) addSentence(doc string, line int, sentence string, maxN int, open Opens) {
	occ := Occurrence{Doc: doc, Line: line, Sentence: sentence}
	keep := portfolioCommas(sentence)
	for ci, sp := range clauseSpans(sentence, keep) {
		clause := sentence[sp[0]:sp[1]]
		ws := words(clause)
		title := titleCase(ws)
		for i := range ws {
			if ws[i].stop && !nameStart(ws, i) && !opens(ws, i, open) || insidePossessor(clause, ws, i) {
				continue
			}
			for n := 1; n <= maxN && i+n <= len(ws); n++ {
				last := ws[i+n-1]
				if last.stop || !wholeList(keep, sp[0]+ws[i].start, sp[0]+last.end) {
					continue
				}
				surface := clause[ws[i].start : last.end-possessiveLen(clause, last)]
				if isNumber(surface) {
					continue
				}
				g := ix.add(surface, ws[i:i+n], occ, ci == 0 && i == 0)
				if g != nil && !title && (i > 0 && nameWord(clause, ws[i-1], ws[i]) || i+n < len(ws) && nameWord(clause, ws[i+n], last)) && capitalizedAll(surface) {
					g.InName++
				}
			}
		}
	}
	ix.findAcronyms(sentence)
	for _, e := range SuspendedHyphens(sentence) {
		ix.addPhrase(e, occ)
	}
	for _, e := range CoordinatedModifiers(sentence) {
		// the phrase alone: its words are counted where the sentence writes them
		if ws := words(e); len(ws) > 0 {
			ix.add(e, ws, occ, false)
		}
	}
}

// possessiveLen returns the length in bytes of the possessive ending of a word ('s, ’s),
// or 0. A term is the head of a noun phrase, never its possessor: "the Asia-Pacific
// region’s security" attests "Asia-Pacific region", not "Asia-Pacific region’s". (The
// apostrophe of a plural's possessive, States', is no part of the word already.)
func possessiveLen(clause string, w word) int {
	for _, e := range []string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(clause[w.start:w.end], e) && w.end-w.start > len(e) {
			return len(e)
		}
	}
	return 0
}

// possessive reports whether a word is a possessor: it ends in 's, or in s with the
// apostrophe after it (States', allies’).
func possessive(clause string, w word) bool {
	if possessiveLen(clause, w) > 0 {
		return true
	}
	t := clause[w.start:w.end]
	if !strings.HasSuffix(t, "s") && !strings.HasSuffix(t, "S") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(clause[w.end:])
	return r == '\'' || r == '’'
}

// insidePossessor reports whether ws[i] is a possessor that ends a name begun before it:
// a span starting there starts inside the possessive phrase ("States' National Security
// Strategy" of "the United States' National Security Strategy", "Korea's" of "North
// Korea's"). Both words are capitalized inside the clause; a word before a possessor that
// is not part of its name is a verb or a preposition as often as a modifier ("ensure
// Japan's peace and security").
func insidePossessor(clause string, ws []word, i int) bool {
	if i == 0 || ws[i-1].stop || !possessive(clause, ws[i]) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(ws[i-1].text)
	r2, _ := utf8.DecodeRuneInString(ws[i].text)
	return unicode.IsUpper(r) && unicode.IsUpper(r2)
}

// nameStart reports whether the stop word ws[i] begins a name: capitalized inside the
// clause (not its first word, where any word is), not an article, and followed by a
// capitalized word that is not a stop word. Titles of posts open with a preposition: "Under
// Secretary of War for Policy", "Under-Secretary-General"; the n-gram must keep it, or the
// name is cut to another post ("Secretary of War").
func nameStart(ws []word, i int) bool {
	if i == 0 || i+1 >= len(ws) || ws[i+1].stop || articles[strings.ToLower(ws[i].text)] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(ws[i].text)
	r2, _ := utf8.DecodeRuneInString(ws[i+1].text)
	return unicode.IsUpper(r) && unicode.IsUpper(r2)
}

// comparativeStart reports whether the stop word ws[i] is "more" or "less" before a word
// that is not a stop word: the comparative of an adjective ("more robust Alliance"), the
// rendering of a Japanese comparative (より力強い同盟), which keeps it.
func comparativeStart(ws []word, i int) bool {
	if i+1 >= len(ws) || ws[i+1].stop {
		return false
	}
	w := strings.ToLower(ws[i].text)
	return w == "more" || w == "less"
}

// opens reports whether the stop word ws[i] may open an n-gram, as open allows.
func opens(ws []word, i int, open Opens) bool {
	return open&OpenComparative != 0 && comparativeStart(ws, i) || open&OpenQuantifier != 0 && quantifierStart(ws, i)
}

// quantifierStart reports whether the stop word ws[i] is a determiner of quantity (any,
// all, every) before a word that is not a stop word ("any unilateral attempt", "all
// allies"; not "all of the").
func quantifierStart(ws []word, i int) bool {
	if i+1 >= len(ws) || ws[i+1].stop {
		return false
	}
	return Quantifiers[strings.ToLower(ws[i].text)]
}

// Quantifiers are the English determiners of quantity that render a Japanese quantifier.
var Quantifiers = map[string]bool{"any": true, "all": true, "every": true}

var articles = map[string]bool{"the": true, "a": true, "an": true}

// addPhrase indexes the n-grams of a phrase that is not written as such in the sentence of
// occ, but that the sentence attests (see SuspendedHyphens).
func (ix *Index) addPhrase(phrase string, occ Occurrence) {
	ws := words(phrase)
	for i := range ws {
		if ws[i].stop {
			continue
		}
		for n := 1; n <= MaxN && i+n <= len(ws); n++ {
			if last := ws[i+n-1]; !last.stop {
				ix.add(phrase[ws[i].start:last.end], ws[i:i+n], occ, false)
			}
		}
	}
}

// suspended matches coordinated modifiers with a suspended hyphen: "short-, medium- and
// intermediate-range missiles", "land- or sea-based systems".
var suspended = regexp.MustCompile(`((?:\b[A-Za-z]+-,?\s+)+)(?:and|or|and/or)\s+([A-Za-z]+)-([A-Za-z]+)((?:\s+[A-Za-z]+){0,3})`)

// coordinated matches a list of three or more plain modifiers with one head: "ballistic,
// hypersonic, and cruise missiles", "political, economic, military, and technological
// challenges".
var coordinated = regexp.MustCompile(`\b((?:[a-z]+,\s+){2,})(?:and|or)\s+([a-z]+)\s+([a-z]+)\b`)

// CoordinatedModifiers returns the phrases that a list of plain modifiers sharing one head
// attests, each modifier with the head: "ballistic, hypersonic, and cruise missiles"
// attests "ballistic missiles" and "hypersonic missiles" (the last is written out). Only
// lists of three or more lower-case words separated by commas count: two conjuncts ("defense
// of Japan and regional security") are as often two noun phrases as two modifiers.
func CoordinatedModifiers(s string) []string {
	var out []string
	for _, m := range coordinated.FindAllStringSubmatch(s, -1) {
		head := m[3]
		if lexicon.IsStop(head) || lexicon.IsStop(m[2]) {
			continue // "peace, security, and prosperity in the region": no head follows
		}
		var mods []string
		for _, f := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
			if lexicon.IsStop(f) {
				mods = nil
				break
			}
			mods = append(mods, f)
		}
		for _, f := range mods {
			out = append(out, f+" "+head)
		}
	}
	return out
}

// SuspendedHyphens returns the phrases that coordinated modifiers with a suspended hyphen
// attest, each modifier with the shared second part and the words that follow: "short-,
// medium- and intermediate-range missiles" attests "short-range missiles" and
// "medium-range missiles" (the last, "intermediate-range missiles", is written out).
func SuspendedHyphens(s string) []string {
	var out []string
	for _, m := range suspended.FindAllStringSubmatch(s, -1) {
		rest := m[3] + m[4]
		for _, f := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
			if p := strings.TrimSuffix(f, "-"); p != "" && p != f {
				out = append(out, p+"-"+rest)
			}
		}
	}
	return out
}

// add indexes one occurrence of an n-gram and returns the n-gram, nil for a phrase with
// an empty key.
func (ix *Index) add(surface string, ws []word, occ Occurrence, initial bool) *NGram {
	k := Key(surface)
	if k == "" {
		return nil
	}
	g := ix.grams[k]
	if g == nil {
		g = &NGram{Key: k, First: occ, ID: len(ix.list), surfaces: map[string]float64{}}
		g.Words, g.Raw = lexicon.Split(surface)
		ix.grams[k] = g
		ix.list = append(ix.list, g)
		seen := map[string]bool{}
		for _, w := range g.Words {
			b := bucket(w)
			if !seen[b] {
				seen[b] = true
				ix.byWord[b] = append(ix.byWord[b], g.ID)
			}
		}
	}
	g.Count++
	weight := 1.0
	if initial || capitalizedAll(surface) {
		weight = 0.6
	}
	if len(g.surfaces) < 16 {
		g.surfaces[surface] += weight
	}
	best, bw := g.Surface, g.surfaces[g.Surface]
	if w := g.surfaces[surface]; w > bw || (w == bw && surface < best) {
		g.Surface = surface
	}
	return g
}

// Written reports whether the text writes the n-gram exactly as form, letter case
// included ("LAWS" is not "laws"), among the first 16 written forms kept.
func (g *NGram) Written(form string) bool {
	_, ok := g.surfaces[form]
	return ok
}

// Capitals reports whether the text writes the n-gram with no lower-case letter in some
// place, as an acronym is written ("LAWS" and not only "laws"), among the first 16
// written forms kept.
func (g *NGram) Capitals() bool {
	for f := range g.surfaces {
		if strings.IndexFunc(f, unicode.IsLower) < 0 {
			return true
		}
	}
	return false
}

// Lookup returns the n-gram indexed under Key(phrase), or nil.
func (ix *Index) Lookup(phrase string) *NGram { return ix.grams[Key(phrase)] }

// ByKey returns the n-gram whose key (see [Key]) is k, or nil.
func (ix *Index) ByKey(k string) *NGram { return ix.grams[k] }

// Keys returns the keys of the indexed n-grams, in the order first met.
func (ix *Index) Keys() []string {
	out := make([]string, len(ix.list))
	for i, g := range ix.list {
		out[i] = g.Key
	}
	return out
}

// Len returns the number of distinct n-grams.
func (ix *Index) Len() int { return len(ix.list) }

// Get returns the n-gram with the given id.
func (ix *Index) Get(id int) *NGram { return ix.list[id] }

// WithWord returns the ids of n-grams that may contain a word matching the normalized
// word w (lexicon.SameWord): the caller checks.
func (ix *Index) WithWord(w string) []int { return ix.byWord[bucket(w)] }

func bucket(w string) string {
	if len(w) > 4 {
		return w[:4]
	}
	return w
}

// Expansions returns the expansions the texts give for an acronym, most frequent first.
func (ix *Index) Expansions(acronym string) []string {
	m := ix.acronyms[acronym]
	out := make([]string, 0, len(m))
	for e := range m {
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool {
		if m[out[i]] != m[out[j]] {
			return m[out[i]] > m[out[j]]
		}
		return out[i] < out[j]
	})
	return out
}

// findAcronyms records "Expansion (ACR)" and "ACR (Expansion)" when the initials agree.
func (ix *Index) findAcronyms(s string) {
	for i := 0; i < len(s); i++ {
		if s[i] != '(' {
			continue
		}
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			return
		}
		inner := strings.TrimSpace(s[i+1 : i+j])
		before := strings.TrimSpace(s[:i])
		bw := words(before)
		if IsAcronym(inner) {
			// Expansion (ACR): try the last k words before the parenthesis.
			for k := 1; k <= min(len(bw), 10); k++ {
				if w := bw[len(bw)-k]; w.stop && !capitalizedAll(w.text) {
					continue // a name opens with no function word: "and Cross-Serving Agreement" is cut inside one
				}
				exp := before[bw[len(bw)-k].start:]
				if Initials(exp, inner) {
					ix.addAcronym(inner, exp)
					break
				}
			}
		} else if len(bw) > 0 && IsAcronym(bw[len(bw)-1].text) && Initials(inner, bw[len(bw)-1].text) {
			ix.addAcronym(bw[len(bw)-1].text, inner) // the NSS (National Security Strategy)
		}
	}
}

func (ix *Index) addAcronym(a, exp string) {
	if ix.acronyms[a] == nil {
		ix.acronyms[a] = map[string]int{}
	}
	ix.acronyms[a][strings.TrimSpace(exp)]++
}

// IsAcronym reports whether w looks like an acronym: 2–10 characters, mostly capitals.
func IsAcronym(w string) bool {
	w = strings.ReplaceAll(w, ".", "")
	if n := utf8.RuneCountInString(w); n < 2 || n > 10 {
		return false
	}
	upper, lower := 0, 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			upper++
		case r >= 'a' && r <= 'z':
			lower++
		case r >= '0' && r <= '9', r == '-', r == '&':
		default:
			return false
		}
	}
	return upper >= 2 && lower <= upper/2
}

// Initials reports whether the initials of the words of exp spell the letters of acronym,
// with stop words optional (Republic of Korea = ROK, Treaty on the Non-Proliferation of
// Nuclear Weapons = NPT), and a hyphenated word's parts counting as words.
func Initials(exp, acronym string) bool {
	var letters []byte
	for _, r := range acronym {
		if r >= 'A' && r <= 'Z' {
			letters = append(letters, byte(r)+'a'-'A')
		} else if r >= 'a' && r <= 'z' {
			letters = append(letters, byte(r))
		}
	}
	ws := lexicon.Words(strings.ReplaceAll(exp, "-", " "))
	if len(letters) < 2 || len(ws) < 2 || len(ws) > 2*len(letters)+2 {
		return false
	}
	var match func(li, wi int) bool
	match = func(li, wi int) bool {
		if li == len(letters) {
			for ; wi < len(ws); wi++ {
				if !lexicon.IsStop(ws[wi]) {
					return false
				}
			}
			return true
		}
		if wi == len(ws) {
			return false
		}
		w := ws[wi]
		if w[0] == letters[li] && match(li+1, wi+1) {
			return true
		}
		// two letters from one word: NC3's C3, "Command, Control" handled by words
		if len(w) > 1 && li+1 < len(letters) && w[0] == letters[li] && w[1] == letters[li+1] && match(li+2, wi+1) {
			return true
		}
		return lexicon.IsStop(w) && match(li, wi+1)
	}
	return match(0, 0)
}

// clauses splits a sentence at punctuation that no term crosses.
func clauses(s string) []string {
	var out []string
	for _, sp := range clauseSpans(s, portfolioCommas(s)) {
		out = append(out, s[sp[0]:sp[1]])
	}
	return out
}

// clauseSpans returns the byte spans of the clauses of s: the non-empty runs between
// punctuation that no term crosses. The commas of a name's list of portfolios are no
// break (keep, from portfolioCommas).
func clauseSpans(s string, keep map[int][2]int) [][2]int {
	var out [][2]int
	from := 0
	for i, r := range s {
		if _, listed := keep[i]; isClauseBreak(r) && !listed {
			if i > from {
				out = append(out, [2]int{from, i})
			}
			from = i + utf8.RuneLen(r)
		}
	}
	if len(s) > from {
		out = append(out, [2]int{from, len(s)})
	}
	return out
}

// portfolioRE matches a name's list of portfolios: a capitalized word, "of" or "for", then
// capitalized members of one to three words separated by commas, the last joined by "and"
// or "&" ("Minister of Economy, Trade and Industry", "Ministry of Agriculture, Forestry
// and Fisheries", "Department of Foreign Affairs, Trade and Development").
var portfolioRE = regexp.MustCompile(`\b[A-Z][A-Za-z’'-]*\s+(?:of|for)\s+(` +
	`[A-Z][A-Za-z’'-]*(?:\s+[A-Z][A-Za-z’'-]*){0,2}` +
	`(?:,\s+[A-Z][A-Za-z’'-]*(?:\s+[A-Z][A-Za-z’'-]*){0,2})+,?\s+(?:and|&)\s+[A-Z])`)

// honorifics open a person's name, never a portfolio: "Minister for Foreign Affairs, Mr
// Taro Kono, and …" lists no portfolio.
var honorifics = map[string]bool{"Mr": true, "Ms": true, "Mrs": true, "Dr": true, "Sir": true, "Dame": true,
	"Lord": true, "Lady": true, "His": true, "Her": true, "H": true}

// portfolioCommas returns the byte offsets of the commas of s that separate the portfolios
// a name lists after "of" or "for", each with the offsets of its list's first and last
// members. A
// government names a ministry or a minister by the fields it answers for, listed as English
// lists any series; the commas belong to the name, which a term renders whole (経済産業大臣
// = "Minister of Economy, Trade and Industry"), so they break no clause there. A member
// that opens with an honorific is a person in apposition, and the list is no name's.
func portfolioCommas(s string) map[int][2]int {
	if !strings.Contains(s, ",") {
		return nil
	}
	var keep map[int][2]int
	for _, m := range portfolioRE.FindAllStringSubmatchIndex(s, -1) {
		list := s[m[2]:m[3]]
		person := false
		for _, part := range strings.Split(list, ",")[1:] {
			if f := strings.Fields(part); len(f) > 0 && honorifics[strings.TrimRight(f[0], ".")] {
				person = true
			}
		}
		if person {
			continue
		}
		for i := m[2]; i < m[3]; i++ {
			if s[i] == ',' {
				if keep == nil {
					keep = map[int][2]int{}
				}
				keep[i] = [2]int{m[2], m[3] - 1} // the match ends at the last member's capital
			}
		}
	}
	return keep
}

// wholeList reports whether the span from..to of a sentence takes every portfolio list
// it crosses whole, from its first member to its last: "Fishery, Resources, and Oceans"
// is the list, "Resources, and Oceans" and "Fishery, Resources" parts of one.
func wholeList(keep map[int][2]int, from, to int) bool {
	for c, list := range keep {
		if c > from && c < to && (from > list[0] || to <= list[1]) {
			return false
		}
	}
	return true
}

// isClauseBreak reports whether r is punctuation that no term crosses.
func isClauseBreak(r rune) bool {
	switch r {
	case ',', ';', ':', '(', ')', '[', ']', '"', '“', '”', '—', '–', '!', '?', '…', '/':
		return true
	}
	return false
}

// words splits a clause into words with their byte spans.
func words(s string) []word {
	var out []word
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				j += n
				continue
			}
			// keep . ' - inside a word (U.S., Korea's, burden-sharing, 3.5), and + inside a
			// designation (2+2)
			if (r == '.' || r == '\'' || r == '’' || r == '-' || r == '+' && j > i) && j+n < len(s) {
				r2, _ := utf8.DecodeRuneInString(s[j+n:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					j += n
					continue
				}
			}
			// the final period of U.S.
			if r == '.' && strings.Count(s[i:j], ".") > 0 && j-i <= 6 {
				j += n
			}
			break
		}
		w := s[i:j]
		lw := strings.ToLower(w)
		if k := strings.Index(lw, "'s"); k > 0 && k == len(lw)-2 {
			lw = lw[:k]
		}
		out = append(out, word{text: w, start: i, end: j, stop: lexicon.IsStop(lw), norm: lexicon.Norm(lw)})
		i = j
	}
	return out
}

// isNumber reports whether s holds no letter: a number or an amount, not a term; a
// designation of numbers (2+2: the ministers' format) is one.
func isNumber(s string) bool {
	if strings.Contains(s, "+") {
		return false
	}
	for _, r := range s {
		if unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// titleCase reports whether every content word of a clause is capitalized, as in a
// heading ("Prevent Military Confrontation"), where capitals mark no name.
func titleCase(ws []word) bool {
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w.text); !w.stop && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// nameWord reports whether w, written right next to the word by (one space between
// them), is a capitalized content word that continues the same name.
func nameWord(clause string, w, by word) bool {
	if w.stop {
		return false
	}
	a, b := w, by
	if a.start > b.start {
		a, b = b, a
	}
	if clause[a.end:b.start] != " " {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w.text)
	return unicode.IsUpper(r)
}

func capitalizedAll(s string) bool {
	for _, f := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// Word is one word of a clause of an English sentence ([ClauseWords]).
type Word struct {
	Text       string
	Start, End int    // byte offsets in the sentence
	Stop       bool   // a function word (lexicon.IsStop)
	Norm       string // lexicon.Norm of the word in lower case, without a possessive 's
}

// ClauseWords splits a sentence into the clauses that no term crosses (the punctuation
// the n-grams stop at) and each clause into its words, with their offsets in the sentence.
func ClauseWords(s string) [][]Word {
	var out [][]Word
	for _, sp := range clauseSpans(s, portfolioCommas(s)) {
		var ws []Word
		for _, w := range words(s[sp[0]:sp[1]]) {
			ws = append(ws, Word{Text: w.text, Start: sp[0] + w.start, End: sp[0] + w.end, Stop: w.stop, Norm: w.norm})
		}
		if len(ws) > 0 {
			out = append(out, ws)
		}
	}
	return out
}

// ShortForms returns the acronyms the texts define whose expansion is exp (compared by
// Key), sorted.
func (ix *Index) ShortForms(exp string) []string {
	k := Key(exp)
	var out []string
	for a, m := range ix.acronyms {
		for e := range m {
			if Key(e) == k {
				out = append(out, a)
				break
			}
		}
	}
	sort.Strings(out)
	return out
}
