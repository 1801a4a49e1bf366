package align

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossterm/gloss/align/internal/enterm"
	"github.com/glossterm/gloss/align/internal/jaterm"
	"github.com/glossterm/gloss/internal/lexicon"
	"github.com/glossterm/gloss/internal/morph"
	"github.com/glossterm/gloss/internal/textnorm"
)

// Elimination.
//
// In an aligned segment every Japanese term has its English in the segment's English. When
// the pairs the aligner is sure of (a proposal at auto tier whose English the segment
// holds, a pair of the glossary), the dictionary glosses of the other Japanese
// words and the function words explain everything on both sides but one Japanese term (a
// maximal term of the candidate grammar) and one English phrase (a run of content words
// between explained words, inside one clause), the two are each other's translation:
// 人的交流 and "people-to-people exchanges" when 両国 and 重要性 are explained by "two
// countries" and "importance", and the verb 確認し by "confirmed". The evidence (EvEliminated) is indirect: it
// holds only as far as the explanations of the rest hold, so it stays at review, stronger
// when a part of the Japanese term is glossed inside the English phrase (EvEliminatedPart)
// and when the same pair is left over in several segments (EvBitext). Verbs are set aside
// on both sides (a verb, or a サ変 noun with する, renders an English verb: a word in -ed,
// -ing or an irregular participle standing alone, or after a modal or to), and so are
// adverbs in -ly, numbers in words, and the terms that are no term to pair: one dictionary
// word none of whose glosses the English holds (閣僚 rendered "members" or "They"), a term
// paired elsewhere and here by a short form ("the Alliance"). Their English, if any, is
// still counted. A segment where anything else is left (a second term, a second English
// phrase, a noun outside the terms, a term whose part a sure pair explains) proposes
// nothing.

// segJA is what elimination keeps of an aligned segment's Japanese.
type segJA struct {
	toks   []segTok
	chunks []segChunk
}

// segTok is one token of a segment's Japanese.
type segTok struct {
	surface, base string
	// content: a word whose English the segment must hold (a noun, a verb or an adjective
	// of its own; not a particle, an auxiliary, a suffix or a light verb)
	content bool
	latin   bool // written in the Latin alphabet: the English writes it the same
	// verbal: a verb, or a サ変 noun used as one (非難|し): its English is a verb, which
	// elimination sets aside on both sides (see verbForm)
	verbal bool
}

// segChunk is one candidate of a segment's Japanese, by token range.
type segChunk struct {
	key      string
	from, to int
	term     bool // a maximal TERM: neither phrasal nor nested
}

// lightVerbs render no English word of their own (する of a サ変 noun, ある, なる).
var lightVerbs = map[string]bool{"する": true, "ある": true, "いる": true, "なる": true, "できる": true, "おる": true,
	"れる": true, "られる": true, "せる": true, "させる": true, "くる": true, "いく": true}

// newSegJA keeps the tokens and chunks of a segment's Japanese sentence.
func newSegJA(s *sentence) segJA {
	out := segJA{toks: make([]segTok, len(s.toks))}
	for i, t := range s.toks {
		st := segTok{surface: t.Surface, base: t.Base, content: contentWord(t), latin: isLatinWord(t.Surface)}
		switch {
		case t.POSAt(0) == "動詞":
			st.verbal = st.content
		case t.POSAt(1) == "サ変接続" && i+1 < len(s.toks) && s.toks[i+1].Base == "する" && s.toks[i+1].Start == t.End:
			st.verbal = true
		}
		if i > 0 && dateCounters[t.Surface] && isDigits(s.toks[i-1].Surface) {
			st.content = false // 2014年10月8日: a date, which the English writes in numbers
		}
		out.toks[i] = st
	}
	for _, c := range s.chunks {
		out.chunks = append(out.chunks, segChunk{key: textnorm.Key(c.Text(s.text, s.toks)), from: c.From, to: c.To, term: !c.Phrasal && !c.Nested})
	}
	return out
}

// dateCounters are the counters of a date after a number.
var dateCounters = map[string]bool{"年": true, "月": true, "日": true}

func isDigits(s string) bool {
	return s != "" && !strings.ContainsFunc(s, func(r rune) bool { return !unicode.IsDigit(r) })
}

