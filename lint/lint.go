package lint

import (
	"fmt"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/morph"
	"github.com/glossterm/gloss/internal/textnorm"
	"github.com/glossterm/gloss/match"
)

// Options tune a Linter.
type Options struct {
	// Match is passed to match.Compile.
	Match match.Options
	// Workers bounds the goroutines that match the segments of a large document; 0 means
	// GOMAXPROCS. Findings do not depend on it.
	Workers int
	// Glosses, when set, gives the English glosses of Japanese words (a dictionary:
	// [lexicon.EDICTGlosses]); lint asks it only where a missing-term finding is about to
	// fire, to tell a paraphrase of a term from an omission (see RuleParaphrased). Without
	// it, the glossary, loanwords' sound and English word forms still tell.
	Glosses func(words []string) map[string][]string
	// NoteParaphrases reports the paraphrases lint accepts (a term whose every part the
	// translation renders, its head shared or elided, its verbal noun written as a
	// clause) as paraphrased-term notes among the findings. By default they are no
	// findings: a run keeps them apart, in [Run.Accepted].
	NoteParaphrases bool
}

// Linter checks documents against one glossary. It is safe for concurrent use.
type Linter struct {
	g         *glossary.Glossary // the glossary New compiled; nil from NewIndex
	languages []string           // the glossary's declared languages
	m         *match.Matcher
	derived   *match.Matcher // short forms, verbs and adjectives; nil when the glossary has none
	// tokenize is kagome over the lean dictionary, morph.TokenizeLean (or
	// Options.Match.Tokenize): it tells where a Japanese word ends, whether a noun is used
	// as a verb and whether a country names a person's title, asked only before a
	// missing-term finding.
	tokenize func(string) []morph.Token
	short    map[*glossary.Concept]bool // the concepts with short forms
	workers  int
	glosses  func([]string) map[string][]string // Options.Glosses
	notePara bool                               // Options.NoteParaphrases
	// terms are the glossary's terms met so far in the texts linted, each with its
	// concept, language and textnorm key, added the first time a text has it; termIdx
	// their index there, which stays. A use keeps a term by index. A large glossary is
	// never held whole (NewIndex): the table has only the terms the texts name.
	// parts are the parts of the Japanese terms the spelling-variant check has split
	// (ownParts), by the term's text.
	parts sync.Map
	// jaHeads are the Japanese head noun and modifiers of the concepts a head-noun
	// reference was looked for in (jaHeadParts), by concept and language.
	jaHeads sync.Map
	termsMu sync.RWMutex
	terms   []termInfo
	termIdx map[*glossary.Term]int32
}

// New compiles g for linting.
func New(g *glossary.Glossary, opts Options) (*Linter, error) {
	var langs []string
	if g != nil {
		langs = g.Languages
	}
	l, err := newLinter(langs, opts, func(mo match.Options) (*match.Matcher, error) { return match.Compile(g, mo) })
	if l != nil {
		l.g = g
	}
	return l, err
}

// NewIndex compiles the glossary of ix for linting, reading its concepts one at a time:
// the linter keeps the matchers, which name concepts by number, and decodes a concept when
// a text has one of its terms ([match.CompileIndex]). For a large glossary from the
// compiled cache ([glossary.OpenModel]) that is a fraction of the memory of [New] on the
// whole model; the findings are the same.
func NewIndex(ix *glossary.Index, opts Options) (*Linter, error) {
	return newLinter(ix.Languages(), opts, func(mo match.Options) (*match.Matcher, error) { return match.CompileIndex(ix, mo) })
}

func newLinter(languages []string, opts Options, compile func(match.Options) (*match.Matcher, error)) (*Linter, error) {
	// The two matchers are compiled at once: each reads every concept, and the derived
	// one (short forms, verbs, adjectives) holds little while it does.
	mo := opts.Match
	mo.Derived = true
	var derived *match.Matcher
	var derr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		derived, derr = compile(mo)
	}()
	m, err := compile(opts.Match)
	<-done
	if err != nil {
		return nil, err
	}
	if derr != nil {
		return nil, derr
	}
	l := &Linter{languages: languages, m: m, derived: derived, workers: opts.Workers, tokenize: opts.Match.Tokenize, glosses: opts.Glosses, notePara: opts.NoteParaphrases}
	if l.tokenize == nil {
		l.tokenize = morph.TokenizeLean
	}
	if p, _ := l.derived.Patterns(); p == 0 {
		l.derived = nil // no short forms, verbs or adjectives
		return l, nil
	}
	for _, c := range l.derived.Concepts(match.KindShort) {
		if l.short == nil {
			l.short = map[*glossary.Concept]bool{}
		}
		l.short[c] = true
	}
	return l, nil
}

// termOf returns the index of o's term in l.terms and its entry there, adding it the
// first time a text has it. Entries are never changed once added, so the one returned may
// be read without the lock.
func (l *Linter) termOf(o *match.Occurrence) (int32, *termInfo) {
	l.termsMu.RLock()
	i, ok := l.termIdx[o.Term]
	var t *termInfo
	if ok {
		t = &l.terms[i]
	}
	l.termsMu.RUnlock()
	if ok {
		return i, t
	}
	return l.addTerm(o)
}

// addTerm adds o's term to l.terms, unless another goroutine has, and returns its index
// and entry. Only the term is kept: the keys of its concept's other terms, which say
// whether the concept may vary, are made and let go.
func (l *Linter) addTerm(o *match.Occurrence) (int32, *termInfo) {
	c := o.Concept
	info := termInfo{term: o.Term, concept: c, lang: o.Lang, key: textnorm.Key(o.Term.Text), short: l.short[c],
		acronym: isAcronym(o.Term.Text)}
	for _, t := range c.Terms[o.Lang] {
		if t != o.Term && t.Status.Allowed() {
			if k := textnorm.Key(t.Text); len(k) > len(info.key) && strings.Contains(k, info.key) {
				info.abbrev = true
			}
		}
	}
	var key string // the key of the concept's first approved term, not an acronym
	for _, terms := range c.Terms {
		for _, t := range terms {
			if !t.Status.Allowed() || isAcronym(t.Text) {
				continue
			}
			k := info.key
			if t != o.Term {
				k = textnorm.Key(t.Text)
			}
			if key == "" {
				key = k
			} else if k != key {
				info.vary = true
			}
		}
	}
	l.termsMu.Lock()
	defer l.termsMu.Unlock()
	i, ok := l.termIdx[o.Term]
	if !ok { // or another goroutine added it
		if l.termIdx == nil {
			l.termIdx = map[*glossary.Term]int32{}
		}
		i = int32(len(l.terms))
		l.termIdx[o.Term] = i
		l.terms = append(l.terms, info)
	}
	return i, &l.terms[i]
}

// term returns the entry of l.terms with index i, given by termOf.
func (l *Linter) term(i int32) *termInfo {
	l.termsMu.RLock()
	defer l.termsMu.RUnlock()
	return &l.terms[i]
}

// termInfo is a term of the glossary with its concept, language and textnorm key, and
// what the checks of a segment ask of its concept.
type termInfo struct {
	term    *glossary.Term
	concept *glossary.Concept
	lang    string
	key     string
	// short says that the concept has short forms; vary that it has two or more approved
	// terms, not acronyms, of different keys: a concept with one can never be rendered
	// inconsistently, and its uses need not be kept.
	short, vary bool
	// abbrev says that another allowed term of the concept in the term's language contains
	// it (sourceShort).
	abbrev bool
	// acronym says that the term is an acronym (isAcronym), which the consistency check
	// neither counts nor reports.
	acronym bool
}

// useKey is a concept in a part of a file (Segment.Part), for the short-form note.
type useKey struct {
	part    string
	concept *glossary.Concept
}

// add appends to out a finding at [start, end) of t, a text of seg, unless a note on the
// segment suppresses it. It only reads r, so workers may call it at once.
func (r *docRun) add(out *[]Finding, seg *Segment, t Text, start, end int, f Finding, fp *fpCache) {
	f.File = r.doc.File
	f.Segment = seg.ID
	f.Offset, f.EndOffset = t.FileOffset(start), t.FileOffset(end)
	if end == start {
		f.EndOffset = f.Offset
	}
	f.Line, f.Col, f.ByteCol = r.ln.pos(f.Offset)
	f.EndLine, f.EndCol, f.EndByteCol = r.ln.pos(f.EndOffset)
	if ignored(seg.Ignore, f.Rule, f.Concept) {
		return
	}
	f.fingerprintBase = fp.hex(f.File, f.Rule, f.Concept, f.Term, t.Value)
	*out = append(*out, f)
}

// splitBytes is the size past which a monolingual segment is matched and checked a part
// at a time, cut where match.SplitAt finds the parts give the whole's occurrences: what a
// part holds while it is checked (its normalized copy, the candidate matches, the
// occurrences) takes some five bytes per byte of text, so a paragraph of 50 MB on one
// line held some 250 MB on top of itself.
var splitBytes = 1 << 20 // a variable for the tests, which cut small parts

