package align

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossterm/gloss/align/internal/enterm"
	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/lexicon"
	"github.com/glossterm/gloss/internal/morph"
)

// Aligned segments as evidence.
//
// In a bitext or a parallel document the translation of a Japanese term stands in the
// English of the same segment. The search for it is then local: only the n-grams of the
// segments where the term occurs compete, which leaves few of them, and a rendering that is
// the best in at least half of a document's segments holding the term, with no tie, is
// strong evidence (EvParallel); the others are variants, kept at review. A pair of the glossary
// found in a segment takes its English: no other term of the segment is rendered by it,
// unless it contains or is contained in the glossary's Japanese term.

// segKnown is a glossary pair found in a segment.
type segKnown struct{ ja, en string }

// alignSegments adds the evidence of aligned segments.
func (r *run) alignSegments() {
	if len(r.bitext) == 0 {
		return
	}
	known := knownByJA(r.opts.Glossary)
	// the n-grams and the known pairs of each segment
	r.segIDs = make([][]int, len(r.bitext))
	r.segLong = make([][]int, len(r.bitext)) // the long n-grams of each segment, when asked for (see minLongUnits)
	ids := make([][]int, len(r.bitext))
	taken := make([][]segKnown, len(r.bitext))
	for i := range r.bitext {
		ids[i] = r.segmentIDs(i, false)
		for jk := range r.bitJA[i] {
			for _, ek := range known[jk] {
				if r.bitEN[i][ek] {
					taken[i] = append(taken[i], segKnown{jk, ek})
				}
			}
		}
	}
	r.quotedPairs()
	claims := make([]map[string]string, len(r.bitext)) // the phrases a term renders by its dictionary gloss (see competition.go)
	for i := range r.bitext {
		claims[i] = r.dictClaims(i)
	}
	bySeg := map[string][]int{}
	for i := range r.bitJA {
		for k := range r.bitJA[i] {
			bySeg[k] = append(bySeg[k], i)
		}
	}
	keys := make([]string, 0, len(bySeg))
	for k := range bySeg {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		jc := r.ja[k]
		if jc == nil || len(jc.units) == 0 || len(jc.units) > maxLongUnits || r.learnedOnly(jc.text) || r.cutsWord(jc) || r.misbounded(jc) {
			continue
		}
		if _, ok := known[k]; ok {
			continue // the glossary pairs it already
		}
		cs, nonAffix, expect := r.parts(jc)
		if nonAffix == 0 {
			continue
		}

		var tcs []constituent          // cs with the thesaurus's glosses, when asked for
		whole := r.wholeWord(jc.units) // the term read as one lexicon word (see wholeWord)
		segs := bySeg[k]
		// (and one that names parties: "relations between the United States and the
		// Republic of Korea" spells out the three units of 米韓関係)
		long := jc.long()
		parties := !long && partyCount(cs) > 0
		// the best rendering of each segment, counted per document: each translation has
		// its own conventions (U.S.-Japan in one statement, Japan-U.S. in another)
		type tally struct {
			total int
			votes map[string]int
		}
		docs := map[string]*tally{}
		var order []string
		var unvoted []int // the segments where no rendering was found
		best := map[string]option{}
		first := map[string]int{}
		alone := map[string]bool{} // renderings met where the term stands alone (see standsAlone)
		for _, i := range segs {
			d := r.bitext[i].Doc
			t := docs[d]
			if t == nil {
				t = &tally{votes: map[string]int{}}
				docs[d] = t
				order = append(order, d)
			}
			t.total++
			// the longest lexicon words first; the literal reading of a compound part only
			// when its dictionary glosses are not complete in the English (see resplit)
			var opts []option
			// a long term may take a span longer than the segment's n-grams (parties
			// only where the English names them in a "between" phrase)
			segIDs := r.segmentIDs(i, long || parties && strings.Contains(r.bitext[i].EN, " between "))
			for _, id := range segIDs {
				g := r.en.Get(id)
				if blocked(jc.key, g.Key, taken[i]) {
					continue
				}
				o, ok := r.rate(jc, cs, nonAffix, g, true)
				var h []constituent
				if !ok || !o.full {
					if h = r.resplit(cs, g.Words, g.Raw); h != nil {
						if f, fok := r.rate(jc, h, nonAffixCount(h), g, true); fok && (f.full || !ok && juxtaposedModifiers(r.ngInfo(g).conj, f, h, g)) {
							o, ok = f, true
							o.parts = h
						}
					}
				}
				if !ok || !o.full {
					if whole != nil {
						if f, fok := r.rate(jc, whole, 1, g, true); fok && f.full {
							o, ok = f, true
							o.parts = whole
						}
					}
				}
				if (!ok || !o.full) && r.wn != nil {
					// a gloss word met by its WordNet neighbour (能力 "ability" =
					// capability), the rest of the term anchoring it, read as a whole or
					// part by part (日|米|同盟|能力 = capability of the Japan-U.S. Alliance)
					if tcs == nil {
						tcs, _, _ = r.expand(cs, true)
					}
					if f, fok := r.thesaurusLocal(jc, cs, tcs, g); fok {
						o, ok = f, true
					} else if h != nil {
						th, _, _ := r.expand(h, true)
						if f, fok := r.thesaurusLocal(jc, h, th, g); fok {
							o, ok = f, true
						}
					}
				}
				if ok {
					opts = append(opts, o)
				}
			}
			sort.Slice(opts, func(a, b int) bool { return better(opts[a], opts[b], expect) })
			opts = lastResort(opts)
			opts = r.preferRelation(opts, cs, r.bitext[i].EN, expect)
			opts = r.yieldClaimed(jc, opts, claims[i])
			find := func(raw []string) *enterm.NGram {
				for _, id := range segIDs {
					if g := r.en.Get(id); slices.Equal(g.Raw, raw) && !blocked(jc.key, g.Key, taken[i]) {
						return g
					}
				}
				return nil
			}
			opts = r.slotWidened(opts, cs, r.bitext[i].EN, find)
			opts = prefixWidened(opts, cs, r.bitext[i].EN, find)
			if r.wn != nil && nonAffix >= 2 && !jc.phrasal && jc.coord == 0 && (len(opts) == 0 || !opts[0].full) {
				// no rendering translates every part: one noun may mean the whole
				// compound (see evidence_definition.go); a phrase or a coordination
				// is more than one noun says
				if d, ok := r.definitionOption(jc, cs, i, ids[i], taken[i]); ok {
					opts = append([]option{d}, opts...)
				}
			}
			if len(opts) == 0 {
				if rest, n := partiesLeft(cs); n > 0 {
					// the parties the Japanese names a meeting or an agreement by (日・
					// ニュージーランド首脳会談), which the English may leave to the context
					// ("held a summit meeting with the Prime Minister of New Zealand"):
					// the rest rendered whole is a partial rendering, at review
					for _, id := range segIDs {
						g := r.en.Get(id)
						if blocked(jc.key, g.Key, taken[i]) || r.namesCountry(g) {
							continue
						}
						if o, ok := r.rate(jc, rest, nonAffix-n, g, true); ok && o.full {
							o.full, o.uj = false, n
							opts = append(opts, o)
						}
					}
					sort.Slice(opts, func(a, b int) bool { return better(opts[a], opts[b], expect) })
				}
			}
			for len(opts) > 0 && !opts[0].full && opts[0].ue > 0 && r.renderedElsewhere(i, jc, partsOf(opts[0], cs), opts[0].g) {
				opts = opts[1:] // its English word left over is another word's (see renderedElsewhere)
			}
			if len(opts) == 0 {
				unvoted = append(unvoted, i)
				continue
			}
			o := opts[0]
			if w, ok := r.wholeName(jc, cs, nonAffix, o, i); ok && o.def == "" && !r.keepsBareName(jc, o, w, cs, i) {
				o = w // a cut name: the whole name (see names.go)
			}
			if h, ok := r.compoundHead(jc, cs, i, o); ok {
				o = h // a modifier: the English compound it heads (see compoundhead.go)
			}
			if b, ok := r.dropOwner(jc, cs, nonAffix, o, i); ok {
				o = b // the country a body belongs to, after its name (see ownercountry.go)
			}
			if whole := r.ownerBody(jc, o, i); whole != "" {
				// the name and the body it belongs to, beside the name (see ownerbody.go)
				b := r.bitext[i]
				r.add(jc.text, whole, Evidence{Type: EvBitext, Doc: b.Doc, Line: b.Line, Quote: quote(b.EN),
					Detail: "the whole name, " + o.g.Surface + " and the body it belongs to, which the segment's Japanese names"})
			}
			t.votes[o.g.Key]++
			if _, ok := best[o.g.Key]; !ok {
				best[o.g.Key], first[o.g.Key] = o, i
			}
			if standsAlone(r.bitext[i].JA, jc.text) {
				alone[o.g.Key] = true
			}
		}
		// a segment that writes the acronym the sources define for a full rendering renders
		// the term by it: a vote for that rendering ("the new NSS" after "National Security
		// Strategy (NSS)" for 国家安全保障戦略), as the translation writes its short form
		for _, i := range unvoted {
			t := docs[r.bitext[i].Doc]
			for _, ek := range r.acronymRenderings(r.bitext[i].EN, best) {
				t.votes[ek]++
			}
		}
		// the documents that use each full rendering: one that fewer documents use than
		// another is its document's convention, a variant of the corpus's rendering
		// (U.S.-Japan Alliance in two statements, Japan-U.S. Alliance in one)
		estab := map[string]int{}
		for _, d := range order {
			for ek := range docs[d].votes {
				if best[ek].full {
					estab[ek]++
				}
			}
		}
		most := 0
		for _, n := range estab {
			most = max(most, n)
		}
		lost := r.tieLosers(estab, most, best, alone)
		for _, d := range order {
			t := docs[d]
			for ek, n := range t.votes {
				o := best[ek]
				if !o.full && nonAffixCount(partsOf(o, cs)) < 2 && !r.glossWordOnly(jc, o) && !o.headed && !o.titled && !o.owned && !o.relation {
					continue
				}
				seg := r.bitext[first[ek]]
				typ := fullType(o, cs)
				if o.thes {
					typ = EvThesaurus
				}
				parts := cs
				if o.parts != nil {
					parts = o.parts
				}
				detail := r.partsDetail(parts)
				if o.def != "" {
					typ = EvDefinition
					detail = "WordNet defines " + o.def + " (" + detail + ")"
				}
				if p := r.add(jc.text, o.g.Surface, Evidence{Type: typ, Doc: seg.Doc, Line: seg.Line, Quote: quote(seg.EN), Detail: detail}); p != nil && typ == EvApprox && headOnly(o, cs) {
					p.headOnly = true
				}
				r.add(jc.text, o.g.Surface, Evidence{Type: EvBitext, Detail: fmt.Sprintf("together in %d aligned segment(s)", n)})
				majority := n*2 >= t.total && uniqueMax(t.votes, n) && !(o.full && (estab[ek] < most || lost[ek]))
				if !majority {
					// the document renders the term otherwise as often or more: a variant,
					// not the established rendering
					pr := r.add(jc.text, o.g.Surface, Evidence{Type: EvBitext})
					if pr != nil {
						pr.contested = true
					}
				}
				if !o.full && n < 2 {
					continue // a partial rendering seen once is a guess: consistency needs two
				}
				if majority {
					// the best rendering in at least half of the document's segments holding
					// the term (the others may use a short form: "the Alliance")
					r.add(jc.text, o.g.Surface, Evidence{Type: EvParallel, Doc: seg.Doc, Line: seg.Line, Quote: quote(seg.EN),
						Detail: fmt.Sprintf("the best rendering in %d of the %d aligned segment(s) of %s holding the term", n, t.total, d)})
				}
			}
		}
	}
}