// contentWord reports whether a token is a word whose English a translation holds.
func contentWord(t morph.Token) bool {
	if !hasLetter(t.Surface) {
		return false // a symbol, a number
	}
	switch t.POSAt(0) {
	case "名詞":
		switch t.POSAt(1) {
		case "一般", "サ変接続", "固有名詞", "形容動詞語幹", "ナイ形容詞語幹":
			return !jaterm.IsBreakWord(t) && strings.ContainsFunc(t.Surface, func(r rune) bool { return !unicode.IsDigit(r) })
		}
		return false
	case "動詞", "形容詞":
		return t.POSAt(1) == "自立" && !lightVerbs[t.Base] && t.Base != "ない"
	case "記号":
		return t.POSAt(1) == "アルファベット"
	}
	return !t.Known && (jaterm.IsKatakana(t.Surface) || isLatinWord(t.Surface))
}

func isLatinWord(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r > unicode.MaxASCII || !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' {
			return false
		}
	}
	return strings.ContainsFunc(s, unicode.IsLetter)
}

// lexiconWords returns the words of the segments' Japanese that elimination looks up in
// the lexicon: the content words, their dictionary forms, and runs of two and three
// tokens (a compound the lexicon knows whole: 安全|保障).
func (r *run) lexiconWords(want map[string]bool) {
	for _, sj := range r.segJA {
		for i, t := range sj.toks {
			if !t.content {
				continue
			}
			want[t.surface] = true
			if t.base != "" && t.base != t.surface {
				want[t.base] = true
			}
			s := t.surface
			for k := i + 1; k < len(sj.toks) && k < i+3; k++ {
				s += sj.toks[k].surface
				want[s] = true
			}
		}
	}
}

// eliminate adds the evidence of elimination (see above) for every aligned segment.
func (r *run) eliminate() {
	if len(r.bitext) == 0 {
		return
	}
	sure := map[string][]string{} // Japanese key → the English keys of sure pairs
	for _, p := range r.pairs {
		if score(p.Evidence) >= AutoScore {
			jk := textnorm.Key(p.JA)
			sure[jk] = append(sure[jk], p.enKey)
		}
	}
	for jk, eks := range knownByJA(r.opts.Glossary) {
		sure[jk] = append(sure[jk], eks...)
	}
	type left struct {
		ja, en string
		segs   []int
		part   string
	}
	found := map[string]*left{}
	var order []string
	done := map[string]bool{} // the segments seen: a repeated segment (a memory's) is no new evidence
	for i, seg := range r.bitext {
		text := seg.JA + "\x00" + seg.EN
		if done[text] {
			continue
		}
		done[text] = true
		ja, en, part, ok := r.leftOver(i, sure)
		if !ok {
			continue
		}
		k := textnorm.Key(ja) + "\x00" + enterm.Key(en)
		f := found[k]
		if f == nil {
			f = &left{ja: ja, en: en}
			found[k] = f
			order = append(order, k)
		}
		f.segs = append(f.segs, i)
		if f.part == "" {
			f.part = part
		}
	}
	sort.Strings(order)
	for _, k := range order {
		f := found[k]
		for _, i := range f.segs {
			seg := r.bitext[i]
			r.add(f.ja, f.en, Evidence{Type: EvEliminated, Doc: seg.Doc, Line: seg.Line, Quote: quote(seg.EN),
				Detail: "the one unexplained term on each side of the aligned segment"})
		}
		seg := r.bitext[f.segs[0]]
		if f.part != "" {
			r.add(f.ja, f.en, Evidence{Type: EvEliminatedPart, Doc: seg.Doc, Line: seg.Line, Detail: f.part})
		}
		if len(f.segs) > 1 {
			r.add(f.ja, f.en, Evidence{Type: EvBitext, Detail: fmt.Sprintf("left over together in %d aligned segment(s)", len(f.segs))})
		}
	}
}

// enPos is a word of a segment's English: clause and index.
type enPos struct{ c, w int }

