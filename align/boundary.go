package align

import (
	"unicode/utf8"

	"github.com/glossterm/gloss/align/internal/jaterm"
	"github.com/glossterm/gloss/internal/lexicon"
	"github.com/glossterm/gloss/internal/morph"
)

// Word boundaries of Japanese candidates.
//
// Japanese is written without spaces, so a span of kagome tokens can begin or end inside
// a word that the dictionaries know whole: 国家安全 ends inside 安全保障 (国家|安全|保障),
// 安全保障協議委員 inside 委員|会, 豪外務 inside 外務大臣, 浜田防衛 inside 防衛
// 大臣. Such a span is a slice of a term, not a term, and the English it finds is a slice
// too ("States' National Security", "Defense Hamada"). Each occurrence of a candidate
// records what stands at its edges (edgeOf); once the lexicon is built, a candidate whose
// every occurrence is cut at an edge is dropped (misbounded).

// edge is what one occurrence of a candidate has at its edges.
type edge struct {
	// left and right are the words that the candidate's first token makes with the token
	// written before it, and its last token with the token after (both nouns); "" when
	// none. The lexicon decides, once built, whether they are words.
	left, right string
	// cut is an edge that kagome's parts of speech show to be inside a word or a phrase:
	// an adjectival noun before the attributive な (新た|な), a dependent noun at either end (との間, 間の), a person's name joined
	// to what follows it (浜田|防衛大臣: a name and a title, not a term).
	cut bool
	// scope is an edge that may cut a phrase whose scope parts of speech cannot settle:
	// 日本の平和|と安全を守る (日本の modifies both) reads like 武力の行使|や現状を変更する (it
	// does not). Such a candidate stays a proposal, for review (see scopeOnly).
	scope bool
	// verbal is a verbal noun followed by する written against it (再確認|した): the
	// occurrence is a verb of its sentence, not a noun (see verbalOnly)
	verbal bool
	// suffixed is a right word made by a suffix written against a compound (先進技術|面:
	// see suffixOfCompound)
	suffixed bool
}

// edgeOf returns the edges of the chunk c of a sentence's tokens, and whether any is worth
// recording.
func edgeOf(toks []morph.Token, c jaterm.Chunk) (edge, bool) {
	var e edge
	first, last := toks[c.From], toks[c.To-1]
	noun := func(t morph.Token) bool { return len(t.POS) > 0 && (t.POS[0] == "名詞" || t.POS[0] == "接頭詞") }
	if c.From > 0 {
		if prev := toks[c.From-1]; prev.End == first.Start && noun(prev) {
			e.left = prev.Surface + first.Surface
			if boundPrefix[prev.Surface] && pos(prev, 0) == "接頭詞" {
				e.cut = true // 再|活性化: the prefix makes one word with what it is written against
			}
		}
	}
	if c.To < len(toks) {
		next := toks[c.To]
		if next.Start == last.End && noun(next) && !underSuffix(next) {
			// X下 (read か) is "under X": the English writes the preposition before the
			// term, so a lexicon word 政権下 ("under the ... administration") holds the
			// term 政権 whole, as 国際法上 holds 国際法
			e.right = last.Surface + next.Surface
			e.suffixed = suffixOfCompound(toks, c)
		}
		if pos(last, 1) == "サ変接続" && pos(next, 0) == "動詞" && next.Base == "する" && next.Start == last.End {
			e.verbal = true
		}
		if pos(last, 1) == "形容動詞語幹" && next.Surface == "な" && pos(next, 0) == "助動詞" {
			e.cut = true // 新た|な: the stem of an adjective that modifies what follows
		}
	}
	if c.To-c.From > 1 && (relation(first) && !dotMember(toks, c.From) || relation(last)) {
		// との|間, 間|の: a relation between terms, not a term; the same word before a
		// middle dot between kanji is the first member of a coordination (中・東欧 =
		// Central and Eastern Europe), which a relation after a term (訪問中) never opens
		e.cut = true
	}
	if jaterm.Misscoped(toks, c) {
		e.scope = true // 日本の平和|と安全: perhaps a slice of a phrase (see jaterm.Misscoped)
	}
	if personName(first) {
		k := c.From
		for k < c.To && (personName(toks[k]) || toks[k].Surface == "・" || jaterm.IsKatakana(toks[k].Surface)) {
			k++
		}
		if k < c.To && pos(toks[k], 0) == "名詞" && pos(toks[k], 1) != "接尾" && utf8.RuneCountInString(toks[k].Surface) >= 2 && !eponymousHead[toks[k].Surface] && !suffixes[toks[k].Surface] {
			// 浜田|防衛大臣: a person and a title (a word of its own, not the prefix or the
			// single character of a name kagome split: 李|在|明); a bound suffix (主義,
			// -ism or doctrine) is no title: it makes one word with the name it follows
			// (ウィルソン主義 = Wilsonianism)
			e.cut = true
		}
	}
	return e, e.cut || e.scope || e.verbal || e.left != "" || e.right != ""
}

