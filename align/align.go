package align

import (
	"fmt"
	"math"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"gloss/align/enterm"
	"gloss/align/jaterm"
	"gloss/align/lexicon"
	"gloss/align/paren"
	"gloss/align/segment"
	"gloss/align/translit"
	"gloss/glossary"
	"gloss/internal/morph"
	"gloss/internal/textnorm"
)

// Evidence types.
const (
	EvParen         = "paren"       // the English stands in parentheses after the Japanese term
	EvParenLoose    = "paren-loose" // …but its head does not translate the Japanese head: related, not equivalent
	EvAcronym       = "acronym"     // an acronym in parentheses, verified by its expansion or by initials
	EvAcronymUnver  = "acronym-unverified"
	EvTranslit      = "translit"      // katakana transliteration of the English
	EvCompositional = "compositional" // every part translated through the lexicon, the result attested
	EvPartial       = "partial"       // all but one part translated, the result attested
	EvBitext        = "bitext"        // the two co-occur in aligned bitext segments
	EvAttested      = "attested"      // the English occurs in the English sources
	EvGlossary      = "glossary"      // the pair is in the glossary
)

// weights of the evidence types, combined by noisy-OR.
var weights = map[string]float64{
	EvParen:         0.9,
	EvParenLoose:    0.5,
	EvAcronym:       0.9,
	EvAcronymUnver:  0.6,
	EvTranslit:      0.85,
	EvCompositional: 0.75,
	EvPartial:       0.5,
	EvBitext:        0.5,
	EvAttested:      0.3,
	EvGlossary:      1,
}

// Statuses.
const (
	Auto   = "auto"   // score ≥ AutoScore
	Review = "review" // score ≥ ReviewScore
)

// Thresholds of the statuses.
const (
	AutoScore   = 0.9
	ReviewScore = 0.5
)

// Evidence is one reason to believe a pair.
type Evidence struct {
	Type   string `json:"type"`
	Doc    string `json:"doc,omitempty"`
	Line   int    `json:"line,omitempty"`
	Quote  string `json:"quote,omitempty"`
	Detail string `json:"detail,omitempty"`
	More   int    `json:"more,omitempty"` // further places with the same kind of evidence
}

// Pair is one proposed Japanese–English pair.
type Pair struct {
	JA        string     `json:"ja"`
	EN        string     `json:"en"`
	Score     float64    `json:"score"`
	Status    string     `json:"status"`
	Related   bool       `json:"related,omitempty"` // a loose gloss: related, not equivalent
	Known     bool       `json:"known,omitempty"`   // already in the glossary
	ConceptID string     `json:"concept,omitempty"`
	JAFreq    int        `json:"ja_freq"`
	ENFreq    int        `json:"en_freq"`
	Evidence  []Evidence `json:"evidence"`

	enKey string
}

// Missing is a frequent Japanese term with no English evidence.
type Missing struct {
	JA    string  `json:"ja"`
	Freq  int     `json:"freq"`
	FLR   float64 `json:"flr"`
	Doc   string  `json:"doc"`
	Line  int     `json:"line"`
	Quote string  `json:"quote"`
}

// Segment is one aligned Japanese–English segment.
type Segment struct {
	JA, EN string
	Doc    string
	Line   int
	Origin string // "bitext", "parallel" or "quote"
}

// Stats describes a run.
type Stats struct {
	JADocs, ENDocs, BitextSegments int
	JASentences, JATokens          int
	JACandidates, ENNGrams         int
	LexiconWords                   int
	EDICTGlosses                   int
	CandidatesCapped               bool // MaxCandidates was reached: later new candidates were not counted
}

// MaxCandidates bounds the distinct Japanese candidates a run tracks. The two commentaries
// have about 3,000; a book of real prose stays far below the bound, which only text with no
// repetition at all (random characters) reaches.
const MaxCandidates = 100000

// Result is what Run finds.
type Result struct {
	Pairs    []Pair
	Missing  []Missing
	Segments []Segment
	Stats    Stats
}

// Options configure Run.
type Options struct {
	// Glossary supplies the known pairs (marked Known) and, from its approved concepts,
	// lexicon entries. Nil means none.
	Glossary *glossary.Glossary
	// EDICT, when non-nil, is called with the Japanese words the run needs and adds their
	// EDICT glosses to the lexicon (see [lexicon.Lexicon.LoadEDICT]).
	EDICT func(lx *lexicon.Lexicon, want map[string]bool) (int, error)
	// Progress, when non-nil, is told how far the run is (done of total steps).
	Progress func(done, total int)
	// MinMissingFreq is the least frequency of a term listed as missing (default 2).
	MinMissingFreq int
}

