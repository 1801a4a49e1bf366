package align

import (
	"runtime"
	"strings"
	"sync"

	"github.com/glossterm/gloss/align/internal/enterm"
	"github.com/glossterm/gloss/align/internal/jaterm"
	"github.com/glossterm/gloss/align/internal/wordnet"
	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/lexicon"
	"github.com/glossterm/gloss/internal/morph"
	"github.com/glossterm/gloss/internal/segment"
	"github.com/glossterm/gloss/internal/textnorm"
)

// Evidence types.
const (
	EvParen          = "paren"       // the English stands in parentheses after the Japanese term
	EvParenLoose     = "paren-loose" // …but its head does not translate the Japanese head: related, not equivalent
	EvAcronym        = "acronym"     // an acronym in parentheses, verified by its expansion or by initials
	EvAcronymUnver   = "acronym-unverified"
	EvTranslit       = "translit"          // katakana transliteration of the English
	EvCompositional  = "compositional"     // every part translated through the lexicon, the result attested
	EvDictionary     = "dictionary"        // the term is one lexicon word, and the English attests its gloss
	EvDictPhrase     = "dictionary-phrase" // the term is one lexicon word whose gloss of several words the English is
	EvApprox         = "approximate"       // every part translated, but a gloss met in part or two parts on one word
	EvPartial        = "partial"           // all but one part translated, the result attested
	EvThesaurus      = "thesaurus"         // every part translated, a gloss word replaced by a WordNet neighbour
	EvDefinition     = "definition"        // one English noun whose WordNet definition renders every part
	EvBitext         = "bitext"            // the two co-occur in aligned bitext segments
	EvParallel       = "parallel"          // the best rendering of the term in every aligned segment holding it
	EvQuoted         = "quoted"            // the one quotation of an aligned segment on each side
	EvParenMirror    = "paren-mirror"      // the one parenthetical noun phrase of an aligned segment on each side
	EvTitledName     = "titled-name"       // a name and its post: the post's gloss before a name heard as the Japanese one
	EvEliminated     = "eliminated"        // the one unexplained term on each side of an aligned segment
	EvEliminatedPart = "eliminated-part"   // …and a part of the Japanese is glossed inside the English
	EvAttested       = "attested"          // the English occurs in the English sources
	EvGlossary       = "glossary"          // the pair is in the glossary
)

// weights of the evidence types, combined by noisy-OR.
var weights = map[string]float64{
	EvParen:          0.9,
	EvParenLoose:     0.5,
	EvAcronym:        0.9,
	EvAcronymUnver:   0.6,
	EvTranslit:       0.85,
	EvCompositional:  0.9,
	EvDictionary:     0.75,
	EvDictPhrase:     0.9,
	EvApprox:         0.75,
	EvPartial:        0.5,
	EvThesaurus:      0.6,
	EvDefinition:     0.6,
	EvBitext:         0.5,
	EvParallel:       0.6,
	EvQuoted:         0.85,
	EvParenMirror:    0.85,
	EvTitledName:     0.85,
	EvParenAnchor:    0.85,
	EvPostParen:      0.85,
	EvNamedPost:      0.85,
	EvNamedPlace:     0.85,
	EvNameOrder:      0.75,
	EvNameOrderPart:  0.6,
	EvPremodified:    0.75,
	EvEliminated:     0.45,
	EvEliminatedPart: 0.3,
	EvAttested:       0.3,
	EvGlossary:       1,
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

	enKey     string
	contested bool    // an aligned document renders the Japanese otherwise as often or more
	headOnly  bool    // a part met only by the head of a gloss of several words (see headOnly)
	joined    float64 // the score of the name a numbered part's rendering was joined with (see extendNumbered)
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
	CandidatesCapped               bool // 100,000 candidates were reached: later new candidates were not counted
	Overruled                      int  // pairs not proposed because the glossary pairs their Japanese with other English
}