// checkSegment matches one segment and runs the checks that need only it, leaving in res
// what they yield in the compact form that outlives the segment's text: the occurrences
// are in a recycled buffer, and the uses kept are made from them while it is at hand.
func (l *Linter) checkSegment(r *docRun, seg *Segment, res *compacted, buf *[]match.Occurrence) {
	doc := r.doc
	if !doc.Monolingual && strings.TrimSpace(seg.Target.Value) == "" {
		return // not translated yet
	}
	var fp fpCache
	add := func(seg *Segment, t Text, start, end int, f Finding) {
		r.add(&res.findings, seg, t, start, end, f, &fp)
	}
	if doc.Monolingual {
		// Checked a part at a time where the text can be cut (match.SplitAt): a
		// paragraph of many megabytes on one line holds a part's occurrences, not all.
		text := seg.Target.Value
		for lo := 0; lo < len(text); {
			hi := len(text)
			if len(text)-lo > splitBytes {
				hi = l.m.SplitAt(text, lo+splitBytes)
			}
			tgt := l.m.AppendLang((*buf)[:0], text[lo:hi], doc.TargetLang)
			for k := range tgt {
				tgt[k].Start += lo
				tgt[k].End += lo
			}
			l.checkTarget(r, seg, res, tgt, nil, &conceptSet{}, &fp)
			*buf = tgt[:0]
			lo = hi
		}
		return
	}
	// The target's occurrences, then the source's, in the worker's buffer: none outlives
	// the segment (the uses and short forms kept are compact copies).
	all := l.m.AppendLang((*buf)[:0], seg.Target.Value, doc.TargetLang)
	nt := len(all)
	all = l.m.AppendLang(all, seg.Source.Value, doc.SourceLang)
	defer func() { *buf = all[:0] }()
	tgt, src := all[:nt:nt], all[nt:]
	var srcHas, tgtHas conceptSet // only a source needs them
	// masked is the translation, in English, with the terms that are part of a longer name
	// blanked out at the same offsets ("Deputy Secretary of Defense" renders no Secretary
	// of Defense): the required-term checks of those terms' concepts (maskedHas) read it,
	// so that no description of the term finds the term's words in the name.
	// outside is the target's occurrences but those inside a longer name, which render
	// another post and count for nothing the translation says of the term: neither its
	// consistency nor its forbidden wordings. It is tgt itself while every occurrence is.
	var masked string
	var maskedHas conceptSet
	outside := tgt
	if len(src) > 0 {
		for _, o := range src {
			srcHas.add(o.Concept)
		}
		var blank []byte
		for k, o := range tgt {
			if l.insideName(seg, o, src, doc) {
				if blank == nil {
					blank = []byte(seg.Target.Value)
					outside = append([]match.Occurrence(nil), tgt[:k]...)
				}
				for i := o.Start; i < o.End; i++ {
					blank[i] = ' '
				}
				maskedHas.add(o.Concept)
				continue
			}
			tgtHas.add(o.Concept)
			if blank != nil {
				outside = append(outside, o)
			}
		}
		if blank != nil {
			masked = string(blank)
		}
	}
	l.checkTarget(r, seg, res, outside, src, &srcHas, &fp)
	// Required terms and do-not-translate terms, once per source span.
	var done conceptSet
	var plainShadow, maskedShadow string
	var derived []match.Occurrence // the target's short forms, verbs and adjectives, found once needed
	derivedDone := false
	var toks sentences       // the source's morphemes, sentence by sentence, once needed
	var nestedHas conceptSet // the translation's concepts, those inside a longer term included, once needed
	nestedDone := false
	var unclip unclipped // the checks of the translation read with its clippings' full words, once needed
	for k := 0; k < len(src); {
		j := k
		for j < len(src) && src[j].Start == src[k].Start && src[j].End == src[k].End {
			j++
		}
		group := src[k:j]
		k = j
		o := group[0]
		if done.has(o.Concept) {
			continue
		}
		if !isJapanese(doc.SourceLang) && partOfLongerName(seg.Source.Value, o.Start, o.End) {
			continue // "Secretary of Defense" in "Deputy Assistant Secretary of Defense": another post
		}
		if isJapanese(doc.SourceLang) && deputyPost(seg.Source.Value, o.Start) {
			continue // 首相 in 副首相, "Deputy Prime Minister": another post
		}
		done.add(o.Concept)
		found := seg.Source.Value[o.Start:o.End]
		if keep := o.Concept.Translate; keep != nil && !*keep && keptAsWritten(o, doc.TargetLang) {
			if plainShadow == "" {
				plainShadow = textnorm.Key(seg.Target.Value) // as written, whatever name it is in
			}
			if !strings.Contains(plainShadow, textnorm.Key(found)) {
				f := Finding{Rule: RuleKeep, Severity: Error, Concept: o.Concept.ID, Term: found, Lang: doc.TargetLang, Suggestion: found,
					Message: fmt.Sprintf("the source has %s (%s), which is kept as written: the translation must contain %s", quote(found), o.Concept.ID, quote(found))}
				if isJapanese(doc.SourceLang) && weParty(seg.Source.Value, o.Start, o.End, seg.Target.Value) {
					f.we = o.Concept // 日本とNATOは: "we" (Run.settlePending)
				} else if isJapanese(doc.SourceLang) && !isJapanese(doc.TargetLang) && postByTitle(seg.Source.Value, o, seg.Target.Value) {
					f.we, f.weHow = o.Concept, byTitle // NATO事務総長: "the Secretary General" (Run.settlePending)
				}
				add(seg, seg.Target, 0, 0, f)
			}
			continue
		}
		// The translation as this group's checks read it, and its textnorm key once needed.
		tgtVal, tgtShadow := seg.Target.Value, &plainShadow
		if masked != "" {
			for _, g := range group {
				if maskedHas.has(g.Concept) {
					tgtVal, tgtShadow = masked, &maskedShadow
				}
			}
		}
		satisfied, applicable := false, false
		for _, g := range group {
			if len(g.Concept.Terms[doc.TargetLang]) > 0 {
				applicable = true
			}
			if tgtHas.has(g.Concept) {
				satisfied = true
			}
		}
		if !applicable || satisfied {
			continue
		}
		// The longest term decides what the source demands, never what the translation
		// contains: 日米防衛協力のための指針 is one term, and it writes 防衛協力 all the same.
		if !nestedDone {
			nestedDone = true
			for _, t := range l.m.AppendNested(all[len(all):], seg.Target.Value, doc.TargetLang) {
				if !l.insideName(seg, t, src, doc) {
					nestedHas.add(t.Concept)
				}
			}
		}
		for _, g := range group {
			if nestedHas.has(g.Concept) {
				satisfied = true
			}
		}
		if satisfied {
			continue
		}
		if isJapanese(doc.SourceLang) && l.partiesLeftToContext(found, doc.SourceLang, &nestedHas) {
			continue // 日米安全保障協議委員会: "the Security Consultative Committee"
		}
		if l.postposedField(seg.Source.Value, o, doc.SourceLang, &nestedHas) {
			continue // "bilateral cooperation on security": bilateral security cooperation, 安全保障協力
		}
		if isJapanese(doc.SourceLang) && l.insideModifiedTerm(seg.Source.Value, o, doc.SourceLang, &tgtHas, &nestedHas) {
			continue // 軍事力 in 軍事力の急速な増強, "rapid military buildup"
		}
		if isJapanese(doc.SourceLang) && !isJapanese(doc.TargetLang) {
			if *tgtShadow == "" {
				*tgtShadow = textnorm.Key(tgtVal)
			}
			if countriesNamed(found, *tgtShadow) {
				continue // 日米豪印: "Australia, India, Japan, and the United States"
			}
			if partyCountAdded(found, *tgtShadow, group, doc.TargetLang) {
				continue // 日韓関係: "Japan-ROK bilateral relations"
			}
			if countryAdjectiveInCompound(seg.Source.Value, o, *tgtShadow, group, doc.TargetLang) {
				continue // 韓国国民: "Korean citizens"
			}
			if collectivePost(seg.Source.Value, o, group, *tgtShadow, doc.TargetLang) {
				continue // 日米豪防衛大臣: "the defense leaders of the three nations"
			}
			if countedPost(seg.Source.Value, o, group, *tgtShadow, doc.TargetLang) {
				continue // 両国首相: "the leaders of the two countries"
			}
			if bothPost(seg.Source.Value, o, group, *tgtShadow, doc.TargetLang) {
				continue // 両外務大臣: "the two ministers"
			}
			if relationAsShip(seg.Source.Value, o, group, *tgtShadow, doc.TargetLang) {
				continue // 「特別なパートナー」関係: "an exceptional partnership"
			}
		}
		if !isJapanese(doc.SourceLang) && isAcronym(found) && acronymModifier(seg.Source.Value, o.Start, o.End) {
			// "The SCC members" is 閣僚 (the ministers) in the official Japanese: an acronym
			// that modifies a plural noun names the people or things by the body they belong
			// to, and a translation names them by what they are, leaving the body to the
			// context, where the document has named it. Only an acronym that stands for the
			// body itself ("the SCC reaffirmed") must be rendered.
			continue
		}
		if isJapanese(doc.TargetLang) && collectiveJapanese(found, tgtVal, group, doc.SourceLang) {
			continue // 両首脳 for "the Prime Ministers of Japan and Australia"
		}
		if isJapanese(doc.TargetLang) && countryCompound(tgtVal, group, doc.TargetLang) {
			continue // 日米韓 for "Japan, the Republic of Korea, and the United States"
		}
		if isJapanese(doc.TargetLang) && !isJapanese(doc.SourceLang) && countryAbbreviated(l, seg.Source.Value, o, tgtVal, group, doc.TargetLang) {
			continue // 訪韓 for "a visit to the ROK", 三か国 for "the ROK, Japan and the United States", 日韓国交 for "Japan-ROK relations"
		}
		if isJapanese(doc.TargetLang) && !isJapanese(doc.SourceLang) && renderedByOwnCountry(seg.Source.Value, o.Start, tgtVal, group, doc.TargetLang) {
			continue // 我が国は for "the Government of Japan", 我が国政府 for 日本政府
		}
		if isJapanese(doc.TargetLang) && l.headWithPlace(seg.Source.Value, o, tgtVal, group, doc.TargetLang) {
			continue // 国賓としてのインド御訪問 for "the State Visit to India"
		}
		if isJapanese(doc.TargetLang) && collectiveInstitution(tgtVal, group, doc.TargetLang) {
			continue // 日米両政府 for "the Government of Japan and the Government of the United States"
		}
		if isJapanese(doc.TargetLang) && modifiedHead(tgtVal, group, doc.TargetLang) {
			continue // 二国間の十分な調整 for "full bilateral coordination"
		}
		if isJapanese(doc.TargetLang) && attributiveVariant(tgtVal, group, doc.TargetLang) {
			continue // 共有する価値 for "shared values", where the glossary writes 共有された価値
		}
		if isJapanese(doc.TargetLang) && !isJapanese(doc.SourceLang) && verbPhraseVariant(seg.Source.Value, o, tgtVal, group, doc.SourceLang, doc.TargetLang) {
			continue // 価値を共有している for "share common values"
		}
		if isJapanese(doc.TargetLang) && l.spellingVariant(tgtVal, group, tgt, doc.TargetLang) {
			// グローバルなリーダーシップ for グローバル・リーダーシップ, 経済的な威圧 for 経済的威圧,
			// 揺るぎのない for 揺るぎない, ASEANの中心性 for ASEAN中心性
			continue
		}
		if isJapanese(doc.TargetLang) && partiesWritten(tgtVal, group, doc.TargetLang) {
			// 日米協力 or 両国間の協力 for "bilateral cooperation", 日米韓の協力 for "trilateral
			// cooperation", 日米間の緊密な協力: the term in full, which a later short form may
			// refer back to.
			for _, g := range group {
				if l.short[g.Concept] {
					res.full = append(res.full, g.Concept)
				}
			}
			continue
		}
		if isJapanese(doc.TargetLang) && !isJapanese(doc.SourceLang) && latinAcronym(tgtVal, group, doc.SourceLang) {
			continue // NSC特別会合 for "a special meeting of the National Security Council"
		}
		if isJapanese(doc.TargetLang) && listedConjunctsJapanese(tgtVal, group, doc.TargetLang) {
			continue // 平和、安定及び繁栄 for "peace and stability"
		}
		if isJapanese(doc.TargetLang) && jaCoordinatedTerm(tgtVal, group, doc.TargetLang) {
			continue // 同盟国及びパートナー for 同盟国・パートナー国
		}
		if isJapanese(doc.TargetLang) && !isJapanese(doc.SourceLang) && l.possessorAsModifier(seg.Source.Value, o, tgtVal, group, doc.TargetLang) {
			continue // 国際の平和と安全 for "the peace and security of the international community"
		}
		if isJapanese(doc.TargetLang) && !isJapanese(doc.SourceLang) && outsideArea(seg.Source.Value, o, tgtVal) {
			continue // 域外 for "outside Europe"
		}
		if isJapanese(doc.TargetLang) && possessorListed(tgtVal, group, doc.TargetLang) {
			continue // 日本、地域、国際社会の平和と安全 for "the peace and security of Japan, the region, …"
		}
		if isJapanese(doc.TargetLang) && !isJapanese(doc.SourceLang) && foreignAndPolicy(seg.Source.Value, o, tgtVal, group, doc.TargetLang) {
			continue // 外交及び安全保障 for "foreign and security policy"
		}
		// Read in the texts alone, before the checks that analyse the source's words.
		if impliedByTitle(seg.Source.Value, seg.Target.Value, o, group, doc.SourceLang, doc.TargetLang) {
			continue // "…, Department of Defense" for the 国防 of 国防次官補代理
		}
		if meetingNamesSubject(seg.Source.Value, o, seg.Target.Value, doc.SourceLang) {
			continue // 北朝鮮に関する関係国外相会合: "the Foreign Ministers' Meeting on Security and Stability on the Korean Peninsula"
		}
		if isJapanese(doc.SourceLang) && !isJapanese(doc.TargetLang) {
			if *tgtShadow == "" {
				*tgtShadow = textnorm.Key(tgtVal)
			}
			if jointByParties(*tgtShadow, group, doc.TargetLang) {
				continue // 共同訓練: "trilateral exercises", "Japan-UK … exercises"
			}
		}
		if isJapanese(doc.SourceLang) && !isJapanese(doc.TargetLang) && l.holderTitled(seg.Source.Value, tgtVal, o, group, doc.TargetLang, &toks) {
			continue // ネハンマー首相: "Federal Chancellor Nehammer"; 岸田総理大臣: "PM Kishida"
		}
		if !l.wholeWord(seg.Source.Value, o, doc.SourceLang, &toks) {
			continue // the source has a longer word that contains the term's characters
		}
		if isJapanese(doc.SourceLang) && l.crossedByTerm(seg.Source.Value, o, doc.SourceLang, &tgtHas, &nestedHas) {
			continue // 日本の防衛 in 日本の防衛力, where 防衛力 is a word of its own
		}
		if l.modifierOfCompound(seg.Source.Value, o, doc.SourceLang, &toks) {
			continue // 日本の防衛 in 日本の防衛計画の大綱, "National Defense" in "National Defense Program Guidelines", "support for Ukraine" in "support for Ukraine's sovereignty"
		}
		if isJapanese(doc.SourceLang) && !isJapanese(doc.TargetLang) && l.partAcronym(seg.Source.Value, o, tgtVal, group, doc.TargetLang, &toks) {
			continue // 自衛隊 of 航空自衛隊: "the ASDF"
		}
		if isJapanese(doc.SourceLang) && !isJapanese(doc.TargetLang) && guestCategory(seg.Source.Value, o, tgtVal) {
			continue // 外務省 of 外務省賓客: "paying a working visit"
		}
		if isJapanese(doc.SourceLang) && nameWithAcronym(seg.Source.Value, tgtVal, o) {
			continue // 東アジア in 東アジア地域包括的経済連携(RCEP): "Regional Comprehensive Economic Partnership (RCEP)"
		}
		if nameComplement(seg.Source.Value, o, doc.SourceLang) {
			continue // "National Defense" in "Secretary of National Defense": the post's name
		}
		if isJapanese(doc.SourceLang) && mayBeTitle(seg.Source.Value, o) && personTitle(l.tokensAround(seg.Source.Value, o, &toks), o) {
			continue // 尹錫悦韓国大統領: "President Yoon Suk Yeol"
		}
		if !isJapanese(doc.TargetLang) {
			if *tgtShadow == "" {
				*tgtShadow = textnorm.Key(tgtVal)
			}
			if l.paraphrased(*tgtShadow, group, doc.TargetLang) {
				continue // "U.S. forces in Japan" for U.S. Forces Japan
			}
			if isJapanese(doc.SourceLang) && communityAsAdjective(seg.Source.Value, o, *tgtShadow, group, doc.TargetLang) {
				continue // 国際社会の諸課題: "global issues"
			}
			if isJapanese(doc.SourceLang) && l.headOfLongerCompound(seg.Source.Value, o, *tgtShadow, group, doc.TargetLang, &toks) {
				continue // 太平洋島嶼国地域の安定: "stability in the Pacific Islands region"
			}
		}
		if !isJapanese(doc.TargetLang) && nameAcronym(tgtVal, group, doc.TargetLang) {
			continue // "UNSC resolutions" for 国連安保理決議, "UN Security Council resolutions"
		}
		if !isJapanese(doc.TargetLang) && listedConjuncts(*tgtShadow, group, doc.TargetLang) {
			continue // "peace, stability, and prosperity" for 平和と安定
		}
		if coordinated(tgtVal, *tgtShadow, group, doc.TargetLang) || sharedHead(tgtVal, group, doc.TargetLang) {
			continue // "national security and defense strategies", 安全保障及び防衛協力
		}
		if l.classifierDropped(found, doc.SourceLang, &tgtHas, &nestedHas) {
			continue // インド太平洋 for "the Indo-Pacific region"
		}
		if l.derived != nil {
			if !derivedDone {
				derived, derivedDone = l.derived.AppendLang(all[len(all):], seg.Target.Value, doc.TargetLang), true
			}
			if u, ok := l.derivedRendering(seg, o, group, derived, doc.SourceLang, &toks); ok {
				switch {
				case u.Kind != match.KindShort || l.sourceShort(group, u.Concept):
				case namesReferent(tgtVal[u.Start:u.End]) || isJapanese(doc.TargetLang) && compoundedShort(tgtVal, u.Start):
					// "our Alliance", "an Alliance that…" name the alliance as a full term
					// does, and "the Alliance" may refer back to it; so does a Japanese
					// short form with a modifier written against it (日米韓パートナーシップ).
					res.full = append(res.full, u.Concept)
				default:
					ti, _ := l.termOf(u)
					res.shorts = append(res.shorts, r.compactUse(seg, u, ti, RuleShortForm, &fp))
				}
				continue
			}
		}
		// A paraphrase that renders every part of the term satisfies it: an accepted
		// rendering, which the run keeps apart from the findings (Run.Accepted), or with
		// Options.NoteParaphrases a paraphrased-term note.
		if ps, pe, why := l.paraphrase(seg.Source.Value, tgtVal, o, group, tgt, doc.SourceLang, doc.TargetLang); why != "" {
			if isJapanese(doc.SourceLang) && l.countryPairTerm(found) {
				continue // 日韓関係: "relations between Japan and the ROK", English's own syntax
			}
			para := seg.Target.Value[ps:pe]
			add(seg, seg.Target, ps, pe, Finding{Rule: RuleParaphrased, Severity: Info, Concept: o.Concept.ID, Term: found, Lang: doc.TargetLang, Reason: why,
				Message: fmt.Sprintf("the source has %s (%s); the translation renders each of its parts in %s", quote(found), o.Concept.ID, quote(para))})
			continue
		}
		if ps, pe, ok := fieldNounLinked(tgtVal, group, doc.TargetLang); ok {
			// 安全保障分野での協力 for "security cooperation": the parts with the topic's classifier between them
			para := seg.Target.Value[ps:pe]
			add(seg, seg.Target, ps, pe, Finding{Rule: RuleParaphrased, Severity: Info, Concept: o.Concept.ID, Term: found, Lang: doc.TargetLang, Reason: ReasonParts,
				Message: fmt.Sprintf("the source has %s (%s); the translation renders each of its parts in %s, with a field noun between them", quote(found), o.Concept.ID, quote(para))})
			continue
		}
		if ps, pe, ok := l.elidedHead(seg.Source.Value, tgtVal, o, group, doc.SourceLang, doc.TargetLang); ok {
			para := seg.Target.Value[ps:pe]
			add(seg, seg.Target, ps, pe, Finding{Rule: RuleParaphrased, Severity: Info, Concept: o.Concept.ID, Term: found, Lang: doc.TargetLang, Reason: ReasonElidedHead,
				Message: fmt.Sprintf("the source has %s (%s); the translation renders its modifier in %s and leaves the head to the noun before it", quote(found), o.Concept.ID, quote(para))})
			continue
		}
		var want []string
		for _, g := range group {
			for _, t := range g.Concept.Terms[doc.TargetLang] {
				if t.Status.Allowed() {
					want = append(want, quote(t.Text))
				}
			}
		}
		if len(want) == 0 {
			continue
		}
		if isJapanese(doc.TargetLang) && !isJapanese(doc.SourceLang) && l.renderedUnclipped(r, seg, o.Concept.ID, &unclip) {
			continue // 日米安保・防衛協力 for "bilateral security and defense cooperation"
		}
		if isJapanese(doc.TargetLang) && !isJapanese(doc.SourceLang) && postOfPerson(seg.Source.Value, o) && !l.namesPerson(seg.Target.Value) {
			continue // "Mr. Taro Aso, Minister for Foreign Affairs," where the Japanese names no one
		}
		f := Finding{Rule: RuleMissing, Severity: Error, Concept: o.Concept.ID, Term: found, Lang: doc.TargetLang,
			Message: fmt.Sprintf("the source has %s (%s) but the translation has none of %s", quote(found), o.Concept.ID, strings.Join(want, ", "))}
		if p := o.Concept.Preferred(doc.TargetLang); p != nil {
			f.Suggestion = p.Text
		}
		if isHeading(seg.Source.Value, doc.SourceLang) && isHeading(seg.Target.Value, doc.TargetLang) {
			// "Regional Security" / 地域情勢: a heading, which a translator titles freely.
			f.Severity = Info
			f.Message += "; both are headings, which a translation may title freely"
		} else if l.shortWording(seg.Source.Value, o, group, doc.SourceLang) {
			// "the Partnership" stands for the trilateral partnership only in a document
			// that names it: the end of the document decides (Run.settlePending).
			f.unless = o.Concept
		} else if isJapanese(doc.SourceLang) != isJapanese(doc.TargetLang) && l.headReference(seg.Target.Value, group, doc.TargetLang) {
			if head, mods := l.jaHeadParts(o.Concept, doc.TargetLang); namedByParts(seg.Target.Value, o.Concept, doc.TargetLang, head, mods) {
				continue // "the UNSC adopted Resolution 2321": the head noun refers to the naming beside it
			}
			f.we, f.weHow = o.Concept, byHeadRef // 安保理決議: "this resolution" (Run.settlePending)
		} else if isJapanese(doc.SourceLang) && !isJapanese(doc.TargetLang) && weParty(seg.Source.Value, o.Start, o.End, seg.Target.Value) {
			f.we = o.Concept // 日本とNATOは: "we" (Run.settlePending)
		} else if isJapanese(doc.SourceLang) && !isJapanese(doc.TargetLang) && demonstrativeBefore(seg.Source.Value, o.Start) {
			f.we, f.weHow = o.Concept, byPronoun // この国際秩序: "its" (Run.settlePending)
		} else if !isJapanese(doc.SourceLang) && isJapanese(doc.TargetLang) && subjectLeftOut(seg.Source.Value, o, seg.Target.Value) {
			f.we, f.weHow = o.Concept, byContext // "The SCC approved": 承認された (Run.settlePending)
		} else if !isJapanese(doc.SourceLang) && isJapanese(doc.TargetLang) && l.argumentLeftOut(seg.Source.Value, o, seg.Target.Value) {
			f.we, f.weHow = o.Concept, byZero // "North Korea's previous test": 前回核実験 (Run.settlePending)
		} else if !isJapanese(doc.SourceLang) && isJapanese(doc.TargetLang) && pairLeftToCollective(seg.Source.Value, o, seg.Target.Value) {
			f.we, f.weHow = o.Concept, byCollective // "Japan and the ROK will": 両大臣は…べき (Run.settlePending)
		} else if isJapanese(doc.SourceLang) && !isJapanese(doc.TargetLang) && eventByHead(seg.Source.Value, o, seg.Target.Value, group, doc.TargetLang) {
			f.we, f.weHow = o.Concept, byHead // 「2+2」閣僚会合: "the Meeting" (Run.settlePending)
		} else if isJapanese(doc.SourceLang) && !isJapanese(doc.TargetLang) && postByTitle(seg.Source.Value, o, seg.Target.Value) {
			f.we, f.weHow = o.Concept, byTitle // 国連事務総長: "the Secretary-General" (Run.settlePending)
		}
		add(seg, seg.Target, 0, 0, f)
	}
}