// leftOver returns the one unexplained Japanese term of segment i and the one unexplained
// English phrase, and how a part of the term is glossed inside the phrase ("" if none).
func (r *run) leftOver(i int, sure map[string][]string) (ja, en, part string, ok bool) {
	sj := r.segJA[i]
	if len(sj.toks) == 0 {
		return
	}
	sentence := r.bitext[i].EN
	clauses := enterm.ClauseWords(sentence)

	// 1. the sure pairs: their Japanese tokens and English words are taken
	byPair := make([]bool, len(sj.toks))
	takenKeys := map[string]bool{}
	for _, c := range sj.chunks {
		for _, ek := range sure[c.key] {
			if r.bitEN[i][ek] {
				takenKeys[ek] = true
				for t := c.from; t < c.to; t++ {
					byPair[t] = true
				}
			}
		}
	}
	taken := make([][]bool, len(clauses))
	for ci, ws := range clauses {
		taken[ci] = make([]bool, len(ws))
		if len(takenKeys) == 0 {
			continue
		}
		for a := range ws {
			if ws[a].Stop {
				continue
			}
			for b := a; b < len(ws) && b < a+enterm.MaxAlignedN; b++ {
				if ws[b].Stop {
					continue
				}
				if takenKeys[enterm.Key(trimPossessive(sentence[ws[a].Start:ws[b].End]))] {
					for k := a; k <= b; k++ {
						taken[ci][k] = true
					}
				}
			}
		}
	}

	// 2. the glosses of each Japanese token found in the English
	exact := map[string][]enPos{}
	prefix := map[string][]enPos{}
	lower := map[string][]enPos{}
	for ci, ws := range clauses {
		for wi, w := range ws {
			if w.Stop {
				continue
			}
			p := enPos{ci, wi}
			exact[w.Norm] = append(exact[w.Norm], p)
			if len(w.Norm) >= 5 {
				prefix[w.Norm[:5]] = append(prefix[w.Norm[:5]], p)
			}
			lower[strings.ToLower(w.Text)] = append(lower[strings.ToLower(w.Text)], p)
		}
	}
	hits := make([][]enPos, len(sj.toks))
	glossed := make([]string, len(sj.toks)) // a gloss word found, for the evidence's detail
	known := make([]bool, len(sj.toks))     // the lexicon glosses the token, alone or in a compound
	match := func(from, to int, entries []lexicon.Entry) {
		for t := from; t < to && len(entries) > 0; t++ {
			known[t] = true
		}
		for _, e := range entries {
			for _, gw := range e.Words {
				var ps []enPos
				ps = append(ps, exact[gw]...)
				if len(gw) >= 5 {
					for _, p := range prefix[gw[:5]] {
						if n := clauses[p.c][p.w].Norm; n != gw && lexicon.SameWord(n, gw) {
							ps = append(ps, p)
						}
					}
				}
				for t := from; t < to && len(ps) > 0; t++ {
					hits[t] = append(hits[t], ps...)
					if glossed[t] == "" {
						glossed[t] = sj.toks[from].surface + " → " + e.Gloss
						if to-from > 1 {
							glossed[t] = strings.Join(surfaces(sj.toks[from:to]), "") + " → " + e.Gloss
						}
					}
				}
			}
		}
	}
	for t, tok := range sj.toks {
		if tok.latin {
			hits[t] = append(hits[t], lower[strings.ToLower(tok.surface)]...)
		}
		if !tok.content {
			continue
		}
		match(t, t+1, r.lx.Lookup(tok.surface))
		if tok.base != "" && tok.base != tok.surface {
			match(t, t+1, r.lx.Lookup(tok.base))
		}
		s := tok.surface
		for k := t + 1; k < len(sj.toks) && k < t+3; k++ {
			s += sj.toks[k].surface
			match(t, k+1, r.lx.Lookup(s))
		}
	}

	// 3. the one unexplained term, and nothing else unexplained on the Japanese side
	inTerm := make([]int, len(sj.toks))
	for t := range inTerm {
		inTerm[t] = -1
	}
	target := -1
	verbsLeft := 0 // the verbs left unexplained, set aside
	for ci, c := range sj.chunks {
		if !c.term {
			continue
		}
		unexplained := false
		words, last := 0, -1
		for t := c.from; t < c.to; t++ {
			inTerm[t] = ci
			if sj.toks[t].content {
				words, last = words+1, t
				if !byPair[t] && len(hits[t]) == 0 {
					unexplained = true
				}
			}
		}
		if unexplained && sj.toks[c.to-1].verbal {
			verbsLeft++
		}
		if _, paired := sure[c.key]; !unexplained || paired || sj.toks[c.to-1].verbal || words == 1 && known[last] {
			// explained; paired elsewhere, here by a short form or a pronoun (日米同盟 =
			// "the Alliance", "our Alliance"); a verb (再確認|し), whose English is a verb;
			// or one dictionary word none of whose glosses the English holds: vocabulary
			// rendered freely (閣僚 = "members") or not at all. None is a term left to pair;
			// what English they have is left and counted below.
			continue
		}
		if target >= 0 {
			return // two terms left
		}
		target = ci
	}
	if target < 0 {
		return
	}
	for t, tok := range sj.toks {
		if inTerm[t] >= 0 || !tok.content || byPair[t] || len(hits[t]) > 0 {
			continue
		}
		if !tok.verbal {
			return // a word outside the terms is left: its English would be left too
		}
		verbsLeft++
	}
	tc := sj.chunks[target]
	for t := tc.from; t < tc.to; t++ {
		if byPair[t] {
			return // a sure pair explains a part of the term: the rest is not the whole term
		}
	}
	jc := r.ja[tc.key]
	if jc == nil || len(jc.units) == 0 || utf8.RuneCountInString(jc.text) < 2 || r.misbounded(jc) || r.cutsWord(jc) {
		return
	}
	if _, has := sure[tc.key]; has {
		return // a pair elsewhere, or the glossary's, whose English is not here: a free translation
	}

	// 4. the one unexplained English phrase
	explained := map[enPos]bool{}
	ofTerm := map[enPos]string{}
	for t, ps := range hits {
		for _, p := range ps {
			if t >= tc.from && t < tc.to {
				// a part's gloss found in the phrase; not a single character's (日 = day,
				// sun, Japan, …): its senses are too many to say where it stands
				if ofTerm[p] == "" && utf8.RuneCountInString(sj.toks[t].surface) > 1 {
					ofTerm[p] = glossed[t]
				}
			} else {
				explained[p] = true
			}
		}
	}
	type left struct {
		ws   []enterm.Word
		part string
	}
	var runs []left
	for ci, ws := range clauses {
		for a := 0; a < len(ws); {
			if function(ws[a]) || taken[ci][a] {
				a++
				continue
			}
			b := a
			for b < len(ws) && !function(ws[b]) && !taken[ci][b] {
				b++
			}
			// the explained words at the run's edges belong to other Japanese words
			lo, hi := a, b
			other := func(k int) bool {
				return explained[enPos{ci, k}] && ofTerm[enPos{ci, k}] == "" || !hasLetter(ws[k].Text) || numberWords[strings.ToLower(ws[k].Text)]
			}
			for lo < hi && other(lo) {
				lo++
			}
			for hi > lo && other(hi-1) {
				hi--
			}
			if lo < hi && !(hi-lo == 1 && (verbForm(ws[lo].Text) || adverb(ws[lo].Text) || lo > 0 && lo == a && verbAfter[strings.ToLower(ws[lo-1].Text)])) {
				l := left{ws: ws[lo:hi]}
				for k := lo; k < hi && l.part == ""; k++ {
					if g := ofTerm[enPos{ci, k}]; g != "" {
						l.part = g + " inside the English"
					}
				}
				if l.part == "" {
					l.part = r.compoundPart(sj, tc, l.ws)
				}
				runs = append(runs, l)
			}
			a = b
		}
	}
	var run []enterm.Word
	switch {
	case len(runs) == 1:
		run, part = runs[0].ws, runs[0].part
	case len(runs) > 1:
		// several phrases left: the one that holds a part of the term, when every other is
		// one lower-case word and the Japanese leaves as many verbs or more (a verb in the
		// present tense, "increase", "cause": a leftover verb for a leftover verb)
		with := -1
		for k, l := range runs {
			switch {
			case l.part != "":
				if with >= 0 {
					return
				}
				with = k
			case len(l.ws) != 1 || unicode.IsUpper(rune(l.ws[0].Text[0])):
				return
			}
		}
		if with < 0 || len(runs)-1 > verbsLeft {
			return
		}
		run, part = runs[with].ws, runs[with].part
	default:
		return
	}
	if len(run) > maxElimWords {
		return
	}
	en = trimPossessive(sentence[run[0].Start:run[len(run)-1].End])
	return jc.text, en, part, true
}