// maxCandidates bounds the distinct Japanese candidates a run tracks. The two commentaries
// have about 3,000; a book of real prose stays far below the bound, which only text with no
// repetition at all (random characters) reaches.
const maxCandidates = 100000

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
	// WordNet, when not "", is the directory of WordNet 3.0's noun files
	// ([InstalledWordNet]): a gloss word may then be met by a synonym, a broader or a
	// narrower word of it (EvThesaurus, a review-tier evidence).
	WordNet string
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
	free      int // occurrences outside aligned segments
	phrasal   bool
	quoted    bool // the whole of a quotation 「…」 at some occurrence
	coord     int  // coordinators joining two terms inside it (jaterm.Coordinators)
	disj      int  // of which join alternatives (又は: jaterm.Disjunctions), rendered by "or"
	either    int  // of which list an open set (や: jaterm.Either), rendered by "and" or "or"
	caseLinks int  // links of a case particle and の (への, との: jaterm.CaseLinks)
	first     occ
	// cuts counts the occurrences nested in a longer term, by the unit before the
	// candidate and its first unit written together (安全|保障 for 保障条約 inside
	// 日米安全保障条約): when the lexicon knows that word, the candidate cuts it
	cuts map[string]int
	// edges counts the occurrences by what stands at their edges (see misbounded)
	edges map[edge]int
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
	segIDs  [][]int // the n-grams of each aligned segment, once asked for (see segmentIDs)
	segLong [][]int // the long n-grams of each aligned segment, once asked for, and -1 (see alignSegments)
	opts    Options
	ja      map[string]*jaCand
	th      *jaterm.Termhood
	en      *enterm.Index
	lx      *lexicon.Lexicon
	learned bool // a modifier was learned from compounds and is in lx (see modifierGlosses)
	sents   []*sentence
	pairs   map[string]*Pair // ja key + "\x00" + en key
	bitext  []BitextSegment
	bitJA   []map[string]bool
	bitEN   []map[string]bool
	segJA   []segJA               // the tokens and chunks of each bitext segment's Japanese (see eliminate)
	phrases map[string][][]string // the glosses with function words inside of each lexicon word (see innerGlossStops)
	stats   Stats
	step    int
	steps   int
	haveLex bool
	wn      *wordnet.WordNet
	// irregular maps a normalized verb to the normalized irregular forms WordNet lists for
	// it (build: built), once asked (see participleForms)
	irregular map[string][]string
	// compForms memoizes the comparative forms of a part's glosses (see comparative)
	compForms map[string][]string
	// thesCache holds the thesaurus glosses of each constituent text (see expand)
	thesCache map[string]*thesExp
	// defCache holds the WordNet definitions of the English nouns (see nounDefs)
	defCache map[string]*defNoun
	// segGlossed maps each aligned segment to the English gloss words of its Japanese
	// words (see glossedElsewhere)
	segGlossed map[int]map[string][]string
	ngCache    []ngramInfo
	// compounds caches the hyphenated compounds of the n-grams that hold one (see
	// hyphenSlack), by n-gram id
	compounds map[int][]compound
	// fineParts caches the literal reading of multi-unit constituents (see resplit)
	fineParts map[string][]constituent
	cover     coverState                 // the rows of English words against a segmentation (see coverMemo)
	sims      map[string]map[string]bool // katakana sound → English word → sounds like it (see soundsLike)
	memo      memos                      // look-ups remembered (memo.go)
	// sounded maps a katakana candidate to the words of the English it transliterates
	// (see translits), the words to look for when it is a part of a longer term
	sounded map[string][]string
	// otherWords holds the text's nouns of one or two kanji (see leftoverGlosses)
	otherWords map[string]bool
	// leftovers holds the runs whose English leftoverGlosses learned
	leftovers []string
}

// Run aligns Japanese documents with English sources and a bitext.
func Run(ja, en []Doc, bitext []BitextSegment, opts Options) (*Result, error) {
	res, _, err := runAll(ja, en, bitext, opts)
	return res, err
}