// insideName reports whether the English target occurrence o of seg is part of a longer
// name (partOfLongerName) that the Japanese source does not explain by a name before the
// term (namedBefore). Only a term the glossary writes capitalized, a name itself (a post,
// an institution), becomes another name by a capitalized word before it: a lowercase term
// is a common noun, which a designation in title case capitalizes with its modifiers and
// still names ("Strategic Cooperative Partners" are partners).
func (l *Linter) insideName(seg *Segment, o match.Occurrence, src []match.Occurrence, doc *Doc) bool {
	return !isJapanese(doc.TargetLang) && !commonNoun(o.Term) && partOfLongerName(seg.Target.Value, o.Start, o.End) && !l.namedBefore(seg.Source.Value, src, o.Concept)
}

// commonNoun reports whether the glossary writes term t in lower case: a common noun
// ("partner"), not a name.
func commonNoun(t *glossary.Term) bool {
	if t == nil || t.Text == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsLower(r)
}

// A worker is the memory one goroutine checks segments in, recycled: the buffer for a
// segment's occurrences, and what the segments yield, one after another in flat slices
// that serve batch after batch.
type worker struct {
	buf  []match.Occurrence
	res  compacted
	ends []segEnd // one for each segment that yields something, in order
}

// segEnd says where the results of segment i end in the worker's res.
type segEnd struct{ i, findings, uses, full, shorts int32 }