// A candidate of minLongUnits content units or more looks for its rendering among the
// spans of its segments up to maxLongN words too: a name with its prepositions and
// conjunctions ("Treaty of Mutual Cooperation and Security between …") or a phrase with two
// complements ("free and open international order based on the rule of law"), or the
// parties of a relation, each named ("relations between the United States and the Republic
// of Korea" for 米韓関係), is longer than the n-grams every candidate is rated against (enterm.MaxAlignedN).
// A candidate of up to maxLongUnits units is rated in its segments (in free text, eight
// at most: see options).
const (
	minLongUnits = 6
	maxLongUnits = 12
	maxLongN     = 16
)

// long reports whether a candidate is long enough to take a span longer than a segment's
// n-grams (see minLongUnits), or is a linked phrase with a coordination from one unit
// less: its English writes a preposition and an article for the link and a conjunction
// for the coordination, "Agreement concerning the Transfer of Defense Equipment and
// Technology" for 防衛装備品及び技術の移転に関する協定.
func (jc *jaCand) long() bool {
	return len(jc.units) >= minLongUnits || jc.phrasal && jc.coord > 0 && len(jc.units) >= minLongUnits-1
}

// thesaurusLocal rates an n-gram of an aligned segment against the constituents cs
// expanded by the thesaurus (tcs): an option when every word on both sides is explained,
// each gloss met whole, and the English one thesaurus step from the dictionary (oneStep).
func (r *run) thesaurusLocal(jc *jaCand, cs, tcs []constituent, g *enterm.NGram) (option, bool) {
	f, ok := r.rate(jc, tcs, nonAffixCount(tcs), g, true)
	if !ok || !f.full || f.ue != 0 || f.uj != 0 || !wholeGlosses(tcs, g.Words, g.Raw) || !oneStep(cs, tcs, g.Words, g.Raw) {
		return option{}, false
	}
	f.parts, f.thes = tcs, true
	return f, true
}

