package align

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/glossterm/gloss/align/internal/enterm"
	"github.com/glossterm/gloss/internal/lexicon"
)

// Coordination in English spans.
//
// An English span that holds "and" or "or" renders a Japanese coordination (及び, 並びに,
// と, や, かつ, ・, 又は …) or a part whose dictionary gloss is one (日米 "Japan and the United
// States"); any other is a span that crossed the boundary of the term: "Strategy and
// National Defense Strategy" for 国家防衛戦略, "National Security Strategy and National" for
// 国家安全保障戦略, where one Japanese part explains two English words. Each part renders
// the English words it is matched with once: the translation of a term writes each of its
// parts once.

// explainsTwice reports whether an English word form occurs more often in a span than
// there are parts of the term that render it: one part explains two words ("Strategy and
// National Defense Strategy" for 国家|防衛|戦略).
func explainsTwice(cs []constituent, words, raw []string) bool {
	for i, w := range words {
		n := 0
		for j := range words {
			if words[j] == w {
				n++
			}
		}
		if n < 2 || firstIndex(words, w) != i {
			continue
		}
		parts := 0
		for _, c := range cs {
			if covers(c, w, raw[i]) {
				parts++
			}
		}
		if parts > 0 && parts < n {
			return true
		}
	}
	return false
}

// partOnceRendered reports whether a part written twice in a term (戦略 in 国家安全保障戦略
// 及び国家防衛戦略) meets fewer English words than it is written: the English leaves one of
// them out ("National Security Strategy and National Defense"). In a term without a
// coordination (within, false), a part written again inside a longer part counts as written
// twice too (防衛 in 防衛省防衛政策局, where 防衛省 is the Ministry of Defense and 防衛政策
// the defense policy): "Defense Policy Bureau" renders one of the two and leaves the
// ministry out. Across a coordination English may write a shared head once (日本政府及び
// 米国政府 = Japanese and U.S. Governments), so there only parts written alike count.
func partOnceRendered(cs []constituent, words, raw []string, within bool) bool {
	writes := func(d, c constituent) bool {
		if d.shared {
			return false // said once in English (see sharedHead)
		}
		return d.text == c.text || within && !d.affix && utf8.RuneCountInString(c.text) > 1 && strings.Contains(d.text, c.text)
	}
	for j, c := range cs {
		if c.affix {
			continue
		}
		k := 0
		for _, d := range cs[:j] {
			if d.text == c.text {
				k = -1 // counted at its first
				break
			}
		}
		if k < 0 {
			continue
		}
		for _, d := range cs {
			if writes(d, c) {
				k++
			}
		}
		if k < 2 {
			continue
		}
		n := 0
		for i, w := range words {
			if covers(c, w, raw[i]) {
				n++
			}
		}
		if n > 0 && n < k {
			return true
		}
	}
	return false
}

func firstIndex(words []string, w string) int {
	for i, x := range words {
		if x == w {
			return i
		}
	}
	return -1
}

// coordinateModifiers reports whether the one "and" of an English phrase joins the
// renderings of two juxtaposed modifiers of a compound: Japanese sets coordinate nouns side
// by side inside a compound with no conjunction (自由|民主主義|国家 "free and democratic
// nations", 政治|経済|関係 "political and economic relations"), English coordinates them
// with "and". The word before it is rendered by a part of the term and the word after it
// by the next part that is not an affix, both nouns (kagome's 名詞, not a suffix), and a
// later part, the last, the head, renders the phrase's last word. "A and B" where B is the
// head is two things, not a compound ("security and cooperation" is not 安全保障協力), nor
// does "or" render plain juxtaposition: alternatives are written 又は. The head part may
// render the word after "and" too when it is itself a compound of nouns (see modifiedPart):
// 包括的|グローバル・パートナーシップ = "comprehensive and global partnership".
func coordinateModifiers(cs []constituent, g *enterm.NGram) bool {
	ws := lexicon.Words(g.Surface)
	and, content := -1, 0 // the index in g.Raw of the word after the "and"
	for i, w := range ws {
		if w == "and" && i > 0 && i+1 < len(ws) && !lexicon.IsStop(ws[i-1]) && !lexicon.IsStop(ws[i+1]) {
			and = content
		}
		if !lexicon.IsStop(w) {
			content++
		}
	}
	if and < 1 || content != len(g.Raw) || and+1 >= len(g.Raw) {
		return false // no head after the coordination
	}
	// the part rendering a word: the first that covers it
	part := func(k int) int {
		for j, c := range cs {
			if !c.affix && covers(c, g.Words[k], g.Raw[k]) {
				return j
			}
		}
		return -1
	}
	head := -1
	for j := len(cs) - 1; j >= 0; j-- {
		if !cs[j].affix {
			head = j
			break
		}
	}
	left, right, last := part(and-1), part(and), part(len(g.Raw)-1)
	if left < 0 || right <= left || last != head || right > head || right == head && !modifiedPart(cs[head]) {
		return false
	}
	for j := left + 1; j < right; j++ {
		if !cs[j].affix {
			return false // the two are not side by side
		}
	}
	for _, j := range []int{left, right, head} {
		if j == head && right == head {
			continue // checked whole by modifiedPart
		}
		for _, u := range cs[j].units {
			if u.POSAt(0) != "名詞" || u.POSAt(1) == "接尾" && len(cs[j].units) == 1 {
				return false
			}
			if j == left && u.POSAt(1) == "固有名詞" {
				// a name before "and" is one of the things joined ("Japan and global
				// partnership"), not a modifier of the head; parties written together
				// (日米) go through glossCoordination
				return false
			}
		}
	}
	return true
}