// record notes the results of segment i, if it added any to w.res.
func (w *worker) record(i int) {
	e := segEnd{int32(i), int32(len(w.res.findings)), int32(len(w.res.uses)), int32(len(w.res.full)), int32(len(w.res.shorts))}
	var last segEnd
	if len(w.ends) > 0 {
		last = w.ends[len(w.ends)-1]
	}
	if e.findings != last.findings || e.uses != last.uses || e.full != last.full || e.shorts != last.shorts {
		w.ends = append(w.ends, e)
	}
}

// release empties w, letting go of what its results point to, and recycles it.
func (w *worker) release() {
	clear(w.res.findings)
	clear(w.res.full)
	w.res = compacted{findings: w.res.findings[:0], uses: w.res.uses[:0], full: w.res.full[:0], shorts: w.res.shorts[:0]}
	w.ends = w.ends[:0]
	workers.Put(w)
}

var workers = sync.Pool{New: func() any { return new(worker) }}

// conceptSet is a set of concepts: the few of a segment in a list searched in order, which
// needs no memory of its own, and a map only past len(list) of them.
type conceptSet struct {
	list [16]*glossary.Concept
	n    int
	m    map[*glossary.Concept]bool
}

func (s *conceptSet) has(c *glossary.Concept) bool {
	if s.m != nil {
		return s.m[c]
	}
	for _, x := range s.list[:s.n] {
		if x == c {
			return true
		}
	}
	return false
}

