package align

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossterm/gloss/internal/lexicon"
)

// Evidence of a name whose parts the English writes in another order (see reorderedNames).
const (
	EvNameOrder     = "name-order"         // the parts rendered in another order inside a capitalized English name
	EvNameOrderPart = "name-order-partial" // …all but one, which the name's words left over render
)

// Names whose English order is not the Japanese one.

// maxNameLeftover bounds the English words of a name that the one Japanese part without a
// gloss in it may render (次官補 = Assistant Secretary).
const maxNameLeftover = 3

// nameConnectors are the lower-case words that join the capitalized words of one English
// name: "Bureau of Arms Control, Deterrence, and Stability", "Prime Minister of the
// Republic", "Agreement for Trans-Pacific Partnership".
var nameConnectors = map[string]bool{"of": true, "for": true, "and": true, "the": true}

// nameWordTok is a word of an English name: its place in the segment, its normalized form,
// and the chunk it belongs to (capitalized words written next to each other, or joined by
// a hyphen, with no connector or comma between them).
type nameWordTok struct {
	start, end int
	norm       string
	chunk      int
}

// capitalNames returns the runs of capitalized words of an English sentence joined by
// nameConnectors, commas and hyphens; each run is its content words, connectors left out.
// A capitalized word that opens a sentence is a name's only when the next word is
// capitalized too, past a hyphen or a connector (of, for, and, the).
func capitalNames(s string) [][]nameWordTok {
	type tok struct {
		start, end int
		text       string
		word       bool
	}
	var toks []tok
	for i := 0; i < len(s); {
		c, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			j := i + n
			for j < len(s) {
				d, m := utf8.DecodeRuneInString(s[j:])
				if unicode.IsLetter(d) || unicode.IsDigit(d) || d == '\'' || d == '’' {
					j += m
					continue
				}
				if d == '.' && j+1 < len(s) && s[j+1] != ' ' && s[j+1] != ',' { // U.S.
					j += m
					continue
				}
				if d == '.' && strings.Contains(s[i:j], ".") { // the last period of U.S.
					j += m
				}
				break
			}
			toks = append(toks, tok{start: i, end: j, text: s[i:j], word: true})
			i = j
			continue
		}
		if !unicode.IsSpace(c) {
			toks = append(toks, tok{start: i, end: i + n, text: s[i : i+n]})
		}
		i += n
	}
	capital := func(t tok) bool {
		c, _ := utf8.DecodeRuneInString(t.text)
		return t.word && unicode.IsUpper(c)
	}
	sentenceStart := func(k int) bool {
		if k == 0 {
			return true
		}
		p := toks[k-1].text
		return p == "." || p == "!" || p == "?" || p == ":" || p == "\"" || p == "“" || p == "("
	}
	capitalNext := func(k int) bool { // the next word, past a hyphen (Japan-U.S.) or a connector (Minister of the Interior)
		for k++; k < len(toks) && (toks[k].text == "-" || toks[k].text == "‐" || nameConnectors[toks[k].text]); k++ {
		}
		return k < len(toks) && capital(toks[k])
	}
	var out [][]nameWordTok
	var cur []nameWordTok
	chunk := 0
	flush := func() {
		if len(cur) >= 2 {
			out = append(out, cur)
		}
		cur = nil
	}
	pendingBreak := false // a connector or comma since the last content word
	for k, t := range toks {
		opener := sentenceStart(k) && nameConnectors[strings.ToLower(t.text)] // The, Of
		switch {
		case capital(t) && !opener && !(sentenceStart(k) && !capitalNext(k)):
			if len(cur) > 0 && pendingBreak {
				chunk++
			}
			cur = append(cur, nameWordTok{start: t.start, end: t.end, norm: lexicon.Norm(strings.ToLower(t.text)), chunk: chunk})
			pendingBreak = false
		case len(cur) > 0 && (t.word && nameConnectors[t.text] || t.text == ","):
			pendingBreak = true
		case len(cur) > 0 && (t.text == "-" || t.text == "‐"):
			// a hyphen joins two words of one chunk: Trans-Pacific, Japan-U.S.
		default:
			flush()
			chunk++
			pendingBreak = false
		}
	}
	flush()
	return out
}

