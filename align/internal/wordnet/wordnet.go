// Package wordnet reads the noun part of Princeton WordNet 3.0 (the Debian wordnet-base
// package's /usr/share/wordnet: index.noun and data.noun) and answers one question: which
// single English words stand next to a word in the thesaurus. A dictionary gives one or two
// English near-synonyms of a Japanese word, and official English often picks another of
// the same sense: EDICT's 費 is "cost, expense", the NDS writes "defense spending"; EDICT's
// 本土 is "the country proper, native country", the sources write "homeland".
//
//	wn, err := wordnet.Open(wordnet.Installed())
//	wn.Related("cost") // spending, expenditure, outlay, … (a hypernym's words), expense, …
//
// Related words are the synonyms of every noun sense of the word (its synsets), and the
// words of the synsets one hypernym (@) or hyponym (~) link away: a synonym, a broader or
// a narrower word of the same sense. Only single words are returned; the caller replaces
// one word of a gloss with one. The files are read whole once (some 20 MB) and searched
// in place: index.noun is sorted, and data.noun is addressed by byte offset. verb.exc, when
// installed, gives the irregular forms of verbs (build: built), which no stemmer derives.
package wordnet

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// Dir is where the Debian wordnet-base package installs WordNet's noun files.
const Dir = "/usr/share/wordnet"

// MaxRelated bounds the related words returned for one word: a very general word (system,
// country) has hundreds of hyponyms.
const MaxRelated = 60

// WordNet is the noun index and data of WordNet, searched in place.
type WordNet struct {
	index, data []byte
	cache       map[string][]string
	first       map[string]int // lemma → offset of its first sense (see Close)
	defined     map[string][]string
	synsets     map[int]synsetLine
	dir         string
	exc         map[string]string   // noun.exc: irregular plural → lemma, read on first use
	lemmas      map[string]string   // word → lemma, or "" (see Lemma)
	defs        map[string][]string // lemma → definitions (see Definitions)
	forms       map[string][]string // a verb → its irregular forms (verb.exc), when installed
}

// Installed returns Dir when the noun files are installed there, else "".
func Installed() string {
	for _, f := range []string{"index.noun", "data.noun"} {
		if st, err := os.Stat(filepath.Join(Dir, f)); err != nil || !st.Mode().IsRegular() {
			return ""
		}
	}
	return Dir
}

// Open reads index.noun and data.noun from dir.
func Open(dir string) (*WordNet, error) {
	index, err := os.ReadFile(filepath.Join(dir, "index.noun"))
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(filepath.Join(dir, "data.noun"))
	if err != nil {
		return nil, err
	}
	wn := &WordNet{index: index, data: data, cache: map[string][]string{}, first: map[string]int{}, defined: map[string][]string{}, synsets: map[int]synsetLine{},
		dir: dir, lemmas: map[string]string{}, defs: map[string][]string{}}
	if _, ok := wn.synset(first(wn.offsets("entity"))); !ok {
		return nil, fmt.Errorf("%s: not WordNet 3.0 noun files (no synset for \"entity\")", dir)
	}
	// verb.exc, the irregular forms of verbs ("built build"), is optional
	if exc, err := os.ReadFile(filepath.Join(dir, "verb.exc")); err == nil {
		wn.forms = map[string][]string{}
		for _, line := range strings.Split(string(exc), "\n") {
			f := strings.Fields(line)
			for _, base := range f[min(1, len(f)):] {
				wn.forms[base] = append(wn.forms[base], f[0])
			}
		}
	}
	return wn, nil
}

// Forms returns the irregular inflected forms of a verb (build: built; hold: held), from
// WordNet's verb.exc, or nil when it has none or the file is not installed.
func (wn *WordNet) Forms(verb string) []string { return wn.forms[verb] }

// EachForm calls f for every verb with irregular forms and its forms.
func (wn *WordNet) EachForm(f func(verb string, forms []string)) {
	for v, fs := range wn.forms {
		f(v, fs)
	}
}

// IsNoun reports whether a word (in its dictionary form) has a noun sense.
func (wn *WordNet) IsNoun(word string) bool {
	return wn.indexLine(strings.ToLower(strings.TrimSpace(word))) != nil
}

// offsets returns the synset offsets of the noun senses of lemma, most frequent first.
func (wn *WordNet) offsets(lemma string) []int {
	line := wn.indexLine(lemma)
	if line == nil {
		return nil
	}
	f := strings.Fields(string(line))
	// lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
	if len(f) < 4 {
		return nil
	}
	n, err1 := strconv.Atoi(f[2])
	p, err2 := strconv.Atoi(f[3])
	if err1 != nil || err2 != nil || len(f) < 4+p+2+n {
		return nil
	}
	var out []int
	for _, s := range f[4+p+2 : 4+p+2+n] {
		if off, err := strconv.Atoi(s); err == nil {
			out = append(out, off)
		}
	}
	return out
}