func (s *conceptSet) add(c *glossary.Concept) {
	switch {
	case s.m != nil:
		s.m[c] = true
	case s.has(c):
	case s.n < len(s.list):
		s.list[s.n] = c
		s.n++
	default:
		s.m = make(map[*glossary.Concept]bool, 2*len(s.list))
		for _, x := range s.list {
			s.m[x] = true
		}
		s.m[c] = true
	}
}

// sourceShort reports whether the source names concept c, in the span of group, by a short
// term of its own: one that another allowed term of c contains ("alliance" beside "alliance
// relationships", "partnership" beside "trilateral partnership"). A translation that
// answers a short term with a short form (同盟, パートナーシップ) mirrors the source, so its
// short form calls for no note that the document never names the concept in full.
func (l *Linter) sourceShort(group []match.Occurrence, c *glossary.Concept) bool {
	for k := range group {
		if group[k].Concept != c {
			continue
		}
		if _, info := l.termOf(&group[k]); info.abbrev {
			return true
		}
	}
	return false
}

// modifiedHead reports whether the Japanese text has a term of the group's concepts of the
// form XのY (二国間の調整) with an adjective between の and the head Y (二国間の十分な調整):
// Japanese puts an adjective of the whole noun phrase ("full bilateral coordination") next
// to the head, inside the phrase. The adjective is a short な or の modifier (十分な,
// 緊密な, 一層の): see insertedBefore.
func modifiedHead(text string, group []match.Occurrence, lang string) bool {
	for _, g := range group {
		for _, t := range g.Concept.Terms[lang] {
			if !t.Status.Allowed() {
				continue
			}
			x, y, ok := strings.Cut(t.Text, "の")
			if !ok || x == "" || y == "" {
				continue
			}
			x += "の"
			for rest := text; ; {
				i := strings.Index(rest, x)
				if i < 0 {
					break
				}
				rest = rest[i+len(x):]
				if insertedBefore(rest, y) {
					return true
				}
			}
		}
	}
	return false
}

// insertedBefore reports whether s starts with a short modifier followed by head: one to
// four kanji and な or の (十分な, 緊密な, 一層の), as a na-adjective or a noun of degree
// modifies a head, or a -的 adjective compounded with the head (基本的価値); a phrase of
// its own (対話と政策の) is not one.
func insertedBefore(s, head string) bool {
	n := 0
	for i, r := range s {
		if (r == 'な' || r == 'の') && n >= 1 {
			return strings.HasPrefix(s[i+utf8.RuneLen(r):], head)
		}
		if r == '的' && n >= 1 && strings.HasPrefix(s[i+len("的"):], head) {
			return true // 共通の基本的価値: a -的 adjective compounds with its noun
		}
		if n >= 4 || !unicode.Is(unicode.Han, r) {
			return false
		}
		n++
	}
	return false
}

// countryInitials are the kanji that stand for a country in a compound of two or more
// (日米 for "U.S.-Japan", 日米韓 for "Japan, the ROK and the United States", 日豪印米), each
// with the Japanese names of the country it stands for.
var countryInitials = map[rune][]string{
	'日': {"日本", "日本国"},
	'米': {"米国", "アメリカ", "アメリカ合衆国", "合衆国"},
	'韓': {"韓国", "大韓民国"},
	'豪': {"豪州", "オーストラリア"},
	'中': {"中国", "中華人民共和国"},
	'英': {"英国", "イギリス"},
	'仏': {"フランス"},
	'独': {"ドイツ"},
	'印': {"インド"},
	'露': {"ロシア"},
	'比': {"フィリピン"},
	'加': {"カナダ"},
	'伊': {"イタリア"},
	'蘭': {"オランダ"},
	'越': {"ベトナム"},
	'台': {"台湾"},
	'朝': {"北朝鮮"},
}

// countryCompound reports whether the Japanese text has a compound of two or more country
// initials (日米韓) with the initial of a country the group's concepts name (韓 for a
// concept whose Japanese term is 韓国 or 大韓民国): each kanji of such a compound names
// its country, so the compound renders each country's name. One kanji alone names no
// country (米 is rice, 中 inside).
func countryCompound(text string, group []match.Occurrence, lang string) bool {
	want := wantedInitials(group, lang)
	if len(want) == 0 {
		return false
	}
	run, has := 0, false
	for _, r := range text {
		if _, ok := countryInitials[r]; ok {
			run++
			has = has || slices.Contains(want, r)
			continue
		}
		if run >= 2 && has {
			return true
		}
		run, has = 0, false
	}
	return run >= 2 && has
}

// derivedRendering looks for a short form, verb or adjective of the source span's concepts
// in the target. A short form or adjective renders the term wherever it stands; the
// concept's verb renders it where the source uses the term as a verb.
func (l *Linter) derivedRendering(seg *Segment, o match.Occurrence, group []match.Occurrence, derived []match.Occurrence, srcLang string, toks *sentences) (*match.Occurrence, bool) {
	verbal, verbalDone := false, false
	for k, d := range derived {
		in := false
		for _, g := range group {
			if g.Concept == d.Concept {
				in = true
				break
			}
		}
		if !in {
			continue
		}
		if d.Kind == match.KindVerb {
			if !verbalDone {
				verbal, verbalDone = l.verbUse(seg.Source.Value, o, srcLang, toks), true
			}
			if !verbal {
				continue
			}
		}
		return &derived[k], true
	}
	return nil, false
}

// verbUse reports whether the source uses the term at o as a verb: a verb term (pos: verb,
// or a stem derived from one), or in Japanese a noun followed by する or できる in any form
// (抑止する, 抑止し, 抑止される, 抑止できる), as kagome reads the text.
func (l *Linter) verbUse(src string, o match.Occurrence, lang string, toks *sentences) bool {
	if o.Term.PartOfSpeech == "verb" {
		return true
	}
	if !isJapanese(lang) || o.End >= len(src) {
		return false
	}
	switch next, _ := utf8.DecodeRuneInString(src[o.End:]); next {
	case 'し', 'す', 'さ', 'せ', 'で': // the forms of する and できる begin so
	default:
		return false
	}
	for _, t := range l.tokensAround(src, o, toks) {
		if t.Start == o.End {
			return len(t.POS) > 0 && t.POS[0] == "動詞" && (t.Base == "する" || t.Base == "できる")
		}
		if t.Start > o.End {
			break
		}
	}
	return false
}

// wholeWord reports whether the Japanese source span o is a word of its own and not part
// of a longer one that contains its characters (韓国 in 大韓民国, 傘 in 傘下): both edges
// fall on morpheme boundaries. Only an edge between two characters of the same script
// (kanji beside kanji, kana beside kana) asks kagome; an edge between scripts, or at a
// punctuation mark or the end of the text, is a boundary.
func (l *Linter) wholeWord(src string, o match.Occurrence, lang string, toks *sentences) bool {
	if !isJapanese(lang) {
		return true
	}
	checkStart, checkEnd := false, false
	if o.Start > 0 {
		before, _ := utf8.DecodeLastRuneInString(src[:o.Start])
		first, _ := utf8.DecodeRuneInString(src[o.Start:])
		checkStart = sameScript(before, first)
	}
	if o.End < len(src) {
		last, _ := utf8.DecodeLastRuneInString(src[:o.End])
		after, _ := utf8.DecodeRuneInString(src[o.End:])
		checkEnd = sameScript(last, after)
	}
	if !checkStart && !checkEnd {
		return true
	}
	startOK, endOK := !checkStart, !checkEnd
	for _, t := range l.tokensAround(src, o, toks) {
		if t.Start == o.Start || t.End == o.Start {
			startOK = true
		}
		if t.Start == o.End || t.End == o.End {
			endOK = true
		}
		if t.Start > o.End {
			break
		}
	}
	return startOK && endOK
}

// personTitle reports whether the source span o is a country name inside the title of a
// person named just before it: 岸田文雄日本国総理大臣, 尹錫悦(ユン・ソンニョル)韓国大統領,
// ジョセフ・バイデン米国大統領 (kagome: a personal name, or a proper noun in katakana, a
// reading in parentheses or none, the country, a common noun).
// The country there is part of the person's title, which English writes with or without it
// ("President Yoon Suk Yeol"), so the title does not require the country's term.
func personTitle(toks []morph.Token, o match.Occurrence) bool {
	j := -1
	for k, t := range toks {
		if t.Start == o.Start && t.End == o.End {
			j = k
			break
		}
		if t.Start > o.Start {
			return false
		}
	}
	if j < 1 || j+1 >= len(toks) || !hasPOS(toks[j], "名詞", "固有名詞", "地域") || !hasPOS(toks[j+1], "名詞") ||
		hasPOS(toks[j+1], "名詞", "固有名詞") {
		return false
	}
	p := j - 1
	if s := toks[p].Surface; s == ")" || s == "）" {
		for p--; p >= 0 && toks[p].Surface != "(" && toks[p].Surface != "（"; p-- {
		}
		p--
	}
	return p >= 0 && (hasPOS(toks[p], "名詞", "固有名詞", "人名") || hasPOS(toks[p], "名詞", "固有名詞") && katakana(toks[p].Surface))
}

// katakana reports whether s is written in katakana only: a foreign personal name kagome
// does not know as one (バイデン is 固有名詞,一般).
func katakana(s string) bool {
	for _, r := range s {
		if script(r) != 3 {
			return false
		}
	}
	return s != ""
}