// tieLosers returns the full renderings that as many documents use as any other but that
// lose the tie, so that each is its document's convention, at review: a glossary proposes one
// rendering, and when documents split evenly the one the evidence states more directly is
// the corpus's. First, a rendering met only where the term is the last member of a
// coordination that shares its head (安全保障・防衛協力 = security and defense cooperation)
// (or joined to the next member by と) loses to one met where the term stands alone: there
// the English renders the coordination, and its tail is the term's rendering only by the
// shared head. Then a rendering in title
// case, a name ("U.S. Forces Japan", "Foreign Ministers' Meeting"), wins over one in lower
// case, a description a translator phrases around the sentence ("realignment of U.S. forces
// in Japan", "meetings with the foreign ministers"). Renderings alike on both counts (U.S.-
// Japan Alliance and Japan-U.S. Alliance, summit meeting and leaders' meeting) stay tied.
func (r *run) tieLosers(estab map[string]int, most int, best map[string]option, alone map[string]bool) map[string]bool {
	var top []string
	for ek, n := range estab {
		if n == most {
			top = append(top, ek)
		}
	}
	if len(top) < 2 {
		return nil
	}
	lost := map[string]bool{}
	split := func(win func(ek string) bool) {
		var w, l []string
		for _, ek := range top {
			if win(ek) {
				w = append(w, ek)
			} else {
				l = append(l, ek)
			}
		}
		if len(w) > 0 && len(l) > 0 {
			for _, ek := range l {
				lost[ek] = true
			}
			top = w
		}
	}
	split(func(ek string) bool { return alone[ek] })
	split(func(ek string) bool { return r.ngInfo(best[ek].g).title })
	return lost
}