// indexLine finds the line of lemma in the sorted index by binary search.
func (wn *WordNet) indexLine(lemma string) []byte {
	key := []byte(lemma + " ")
	lo, hi := 0, len(wn.index)
	for lo < hi {
		mid := (lo + hi) / 2
		start := bytes.LastIndexByte(wn.index[:mid], '\n') + 1
		end := bytes.IndexByte(wn.index[start:], '\n')
		if end < 0 {
			end = len(wn.index) - start
		}
		line := wn.index[start : start+end]
		switch {
		case bytes.HasPrefix(line, []byte("  ")) || bytes.Compare(line, key) < 0:
			// the licence at the top starts with two spaces and sorts first
			lo = start + end + 1
		case bytes.HasPrefix(line, key):
			return line
		default:
			hi = start
		}
	}
	return nil
}

// synsetLine is one parsed line of data.noun.
type synsetLine struct {
	def   string // the definition, without its examples
	lex   int    // the lexicographer file (3 noun.Tops … 28 noun.time)
	words []string
	hyper []int
	hypo  []int
}

// synset parses the synset at byte offset off of data.noun.
func (wn *WordNet) synset(off int) (synsetLine, bool) {
	if s, ok := wn.synsets[off]; ok {
		return s, s.words != nil
	}
	s, ok := wn.parseSynset(off)
	if !ok {
		s = synsetLine{}
	}
	wn.synsets[off] = s
	return s, ok
}

func (wn *WordNet) parseSynset(off int) (synsetLine, bool) {
	if off < 0 || off >= len(wn.data) {
		return synsetLine{}, false
	}
	end := bytes.IndexByte(wn.data[off:], '\n')
	if end < 0 {
		end = len(wn.data) - off
	}
	line := string(wn.data[off : off+end])
	def := ""
	if bar := strings.Index(line, " | "); bar >= 0 {
		line, def = line[:bar], line[bar+3:]
		if i := strings.IndexAny(def, ";\""); i >= 0 {
			def = def[:i]
		}
	}
	// synset_offset lex_filenum ss_type w_cnt word lex_id … p_cnt ptr…
	f := strings.Fields(line)
	if len(f) < 4 || f[0] != fmt.Sprintf("%08d", off) {
		return synsetLine{}, false
	}
	wc, err := strconv.ParseInt(f[3], 16, 32)
	if err != nil || len(f) < 4+2*int(wc)+1 {
		return synsetLine{}, false
	}
	s := synsetLine{def: strings.ToLower(strings.TrimSpace(def))}
	if n, err := strconv.Atoi(f[1]); err == nil {
		s.lex = n
	}
	for i := 0; i < int(wc); i++ {
		s.words = append(s.words, strings.ToLower(f[4+2*i]))
	}
	i := 4 + 2*int(wc)
	pc, err := strconv.Atoi(f[i])
	if err != nil {
		return s, true
	}
	i++
	for k := 0; k < pc && i+2 < len(f); k++ {
		sym, target, pos := f[i], f[i+1], f[i+2]
		i += 4
		if pos != "n" {
			continue
		}
		t, err := strconv.Atoi(target)
		if err != nil {
			continue
		}
		switch sym {
		case "@":
			s.hyper = append(s.hyper, t)
		case "~":
			s.hypo = append(s.hypo, t)
		}
	}
	return s, true
}

// Related returns the single words that share a noun synset with word (lower case, in
// its dictionary form), or stand in a synset one hypernym or hyponym link away, without
// the word itself; at most MaxRelated, synonyms first, then by sense order.
func (wn *WordNet) Related(word string) []string {
	word = strings.ToLower(strings.TrimSpace(word))
	if out, ok := wn.cache[word]; ok {
		return out
	}
	var syn, near []string
	seen := map[string]bool{word: true}
	add := func(dst *[]string, ws []string) {
		for _, w := range ws {
			if strings.ContainsAny(w, "_-.'") || seen[w] {
				continue // a compound or a name with punctuation: not one word
			}
			seen[w] = true
			*dst = append(*dst, w)
		}
	}
	for _, off := range wn.offsets(word) {
		s, ok := wn.synset(off)
		if !ok {
			continue
		}
		add(&syn, s.words)
		for _, links := range [][]int{s.hyper, s.hypo} {
			for _, t := range links {
				if n, ok := wn.synset(t); ok {
					add(&near, n.words)
				}
			}
		}
	}
	out := append(syn, near...)
	if len(out) > MaxRelated {
		out = out[:MaxRelated]
	}
	wn.cache[word] = out
	return out
}