// suffixOfCompound reports whether the chunk c ends in a compound of two nouns or more
// and the token after it is a suffix written against it (名詞,接尾: 先進技術|面). Such a
// suffix may take the whole compound before it as its stem (the aspect of advanced
// technology), or make one word with the compound's last noun (安全保障協議|委員会, 戦略的|
// 柔軟性); see transparent. A suffix of the affixes is morphology bound to the noun before
// it (議長国 = presidency, 同盟国 = ally) and never takes a compound.
func suffixOfCompound(toks []morph.Token, c jaterm.Chunk) bool {
	if c.To >= len(toks) || c.To-c.From < 2 || !jaterm.IsSuffix(toks[c.To]) {
		return false
	}
	if _, ok := affixes[toks[c.To].Surface]; ok {
		return false // morphology (議長|国, 柔軟|性): bound to the noun it is written against
	}
	prev, last := toks[c.To-2], toks[c.To-1]
	return pos(prev, 0) == "名詞" && pos(last, 0) == "名詞" && !jaterm.IsSuffix(last) && prev.End == last.Start
}

// dotMember reports whether toks[k] is written against a middle dot after it that joins
// it to a kanji word: the first member of a dot coordination (中|・東欧).
func dotMember(toks []morph.Token, k int) bool {
	if k+2 >= len(toks) {
		return false
	}
	dot, next := toks[k+1], toks[k+2]
	_, ok := dotless(toks[k].Surface + dot.Surface + next.Surface)
	return dot.Surface == "・" && toks[k].End == dot.Start && dot.End == next.Start && ok
}

// underSuffix reports whether a token is the suffix 下 read か, "under" (管理下 = under
// control, 占領下 = under occupation).
func underSuffix(t morph.Token) bool {
	return t.Surface == "下" && pos(t, 1) == "接尾" && t.Reading == "カ"
}

// eponymousHead are the nouns that, written after a person's name, name what the person
// leads or stands for rather than the person (マルコス政権 = Marcos administration, 安倍内閣 =
// Abe Cabinet, プーチン体制 = Putin regime): English keeps the order, name before noun, and
// the whole is a term, where a title after a name (浜田|防衛大臣 = Defense Minister Hamada)
// is a phrase of two.
var eponymousHead = map[string]bool{"政権": true, "内閣": true, "政府": true, "体制": true, "時代": true, "構想": true}

// verbalOnly reports whether every occurrence of a candidate is a verbal noun used as a
// verb (再確認した, 強化する): the text writes an action there, and the English that the
// aligned sentence gives it is a verb form ("reconfirming", "reaffirmed"), not the noun a
// glossary would give the term (reconfirmation).
func (jc *jaCand) verbalOnly() bool { return jc.everyEdge(func(e edge) bool { return e.verbal }) }

// scopeOnly reports whether every occurrence of a candidate may be a slice of a phrase
// (edge.scope): a reviewer reads the sentence and decides.
func (jc *jaCand) scopeOnly() bool { return jc.everyEdge(func(e edge) bool { return e.scope }) }

// everyEdge reports whether every occurrence of a candidate has an edge that is.
func (jc *jaCand) everyEdge(is func(edge) bool) bool {
	n := 0
	for e, k := range jc.edges {
		if is(e) {
			n += k
		}
	}
	return n > 0 && n >= jc.freq
}