// standsAlone reports whether the Japanese segment holds the term once at least outside a
// coordination: not as the last member of a dotted one (安全保障・防衛協力 holds 防衛協力 only
// after the dot) nor as a member that と joins to the phrase after it (日米関係と両国の利益):
// there the English renders the coordination, which a translator rebuilds around the
// other member ("the depth of the relationship and our shared interests").
func standsAlone(ja, term string) bool {
	for i := 0; ; {
		j := strings.Index(ja[i:], term)
		if j < 0 {
			return false
		}
		j += i
		prev, _ := utf8.DecodeLastRuneInString(ja[:j])
		if (j == 0 || prev != '・' && prev != '･') && !strings.HasPrefix(ja[j+len(term):], "と") {
			return true
		}
		i = j + len(term)
	}
}

// uniqueMax reports whether n is the most votes and no other rendering has as many: a tie
// is no agreement.
func uniqueMax(v map[string]int, n int) bool {
	ties := 0
	for _, m := range v {
		if m > n {
			return false
		}
		if m == n {
			ties++
		}
	}
	return ties == 1
}

// blocked reports whether an English n-gram overlaps the English of a glossary pair found
// in the segment while the Japanese term is unrelated to the pair's Japanese term.
func blocked(jaKey, enKey string, taken []segKnown) bool {
	for _, t := range taken {
		if strings.Contains(jaKey, t.ja) || strings.Contains(t.ja, jaKey) {
			continue
		}
		if within(enKey, t.en) || within(t.en, enKey) {
			return true
		}
	}
	return false
}