// occ is where a Japanese candidate occurs.
type occ struct {
	doc  string
	line int
	sent string
}

// jaCand is one Japanese candidate, by key.
type jaCand struct {
	key, text string
	units     []morph.Token // content units of the first occurrence
	freq      int
	maximal   int // occurrences as a maximal, non-phrasal term
	phrasal   bool
	first     occ
}

// sentence is one tokenized Japanese sentence.
type sentence struct {
	keys   []string // the keys of its maximal terms, for locating quoted passages
	doc    string
	line   int
	text   string
	toks   []morph.Token
	chunks []jaterm.Chunk
	bitext int // index in bitext segments, or -1
}

type run struct {
	opts    Options
	ja      map[string]*jaCand
	th      *jaterm.Termhood
	en      *enterm.Index
	lx      *lexicon.Lexicon
	sents   []*sentence
	pairs   map[string]*Pair // ja key + "\x00" + en key
	bitext  []BitextSegment
	bitJA   []map[string]bool
	bitEN   []map[string]bool
	stats   Stats
	step    int
	steps   int
	haveLex bool
	ngCache []ngramInfo
}

// Run aligns Japanese documents with English sources and a bitext.
func Run(ja, en []Doc, bitext []BitextSegment, opts Options) (*Result, error) {
	if opts.MinMissingFreq == 0 {
		opts.MinMissingFreq = 2
	}
	r := &run{opts: opts, ja: map[string]*jaCand{}, th: jaterm.NewTermhood(), en: enterm.NewIndex(),
		lx: lexicon.New(), pairs: map[string]*Pair{}, bitext: bitext, steps: 8}
	r.stats.JADocs, r.stats.ENDocs, r.stats.BitextSegments = len(ja), len(en), len(bitext)

	// 1. Japanese: split, tokenize (in parallel), chunk.
	for _, d := range ja {
		for _, s := range segment.Japanese(d.Text) {
			r.sents = append(r.sents, &sentence{doc: d.Name, line: s.Line, text: s.Text, bitext: -1})
		}
	}
	for i, b := range bitext {
		r.sents = append(r.sents, &sentence{doc: b.Doc, line: b.Line, text: b.JA, bitext: i})
	}
	r.bitJA = make([]map[string]bool, len(bitext))
	for i := range r.bitJA {
		r.bitJA[i] = map[string]bool{}
	}
	r.tokenize()
	r.progress()
	r.stats.JASentences = len(r.sents)
	r.stats.JACandidates = len(r.ja)
	r.progress()

	// 2. English n-grams.
	for _, d := range en {
		r.en.AddText(d.Name, d.Text)
	}
	r.bitEN = make([]map[string]bool, len(bitext))
	for i, b := range bitext {
		r.en.AddSentence(b.Doc, b.Line, b.EN)
		r.bitEN[i] = map[string]bool{}
		for _, c := range clausesNGrams(b.EN) {
			r.bitEN[i][c] = true
		}
	}
	r.stats.ENNGrams = r.en.Len()
	r.progress()

	// 3. Lexicon: glossary, EDICT, affixes.
	if err := r.buildLexicon(); err != nil {
		return nil, err
	}
	r.progress()

	// 4. Evidence.
	r.mineParens()
	r.progress()
	r.translits()
	r.progress()
	r.compose()
	r.progress()

	res := &Result{Stats: r.stats}
	res.Pairs = r.finish()
	res.Missing = r.missing(res.Pairs)
	for _, b := range bitext {
		origin := b.Origin
		if origin == "" {
			origin = "bitext"
		}
		res.Segments = append(res.Segments, Segment{JA: b.JA, EN: b.EN, Doc: b.Doc, Line: b.Line, Origin: origin})
	}
	res.Segments = append(res.Segments, r.quotes(en, res.Pairs)...)
	r.progress()
	return res, nil
}

func (r *run) progress() {
	r.step++
	if r.opts.Progress != nil {
		r.opts.Progress(min(r.step, r.steps), r.steps)
	}
}

// tokenize tokenizes and chunks the sentences in parallel, a batch at a time, and collects
// the candidates of each batch in order. Tokens are kept only for sentences with a
// parenthetical, which the paren miner reads later, so memory stays proportional to the
// vocabulary, not to the text.
func (r *run) tokenize() {
	const batch = 1024
	workers := max(1, runtime.GOMAXPROCS(0))
	for from := 0; from < len(r.sents); from += batch {
		part := r.sents[from:min(from+batch, len(r.sents))]
		var wg sync.WaitGroup
		next := make(chan *sentence, len(part))
		for _, s := range part {
			next <- s
		}
		close(next)
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for s := range next {
					s.toks = morph.Tokenize(s.text)
					s.chunks = jaterm.Chunks(s.toks)
				}
			}()
		}
		wg.Wait()
		for _, s := range part {
			r.stats.JATokens += len(s.toks)
			r.collect(s)
			if !strings.ContainsAny(s.text, "(（") {
				s.toks, s.chunks = nil, nil
			}
		}
	}
}