// Close reports whether two words name the same thing in their most frequent noun
// senses: one is a synonym in the first sense of the other (expenditure's first sense is
// "expenditure, outgo, spending, outlay"), or the first senses of both are one hypernym
// link apart (capability's first sense is a kind of ability's first sense). A one-word
// dictionary gloss names no sense; WordNet's first sense is the one met most often in
// text, so a neighbour there is the likely reading, where a neighbour of a rarer sense
// (ally ~ state, meaning ~ burden) is a guess.
func (wn *WordNet) Close(a, b string) bool {
	a, b = strings.ToLower(strings.TrimSpace(a)), strings.ToLower(strings.TrimSpace(b))
	oa, ob := wn.firstOffset(a), wn.firstOffset(b)
	sa, ok1 := wn.synset(oa)
	sb, ok2 := wn.synset(ob)
	if !ok1 || !ok2 {
		return false
	}
	return slices.Contains(sa.words, b) || slices.Contains(sb.words, a) ||
		slices.Contains(sa.hyper, ob) || slices.Contains(sb.hyper, oa)
}

// PhraseSynonyms returns the other names of the one thing a phrase of two words or more
// names (north korea: democratic people's republic of korea, dprk), in lower case with
// spaces: the lemmas of its synset when the phrase has one noun sense only. A phrase of
// several words with one sense names one thing, so its synonyms are names of it, where a
// single word's synonyms are those of one of its senses.
func (wn *WordNet) PhraseSynonyms(phrase string) []string {
	lemma := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(phrase)), " ", "_")
	if !strings.Contains(lemma, "_") {
		return nil
	}
	offs := wn.offsets(lemma)
	if len(offs) != 1 {
		return nil
	}
	sl, ok := wn.synset(offs[0])
	if !ok {
		return nil
	}
	var out []string
	for _, w := range sl.words {
		if w != lemma {
			out = append(out, strings.ReplaceAll(w, "_", " "))
		}
	}
	return out
}

// firstOffset returns the synset offset of the first noun sense of lemma, or -1.
func (wn *WordNet) firstOffset(lemma string) int {
	if off, ok := wn.first[lemma]; ok {
		return off
	}
	off := first(wn.offsets(lemma))
	wn.first[lemma] = off
	return off
}

// CloseTo returns the single words w for which Close(word, w) holds (lower case, in
// the dictionary form), synonyms of the first sense first; keep, when not nil, says which
// words are worth checking (those the caller's text writes). Only the word's own senses
// and the synsets one link from its first sense are read, not the neighbours of every
// sense that Related reads.
func (wn *WordNet) CloseTo(word string, keep func(string) bool) []string {
	word = strings.ToLower(strings.TrimSpace(word))
	var out []string
	seen := map[string]bool{word: true}
	try := func(ws []string) {
		for _, w := range ws {
			if strings.ContainsAny(w, "_-.'") || seen[w] {
				continue
			}
			seen[w] = true
			if (keep == nil || keep(w)) && wn.Close(word, w) {
				out = append(out, w)
			}
		}
	}
	if s, ok := wn.synset(wn.firstOffset(word)); ok {
		try(s.words)
		for _, links := range [][]int{s.hyper, s.hypo} {
			for _, t := range links {
				if n, ok := wn.synset(t); ok {
					try(n.words)
				}
			}
		}
	}
	for _, off := range wn.offsets(word) {
		if s, ok := wn.synset(off); ok {
			try(s.words) // a word whose first sense is this sense of word
		}
	}
	if len(out) > MaxRelated {
		out = out[:MaxRelated]
	}
	return out
}

// Defined returns the single words of the narrower synsets (hyponyms) of any noun sense of
// a word of phrase whose definition holds every content word of phrase: a dictionary's
// paraphrase named by one word. EDICT's 本土 "country where one was born" is WordNet's
// homeland, "the country where you were born". stop tells the words that do not count;
// norm folds a word before comparing (plural to singular).
func (wn *WordNet) Defined(phrase []string, stop func(string) bool, norm func(string) string) []string {
	var content []string
	for _, w := range phrase {
		if !stop(w) {
			content = append(content, norm(w))
		}
	}
	if len(content) < 2 {
		return nil
	}
	key := strings.Join(content, " ")
	if out, ok := wn.defined[key]; ok {
		return out
	}
	var out []string
	defer func() { wn.defined[key] = out }()
	seen := map[string]bool{}
	for _, head := range content {
		for _, off := range wn.offsets(head) {
			s, ok := wn.synset(off)
			if !ok {
				continue
			}
			for _, t := range s.hypo {
				n, ok := wn.synset(t)
				if !ok {
					continue
				}
				quick := true
				for _, w := range content {
					if !strings.Contains(n.def, w) {
						quick = false // a word the definition does not even spell
						break
					}
				}
				if !quick {
					continue
				}
				def := map[string]bool{}
				for _, w := range strings.FieldsFunc(n.def, func(r rune) bool { return !('a' <= r && r <= 'z' || r == '-') }) {
					def[norm(w)] = true
				}
				all := true
				for _, w := range content {
					if !def[w] {
						all = false
						break
					}
				}
				if !all {
					continue
				}
				for _, w := range n.words {
					if !strings.ContainsAny(w, "_-.'") && !seen[w] {
						seen[w] = true
						out = append(out, w)
					}
				}
			}
		}
	}
	return out
}