// modifiedPart reports whether a part is itself a compound of two nouns or more, written
// with or without a middle dot, none a suffix (グローバル・パートナーシップ): its first
// noun modifies its last, so the word of the English coordination after "and" may be
// rendered by the part's modifier while the part's head renders the phrase's last word.
func modifiedPart(c constituent) bool {
	n := 0
	for _, u := range c.units {
		if u.Surface == "・" {
			continue
		}
		if u.POSAt(0) != "名詞" || u.POSAt(1) == "接尾" {
			return false
		}
		n++
	}
	return n >= 2
}

// glossCoordination reports whether a part of a term has a dictionary gloss that holds a
// coordination (日米 "Japan and the United States", 日米韓): then the term renders an
// English "and" without a coordinator of its own.
func glossCoordination(cs []constituent) bool {
	for _, c := range cs {
		for _, g := range c.glosses {
			for _, w := range g {
				if w == "and" || w == "or" {
					return true
				}
			}
		}
		for _, w := range c.words {
			if w == "and" || w == "or" {
				return true
			}
		}
	}
	return false
}

// cutShort reports whether a span that leaves a part of the term unrendered, or renders
// a part's gloss only in part, stops right next to a word that part renders: the
// rendering goes on past the span, which is a window on it, not the term's English
// ("Pacific region and the Indian Ocean" after "Asia", for アジア太平洋地域及びインド洋;
// "Conventions on the Law" before "of the Sea", for 海洋法条約). The neighbours are the
// nearest content words of the sentence the span was first met in, before it the next
// word, after it across at most two function words, and no punctuation or conjunction;
// a word before the span that a comma, a semicolon or a colon follows is the end of
// another item of a list, not a modifier cut off.
func cutShort(cs []constituent, g *enterm.NGram) bool {
	pre, post, ok := spanContext(g)
	if !ok {
		return false
	}
	before := strings.Fields(pre)
	slices.Reverse(before)
	if sw := strings.Fields(g.Surface); len(before) > 0 && len(sw) > 0 && strings.ContainsAny(before[0][len(before[0])-1:], ",;:") &&
		strings.EqualFold(strings.TrimRight(before[0], ",;:"), sw[len(sw)-1]) {
		// the word before ends in a comma, a semicolon or a colon and is the span's own
		// head: it closes an earlier item of the same kind ("Foreign Minister, Defense
		// Minister"), no modifier of the span; a comma between two adjectives of one noun
		// does not ("a comprehensive, high-level economic partnership"), nor does a
		// bracket ("Council (UNSC) Resolution" is one name)
		before = nil
	}
	for i, side := range [][]string{before, strings.Fields(post)} {
		// before the span, the word next to it: an English modifier precedes its head
		// with no function word between; after it, across "of the" (Law of the Sea)
		if w, ok := neighbour(side, 2*i); ok {
			if norm, raw := lexicon.Split(w); partRenders(cs, norm, raw) {
				return true
			}
		}
	}
	return false
}

// modifierBefore reports whether a span that leaves part of the term unexplained starts
// right after a coordinated modifier, "W and" or "W or", where W is rendered by a word of
// the term that the span does not render whole: English coordinates the modifiers of one
// head ("free and democratic nations" for 自由民主主義国家, 自由 = free), and the span
// after the conjunction leaves one of them out. A word of a part glossed whole by the span
// is not read again ("security and defense cooperation" for 防衛協力 is not cut: 安全保障
// is no part of it).
func (r *run) modifierBefore(cs []constituent, g *enterm.NGram) bool {
	pre, _, ok := spanContext(g)
	if !ok {
		return false
	}
	head, conj, ok := lastWord(pre)
	if !ok || conj != "and" && conj != "or" {
		return false
	}
	_, w, ok := lastWord(head)
	if !ok || strings.ContainsAny(w, ",;:.()[]\"“”") {
		return false
	}
	norm, raw := lexicon.Split(w)
	if len(norm) != 1 {
		return false
	}
	for _, c := range cs {
		if c.affix || wholeGloss([]constituent{c}, g.Words, g.Raw) {
			continue
		}
		parts := []constituent{c}
		if len(c.units) > 1 {
			parts = append(parts, r.fine(c)...)
		}
		for _, p := range parts {
			if !p.affix && covers(p, norm[0], raw[0]) {
				return true
			}
		}
	}
	return false
}