// reorderedNames pairs a Japanese name with a capitalized English name of an aligned segment
// whose words its parts render in another order. Japanese ends a name in its head and puts
// what the head belongs to before it, where English puts the head first and the rest after
// "of" or "for" (軍縮・不拡散局 = Bureau of Disarmament and Nonproliferation, 共和国首相 = Prime
// Minister of the Republic), or a title before the post it qualifies (次官補代理 = Deputy
// Assistant Secretary): the parts are met in any order, each by a gloss of its own, and
// every content word of the English name between the first and the last met is explained.
// One Japanese part may be left with the English words of the name that nothing else
// explains, one to three capitalized words (a post no dictionary lists): partial, weaker.
// Both stay at review unless a translation agrees: the order is the evidence's own guess.
func (r *run) reorderedNames() {
	type termParts struct {
		cs       []constituent
		nonAffix int
	}
	partsOf := map[string]termParts{} // the parts of each term, read once for all its segments
	for i, seg := range r.bitext {
		names := capitalNames(seg.EN)
		if len(names) == 0 {
			continue
		}
		keys := make([]string, 0, len(r.bitJA[i]))
		for k := range r.bitJA[i] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			jc := r.ja[k]
			if jc == nil || jc.phrasal && !dotList(jc.text) || len(jc.units) < 2 || personStart(jc.units[0]) {
				continue
			}
			tp, ok := partsOf[k]
			if !ok {
				cs, nonAffix, _ := r.parts(jc)
				tp = termParts{cs, nonAffix}
				partsOf[k] = tp
			}
			if tp.nonAffix < 2 {
				continue
			}
			best := nameMatch{}
			for _, name := range names {
				if m, ok := matchName(tp.cs, name); ok && m.better(best) {
					best = m
				}
			}
			if best.n == 0 {
				continue
			}
			typ, detail := EvNameOrder, "every part rendered inside the capitalized name, in another order"
			if best.partial {
				typ, detail = EvNameOrderPart, "all parts but one rendered inside the capitalized name; the words left render the one left"
			}
			r.add(jc.text, seg.EN[best.start:best.end], Evidence{Type: typ, Doc: seg.Doc, Line: seg.Line, Quote: quote(seg.EN), Detail: detail})
		}
	}
}

// nameMatch is a name matched by matchName: its place in the segment, the parts met, and
// whether one part is rendered by the words nothing else explains.
type nameMatch struct {
	start, end int
	n          int
	heads      int // parts met by the head of a gloss alone
	partial    bool
}

// better reports whether m is a better match than o: full before partial, then more parts
// met, then fewer glosses met by their head alone (国務省 as "Department of State", not
// "Department"), then the shorter name.
func (m nameMatch) better(o nameMatch) bool {
	switch {
	case o.n == 0:
		return true
	case m.partial != o.partial:
		return !m.partial
	case m.n != o.n:
		return m.n > o.n
	case m.heads != o.heads:
		return m.heads < o.heads
	}
	return m.end-m.start < o.end-o.start
}

// matchName finds in name, the content words of one capitalized English name, a stretch
// that the parts cs render in any order (see reorderedNames).
func matchName(cs []constituent, name []nameWordTok) (nameMatch, bool) {
	type span struct {
		from, to int  // content words [from, to)
		head     bool // a gloss of several words met by its head alone
	}
	// the parts to render; a bound morpheme with no meaning of its own (局, 省) may be
	// rendered by a word of the name (Bureau, Ministry) or by none
	var need []int
	must := 0
	for i, c := range cs {
		if !c.affix || c.required {
			need = append(need, i)
			must++
		} else if len(c.glosses) > 0 {
			need = append(need, i)
		}
	}
	if must < 2 || len(need) > 8 {
		return nameMatch{}, false
	}
	// the places where each part's glosses are met, whole or by their head
	spots := make([][]span, len(need))
	for k, i := range need {
		c := cs[i]
		seen := map[span]bool{}
		for gi, g := range c.glosses {
			h := ""
			if gi < len(c.gheads) && c.gheads[gi] < len(g) {
				h = g[c.gheads[gi]]
			}
			g = slices.DeleteFunc(slices.Clone(g), func(w string) bool { return w == "and" }) // a connector of the name
			if len(g) == 0 {
				continue
			}
			for from := 0; from+len(g) <= len(name); from++ {
				ok := true
				for j, w := range g {
					if name[from+j].norm != w {
						ok = false
						break
					}
				}
				if sp := (span{from, from + len(g), false}); ok && !seen[sp] {
					seen[sp] = true
					spots[k] = append(spots[k], sp)
				}
			}
			if len(g) > 1 && h != "" { // a gloss met by its head alone: national defense as Defense
				for from := range name {
					if sp := (span{from, from + 1, true}); name[from].norm == h && !seen[sp] && !seen[span{from, from + 1, false}] {
						seen[sp] = true
						spots[k] = append(spots[k], sp)
					}
				}
			}
		}
	}
	best := nameMatch{}
	used := make([]bool, len(name))
	at := make([]int, len(need)) // the first English word each part renders, -1 for the one left
	var walk func(k, missed, met, heads int)
	walk = func(k, missed, met, heads int) {
		if k == len(need) {
			if met < 1 || met+missed < 2 {
				return
			}
			m, left, ok := nameStretch(name, used, missed == 1)
			if !ok {
				return
			}
			var order []int
			for _, a := range at {
				switch a {
				case -1:
					order = append(order, left)
				case -2: // an affix left out
				default:
					order = append(order, a)
				}
			}
			if slices.IsSorted(order) {
				return // the Japanese order: composition's, not another order's
			}
			if m.n, m.heads = met, heads; m.better(best) {
				best = m
			}
			return
		}
		for _, s := range spots[k] {
			free := true
			for j := s.from; j < s.to; j++ {
				free = free && !used[j]
			}
			if !free {
				continue
			}
			for j := s.from; j < s.to; j++ {
				used[j] = true
			}
			at[k] = s.from
			h := heads
			if s.head {
				h++
			}
			walk(k+1, missed, met+1, h)
			for j := s.from; j < s.to; j++ {
				used[j] = false
			}
		}
		if c := cs[need[k]]; c.affix && !c.required {
			at[k] = -2
			walk(k+1, missed, met, heads)
		} else if missed == 0 && unglossedNoun(c) {
			// a part the lexicon has no gloss for (a post no dictionary lists) may be
			// rendered by the words nothing else explains
			at[k] = -1
			walk(k+1, 1, met, heads)
		}
	}
	walk(0, 0, 0, 0)
	if best.n == 0 || best.partial && best.n < 1 || !best.partial && best.n < 2 {
		return nameMatch{}, false
	}
	return best, true
}