// Lexicographer files of nouns that name an act, an event or a process, and of those
// that name a being of its own: a person, a group of people or an organization, a place,
// a time.
const (
	LexAct      = 4  // noun.act
	LexEvent    = 11 // noun.event
	LexProcess  = 22 // noun.process
	LexGroup    = 14 // noun.group
	LexLocation = 15 // noun.location
	LexPerson   = 18 // noun.person
	LexTime     = 28 // noun.time
)

// LexFile returns the lexicographer file of the first sense of a noun lemma (WordNet's
// coarse semantic class: 9 noun.cognition for plan, 18 noun.person for director), or -1
// when WordNet has no such noun.
func (wn *WordNet) LexFile(lemma string) int {
	s, ok := wn.synset(wn.firstOffset(lemma))
	if !ok {
		return -1
	}
	return s.lex
}

func first(offs []int) int {
	if len(offs) == 0 {
		return -1
	}
	return offs[0]
}

// Lemma returns the dictionary form of an English noun as WordNet's own morphology finds
// it (morphy): the word itself when it is a noun, else the lemma noun.exc lists for an
// irregular plural (children, crises), else the first noun that a detachment rule makes
// (atrocities → atrocity, exercises → exercise, boxes → box, women → woman). Words of a
// compound are joined by "_" as in the index (nuclear weapon → nuclear_weapon; only the
// last word is inflected). It returns "" when WordNet has no such noun.
func (wn *WordNet) Lemma(word string) string {
	word = strings.Join(strings.Fields(strings.ToLower(word)), "_")
	if word == "" {
		return ""
	}
	if l, ok := wn.lemmas[word]; ok {
		return l
	}
	l := wn.morphy(word)
	wn.lemmas[word] = l
	return l
}

// detach are WordNet's detachment rules for nouns: an ending and what replaces it.
var detach = [][2]string{{"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}, {"s", ""}}

func (wn *WordNet) morphy(word string) string {
	if wn.indexLine(word) != nil {
		return word
	}
	if wn.exc == nil {
		wn.exc = map[string]string{}
		if b, err := os.ReadFile(filepath.Join(wn.dir, "noun.exc")); err == nil {
			for _, line := range strings.Split(string(b), "\n") {
				if f := strings.Fields(line); len(f) >= 2 {
					wn.exc[f[0]] = f[1]
				}
			}
		}
	}
	head, last := "", word
	if i := strings.LastIndexByte(word, '_'); i >= 0 {
		head, last = word[:i+1], word[i+1:]
	}
	if l, ok := wn.exc[last]; ok && wn.indexLine(head+l) != nil {
		return head + l
	}
	for _, d := range detach {
		if strings.HasSuffix(last, d[0]) && len(last) > len(d[0]) {
			if l := head + last[:len(last)-len(d[0])] + d[1]; wn.indexLine(l) != nil {
				return l
			}
		}
	}
	return ""
}

// Definitions returns the definitions (glosses, without their examples) of the noun
// senses of lemma, most frequent first: what the noun can mean, in WordNet's words, each
// the definition of a synset, shared by the noun's synonyms in that sense. atrocity: "the
// quality of being shockingly cruel and inhumane", "an act of atrocious cruelty". The
// other senses of a synonym are not the noun's: force ~ personnel in one sense, not in
// personnel's "the department responsible for hiring". They are read on first use and
// kept.
func (wn *WordNet) Definitions(lemma string) []string {
	lemma = strings.ToLower(lemma)
	if out, ok := wn.defs[lemma]; ok {
		return out
	}
	var out []string
	for _, off := range wn.offsets(lemma) {
		if s, ok := wn.synset(off); ok && s.def != "" {
			out = append(out, s.def)
		}
	}
	wn.defs[lemma] = out
	return out
}