// boundPrefix are the prefixes that change the meaning of the word they are written
// against: again (再活性化 = revitalization), not, anti-, un-, without, de-, super-. The word
// without them is not what the sentence says (活性化 = vitalization), where a determiner
// prefix (本, 同, 各: this, the said, each) leaves the word it points at a term of its own.
var boundPrefix = map[string]bool{"再": true, "非": true, "反": true, "未": true, "不": true, "無": true, "脱": true, "超": true}

// relation reports whether a token is a dependent noun (間, 上, 中) that kagome tagged as a
// noun of its own: as a suffix (日米|間, 二国|間) the grammar has placed it already.
func relation(t morph.Token) bool { return jaterm.IsBreakWord(t) && !jaterm.IsSuffix(t) }

// personName reports whether kagome tags a token as a person's name (名詞,固有名詞,人名).
func personName(t morph.Token) bool {
	return pos(t, 0) == "名詞" && pos(t, 1) == "固有名詞" && pos(t, 2) == "人名"
}

func pos(t morph.Token, i int) string {
	if i < len(t.POS) {
		return t.POS[i]
	}
	return ""
}

// noteEdges records the edges of one occurrence of a candidate.
func (jc *jaCand) noteEdges(toks []morph.Token, c jaterm.Chunk) {
	if e, ok := edgeOf(toks, c); ok {
		if jc.edges == nil {
			jc.edges = map[edge]int{}
		}
		jc.edges[e]++
	}
}

// edgeWords returns the words at a candidate's edges, for the lexicon to look up.
func (jc *jaCand) edgeWords() []string {
	var out []string
	for e := range jc.edges {
		if e.left != "" {
			out = append(out, e.left)
		}
		if e.right != "" {
			out = append(out, e.right)
		}
	}
	return out
}

// misbounded reports whether every occurrence of a candidate starts or ends inside a word
// or a phrase: at an edge that kagome's parts of speech show to be one (edge.cut), or
// where its first or last token makes a lexicon word with the token written next to it
// (国家安全|保障: the lexicon knows 安全保障). A Japanese compound nests to the right
// (国家|安全保障, not 国家安全|保障), so a candidate whose first two units make a word
// keeps its start when the unit before makes a word with its first too: 安全保障 inside
// 国家安全保障 stays a term whether or not the dictionary also has 国家安全.
func (r *run) misbounded(jc *jaCand) bool {
	if len(jc.edges) == 0 || len(jc.units) == 0 {
		return false
	}
	ownStart := len(jc.units) > 1 && r.lx.Has(jc.units[0].Surface+jc.units[1].Surface)
	body := r.namedBody(jc.text)
	return jc.everyEdge(func(e edge) bool {
		return e.cut || e.left != "" && !ownStart && r.lx.Has(e.left) || e.right != "" && !body && r.lx.Has(e.right) && !(e.suffixed && r.transparent(e.right))
	})
}

// namedBody reports whether the dictionary glosses ja as a name of two content words or
// more, all capitalized (防衛庁 "Japan Defense Agency"): the name of a body ends where
// the name ends, and the post written after it is the head of that body (防衛庁|長官),
// though the dictionary also lists the body with the post as one word (防衛庁長官): that
// word names the post, and the body inside it is a term of its own.
func (r *run) namedBody(ja string) bool {
	if len([]rune(ja)) < 2 {
		return false
	}
	for _, e := range r.lx.Lookup(ja) {
		if e.Source == "paren" || e.Source == "translit" {
			continue
		}
		g := lexicon.DropParens(e.Gloss)
		if titleCase(g) && len(lexicon.ContentWords(g)) >= 2 {
			return true
		}
	}
	return false
}

// transparent reports whether every gloss the lexicon gives the word w is a phrase of two
// content words or more: the suffix that ends w adds a word of its own to the noun before
// it (技術面 "technical side"), and so takes a whole compound before it as its stem (先進技術
// 面 = the side of advanced technology: 先進技術 is a term). A word the lexicon glosses by one
// word anywhere (委員会 "committee", 柔軟性 "flexibility") is lexicalized: its suffix binds to
// the noun before it alone, and the compound cut before the suffix is a slice.
func (r *run) transparent(w string) bool {
	es := r.lx.Lookup(w)
	for _, e := range es {
		if len(e.Words) < 2 {
			return false
		}
	}
	return len(es) > 0
}