// collect adds a sentence's chunks to the candidate table.
func (r *run) collect(s *sentence) {
	for _, c := range s.chunks {
		text := c.Text(s.text, s.toks)
		key := textnorm.Key(text)
		if s.bitext >= 0 {
			r.bitJA[s.bitext][key] = true
		}
		jc := r.ja[key]
		if jc == nil && len(r.ja) >= MaxCandidates {
			r.stats.CandidatesCapped = true
			continue // memory stays bounded on pathological text: only known candidates count on
		}
		if jc == nil {
			jc = &jaCand{key: key, text: text, units: jaterm.Units(s.toks, c), phrasal: c.Phrasal,
				first: occ{s.doc, s.line, s.text}}
			r.ja[key] = jc
		}
		jc.freq++
		if !c.Phrasal && !c.Nested {
			jc.maximal++
			if s.bitext < 0 && len(s.text) >= minQuote {
				s.keys = append(s.keys, jc.key)
			}
		}
		if !c.Phrasal {
			nouns := make([]string, 0, c.To-c.From)
			for _, t := range s.toks[c.From:c.To] {
				nouns = append(nouns, t.Surface)
			}
			r.th.Add(key, nouns)
		}
	}
}

// clausesNGrams returns the keys of the n-grams of an English sentence.
func clausesNGrams(s string) []string {
	ix := enterm.NewIndex()
	ix.AddSentence("", 0, s)
	out := make([]string, 0, ix.Len())
	for i := 0; i < ix.Len(); i++ {
		out = append(out, ix.Get(i).Key)
	}
	return out
}

// affixes are bound morphemes with the English they stand for. They are morphology, not
// vocabulary: 非X = non-X, X後 = post-X, X的 = the adjective of X, X性 = -ity, X主義 = -ism.
// An affix needs no English word of its own (absorbed), but may cover one.
var affixes = map[string][]string{
	"非": {"non"}, "反": {"anti"}, "再": {"re"}, "脱": {"post", "de"}, "超": {"super", "hyper"}, "対": {"counter", "anti"},
	"多": {"multi"}, "不": {"non", "un"}, "未": {"un", "non"}, "無": {"non", "without"}, "新": {"new"}, "旧": {"former", "old"}, "前": {"pre", "former"}, "後": {"post", "after"},
	"的": nil, "性": nil, "化": nil, "主義": {"ism"}, "力": {"power", "capability", "force"}, "国": {"nation", "country", "state"},
	"型": {"type"}, "上": nil, "用": nil, "者": nil, "側": {"side"}, "軍": {"force", "military", "army"}, "間": nil, "等": nil,
	"第": nil, "次": nil, "在": nil, "米": {"us", "american", "america", "united states"}, "日": {"japan", "japanese"},
}

// meaningful affixes must be rendered in the English.
var meaningful = map[string]bool{"米": true, "日": true, "非": true, "反": true, "再": true, "脱": true, "超": true,
	"対": true, "多": true, "不": true, "未": true, "無": true, "新": true, "旧": true, "前": true, "後": true}

func (r *run) buildLexicon() error {
	for _, p := range approvedTerms(r.opts.Glossary) {
		r.lx.Add(p.JA, p.EN, "glossary")
	}
	if r.opts.EDICT != nil {
		want := map[string]bool{}
		for _, jc := range r.ja {
			want[jc.text] = true
			us := jc.units
			for a := range us {
				s := ""
				for b := a; b < len(us) && b < a+4; b++ {
					s += us[b].Surface
					want[s] = true
					if us[b].Base != us[b].Surface && b == a {
						want[us[b].Base] = true
					}
				}
			}
		}
		n, err := r.opts.EDICT(r.lx, want)
		if err != nil {
			return fmt.Errorf("EDICT: %w", err)
		}
		r.stats.EDICTGlosses = n
	}
	r.haveLex = r.lx.Len() > 0
	r.stats.LexiconWords = r.lx.Len()
	return nil
}

// constituent is a run of units translated together.
type constituent struct {
	text     string
	words    []string   // normalized gloss words
	affix    bool       // a bound morpheme: needs no English word
	kata     bool       // katakana: matched by transliteration
	known    bool       // the lexicon has it
	glosses  [][]string // the normalized words of each gloss (without initials)
	gheads   []int      // the head word of each gloss
	head     bool
	required bool // an affix with a meaning of its own (米, 非, 後): it must be rendered
}