// verbForm reports whether an English word, a run of its own between function words, is a
// verb's participle or past tense: a lower-case word in -ed or -ing, or an irregular form. A verb renders a verb (確認し, 深まり), and
// elimination pairs terms: the leftover verbs of both sides are set aside.
func verbForm(w string) bool {
	if w == "" || unicode.IsUpper(rune(w[0])) {
		return false
	}
	return (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) && len(w) > 4 || irregular[w]
}

// irregular are the irregular past tenses and participles of English verbs.
var irregular = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`arisen arose became become began begun bore borne bought brought built chose chosen
		came dealt did done drew drawn fell fallen felt fought found gave given got gotten grew grown held hit kept knew known
		laid led left lent lost made meant met paid put ran read rose risen said saw seen sent set shown shook shaken sought
		sold spoke spoken spent stood struck taken took taught told thought understood undertook undertaken upheld went
		withdrawn withdrew won wrote written`) {
		irregular[w] = true
	}
}

// function reports whether a word is a function word: a stop word, or a preposition the
// n-grams may hold ("amid", "throughout": the stop list keeps to the words a term never
// starts or ends with).
func function(w enterm.Word) bool {
	return w.Stop || prepositionsMore[strings.ToLower(w.Text)]
}

var prepositionsMore = map[string]bool{"amid": true, "amidst": true, "among": true, "amongst": true, "throughout": true,
	"along": true, "within": true, "across": true, "toward": true, "towards": true, "around": true, "beyond": true,
	"upon": true, "via": true, "without": true, "despite": true, "together": true}