// within reports whether the words of key a stand, in order, inside key b.
func within(a, b string) bool {
	return a == b || strings.HasPrefix(b, a+" ") || strings.HasSuffix(b, " "+a) || strings.Contains(b, " "+a+" ")
}

// knownByJA maps the keys of the glossary's Japanese terms to the keys of the English
// terms of their concepts.
func knownByJA(g *glossary.Glossary) map[string][]string {
	out := map[string][]string{}
	for k := range knownPairs(g) {
		jk, ek, _ := strings.Cut(k, "\x00")
		out[jk] = append(out[jk], ek)
	}
	return out
}

// partsDetail says how the parts of a candidate were translated.
func (r *run) partsDetail(cs []constituent) string {
	var parts []string
	for _, c := range cs {
		if c.affix && len(c.words) == 0 && c.quant == nil {
			continue
		}
		g := "?"
		for _, e := range r.partEntries(c.text) {
			g = e.Gloss
			if e.Source == fromLeftover {
				g += leftoverNote // an inference: the evidence says so
			}
			break
		}
		if c.quant != nil {
			g = quantifierDetail(c)
		}
		parts = append(parts, c.text+" → "+g)
	}
	return strings.Join(parts, "; ")
}

// renderedElsewhere reports whether an English content word of g that no part of the
// term explains is a gloss of a word of segment i's Japanese outside the term: a partial
// rendering's word left over is then that other word's translation, not the one of the
// term's part without a gloss (ミサイル警戒 is not "missile launches" where the segment's 発射
// is "launch"). The term's own gap stays open for a word no other word of the segment claims.
func (r *run) renderedElsewhere(i int, jc *jaCand, cs []constituent, g *enterm.NGram) bool {
	toks := r.segJA[i].toks
	var words map[string]bool // segment i's English, read once when a word asks
	for k, w := range g.Words {
		if slices.ContainsFunc(cs, func(c constituent) bool { return covers(c, w, g.Raw[k]) }) {
			continue
		}
		for _, t := range toks {
			if !t.content || strings.Contains(jc.text, t.surface) {
				continue
			}
			for _, e := range r.lx.Lookup(t.base) {
				if !slices.Contains(lexicon.ContentWords(e.Gloss), w) {
					continue
				}
				if words == nil {
					words = wordSet(r.bitext[i].EN)
				}
				// a word the English renders by another of its glosses claims no second word
				// (秩序 "order; system" is the "order" of "maritime security and order", not
				// the "system" of "radar system")
				if !r.glossHeld(t.base, words, w) {
					return true
				}
			}
		}
	}
	return false
}

// partsOf returns the segmentation an option was rated on.
func partsOf(o option, cs []constituent) []constituent {
	if o.parts != nil {
		return o.parts
	}
	return cs
}

var (
	jaQuoteRE = regexp.MustCompile(`[「『]([^「」『』、。]{1,30})[」』]`)
	enQuoteRE = regexp.MustCompile(`[“"]([^“”"]{2,80})[”"]`)
)