// constituents segments a candidate's units into lexicon words, longest first.
func (r *run) constituents(units []morph.Token) []constituent {
	var out []constituent
	for a := 0; a < len(units); {
		best := 0
		var words []string
		var glosses [][]string
		var heads []int
		for b := min(len(units), a+4); b > a; b-- {
			s := ""
			for _, u := range units[a:b] {
				s += u.Surface
			}
			es := r.lx.Lookup(s)
			if len(es) == 0 && b == a+1 && units[a].Base != units[a].Surface {
				es = r.lx.Lookup(units[a].Base)
			}
			if b-a >= 2 && units[b-1].Surface == "的" {
				// X的 inherits the glosses of X: 模範的 (exemplary) is also 模範 (model)
				es = append(es[:len(es):len(es)], r.lx.Lookup(strings.TrimSuffix(s, "的"))...)
			}
			if len(es) > 0 {
				best = b
				for _, e := range es {
					words = append(words, e.Words...)
					if n, h := glossWords(e.Gloss); len(n) > 0 && len(n) <= 6 {
						glosses = append(glosses, n)
						heads = append(heads, h)
					}
				}
				break
			}
		}
		if best == 0 {
			best = a + 1
		}
		s := ""
		for _, u := range units[a:best] {
			s += u.Surface
		}
		c := constituent{text: s, words: words, known: len(words) > 0, glosses: glosses, gheads: heads}
		if aw, ok := affixes[s]; ok && best == a+1 && (len(units) > 1) {
			// a bound morpheme; those with a meaning of their own (米, 非, 後) must still be
			// rendered, the others (的, 性, 国, 力) may disappear into the English word
			c.affix, c.required = true, meaningful[s]
			for _, w := range aw {
				c.words = append(c.words, lexicon.ContentWords(w)...)
			}
		} else if best == a+1 && (jaterm.IsSuffix(units[a]) || jaterm.IsPrefix(units[a])) {
			c.affix = true
		}
		c.kata = jaterm.IsKatakana(s)
		out = append(out, c)
		a = best
	}
	// the head: the last constituent that is not an affix
	for i := len(out) - 1; i >= 0; i-- {
		if !out[i].affix {
			out[i].head = true
			break
		}
	}
	return out
}

// covers reports whether constituent c can render the English word raw (normalized w).
func covers(c constituent, w, raw string) bool {
	for _, g := range c.words {
		if strings.HasPrefix(g, "^") {
			// initials meet only an acronym of the sources: "^us" = U.S., not "us"
			if strings.HasPrefix(raw, "^") && g[1:] == strings.ReplaceAll(raw[1:], ".", "") {
				return true
			}
			continue
		}
		if lexicon.SameWord(g, strings.TrimPrefix(w, "^")) {
			return true
		}
	}
	if c.kata && translit.Similarity(c.text, raw) >= translit.Threshold {
		return true
	}
	return false
}

// coverage matches constituents with English words. It returns the number of English
// words covered, English words uncovered, and non-affix constituents uncovered, and
// whether the head covers something.
func coverage(cs []constituent, words, raw []string, heads []int) (covered, ue, uj int, headOK bool) {
	covered, ue, uj, headOK, _, _ = coverage2(cs, words, raw, heads)
	return
}