// adverb reports whether a word is an adverb in -ly (Additionally, closely): it renders
// an adverb or a conjunction (さらに, 緊密に), never a term.
func adverb(w string) bool {
	return len(w) > 5 && strings.HasSuffix(strings.ToLower(w), "ly")
}

// verbAfter are the function words after which a word is a verb in its base form: a
// modal, or the to of an infinitive ("could alter", "to refrain").
var verbAfter = map[string]bool{"to": true, "will": true, "would": true, "can": true, "could": true, "may": true,
	"might": true, "shall": true, "should": true, "must": true}

// numberWords are the English numbers written in words: the segment's numbers and
// counters (両, 二, 三か国) render them.
var numberWords = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "both": true}

// compoundPart returns how a part of the term tc is glossed at the end of a word of the
// phrase, an English compound ("overflight" holds "flight", 飛行), or "".
func (r *run) compoundPart(sj segJA, tc segChunk, run []enterm.Word) string {
	for t := tc.from; t < tc.to; t++ {
		if !sj.toks[t].content || utf8.RuneCountInString(sj.toks[t].surface) < 2 {
			continue
		}
		for _, e := range r.lx.Lookup(sj.toks[t].surface) {
			for _, gw := range e.Words {
				if len(gw) < 5 {
					continue
				}
				for _, w := range run {
					if len(w.Norm) > len(gw) && strings.HasSuffix(w.Norm, gw) {
						return sj.toks[t].surface + " → " + e.Gloss + " inside the English"
					}
				}
			}
		}
	}
	return ""
}

// maxElimWords bounds the English phrase elimination proposes: a longer run of content
// words is a clause the explanations missed, not a term.
const maxElimWords = 5

func surfaces(ts []segTok) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.surface
	}
	return out
}

func hasLetter(s string) bool { return strings.ContainsFunc(s, unicode.IsLetter) }

// trimPossessive drops the possessive ending of a phrase ('s, ’s): the term is the
// possessor's name, not the possessive.
func trimPossessive(s string) string {
	for _, e := range []string{"'s", "’s"} {
		if strings.HasSuffix(s, e) && len(s) > len(e) {
			return s[:len(s)-len(e)]
		}
	}
	return s
}