// mayBeTitle is personTitle's cheap precondition: kanji follow the span, and kanji,
// katakana or a closing parenthesis precede it.
func mayBeTitle(src string, o match.Occurrence) bool {
	if o.Start == 0 || o.End >= len(src) {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(src[:o.Start])
	after, _ := utf8.DecodeRuneInString(src[o.End:])
	return script(after) == 1 && (script(before) == 1 || script(before) == 3 || before == ')' || before == '）')
}

func hasPOS(t morph.Token, pos ...string) bool {
	if len(t.POS) < len(pos) {
		return false
	}
	for i, p := range pos {
		if t.POS[i] != p {
			return false
		}
	}
	return true
}

// wordPunct is the punctuation trimmed off the words of a textnorm key before they are
// compared with a term's words.
const wordPunct = ",.;:()[]\"'“”‘’"

// paraphrased reports whether the target, as a textnorm key, has the words of a
// multi-word allowed term of one of the group's concepts in their order, where one
// function word may come between two of them and a plural may stand for a singular:
// English names of organizations and documents drop the prepositions and capitals that a
// description of the same thing has ("U.S. Forces Japan": "U.S. forces in Japan").
func (l *Linter) paraphrased(tgtKey string, group []match.Occurrence, lang string) bool {
	words := strings.Fields(tgtKey)
	var bare []string // the words without parenthetical notes, where the text has one
	if strings.Contains(tgtKey, "(") {
		bare = withoutNotes(words)
	}
	var raw []string // the words as written, where the text names a field by a domain noun
	if domainPhrase(tgtKey) {
		raw = slices.Clone(words)
	}
	for i, w := range words {
		words[i] = strings.Trim(w, wordPunct)
	}
	kokusai := sourceSaysKokusai(group)
	return termWords(group, lang, func(tw []string) bool {
		if len(tw) < 2 {
			return false
		}
		for i := range tw {
			tw[i] = strings.Trim(tw[i], wordPunct)
		}
		return wordsIn(words, tw) || countryModified(words, tw, countryAdjectives) || reordered(words, tw) ||
			(kokusai && globalFor(words, tw)) || headNounAdded(words, tw) || (bare != nil && wordsIn(bare, tw)) ||
			(raw != nil && (inDomainOf(raw, tw) || fieldOf(raw, tw))) ||
			(domainNouns[tw[len(tw)-1]] && fieldModifies(strings.Fields(tgtKey), tw))
	})
}

// fieldModifies reports whether fields, the words of a textnorm key as written, have the
// modifier of a term tw whose head is a domain noun ("security field", 安全保障分野) right
// before a content noun that it modifies: "the Japan-UK security relationship" for
// 安全保障分野における日英関係. English names a field by its noun alone where the field
// modifies another noun, and 分野における, 分野の, 分野での leave the field's classifier
// to Japanese. The field followed by a function word or a punctuation mark ("the security
// of the region", "security.") is the noun, not the field.
func fieldModifies(fields []string, tw []string) bool {
	mod := tw[:len(tw)-1]
	for i := 0; i+len(mod) < len(fields); i++ {
		if !slices.Equal(fields[i:i+len(mod)], mod) {
			continue
		}
		next := " " + fields[i+len(mod)]
		if i+len(mod)+1 < len(fields) {
			next += " " + fields[i+len(mod)+1]
		}
		if englishNounAfter(next, false) {
			return true
		}
	}
	return false
}

// domainNouns name the field an activity is in: "cooperation in the field of defense".
var domainNouns = setOf("field", "fields", "area", "areas", "domain", "domains", "sphere", "spheres")

// domainPhrase reports whether a textnorm key may have "in the field of" or the like.
func domainPhrase(key string) bool {
	for n := range domainNouns {
		if strings.Contains(key, " "+n) {
			return strings.Contains(key, " of ")
		}
	}
	return false
}

// inDomainOf reports whether fields, the words of a textnorm key as written, have the
// head of a term tw (its last word) followed by "in the field of" (or area, domain,
// sphere, in either number, with or without the article) and a list whose item is the
// rest of the term: "cooperation in the field of security and defense" for "defense
// cooperation", 安全保障・防衛協力. English renders a Japanese compound of a field and an
// activity (防衛協力) as the activity in the field, and lists the fields where the
// Japanese coordinates them. Each item ends at a comma or before "and"; the list ends at
// another punctuation mark or function word, after the item that "and" opens, or at an
// item of more than four words, which is no field's name ("security, and defense spending
// rose").
func inDomainOf(fields []string, tw []string) bool {
	if len(tw) < 2 {
		return false
	}
	head, mod := tw[len(tw)-1], tw[:len(tw)-1]
	for i := 0; i+3 < len(fields); i++ {
		if !plainWord(fields[i]) || !sameNumber(fields[i], head) || fields[i+1] != "in" {
			continue
		}
		k := i + 2
		if fields[k] == "the" {
			k++
		}
		if k+1 >= len(fields) || !domainNouns[fields[k]] || fields[k+1] != "of" {
			continue
		}
		if domainListHas(fields, k+2, mod) {
			return true
		}
	}
	return false
}

// fieldOf reports whether fields, the words of a textnorm key as written, name the field
// of a term tw whose head is a domain noun ("security field", 安全保障分野) as the domain
// noun "of" the field, an item of a list: "in the area of security", "the fields of
// security and defense". English names a field either way, and field, area, domain and
// sphere are one word for 分野 there; the number is the sentence's. Another field, or an
// item that goes on into a longer phrase ("the area of security policy"), is another field.
func fieldOf(fields []string, tw []string) bool {
	if len(tw) < 2 || !domainNouns[tw[len(tw)-1]] {
		return false
	}
	mod := tw[:len(tw)-1]
	for k := 0; k+2 < len(fields); k++ {
		if domainNouns[fields[k]] && fields[k+1] == "of" && domainListHas(fields, k+2, mod) {
			return true
		}
	}
	return false
}

// plainWord reports whether w, a word as written, has no punctuation around it.
func plainWord(w string) bool { return strings.Trim(w, wordPunct) == w }

// domainListHas reports whether the list of fields that opens at fields[k], after "in the
// field of" or the like, has mod as one whole item. Each item ends at a comma or before
// "and"; the list ends at another punctuation mark or function word, after the item that
// "and" opens, or at an item of more than four words, which is no field's name.
func domainListHas(fields []string, k int, mod []string) bool {
	for last := false; k < len(fields) && !last; {
		start, end := k, -1
		if fields[k] == "and" {
			last = true
			start, k = k+1, k+1
		}
		for k < len(fields) && k-start <= 4 {
			w := fields[k]
			if k > start && (w == "and" || closedClass[w]) {
				end = k // a function word after a name ends the list: "defense between…"
				last = last || w != "and"
				break
			}
			k++
			if !plainWord(w) {
				end = k
				if !strings.HasSuffix(w, ",") {
					last = true
				}
				break
			}
		}
		if end < 0 {
			if k-start > 4 {
				break // no field's name
			}
			end, last = k, true
		}
		item := fields[start:end]
		if len(item) == len(mod) {
			same := true
			for x, w := range item {
				same = same && sameNumber(strings.Trim(w, wordPunct), mod[x])
			}
			if same {
				return true
			}
		}
	}
	return false
}

// maxNoteWords is the most words of a parenthetical note inside an English name.
const maxNoteWords = 3

// withoutNotes returns the words of a textnorm key, trimmed as paraphrased trims them,
// without the parenthetical notes of maxNoteWords words or fewer: English puts an
// acronym or a short note inside a name as well as after it ("Marine Corps Air Station
// (MCAS) Futenma"), and the name around it is still the name. A note written against the
// words around it with no space ("Security Council(UNSC) Resolution", "(UNSC)unanimously",
// as text typeset from Japanese, whose parentheses take none, often has it) is a note
// all the same (unglued).
func withoutNotes(fields []string) []string {
	fields = unglued(fields)
	out := make([]string, 0, len(fields))
	for i := 0; i < len(fields); i++ {
		if strings.HasPrefix(fields[i], "(") {
			j := i
			for j < len(fields) && j-i < maxNoteWords && !strings.Contains(fields[j], ")") {
				j++
			}
			if j < len(fields) && strings.Contains(fields[j], ")") && strings.Count(fields[j], "(") <= 1 {
				i = j
				continue
			}
		}
		out = append(out, strings.Trim(fields[i], wordPunct))
	}
	return out
}

// unglued returns fields with a parenthesis written against a letter split off as a word
// of its own: "council(unsc)" is "council" and "(unsc)", "(unsc)unanimously" is "(unsc)"
// and "unanimously". Only a letter touches the parenthesis: "(a)" of a list's item and
// "1874(2009)" stay as written.
func unglued(fields []string) []string {
	var out []string
	for i, f := range fields {
		parts := splitGlued(f)
		if out == nil && len(parts) == 1 {
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(fields)+2), fields[:i]...)
		}
		out = append(out, parts...)
	}
	if out == nil {
		return fields
	}
	return out
}

// splitGlued splits a word at an opening parenthesis after a letter and after a closing
// parenthesis before a letter.
func splitGlued(f string) []string {
	var parts []string
	start := 0
	for i := 1; i < len(f); i++ {
		switch {
		case f[i] == '(' && isLetterByte(f[i-1]):
			parts = append(parts, f[start:i])
			start = i
		case f[i-1] == ')' && isLetterByte(f[i]) && i > start:
			parts = append(parts, f[start:i])
			start = i
		}
	}
	if start == 0 {
		return []string{f}
	}
	return append(parts, f[start:])
}