// coverage2 is coverage that also reports the constituents used only in part — none of
// their glosses has its head among the English words (防衛費 "defense costs" against
// "defense") — and whether the one uncovered English word stands where the missing
// gloss word would (after the covered ones for "defense costs": "defense spending", not
// "missile defense").
func coverage2(cs []constituent, words, raw []string, heads []int) (covered, ue, uj int, headOK bool, half, explained int) {
	used := make([]bool, len(cs))
	coveredBy := make([]int, len(words))
	gap := -1
	for i, w := range words {
		coveredBy[i] = -1
		for j, c := range cs {
			if covers(c, w, raw[i]) {
				used[j] = true
				if coveredBy[i] < 0 {
					coveredBy[i] = j
				}
				if c.head && (heads == nil || slices.Contains(heads, i)) {
					headOK = true
				}
			}
		}
		if coveredBy[i] >= 0 {
			covered++
		} else {
			ue++
			gap = i
		}
	}
	for j, c := range cs {
		if !used[j] {
			if !c.affix || c.required {
				uj++
			}
			// a gap on both sides at the head: 核不拡散|体制 against nonproliferation|regime
			if c.head && ue == 1 && gap >= 0 && (heads == nil || slices.Contains(heads, gap)) {
				headOK = true
			}
			continue
		}
		if c.affix || len(c.glosses) == 0 {
			continue
		}
		complete, missAfter, best := false, true, -1
		for gi0, g := range c.glosses {
			matched, firstMatch, firstMiss := 0, -1, -1
			for gi, gw := range g {
				hit := false
				for i, w := range words {
					if lexicon.SameWord(gw, strings.TrimPrefix(w, "^")) || raw[i] == gw {
						hit = true
						break
					}
				}
				if hit {
					matched++
					if firstMatch < 0 {
						firstMatch = gi
					}
				} else if firstMiss < 0 {
					firstMiss = gi
				}
			}
			if in := initials(g); in != "" {
				for _, w := range raw {
					if strings.HasPrefix(w, "^") && strings.ReplaceAll(w[1:], ".", "") == in {
						and := slices.Index(g, "and")
						matched, firstMatch, firstMiss = len(g), 0, -1
						if and > 0 {
							matched, firstMiss = and, and+1
						}
					}
				}
			}
			if firstMiss < 0 || (matched*2 >= len(g) && isHeadMatched(g[c.gheads[gi0]], words, raw)) {
				complete = true
				break
			}
			if matched > best {
				best = matched
				missAfter = firstMiss > firstMatch
			}
		}
		if !complete {
			half++
			// the gap is explained when it follows the words this part covers, where its
			// gloss has the word it lacks: 防衛費 "defense costs" → defense spending
			if gap >= 0 && ue == 1 && missAfter && gap > 0 && coveredBy[gap-1] == j {
				explained = 1
				if c.head && (heads == nil || slices.Contains(heads, gap)) {
					headOK = true
				}
			}
		}
	}
	return
}

// isHeadMatched reports whether the head word h of a gloss is among the English words.
func isHeadMatched(h string, words, raw []string) bool {
	for i, w := range words {
		if lexicon.SameWord(h, strings.TrimPrefix(w, "^")) || raw[i] == h {
			return true
		}
	}
	return false
}

// initials of the words of a gloss, before an "and": "united states and south korea" → "us".
func initials(g []string) string {
	if len(g) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range g {
		if w == "and" {
			break
		}
		b.WriteByte(w[0])
	}
	if b.Len() < 2 {
		return ""
	}
	return b.String()
}

// glossWords returns the normalized content words of a gloss, keeping "and" (for
// initials), and the index of its head: the last word before a preposition (end of the
// cold war → end), else the last word.
func glossWords(g string) ([]string, int) {
	var out []string
	head := -1
	for _, w := range lexicon.Words(g) {
		if w == "and" {
			out = append(out, w)
			continue
		}
		if lexicon.IsStop(w) {
			if prepositions[w] && len(out) > 0 && head < 0 {
				head = len(out) - 1
			}
			continue
		}
		out = append(out, lexicon.Norm(w))
	}
	for len(out) > 0 && out[len(out)-1] == "and" {
		out = out[:len(out)-1]
	}
	if head < 0 || head >= len(out) {
		head = len(out) - 1
	}
	return out, head
}

// enWords returns the normalized and raw content words of an English phrase.
func enWords(s string) (norm, raw []string) { return lexicon.Split(s) }

var prepositions = map[string]bool{"of": true, "through": true, "for": true, "by": true, "in": true, "on": true,
	"to": true, "against": true, "from": true, "with": true, "at": true}

// internalStops counts the stop words inside an English phrase.
func internalStops(s string) int {
	n := 0
	for _, w := range lexicon.Words(s) {
		if lexicon.IsStop(w) {
			n++
		}
	}
	return n
}

// ofFor reports whether the only stop words inside an English phrase are of and for.
func ofFor(s string) bool {
	for _, w := range lexicon.Words(s) {
		if lexicon.IsStop(w) && w != "of" && w != "for" {
			return false
		}
	}
	return true
}

// enHeads returns the indexes (among the content words) of the possible heads of an
// English phrase: the last content word, and the last one before the first stop word
// (peace through strength, flexibility of forces).
func enHeads(s string) []int {
	var heads []int
	ci := -1
	inStop := false
	for _, w := range lexicon.Words(s) {
		if lexicon.IsStop(w) {
			if ci >= 0 && !inStop && len(heads) == 0 && prepositions[w] {
				heads = append(heads, ci)
			}
			inStop = true
			continue
		}
		inStop = false
		ci++
	}
	if ci >= 0 {
		heads = append(heads, ci)
	}
	return heads
}

// add records evidence for a pair.
func (r *run) add(ja, en string, ev Evidence) *Pair {
	jk, ek := textnorm.Key(ja), enterm.Key(en)
	if jk == "" || ek == "" {
		return nil
	}
	k := jk + "\x00" + ek
	p := r.pairs[k]
	if p == nil {
		p = &Pair{JA: ja, EN: en, enKey: ek}
		r.pairs[k] = p
	}
	for i, e := range p.Evidence {
		if e.Type == ev.Type {
			if e.Doc != ev.Doc || e.Line != ev.Line {
				p.Evidence[i].More++
			}
			return p
		}
	}
	p.Evidence = append(p.Evidence, ev)
	return p
}