// runAll is Run that also returns its state, for tests that look inside.
func runAll(ja, en []Doc, bitext []BitextSegment, opts Options) (*Result, *run, error) {
	if opts.MinMissingFreq == 0 {
		opts.MinMissingFreq = 2
	}
	r := &run{opts: opts, ja: map[string]*jaCand{}, th: jaterm.NewTermhood(), en: enterm.NewIndex(),
		lx: lexicon.New(), pairs: map[string]*Pair{}, bitext: bitext, steps: 8, fineParts: map[string][]constituent{}, thesCache: map[string]*thesExp{},
		defCache: map[string]*defNoun{}, segGlossed: map[int]map[string][]string{}}
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
	r.segJA = make([]segJA, len(bitext))
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
		open := segmentOpens(b.JA)
		r.en.AddAlignedOpen(b.Doc, b.Line, b.EN, open)
		r.bitEN[i] = map[string]bool{}
		for _, c := range alignedNGrams(b.EN, open) {
			r.bitEN[i][c] = true
		}
	}
	r.stats.ENNGrams = r.en.Len()
	r.progress()

	// 3. Lexicon: glossary, EDICT, affixes.
	if err := r.buildLexicon(); err != nil {
		return nil, nil, err
	}
	r.progress()

	// 4. Evidence.
	r.mineParens()
	r.progress()
	r.translits()
	r.progress()
	r.compose()
	r.alignSegments()
	r.extendNumbered()
	r.eliminate()
	r.latinAcronyms()
	r.identicalLatin()
	r.numberedDesignations()
	r.numberedHeadings(ja, en)
	r.listItems()
	r.parenMirrors()
	r.titledPersons()
	r.reorderedNames()
	r.anchoredNames()
	r.postParens()
	r.namedPosts()
	r.parenNamedPosts()
	r.namedPlaces()
	r.shortForms()
	r.premodifiedVariants()
	r.acronymGlosses()
	r.expandedAcronyms()
	r.prefixedAcronyms()
	r.partiesNames()
	r.nameLists()
	r.coordMembers()
	r.nameHeads()
	r.glossHeads()
	r.countryTitles()
	r.unglossedHeads()
	r.unglossedHeadsFirst()
	r.linkedHeads()
	r.coordSpans()
	r.subtractInner()
	r.headsBefore()
	r.partsProposed()
	r.progress()

	res := &Result{Stats: r.stats}
	res.Pairs = r.finish()
	res.Stats.Overruled = r.stats.Overruled
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
	return res, r, nil
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
					s.toks = tokenize(s.text)
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
	if s.bitext >= 0 {
		r.segJA[s.bitext] = newSegJA(s)
	}
	r.noteOtherWords(s.toks)
	for _, c := range s.chunks {
		text := c.Text(s.text, s.toks)
		key := textnorm.Key(text)
		if s.bitext >= 0 {
			r.bitJA[s.bitext][key] = true
		}
		jc := r.ja[key]
		if jc == nil && len(r.ja) >= maxCandidates {
			r.stats.CandidatesCapped = true
			continue // memory stays bounded on pathological text: only known candidates count on
		}
		if jc == nil {
			jc = &jaCand{key: key, text: text, units: jaterm.Units(s.toks, c), phrasal: c.Phrasal,
				coord: jaterm.Coordinators(s.toks, c), disj: jaterm.Disjunctions(s.toks, c), either: jaterm.Either(s.toks, c),
				caseLinks: jaterm.CaseLinks(s.toks, c),
				first:     occ{s.doc, s.line, s.text}}
			r.ja[key] = jc
		}
		jc.freq++
		jc.quoted = jc.quoted || c.Quoted
		jc.noteEdges(s.toks, c)
		if s.bitext < 0 {
			jc.free++
		}
		if c.Nested && c.From > 0 && !c.Phrasal {
			if prev := s.toks[c.From-1]; prev.End == s.toks[c.From].Start && (prev.POS[0] == "名詞" || prev.POS[0] == "接頭詞") {
				if jc.cuts == nil {
					jc.cuts = map[string]int{}
				}
				jc.cuts[prev.Surface+s.toks[c.From].Surface]++
			}
		}
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