func isLetterByte(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

// headNounAdded reports whether words have the words of an "X of Y" term tw with a noun
// added after X, which X then modifies ("the realignment plan of the U.S. forces in
// Japan" for "realignment of U.S. forces in Japan", 在日米軍再編). English renders a
// Japanese compound YX as "X of Y", and a translation may name the X by the thing that
// carries it out (a plan, a process, efforts), which the Japanese leaves to the context:
// the of-phrase still says what X applies to. One noun only, right after X and right
// before "of": another preposition, a conjunction or two words between them are another
// phrase ("realignment and relocation", "realignment costs for").
func headNounAdded(words, tw []string) bool {
	if len(tw) < 3 || tw[1] != "of" {
		return false
	}
	for i := 0; i+2 < len(words); i++ {
		if words[i+2] != "of" || !sameNumber(words[i], tw[0]) || !addedNoun(words[i+1]) {
			continue
		}
		dropped := append(slices.Clone(words[:i+1]), words[i+2:]...)
		if wordsIn(dropped, tw) {
			return true
		}
	}
	return false
}

// addedNoun reports whether w, a textnorm key's word, may be a common noun where it
// stands, between a noun and "of": lowercase letters, no function word, no adverb or
// past participle by its ending.
func addedNoun(w string) bool {
	if !isLowerWord(w) || closedClass[w] || strings.Contains(w, "-") {
		return false
	}
	for _, suf := range []string{"ly", "ed"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return true
}

// communityAsAdjective reports whether the Japanese source term at o, a community of
// nations whose English is "ADJ community" (国際社会: "international community"), modifies
// a noun with の (国際社会の平和と安定, 国際社会の諸課題) and the translation has the
// community's adjective as a word ("international peace and stability", "global issues";
// "global" for "international" where the Japanese says 国際, see globalFor). English makes a
// community that possesses a noun the noun's adjective rather than writing "the
// international community's issues": the adjective carries the whole collective. The
// attributive case particles における and での make the community the setting of the noun
// after them as の does (国際社会における様々な課題: "various issues in the international
// arena", "international issues"), and English gives that setting the same adjective. A
// term not followed by one of these and a noun (国際社会において, an adverbial setting of a
// clause), or a translation without the adjective, is still missing.
func communityAsAdjective(src string, o match.Occurrence, tgtKey string, group []match.Occurrence, lang string) bool {
	rest := src[o.End:]
	var lead string
	for _, p := range []string{"の", "における", "での"} {
		if strings.HasPrefix(rest, p) {
			lead = p
			break
		}
	}
	if lead == "" {
		return false
	}
	next, _ := utf8.DecodeRuneInString(rest[len(lead):])
	if s := script(next); s != 1 && s != 3 { // a noun follows, in kanji or katakana
		return false
	}
	words := map[string]bool{}
	for _, w := range strings.Fields(tgtKey) {
		words[strings.Trim(w, wordPunct)] = true
	}
	kokusai := sourceSaysKokusai(group)
	return termWords(group, lang, func(tw []string) bool {
		if len(tw) != 2 || tw[1] != "community" {
			return false
		}
		if words[tw[0]] || words[tw[0]+"ly"] {
			return true // "international peace", "internationally recognized"
		}
		// 国際 is "global" too, and English writes the adjective of the whole world after
		// the noun as "worldwide" or the adverb "globally" ("peace and stability
		// worldwide" for 国際社会の平和と安定).
		return kokusai && tw[0] == "international" && (words["global"] || words["globally"] || words["worldwide"])
	})
}

// sourceSaysKokusai reports whether a source term of the group is a Japanese term with 国際.
func sourceSaysKokusai(group []match.Occurrence) bool {
	for _, g := range group {
		if g.Term != nil && strings.Contains(g.Term.Text, "国際") {
			return true
		}
	}
	return false
}

// globalFor reports whether words have the term's words tw with "global" for its
// "international": Japanese 国際 is the word for both as a modifier (国際秩序 is "the
// international order" and "the global order", 国際協力 "international" and "global
// cooperation"), so where the source term says 国際 the translation's choice between them
// is a matter of style, and either renders the term. The rest of the term is still needed
// in its order ("a rules-based order" does not render ルールに基づく国際秩序).
func globalFor(words, tw []string) bool {
	at := slices.Index(tw, "international")
	if at < 0 {
		return false
	}
	alt := slices.Clone(tw)
	alt[at] = "global"
	return wordsIn(words, alt) || reordered(words, alt)
}

// termWords calls f with the words (textnorm keys) of each allowed term of the group's
// concepts in lang and of each of its forms, until f returns true.
func termWords(group []match.Occurrence, lang string, f func(tw []string) bool) bool {
	for _, g := range group {
		for _, t := range g.Concept.Terms[lang] {
			if !t.Status.Allowed() {
				continue
			}
			for _, text := range append([]string{t.Text}, t.Forms...) {
				if f(strings.Fields(textnorm.Key(text))) {
					return true
				}
			}
		}
	}
	return false
}

// functionWords may come between two words of a name in its description.
var functionWords = map[string]bool{"in": true, "of": true, "for": true, "on": true, "at": true, "the": true, "to": true}

// wordsIn reports whether want occurs in words in order, each next word right after the
// one before or after one function word or a country's adjective (countryWords), or
// before a conjunction after a classifier head (classifierHeads).
func wordsIn(words, want []string) bool {
	same := func(a, b string) bool { return sameNumber(a, b) || sameBased(a, b) || sameNumeral(a, b) }
	for i := range words {
		if !same(words[i], want[0]) {
			continue
		}
		at, ok := i, true
		for _, w := range want[1:] {
			switch {
			case at+1 < len(words) && same(words[at+1], w):
				at++
			case at+2 < len(words) && functionWords[words[at+1]] && same(words[at+2], w):
				at += 2
			case at+2 < len(words) && countryWords[words[at+1]] && same(words[at+2], w):
				// "the unwavering U.S. commitment": the possessor's nationality stands
				// next to the head.
				at += 2
			case at+2 < len(words) && (w == "and" || w == "or") && classifierHeads[words[at+1]] && words[at+2] == w:
				// "the Indo-Pacific region and beyond": a place name coordinated with
				// another takes its classifier head before the conjunction.
				at += 2
			default:
				ok = false
			}
			if !ok {
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// sentences holds the morphemes of the sentences of a segment's source tokenized so far.
type sentences struct {
	start []int           // where each tokenized sentence starts
	toks  [][]morph.Token // its tokens, with offsets in the segment's source
}

// tokensAround returns the morphemes of the sentence around o (up to 。, ！, ？ or a line
// break; kagome's lattice does not reach across them), tokenizing it the first time: a
// long paragraph with one doubtful term costs one sentence.
func (l *Linter) tokensAround(src string, o match.Occurrence, s *sentences) []morph.Token {
	ss, se := match.SentenceAround(src, o.Start, o.End)
	for i, st := range s.start {
		if st == ss {
			return s.toks[i]
		}
	}
	toks := l.tokenize(src[ss:se])
	for i := range toks {
		toks[i].Start += ss
		toks[i].End += ss
	}
	s.start = append(s.start, ss)
	s.toks = append(s.toks, toks)
	return toks
}

// sameScript reports whether a and b are both kanji, both hiragana or both katakana.
func sameScript(a, b rune) bool {
	sa, sb := script(a), script(b)
	return sa != 0 && sa == sb
}

func script(r rune) int {
	switch {
	case unicode.Is(unicode.Han, r) || r == '々' || r == '〆' || r == 'ヶ':
		return 1
	case unicode.Is(unicode.Hiragana, r):
		return 2
	case unicode.Is(unicode.Katakana, r) || r == 'ー':
		return 3
	}
	return 0
}

func isJapanese(lang string) bool { return lang == "ja" || strings.HasPrefix(lang, "ja-") }

// parallelBytes is the document size from which segments are spread over the CPUs.
const parallelBytes = 256 << 10

// each calls f for every segment index of doc, on several goroutines for a large document,
// each with a worker of its own, and returns the workers, each of which took increasing
// indexes. The caller releases them.
func (l *Linter) each(doc *Doc, f func(i int, w *worker)) []*worker {
	n := l.workers
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	if n == 1 || doc.size() < parallelBytes || len(doc.Segments) < 2*n {
		w := workers.Get().(*worker)
		for i := range doc.Segments {
			f(i, w)
		}
		return []*worker{w}
	}
	ws := make([]*worker, n)
	var next atomic.Int64
	var wg sync.WaitGroup
	for k := range ws {
		w := workers.Get().(*worker)
		ws[k] = w
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(doc.Segments) {
					return
				}
				f(i, w)
			}
		}()
	}
	wg.Wait()
	return ws
}

// checkTarget reports the forbidden and deprecated terms among tgt, the occurrences in the
// segment's translation (or monolingual text), ordered by start, and keeps the renderings
// the consistency check needs. src are the source's occurrences, srcHas their concepts.
func (l *Linter) checkTarget(r *docRun, seg *Segment, res *compacted, tgt, src []match.Occurrence, srcHas *conceptSet, fp *fpCache) {
	// srcFull reports whether the source has c by a term that is not a short wording of
	// another of c's terms (sourceShort).
	srcFull := func(c *glossary.Concept) bool {
		for i := range src {
			if src[i].Concept == c && !l.sourceShort(src[i:i+1], c) {
				return true
			}
		}
		return false
	}
	// Forbidden and deprecated terms in the translation (or the monolingual text).
	for k := range tgt {
		o := &tgt[k]
		st := o.Term.Status
		if st.Allowed() {
			ti, info := l.termOf(o)
			if info.short {
				res.full = append(res.full, o.Concept)
			}
			// A rendering counts for consistency where it renders a source term: English
			// the translator wrote with no glossary term behind it ("common values" for
			// 共通の価値, when the glossary has 共通の価値観) renders nothing to be
			// consistent with. Only a concept that may vary needs it kept.
			//
			// Nor does one that renders a source term only in its short wording, which another
			// term of the concept contains (共通の価値 beside 共通の価値観, "partnership" beside
			// "trilateral partnership"): the source leaves the concept's full wording to the
			// context, and the translator words it as the context asks ("shared values" in
			// one sentence, "common values" beside "shared norms" in the next).
			//
			// A term in apposition to another of its concept (日米豪印(クアッド)) is one naming
			// with it, counted once, under the fuller term.
			//
			// Nor does a Japanese term written as the modifier of a longer compound
			// (日米豪印パートナー, 日米豪印首脳会合 beside クアッドは): Japanese prefixes a name
			// in the form that compounds, and names the body alone in another.
			if info.vary && (r.doc.Monolingual || srcHas.has(o.Concept) && srcFull(o.Concept)) && !(isJapanese(o.Lang) && compoundedAfter(seg.Target.Value, o.End)) {
				v := r.compactUse(seg, o, ti, RuleInconsistent, fp)
				if j, ok := apposed(seg.Target.Value, tgt, k); ok {
					w, _ := l.termOf(&tgt[j])
					v.with = w + 1
				}
				v.src = l.sourceTerm(src, o.Concept)
				if isJapanese(o.Lang) {
					if h := l.titleHolder(seg.Target.Value, o.Start); h != 0 {
						v.src = h // 岸田総理大臣 … アルバニージー首相: two holders, two titles
					}
				}
				res.uses = append(res.uses, v)
			}
			continue
		}
		if l.allowedElsewhere(*o) && !srcHas.has(o.Concept) {
			continue
		}
		if sharedSpanAllowed(tgt, k, nil) && !srcHas.has(o.Concept) {
			continue
		}
		apposedName := func(j int) bool { i, _ := apposed(seg.Target.Value, tgt, j); return i >= 0 }
		if !r.doc.Monolingual && (sharedSpanAllowed(tgt, k, srcHas) && renderedElsewhere(tgt, k) || sharedSpan(tgt, k, srcHas, apposedName)) {
			// "the NPT as the cornerstone of the non-proliferation regime": the words are
			// wrong for the regime but the treaty's own name, the source names the
			// treaty too, and the regime has its own rendering. Or the words stand in
			// apposition to another name of the treaty ("the Treaty on the
			// Non-Proliferation of Nuclear Weapons (NPT)"): whatever renders the regime,
			// these words name the treaty.
			continue
		}
		found := seg.Target.Value[o.Start:o.End]
		f := Finding{Rule: RuleForbidden, Severity: Error, Concept: o.Concept.ID, Term: found, Lang: o.Lang}
		what := "forbidden"
		if st == glossary.Deprecated {
			f.Rule, f.Severity, what = RuleDeprecated, Warning, "deprecated"
		}
		pref := o.Concept.Preferred(o.Lang)
		if pref != nil {
			f.Suggestion = pref.Text
			f.Message = fmt.Sprintf("%s is %s for %s: use %s", quote(found), what, o.Concept.ID, quote(pref.Text))
		} else {
			f.Message = fmt.Sprintf("%s is %s for %s", quote(found), what, o.Concept.ID)
		}
		if o.Term.Note != "" {
			f.Message += " (" + o.Term.Note + ")"
		}
		r.add(&res.findings, seg, seg.Target, o.Start, o.End, f, fp)
	}
}

// allowedElsewhere reports whether o's term text is an approved term of another concept.
func (l *Linter) allowedElsewhere(o match.Occurrence) bool {
	return l.m.AllowedElsewhere(textnorm.Key(o.Term.Text), o.Lang, o.Concept)
}

// sourceTerm returns 1 + the index in l.terms of the term by which src, a source's
// occurrences, names c, or 0 when it names c by none or by two different terms.
func (l *Linter) sourceTerm(src []match.Occurrence, c *glossary.Concept) int32 {
	var t int32
	for i := range src {
		if src[i].Concept != c {
			continue
		}
		k, _ := l.termOf(&src[i])
		if t != 0 && t != k+1 {
			return 0
		}
		t = k + 1
	}
	return t
}

// renderedElsewhere reports whether occ, a text's occurrences, has an approved term of the
// concept of occ[k] besides it.
func renderedElsewhere(occ []match.Occurrence, k int) bool {
	for i, p := range occ {
		if i != k && p.Concept == occ[k].Concept && p.Term.Status.Allowed() {
			return true
		}
	}
	return false
}

// sharedSpanAllowed reports whether another concept's approved term covers the span of
// all[k]; with in, another concept of in. all is ordered by start, so only the
// occurrences beside k that start where it does are asked: a line of many forbidden terms
// would otherwise ask every occurrence of the line for each (one of 1 MB: 2.5 s, of 2 MB:
// 14 s).
func sharedSpanAllowed(all []match.Occurrence, k int, in *conceptSet) bool {
	return sharedSpan(all, k, in, nil)
}

// sharedSpan is sharedSpanAllowed for the occurrences that keep, when not nil, accepts
// too (by index).
func sharedSpan(all []match.Occurrence, k int, in *conceptSet, keep func(j int) bool) bool {
	o := &all[k]
	other := func(j int) bool {
		p := &all[j]
		return p.End == o.End && p.Concept != o.Concept && p.Term.Status.Allowed() && (in == nil || in.has(p.Concept)) && (keep == nil || keep(j))
	}
	for j := k - 1; j >= 0 && all[j].Start == o.Start; j-- {
		if other(j) {
			return true
		}
	}
	for j := k + 1; j < len(all) && all[j].Start == o.Start; j++ {
		if other(j) {
			return true
		}
	}
	return false
}

func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

func isAcronym(s string) bool {
	caps, lower := 0, 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			caps++
		case r >= 'a' && r <= 'z':
			lower++ // DoD, MoD: an abbreviation keeps a short word's letter
		case r >= '0' && r <= '9', r == '.', r == '-':
		default:
			return false
		}
	}
	if lower > 0 {
		first, last := s[0], s[len(s)-1]
		return caps >= 2 && lower <= 2 && len(s) <= 6 && first >= 'A' && first <= 'Z' && last >= 'A' && last <= 'Z'
	}
	return caps >= 2
}

// determiners are the English words that open a noun phrase an acronym modifies.
var determiners = []string{"the", "a", "an", "our", "its", "their", "this", "that", "these", "those", "all", "both", "each"}

// acronymModifier reports whether the acronym at [start, end) of an English text modifies
// the plural noun after it, inside a noun phrase a determiner opens: "the SCC members",
// "all ACM meetings". A word after the noun that opens a noun phrase itself or "to" makes the
// word a verb instead ("the SCC reaffirms its commitment").
func acronymModifier(text string, start, end int) bool {
	before := strings.Fields(text[:start])
	if len(before) == 0 || !slices.Contains(determiners, strings.ToLower(before[len(before)-1])) {
		return false
	}
	after := strings.Fields(text[end:])
	if len(after) == 0 || end == len(text) || text[end] != ' ' {
		return false
	}
	noun := strings.TrimRight(after[0], ",.;:")
	if noun == "" || noun[0] < 'a' || noun[0] > 'z' || !strings.HasSuffix(noun, "s") || strings.HasSuffix(noun, "ss") {
		return false
	}
	if len(after) > 1 && noun == after[0] {
		next := strings.ToLower(after[1])
		if next == "to" || slices.Contains(determiners, next) {
			return false
		}
	}
	return true
}

// quote writes a term the way messages show it: 「…」 for Japanese, "…" otherwise.
func quote(s string) string {
	for _, r := range s {
		if r >= 0x3040 {
			return "「" + s + "」"
		}
	}
	return `"` + s + `"`
}

func ignored(list []string, rule, concept string) bool {
	for _, x := range list {
		if x == "*" || x == rule || x == concept {
			return true
		}
	}
	return false
}

func sortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Offset != b.Offset {
			return a.Offset < b.Offset
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return a.Concept < b.Concept
	})
}

// foldSpace is strings.Join(strings.Fields(s), " ") without a slice of every word, and s
// itself when it has nothing to fold.
func foldSpace(s string) string {
	prevSpace, folded := true, true
	for _, r := range s {
		if unicode.IsSpace(r) {
			if r != ' ' || prevSpace {
				folded = false
				break
			}
			prevSpace = true
		} else {
			prevSpace = false
		}
	}
	if folded && (!prevSpace || s == "") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		if unicode.IsSpace(r) {
			space = true
		} else {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteString(s[i : i+w])
		}
		i += w
	}
	return b.String()
}