func quote(s string) string {
	const max = 160
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	rs := []rune(s)
	return string(rs[:max]) + "…"
}

// ---- parentheticals ----

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
	ev := Evidence{Doc: s.doc, Line: s.line, Quote: quote(s.text)}
	if english != "" {
		ev.Type = EvParen
		cs := r.constituents(r.unitsOf(ja))
		if r.loose(cs, english) {
			ev.Type = EvParenLoose
			ev.Detail = "the English head does not translate the Japanese head: a related, not an equivalent, term"
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
	toks := morph.Tokenize(ja)
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
			for i, w := range words {
				if covers(c, w, raw[i]) {
					modCovers = true
				}
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
		for i, w := range words {
			if covers(c, w, raw[i]) {
				return false
			}
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

// ---- transliteration ----

func (r *run) translits() {
	type skel struct {
		g   *enterm.NGram
		len int
	}
	var grams []*enterm.NGram
	for i := 0; i < r.en.Len(); i++ {
		g := r.en.Get(i)
		if len(g.Words) <= 3 {
			grams = append(grams, g)
		}
	}
	skels := make([]int, len(grams))
	for i, g := range grams {
		skels[i] = len(translit.Skeleton(g.Surface))
	}
	for _, jc := range r.ja {
		if jc.phrasal || !jaterm.IsKatakana(jc.text) || utf8.RuneCountInString(jc.text) < 3 {
			continue
		}
		var best *enterm.NGram
		bestSim := 0.0
		js := len(translit.Skeleton(translit.Romaji(jc.text)))
		for i, g := range grams {
			if abs(skels[i]-js) > 3 || hasInitial(g.Raw) {
				continue // the skeletons differ too much in length to be alike; "B. Asia"
			}
			sim := translit.Similarity(jc.text, g.Surface)
			if sim > bestSim || (sim == bestSim && best != nil && len(g.Words) > len(best.Words)) {
				best, bestSim = g, sim
			}
		}
		if best != nil && bestSim >= translit.Threshold {
			r.add(jc.text, best.Surface, Evidence{Type: EvTranslit, Doc: best.First.Doc, Line: best.First.Line, Quote: quote(best.First.Sentence),
				Detail: fmt.Sprintf("%s ≈ %s (%.2f)", translit.Romaji(jc.text), strings.ToLower(best.Surface), bestSim)})
		}
	}
}

// deverbal reports whether a サ変 verbal noun is rendered by one English noun with a
// nominalizing suffix.
func deverbal(t morph.Token, raw []string) bool {
	if len(t.POS) < 2 || t.POS[1] != "サ変接続" || len(raw) != 1 {
		return false
	}
	w := raw[0]
	for _, suf := range []string{"ion", "ial", "al", "ence", "ance", "ment", "ity", "ness", "ure", "age", "ship", "ism", "cy"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	return false
}

func hasInitial(raw []string) bool {
	for _, w := range raw {
		if len(strings.Trim(w, "^.")) <= 1 {
			return true
		}
	}
	return false
}

// ---- compositional translation ----

type option struct {
	g       *enterm.NGram
	full    bool
	half    int
	unexpl  int     // English and Japanese words left unexplained
	spec    float64 // how specific the covered English words are: rare words count more
	covered int
	ue, uj  int
	cooc    int
}

func (r *run) compose() {
	keys := make([]string, 0, len(r.ja))
	for k := range r.ja {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		jc := r.ja[k]
		if jc.maximal == 0 && !jc.phrasal && jc.freq < 2 && !r.lx.Has(jc.text) {
			continue // a part of a longer term, seen once: not a term of its own
		}
		if r.learnedOnly(jc.text) {
			r.knownInSources(jc)
			continue // the whole term is a learned or known pair: no independent evidence
		}
		cs, opts, _ := r.options(jc)
		if len(opts) == 0 {
			continue
		}
		best := opts[0]
		if !best.full && best.cooc == 0 && (jc.freq < 2 && best.unexpl > 0 || best.unexpl > 1) {
			continue // a partial translation needs support: a bitext segment or a repeated term
		}
		if len(jc.units) == 1 && !(jc.freq >= 2 && best.g.Count >= 2 && jc.maximal > 0) && !deverbal(jc.units[0], best.g.Raw) {
			// one word translated by the dictionary is vocabulary, unless both sides recur,
			// or a verbal noun is rendered by a deverbal noun (拒否 = denial, not 強化 = strengthen)
			continue
		}
		r.addOption(jc, cs, best)
	}
}

func (r *run) addOption(jc *jaCand, cs []constituent, best option) {
	typ := EvPartial
	if best.full {
		typ = EvCompositional
	}
	var parts []string
	for _, c := range cs {
		if c.affix && len(c.words) == 0 {
			continue
		}
		g := "?"
		for _, e := range r.lx.Lookup(c.text) {
			g = e.Gloss
			break
		}
		if c.kata {
			g = translit.Romaji(c.text)
		} else if c.affix && g == "?" {
			g = strings.Join(affixes[c.text], "/")
		}
		parts = append(parts, c.text+" → "+g)
	}
	first := best.g.First
	r.add(jc.text, best.g.Surface, Evidence{Type: typ, Doc: first.Doc, Line: first.Line, Quote: quote(first.Sentence), Detail: strings.Join(parts, "; ")})
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

// learnedOnly reports whether every gloss of ja was learned from a parenthetical or
// taken from the glossary: composing it again would count the same evidence twice.
func (r *run) learnedOnly(ja string) bool {
	es := r.lx.Lookup(ja)
	for _, e := range es {
		if e.Source != "paren" && e.Source != "glossary" {
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
	cs := r.constituents(jc.units)
	nonAffix := 0
	for _, c := range cs {
		if !c.affix {
			nonAffix++
		}
	}
	if nonAffix == 0 {
		return nil, nil, 0
	}
	// the expected English length: the first gloss of each part
	expect := 0
	for _, c := range cs {
		if c.affix {
			continue
		}
		n := 1
		if len(c.glosses) > 0 {
			n = max(1, len(c.glosses[0])) // EDICT and the glossary give the main sense first
		}
		expect += n
	}
	// candidate n-grams: those sharing a word with some constituent's glosses
	seen := map[int]bool{}
	var opts []option
	try := func(id int) {
		if seen[id] {
			return
		}
		seen[id] = true
		g := r.en.Get(id)
		m := len(g.Words)
		if m == 0 || m > nonAffix+2 {
			return
		}
		info := r.ngInfo(g)
		covered, ue, uj, headOK, half, explained := coverage2(cs, g.Words, g.Raw, info.heads)
		if covered == 0 || !headOK {
			return
		}
		stops := info.stops
		if stops > 0 && !jc.phrasal && !info.ofFor {
			return // Ministry of Defense, but not "Wyoming on June"
		}
		o := option{g: g, covered: covered, ue: ue, uj: uj, half: half,
			unexpl: max(ue-explained, uj)} // a gap on both sides is one hypothesis: 拡大 = extended
		switch {
		case stops > 1:
			return
		case ue == 0 && uj == 0:
			o.full = half == 0
		case stops > 0 && !jc.phrasal:
			return // a partial rendering must be a compound: "country for decades" is not
		case ue <= 1 && uj <= 1 && ue <= uj+explained && (nonAffix >= 2 || half > 0):
		default:
			return
		}
		o.cooc = r.cooc(jc.key, g.Key)
		for i, w := range g.Words {
			for _, c := range cs {
				if covers(c, w, g.Raw[i]) {
					n := 1
					if u := r.en.Lookup(strings.TrimPrefix(g.Raw[i], "^")); u != nil {
						n = u.Count
					}
					o.spec += 1 / math.Log(2+float64(n))
					break
				}
			}
		}
		opts = append(opts, o)
	}
	for _, c := range cs {
		for _, w := range c.words {
			for _, id := range r.en.WithWord(w) {
				try(id)
			}
		}
	}
	if len(opts) == 0 {
		return cs, nil, 0
	}
	sort.Slice(opts, func(i, j int) bool {
		a, b := opts[i], opts[j]
		if a.full != b.full {
			return a.full
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
	})
	return cs, opts, expect
}

// ngramInfo caches what compose asks of an English n-gram.
type ngramInfo struct {
	heads []int
	stops int
	ofFor bool
	done  bool
}

func (r *run) ngInfo(g *enterm.NGram) *ngramInfo {
	for len(r.ngCache) <= g.ID {
		r.ngCache = append(r.ngCache, ngramInfo{})
	}
	in := &r.ngCache[g.ID]
	if !in.done {
		*in = ngramInfo{heads: enHeads(g.Surface), stops: internalStops(g.Surface), ofFor: ofFor(g.Surface), done: true}
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

// ---- quoted passages ----

// minQuote is the least length in bytes of a Japanese sentence looked for in the English
// sources (about 30 characters).
const minQuote = 90

// quotes locates Japanese sentences that translate a sentence of the English sources:
// each term of the sentence with a proposed English rendering, and each Latin word, votes
// for the English sentences holding that rendering; the best sentence is kept when at
// least three anchors agree, they are most of the sentence's anchors, and the lengths fit
// (English characters 1 to 4.5 times the Japanese). Words found in more than a few English
// sentences do not vote, which keeps the search linear.
func (r *run) quotes(en []Doc, pairs []Pair) []Segment {
	const maxPostings = 8
	type enSent struct {
		doc  string
		line int
		text string
	}
	var sents []enSent
	post := map[string][]int{}
	for _, d := range en {
		for _, s := range segment.English(d.Text) {
			id := len(sents)
			sents = append(sents, enSent{d.Name, s.Line, s.Text})
			for _, k := range clausesNGrams(s.Text) {
				if p := post[k]; len(p) <= maxPostings && (len(p) == 0 || p[len(p)-1] != id) {
					post[k] = append(p, id)
				}
			}
		}
	}
	render := map[string][]string{}
	for _, p := range pairs {
		k := textnorm.Key(p.JA)
		render[k] = append(render[k], p.enKey)
	}
	var out []Segment
	for _, s := range r.sents {
		if len(s.keys) == 0 {
			continue
		}
		votes := map[int]int{}
		anchors := 0
		used := map[string]bool{}
		vote := func(keys []string) {
			for _, k := range keys {
				if used[k] {
					return // the same English counted once: 国家安全保障戦略（National Security Strategy）
				}
			}
			for _, k := range keys {
				used[k] = true
			}
			hit := false
			seen := map[int]bool{}
			for _, k := range keys {
				p := post[k]
				if len(p) == 0 || len(p) > maxPostings {
					continue
				}
				hit = true
				for _, id := range p {
					if !seen[id] {
						seen[id] = true
						votes[id]++
					}
				}
			}
			if hit {
				anchors++
			}
		}
		for _, k := range s.keys {
			if ens := render[k]; len(ens) > 0 {
				vote(ens)
			}
		}
		for _, w := range latinWords(s.text) {
			vote([]string{enterm.Key(w)})
		}
		best, bestVotes := -1, 0
		for id, v := range votes {
			if v > bestVotes || v == bestVotes && id < best {
				best, bestVotes = id, v
			}
		}
		if best < 0 || bestVotes < 3 || bestVotes*2 < anchors {
			continue
		}
		ratio := float64(utf8.RuneCountInString(sents[best].text)) / float64(utf8.RuneCountInString(s.text))
		if ratio < 1 || ratio > 4.5 {
			continue
		}
		out = append(out, Segment{JA: s.text, EN: sents[best].text, Doc: s.doc, Line: s.line, Origin: "quote"})
	}
	return out
}

// latinWords returns the runs of Latin words of a Japanese sentence, each run one phrase
// (National Defense Strategy, NATO).
func latinWords(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool {
		return !(r < utf8.RuneSelf && (r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == ' ' || r == '-'))
	}) {
		f = strings.TrimSpace(f)
		if len(f) >= 2 && strings.IndexFunc(f, func(r rune) bool { return r >= 'A' && r <= 'z' }) >= 0 {
			out = append(out, f)
		}
	}
	return out
}

// ---- results ----

func (r *run) finish() []Pair {
	known := knownPairs(r.opts.Glossary)
	var out []Pair
	for _, p := range r.pairs {
		jc := r.ja[textnorm.Key(p.JA)]
		if jc != nil {
			p.JAFreq = jc.freq
		}
		if g := r.en.Lookup(p.EN); g != nil {
			p.ENFreq = g.Count
			p.EN = preferSurface(p.EN, g.Surface)
			hasAtt := false
			for _, e := range p.Evidence {
				if e.Type == EvCompositional || e.Type == EvPartial || e.Type == EvTranslit {
					hasAtt = true
				}
			}
			if !hasAtt {
				p.Evidence = append(p.Evidence, Evidence{Type: EvAttested, Doc: g.First.Doc, Line: g.First.Line, Quote: quote(g.First.Sentence)})
			}
		}
		if id, ok := known[textnorm.Key(p.JA)+"\x00"+p.enKey]; ok {
			p.Known, p.ConceptID = true, id
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
		if jc != nil && len(jc.units) == 1 && !hasType(p.Evidence, EvParen) && !hasType(p.Evidence, EvAcronym) {
			p.Score = math.Min(p.Score, 0.85) // a single word is vocabulary until a gloss says it is a term
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

// score combines evidence by noisy-OR, each type counted once.
func score(evs []Evidence) float64 {
	seen := map[string]bool{}
	q := 1.0
	for _, e := range evs {
		if seen[e.Type] {
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