// A short form defined after a name: the drafting formula (以下「指針」という。) and its
// English, a parenthesis that opens with "the" or "hereinafter" ((the Guidelines),
// (hereinafter referred to as "the Alliance")). A translation defines the same short form
// where the original does, so the one definition on each side pairs them.
var (
	jaShortRE = regexp.MustCompile(`[(（]以下[、，]?「([^「」『』、。]{1,20})」と?(?:いう|称する)。?[)）]`)
	enShortRE = regexp.MustCompile(`\((?:hereinafter(?: referred to as| called)? )?[“"]?(?:the )[“"]?([A-Z][A-Za-z\-]*(?: [A-Z][A-Za-z\-]*){0,5})[”"]?\)`)
)

// maxQuotedTitle bounds the words of a quoted title paired by quotedPairs.
const maxQuotedTitle = 16

// quotedPairs pairs the one quoted term of a segment's Japanese (「積極的平和主義」) with the
// one quoted phrase of its English ("Proactive Contribution to Peace,"): a translation
// keeps the quotation marks around the same words. A segment with more than one quotation
// on either side pairs nothing.
//
// A segment that is a title on each side (a heading row: a Japanese noun phrase with no
// sentence, an English phrase with every content word capitalized) is paired whole the
// same way: より力強い同盟とより大きな責任の共有に向けて = "Toward a More Robust Alliance and
// Greater Shared Responsibilities". A title names a document; its translation is the
// English title, whether or not its words can be explained one by one.
func (r *run) quotedPairs() {
	for _, seg := range r.bitext {
		if ja, en, ok := titleRow(seg.JA, seg.EN); ok {
			r.add(ja, en, Evidence{Type: EvQuoted, Doc: seg.Doc, Line: seg.Line, Quote: quote(seg.EN),
				Detail: titleRowDetail})
			continue
		}
		if js, es := jaShortRE.FindAllStringSubmatch(seg.JA, -1), enShortRE.FindAllStringSubmatch(seg.EN, -1); len(js) == 1 && len(es) == 1 {
			r.add(js[0][1], es[0][1], Evidence{Type: EvQuoted, Doc: seg.Doc, Line: seg.Line, Quote: quote(seg.EN),
				Detail: "the one short form the segment defines on each side"})
		}
		jq, eq := jaQuoteRE.FindAllStringSubmatch(seg.JA, -1), enQuoteRE.FindAllStringSubmatch(seg.EN, -1)
		if len(jq) != 1 || len(eq) != 1 {
			continue
		}
		ja := strings.TrimSpace(jq[0][1])
		en := strings.TrimRight(strings.TrimSpace(eq[0][1]), ",.;:!?")
		if n := len(strings.Fields(en)); n == 0 || n > 8 && (n > maxQuotedTitle || !titleCase(en)) || !strings.ContainsFunc(en, unicode.IsLetter) {
			// a sentence, or a number ("2+2") that anchors the alignment already; a longer
			// quotation only when it is a title, every content word capitalized (the
			// report "Lessons Learned from the Joint Relief Operations of the Two Navies")
			continue
		}
		r.add(ja, en, Evidence{Type: EvQuoted, Doc: seg.Doc, Line: seg.Line, Quote: quote(seg.EN),
			Detail: "the one quotation of the segment on each side"})
	}
}

// titleRowDetail says that a quoted evidence pairs two title rows.
const titleRowDetail = "a title row on each side"

// maxTitleRunes bounds the length of a Japanese title row.
const maxTitleRunes = 40