// nameStretch returns the stretch of name that the content words marked used cover: every
// word between the first and the last used, with, when partial, the one block of one to
// maxNameLeftover words nothing explains, written together (one chunk) — between two used
// words, or, when there is none, the rest of the chunk at one edge — and where that block
// starts. The stretch is whole chunks: a name is not cut inside the words written together
// ("Australia Joint Declaration" of "Japan-Australia Joint Declaration").
func nameStretch(name []nameWordTok, used []bool, partial bool) (nameMatch, int, bool) {
	lo, hi := -1, -1
	for i, u := range used {
		if u {
			if lo < 0 {
				lo = i
			}
			hi = i
		}
	}
	if lo < 0 {
		return nameMatch{}, 0, false
	}
	var gaps []int
	for i := lo; i <= hi; i++ {
		if !used[i] {
			gaps = append(gaps, i)
		}
	}
	whole := func(a, b int) bool {
		return (a == 0 || name[a-1].chunk != name[a].chunk) && (b+1 == len(name) || name[b+1].chunk != name[b].chunk)
	}
	switch {
	case !partial && len(gaps) > 0, !partial && !whole(lo, hi):
		return nameMatch{}, 0, false
	case !partial:
		return nameMatch{start: name[lo].start, end: name[hi].end}, 0, true
	case len(gaps) > 0:
		if len(gaps) > maxNameLeftover || gaps[len(gaps)-1]-gaps[0] != len(gaps)-1 || !whole(lo, hi) ||
			name[gaps[0]].chunk != name[gaps[len(gaps)-1]].chunk {
			return nameMatch{}, 0, false
		}
		return nameMatch{start: name[lo].start, end: name[hi].end, partial: true}, gaps[0], true
	}
	left, right := lo, hi
	for left > 0 && name[left-1].chunk == name[lo].chunk {
		left--
	}
	for right+1 < len(name) && name[right+1].chunk == name[hi].chunk {
		right++
	}
	l, rt := lo-left, right-hi
	if l > 0 && rt > 0 || l == 0 && rt == 0 || l > maxNameLeftover || rt > maxNameLeftover {
		return nameMatch{}, 0, false
	}
	from := left
	if rt > 0 {
		from = hi + 1
	}
	return nameMatch{start: name[left].start, end: name[right].end, partial: true}, from, true
}

// unglossedNoun reports whether c is a noun the lexicon has no gloss for, of common nouns
// (no numeral, no name, no katakana word, which sound or the numeral itself render).
func unglossedNoun(c constituent) bool {
	if len(c.glosses) > 0 || c.kata || c.code || c.num != 0 || len(c.units) == 0 {
		return false
	}
	for _, u := range c.units {
		if u.POSAt(0) != "名詞" || u.POSAt(1) == "数" || u.POSAt(1) == "固有名詞" {
			return false
		}
	}
	return true
}

// dotList reports whether a phrasal term is a list of nouns joined by middle dots, with no
// particle or conjunction written in kana (軍縮・不拡散局): a name's members, which English
// writes as a list inside the name.
func dotList(ja string) bool {
	return strings.Contains(ja, "・") && !strings.ContainsFunc(ja, func(c rune) bool { return unicode.Is(unicode.Hiragana, c) })
}