// indexFold is strings.Index under Unicode case folding, without lower-casing copies of
// the two strings.
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if (i == 0 || utf8.RuneStart(s[i])) && strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// spanContext returns the text of the span's first sentence before and after the span,
// found there case-blind, and whether it was found.
func spanContext(g *enterm.NGram) (before, after string, ok bool) {
	sent := g.First.Sentence
	k := indexFold(sent, g.Surface)
	if k < 0 {
		return "", "", false
	}
	return sent[:k], sent[k+len(g.Surface):], true
}

// partRenders reports whether a part of the term that is no affix renders one of the
// words norm (raw: as written).
func partRenders(cs []constituent, norm, raw []string) bool {
	for i := range norm {
		for _, c := range cs {
			if !c.affix && covers(c, norm[i], raw[i]) {
				return true
			}
		}
	}
	return false
}

// lastWord splits the last space-separated word off s: what comes before it, and the word.
func lastWord(s string) (head, w string, ok bool) {
	s = strings.TrimRight(s, " ")
	i := strings.LastIndexByte(s, ' ')
	if s == "" {
		return "", "", false
	}
	return s[:max(i, 0)], s[i+1:], true
}

// neighbour returns the nearest content word of the fields next to a span (nearest
// first), skipping at most skip function words, or false at punctuation.
func neighbour(fields []string, skip int) (string, bool) {
	for i, f := range fields {
		if i > skip {
			break
		}
		w := strings.Trim(f, "'’\"“”")
		if w == "" || strings.ContainsAny(w, ",;:()[]") && i > 0 {
			return "", false
		}
		if lw := strings.ToLower(strings.Trim(w, ",.;:")); lexicon.IsStop(lw) {
			if strings.ContainsAny(f, ",;:.()") || lw == "and" || lw == "or" {
				// (a conjunction opens another phrase: "National Security Strategy and
				// National Defense Strategy" is not cut at "and")
				return "", false
			}
			continue
		}
		return strings.Trim(w, ",.;:()"), true
	}
	return "", false
}

// everyWhole reports whether the English holds a whole gloss of each part of a term that
// is not an affix.
func everyWhole(cs []constituent, g *enterm.NGram) bool {
	for _, c := range cs {
		if !c.affix && !wholeGloss([]constituent{c}, g.Words, g.Raw) {
			return false
		}
	}
	return true
}

// crossedConjunction reports whether an English "and" or "or" of the span surface joins
// two phrases the term does not hold: a term with no coordinator of its own renders a
// conjunction only between the names of the parties one of its parts lists (日米 = "Japan
// and the United States", 米韓 = "the United States and the Republic of Korea"). Between
// other words the conjunction joins two noun phrases, and a span across it crossed the
// term's edge: "Agreement and the Japan-UK Economic Partnership" is the head of one
// agreement's name and a cut of the next one, though each word is a gloss of 日英経済連携協定.
func crossedConjunction(cs []constituent, surface string) bool {
	fs := strings.Fields(surface)
	for i, f := range fs {
		if lf := strings.ToLower(strings.Trim(f, ",;:")); lf != "and" && lf != "or" {
			continue
		}
		before := slices.Clone(fs[:i])
		slices.Reverse(before)
		l, lok := neighbour(before, len(before))
		r, rok := neighbour(fs[i+1:], len(fs)-i)
		if !lok || !rok || !partyWord(cs, l, true) || !partyWord(cs, r, false) || oneParty(cs, l, r) {
			return true
		}
	}
	return false
}

// partyWord reports whether a part that lists parties (日米, 日米韓) or whose gloss is a
// coordination renders the English word w: its last word when last, else its first.
func partyWord(cs []constituent, w string, last bool) bool {
	norm, raw := lexicon.Split(w)
	if len(norm) == 0 {
		return false
	}
	k := 0
	if last {
		k = len(norm) - 1
	}
	for _, c := range cs {
		if !c.affix && (partyList(c.units) || countries(c) || glossCoordination([]constituent{c})) && covers(c, norm[k], raw[k]) {
			return true
		}
	}
	return false
}

// juxtaposedModifiers reports whether an option o of the literal reading h renders two
// modifiers set side by side in a Japanese compound by an English coordination of their
// adjectives ("economic and social development" for 経済|社会|開発, where the dictionary's
// 経済社会 is "economic system"): every word is explained, the adjectives only by their
// nouns' glosses (half), and the one "and" joins the two modifiers of the head
// (coordinateModifiers). Such a reading is partial: the dictionary's own word for the
// compound part says something else.
func juxtaposedModifiers(conj int, o option, h []constituent, g *enterm.NGram) bool {
	return conj == 1 && o.half > 0 && o.ue == 0 && o.uj == 0 && coordinateModifiers(h, g)
}