// titleRow returns a segment's two sides when each is a title: the Japanese a phrase of at
// most maxTitleRunes that holds no sentence or clause punctuation nor a quotation and
// ends in a noun, or in に, a verb and て (に向けて = toward, について = on, に基づいて =
// based on), the adverbial phrase titles open with in English; the English at most
// maxQuotedTitle words, every content word capitalized, with no final stop.
func titleRow(ja, en string) (string, string, bool) {
	ja, en = strings.TrimSpace(ja), strings.TrimSpace(en)
	if ja == "" || utf8.RuneCountInString(ja) > maxTitleRunes || strings.ContainsAny(ja, "。．！？、，「」『』（）()") ||
		en == "" || strings.ContainsAny(en[len(en)-1:], ".!?;:,") || len(strings.Fields(en)) < 2 ||
		len(strings.Fields(en)) > maxQuotedTitle || !titleCase(en) {
		return "", "", false
	}
	toks := morph.Tokenize(ja)
	n := len(toks)
	switch {
	case n < 2:
		return "", "", false
	case toks[n-1].POSAt(0) == "名詞":
	case n >= 3 && toks[n-1].Surface == "て" && toks[n-2].POSAt(0) == "動詞" && toks[n-3].Surface == "に" && toks[n-3].POSAt(0) == "助詞":
	default:
		return "", "", false
	}
	return ja, en, true
}

// acronymRenderings returns the keys of the full renderings in best whose acronym, as the
// English sources define it, the English sentence en writes, each once.
func (r *run) acronymRenderings(en string, best map[string]option) []string {
	var out []string
	for _, w := range strings.Fields(en) {
		w = strings.Trim(w, `"“”‘’'(),.;:`)
		if !enterm.IsAcronym(w) {
			continue
		}
		for _, exp := range r.en.Expansions(w) {
			ek := enterm.Key(exp)
			if o, ok := best[ek]; ok && o.full && !slices.Contains(out, ek) {
				out = append(out, ek)
			}
		}
	}
	return out
}

// glossWordOnly reports whether o renders a one-word term (one unit) by one English noun
// that is the first word of a two-word gloss of the term, every word on both sides
// explained but for the gloss's head: 閣議 "cabinet meeting" as the "Cabinet" of "approved
// by the Cabinet", where Japanese names the meeting that decides and English the body that
// meets; or the head of a two-word name the dictionary writes with capitals, written
// alone with its capital: 国会 "National Diet" as the "Diet" (see glossNameHead). A
// partial rendering, for review; a slice of a longer name (the "Defense" of "Defense
// Buildup Program") is none.
func (r *run) glossWordOnly(jc *jaCand, o option) bool {
	return len(jc.units) == 1 && o.g != nil && len(o.g.Words) == 1 && o.ue == 0 && o.uj == 0 && o.covered == 1 &&
		o.g.InName < o.g.Count && (r.wn == nil || r.wn.IsNoun(o.g.Raw[0])) &&
		(r.glossModifier(jc.text, o.g.Words[0]) || r.glossNameHead(jc.text, o.g.Surface))
}

// glossModifier reports whether the normalized English word w is the first of a gloss of
// two content words of ja, the modifier of its head: "cabinet" of "cabinet meeting".
func (r *run) glossModifier(ja, w string) bool {
	for _, e := range r.lx.Lookup(ja) {
		if len(e.Words) == 2 && e.Words[0] == w {
			return true
		}
	}
	return false
}

// partiesLeft returns the parts of a term after the parties that open it (日・ニュージー
// ランド首脳会談: 日, ・ and ニュージーランド before 首脳会談), and how many parts that
// are no affix it left out; 0 when the term opens with no country or names nothing else.
func partiesLeft(cs []constituent) ([]constituent, int) {
	k, n := 0, 0
	for k < len(cs) {
		c := cs[k]
		if c.text == "・" || c.affix && countryUnits(c.units) {
			k++ // a dot between the parties, or a country's abbreviation read as a prefix (日)
			continue
		}
		if c.affix || !partyPart(c) {
			break
		}
		k++
		n++
	}
	if n == 0 || k == len(cs) {
		return nil, 0
	}
	for _, c := range cs[k:] {
		if !c.affix {
			return cs[k:], n
		}
	}
	return nil, 0
}

// namesCountry reports whether an English n-gram writes a country's name: a rendering that
// names countries renders the parties, not the rest of the term.
func (r *run) namesCountry(g *enterm.NGram) bool {
	for _, w := range g.Raw {
		if englishCountry[strings.Trim(w, ".,")] || countryPair(w) {
			return true
		}
	}
	return false
}
