package align

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/glossterm/gloss/align/internal/enterm"
	"github.com/glossterm/gloss/align/internal/jaterm"
	"github.com/glossterm/gloss/align/internal/wordnet"
	"github.com/glossterm/gloss/bitext"
	"github.com/glossterm/gloss/internal/lexicon"
	"github.com/glossterm/gloss/internal/morph"
	"github.com/glossterm/gloss/internal/textnorm"
	"github.com/glossterm/gloss/internal/translit"
)

// Japanese candidates, their constituents, and how English words cover them.
func clausesNGrams(s string) []string {
	ix := enterm.NewIndex()
	ix.AddSentence("", 0, s)
	return ix.Keys()
}

// alignedNGrams returns the keys of the n-grams of the English sentence of an aligned
// segment, up to enterm.MaxAlignedN words, with those opening with the stop words open
// allows (see enterm.Opens).
func alignedNGrams(s string, open enterm.Opens) []string {
	ix := enterm.NewIndex()
	ix.AddAlignedOpen("", 0, s, open)
	return ix.Keys()
}

// segmentOpens says which stop words may open an English n-gram of an aligned segment
// whose Japanese is ja: "more" where it holds より (a comparative), a determiner of
// quantity where it holds a quantifier (いかなる, あらゆる, すべて, 全て).
func segmentOpens(ja string) enterm.Opens {
	var open enterm.Opens
	if strings.Contains(ja, "より") {
		open |= enterm.OpenComparative
	}
	if jaterm.WritesQuantifier(ja) {
		open |= enterm.OpenQuantifier
	}
	return open
}

// affixes are bound morphemes with the English they stand for. They are morphology, not
// vocabulary: 非X = non-X, X後 = post-X, X的 = the adjective of X, X性 = -ity, X主義 = -ism.
// An affix needs no English word of its own (absorbed), but may cover one.
var affixes = map[string][]string{
	"非": {"non"}, "反": {"anti"}, "再": {"re"}, "脱": {"post", "de"}, "超": {"super", "hyper"}, "対": {"counter", "anti"},
	"多": {"multi"}, "不": {"non", "un"}, "未": {"un", "non"}, "無": {"non", "without"}, "新": {"new"}, "旧": {"former", "old"}, "前": {"pre", "former"}, "後": {"post", "after"},
	"的": nil, "性": nil, "化": nil, "主義": {"ism"}, "力": {"power", "capability", "force"}, "国": {"nation", "country", "state"},
	"型": {"type"}, "上": nil, "用": nil,
	// X級 is of the rank of X, English X-level (首脳級 = leader-level, 閣僚級 = ministerial-level)
	"級": {"level", "class", "grade"},
	// X者 is a person: an agent noun (-er, -or, -ist, -ant) or a word for people
	"者": {"-er", "-or", "-ist", "-ant", "person", "people", "official", "personnel", "party", "member", "staff"}, "側": {"side"}, "軍": {"force", "military", "army"}, "間": nil, "等": nil,
	"第": nil, "次": nil, "在": nil, "米": {"us", "american", "america", "united states"}, "日": {"japan", "japanese"},
	// X可能 is X-able: the suffix of the English word that renders X (管理可能 = manageable)
	"可能": {"-able", "-ible"},
}

// suffixes are the affixes bound to the stem before them (防衛力, 同盟国, 当事者): with no
// stem before them they are nouns of their own (see unboundSuffix).
var suffixes = map[string]bool{"的": true, "性": true, "化": true, "主義": true, "力": true, "国": true, "型": true,
	"上": true, "用": true, "者": true, "側": true, "軍": true, "間": true, "等": true, "次": true, "可能": true}

// unboundSuffix reports whether units[a], a suffix of the affixes, stands where no stem
// binds it: at the start of the term, or after a particle or a verb (力による現状変更 =
// change by force, 力 the noun "force"; 抑止力 is deterrence capability, 力 bound to 抑止).
// A noun of its own is a word the English must render, not morphology it may absorb.
func unboundSuffix(units []morph.Token, a int) bool {
	if !suffixes[units[a].Surface] || jaterm.IsSuffix(units[a]) {
		return false
	}
	if a == 0 {
		return true
	}
	p := units[a-1].POSAt(0)
	return p == "助詞" || p == "動詞" || p == "助動詞"
}

// meaningful affixes must be rendered in the English.
var meaningful = map[string]bool{"米": true, "日": true, "非": true, "反": true, "再": true, "脱": true, "超": true,
	"対": true, "多": true, "不": true, "未": true, "無": true, "新": true, "旧": true, "前": true, "後": true, "可能": true, "軍": true,
	"者": true}

func (r *run) buildLexicon() error {
	for _, p := range bitext.ApprovedTerms(r.opts.Glossary) {
		r.lx.Add(p.JA, p.EN, "glossary")
	}
	if r.opts.EDICT != nil {
		want := map[string]bool{}
		for _, jc := range r.ja {
			want[jc.text] = true
			us := jc.units
			for _, u := range us {
				if isName(u) {
					for _, t := range nameTails(u) {
						want[t] = true
					}
				}
			}
			for w := range jc.cuts {
				want[w] = true
			}
			for _, w := range jc.edgeWords() {
				want[w] = true
			}
			for a := range us {
				s := ""
				for b := a; b < len(us) && b < a+4; b++ {
					s += us[b].Surface
					want[s] = true
					if d, ok := dotless(s); ok {
						want[d] = true // see dotless
					}
					if k, ok := kanjiOrdinal(s); ok {
						want[k] = true // see kanjiOrdinal
					}
					if modifierNoun(us[b]) {
						want[s+"的"] = true // see adjectivalGlosses
					}
					if us[b].Base != us[b].Surface && b == a {
						want[us[b].Base] = true
					}
				}
			}
		}
		runs := r.leftoverWant(want)
		r.lexiconWords(want)
		n, err := r.opts.EDICT(r.lx, want)
		if err != nil {
			return fmt.Errorf("EDICT: %w", err)
		}
		r.stats.EDICTGlosses = n
		r.modifierGlosses()
		r.leftoverGlosses(runs)
	}
	if r.opts.WordNet != "" {
		wn, err := wordnet.Open(r.opts.WordNet)
		if err != nil {
			return fmt.Errorf("WordNet: %w (give the directory that holds index.noun and data.noun, or --no-wordnet)", err)
		}
		r.wn = wn
	}
	r.haveLex = r.lx.Len() > 0
	r.stats.LexiconWords = r.lx.Len()
	return nil
}

// cutsWord reports whether every occurrence of a candidate is a part of a longer term that
// starts inside a word of it: its first unit is the end of a lexicon word with the unit
// before it, and no lexicon word with the unit after it (保障条約 in 日米安全保障条約, 保障政策
// in 安全保障政策: 安全保障 is one word). Such a part is a slice of the term, not a term;
// its English would be the slice's rendering too ("security treaty" for 保障条約).
func (r *run) cutsWord(jc *jaCand) bool {
	if jc.maximal > 0 || len(jc.cuts) == 0 || len(jc.units) < 2 {
		return false
	}
	if r.lx.Has(jc.units[0].Surface + jc.units[1].Surface) {
		return false
	}
	n := 0
	for w, k := range jc.cuts {
		if r.lx.Has(w) {
			n += k
		}
	}
	return n >= jc.freq
}

// constituent is a run of units translated together.
type constituent struct {
	text     string
	words    []string   // normalized gloss words
	affix    bool       // a bound morpheme: needs no English word
	kata     bool       // katakana: matched by transliteration
	known    bool       // the lexicon has it
	code     bool       // a designation the lexicon lacks (Ｆ－３５): it renders itself
	glosses  [][]string // the normalized words of each gloss (without initials)
	gheads   []int      // the head word of each gloss
	head     bool
	shared   bool            // the head of X 及びこれを超えた X's head, said once in English (see sharedHead)
	required bool            // an affix with a meaning of its own (米, 非, 後): it must be rendered
	units    []morph.Token   // the units it spans
	sound    string          // the katakana it sounds like: its text, or a name's reading
	sim      map[string]bool // the English words it sounds like, as computed
	num      int             // the value of a numeral (5, ５, 五), 0 for other parts
	cmp      *comparison     // より of a comparative, or an adjective opening a term (see comparative)
	quant    []string        // a quantifier (いかなる, あらゆる): the English determiners that render it (see quantifierPart)
	subst    [][2]string     // gloss words replaced by WordNet neighbours (cost, spending)
	variants [][]string      // the glosses so made, as content words in the singular
	without  bool            // ない of the link のない: English "without" renders it (see negatedLink)
}

// constituents segments a candidate's units into lexicon words, longest first.
func (r *run) constituents(units []morph.Token) []constituent {
	return r.comparative(sharedHead(r.segmentParts(units, 4)))
}

// comparative reads より at the start of a term, before an adjective (jaterm.Comparative),
// as English "more" or the -er form of the adjective's gloss (より大きな責任 = greater
// responsibilities, より緊密な協力 = closer cooperation, より力強い同盟 = a more robust
// Alliance): より becomes an affix that holds the comparative forms of the adjective's
// one-word glosses (see comparativeForms), which the adjective meets as glosses of its own,
// and which rateWith asks the English to write, or "more".
//
// A term that opens with the adjective itself is no comparative: its English is the
// adjective's plain form, and the -er forms are kept in er to turn that English down
// (大きな責任 is not "greater responsibilities", the English of より大きな責任).
func (r *run) comparative(cs []constituent) []constituent {
	adjectival := func(c constituent) bool {
		if len(c.units) == 0 || c.affix {
			return false
		}
		u := c.units[0]
		return len(u.POS) > 1 && (u.POS[0] == "形容詞" || u.POS[0] == "連体詞" || u.POS[1] == "形容動詞語幹")
	}
	forms := func(a constituent) []string {
		if out, ok := r.compForms[a.text]; ok {
			return out
		}
		var out []string
		for _, e := range r.lx.Lookup(a.text) {
			if ws := lexicon.ContentWords(e.Gloss); len(ws) == 1 && !strings.Contains(strings.TrimSpace(e.Gloss), " ") {
				out = append(out, comparativeForms(e.Gloss)...)
			}
		}
		if r.compForms == nil {
			r.compForms = map[string][]string{}
		}
		r.compForms[a.text] = out
		return out
	}
	if len(cs) > 1 && adjectival(cs[0]) {
		if er := forms(cs[0]); len(er) > 0 {
			cs[0].cmp = &comparison{words: er}
		}
		return cs
	}
	if len(cs) < 2 || cs[0].text != "より" || len(cs[0].units) != 1 || !adjectival(cs[1]) {
		return cs
	}
	c, a := &cs[0], &cs[1]
	c.affix, c.required, c.words, c.glosses, c.gheads = true, false, nil, nil, nil
	add := forms(*a)
	c.cmp = &comparison{words: append([]string{"more", "less"}, add...), yori: true}
	for _, f := range add {
		n := lexicon.Norm(f)
		if !slices.Contains(a.words, n) {
			a.words = append(a.words[:len(a.words):len(a.words)], n)
			a.glosses = append(a.glosses[:len(a.glosses):len(a.glosses)], []string{n})
			a.gheads = append(a.gheads[:len(a.gheads):len(a.gheads)], 0)
		}
	}
	return cs
}

// comparison is what a part says of a comparative: for より (yori), the English words
// that render it, "more", "less" and the -er forms of the adjective after it; for an
// adjective that opens a term, its -er forms, which render より and it, not it alone. A
// pointer, as few parts have one.
type comparison struct {
	words []string
	yori  bool
}

// comparativeForms returns the -er forms of an English adjective (great → greater, close →
// closer, big → bigger, early → earlier; good → better), of the adjective of a noun in
// -ness too (closeness → closer). A long adjective takes "more" instead, and its -er form
// is never met.
func comparativeForms(w string) []string {
	w = strings.ToLower(w)
	if irr, ok := irregularComparative[w]; ok {
		return irr
	}
	if b, ok := strings.CutSuffix(w, "ness"); ok && len(b) > 2 {
		w = b
		if strings.HasSuffix(w, "i") {
			w = w[:len(w)-1] + "y" // happiness → happy
		}
	}
	vowel := func(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }
	n := len(w)
	switch {
	case n < 2:
		return nil
	case w[n-1] == 'e':
		return []string{w + "r"}
	case w[n-1] == 'y' && !vowel(w[n-2]):
		return []string{w[:n-1] + "ier"}
	case n >= 3 && !vowel(w[n-1]) && vowel(w[n-2]) && !vowel(w[n-3]) && strings.IndexByte("wxy", w[n-1]) < 0 && vowelGroups(w) == 1:
		return []string{w + w[n-1:] + "er"} // big → bigger
	}
	return []string{w + "er"}
}

func vowelGroups(w string) int {
	n, in := 0, false
	for i := 0; i < len(w); i++ {
		v := strings.IndexByte("aeiouy", w[i]) >= 0
		if v && !in {
			n++
		}
		in = v
	}
	return n
}

var irregularComparative = map[string][]string{"good": {"better"}, "well": {"better"}, "bad": {"worse"},
	"far": {"further", "farther"}, "little": {"less"}, "much": {"more"}, "many": {"more"}}

// sharedHead marks as an affix the head of a coordination's second member when it repeats
// the head of the first and that member is a verb on a pronoun: X地域 及び これを超えた 地域
// is "the X region and beyond", English names the region once, so the second 地域 needs
// no English word of its own (it may still meet the one the first renders).
func sharedHead(cs []constituent) []constituent {
	for j := 1; j+2 < len(cs); j++ {
		if len(cs[j].units) == 0 || !jaterm.IsPronoun(cs[j].units[0]) || !cs[j+1].required {
			continue
		}
		if k := j + 2; !cs[k].affix && cs[k].text == cs[j-1].text {
			cs[k].affix, cs[k].shared = true, true
		}
	}
	return cs
}

// segmentParts segments units into lexicon words of at most maxLen units, longest first.
func (r *run) segmentParts(units []morph.Token, maxLen int) []constituent {
	var out []constituent
	for a := 0; a < len(units); {
		best := 0
		var words []string
		var glosses [][]string
		var heads []int
		top := min(len(units), a+maxLen)
		if zaiPlace(units, a) {
			top = a + 2 // 在|韓: the place of 在 is a part of its own (see zaiPlace)
		}
		for b := top; b > a; b-- {
			s := ""
			apart := false
			for i, u := range units[a:b] {
				s += u.Surface
				apart = apart || i > 0 && units[a+i-1].End != u.Start && units[a+i-1].Surface == u.Surface
			}
			if apart {
				// a reduplicated word is written in one piece (人々, 人人 "everybody"): the
				// same word twice with a particle between is two words (人と人 = people to
				// people), where a compound may stand across の (武力の行使 = 武力行使)
				continue
			}
			if r.stemTaken(units, a, b) {
				continue
			}
			es := r.partEntries(s)
			if k, ok := kanjiOrdinal(s); ok && len(es) == 0 && b == a+2 && !numbered(units, a+1) {
				es = r.lx.Lookup(k) // 第1 is 第一; 第5条 stays a numbered part (see numbered)
			}
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
						if v, vh, ok := negPrefixSplit(e.Gloss); ok {
							words = append(words, v...)
							glosses = append(glosses, v)
							heads = append(heads, vh)
						}
					}
					if b == a+1 && len(units[a].POS) > 1 && units[a].POS[1] == "形容動詞語幹" {
						if adj := adjectiveOf(e.Gloss); adj != "" {
							words = append(words, adj)
							glosses = append(glosses, []string{adj})
							heads = append(heads, 0)
						}
					}
				}
				break
			}
		}
		if best == 0 {
			best = a + 1
			for _, o := range sessionOrdinal(units, a) {
				// the number and its counter are one part, the English ordinal
				best = a + 2
				words = append(words, o)
				glosses = append(glosses, []string{o})
				heads = append(heads, 0)
			}
		}
		toward := jaterm.TowardCountry(units, a)
		if toward {
			best = a + 2 // 対|露: the complement of 対 is a part of its own (see towardPart)
		}
		if q, n, ok := quantifierPart(units, a); ok {
			out = append(out, q)
			a += n
			continue
		}
		s := ""
		for _, u := range units[a:best] {
			s += u.Surface
		}
		c := constituent{text: s, words: words, known: len(words) > 0, glosses: glosses, gheads: heads, units: units[a:best]}
		if best == a+2 && zaiPlace(units, a) {
			for _, n := range countryNames[units[a+1].Surface] {
				c.addGloss(n, "")
			}
			c.known = true
		}
		if toward {
			towardPart(&c, units[a+1].Surface)
		}
		if aw, ok := affixes[s]; ok && best == a+1 && (len(units) > 1) && !(len(words) > 0 && unboundSuffix(units, a)) {
			// a bound morpheme; those with a meaning of their own (米, 非, 後) must still be
			// rendered, the others (的, 性, 国, 力) may disappear into the English word
			c.affix, c.required = true, meaningful[s]
			for _, w := range aw {
				if strings.HasPrefix(w, "-") {
					c.words = append(c.words, w) // an English suffix (see covers)
					continue
				}
				c.words = append(c.words, lexicon.ContentWords(w)...)
			}
		} else if best == a+1 && (jaterm.IsSuffix(units[a]) && !postCountry(units, a) || jaterm.IsPrefix(units[a]) || jaterm.IsLink(units[a]) || jaterm.IsPronoun(units[a])) {
			// the counter of a numbered part names the part and must be rendered: 第5条 is
			// Article V, not "V"; 増す of a modifier of growth is the English "increasingly"
			// (厳しさを増す環境 is no plain "severe environment"), and a verb on a pronoun is
			// the content of a coordination's member (及びそれを超えた = and beyond)
			// (号 of 決議第2397号 is no word of the English: Resolution 2397)
			c.affix, c.required = true, a > 0 && numbered(units, a-1) && units[a].POSAt(2) == "助数詞" || jaterm.IsLink(units[a]) &&
				(units[a].Base == "増す" || a > 0 && jaterm.IsPronoun(units[a-1]))
		}
		if s == "・" && best == a+1 && a > 0 && a+1 < len(units) && (commonWord(units[a-1]) && commonWord(units[a+1]) || placeName(units[a-1]) && placeName(units[a+1])) {
			// the middle dot between two common words (探知・追尾訓練, 核・ミサイル) is a
			// coordinator, as 及び is: jaCand.coord counts it, the English "and" renders
			// it, and it is no word of its own to find. Beside a name or an initial
			// (ロイド・J・オースティン) it separates the words of one name, with no "and"
			c.affix = true
		}
		if s == "兼" && best == a+1 && a > 0 && a+1 < len(units) && units[a].POSAt(1) == "接続詞的" {
			// 兼 between two posts (副首相兼国防大臣) is a coordinator like 及び: the English
			// "and" renders it (jaCand.coord counts it)
			c.affix = true
		}
		if best == a+1 && !c.known && !c.affix && inJapanese(units) {
			// an acronym the lexicon lacks is written the same in the English: TCOG会合 =
			// TCOG meeting. It meets only an acronym of the sources, letter for letter, in
			// capitals on both sides (see covers); an acronym alone, or with a number only,
			// is no translation
			if w := width.Narrow.String(s); lexicon.IsAcronym(w) {
				c.words = []string{"^" + strings.ToLower(strings.ReplaceAll(w, ".", ""))}
			} else if d := designation(units[a]); d != "" {
				c.words, c.code = []string{d}, true // Ｆ－３５戦闘機 = F-35 fighter
			}
		}
		c.kata = jaterm.IsKatakana(s)
		if best == a+1 && (numbered(units, a) || counted(units, a)) {
			c.num = jaNumber(s)
		}
		if best == a+2 && ordinalPart(units, a) {
			// an ordinal with no counter (第2, 第一) is also met by its number: English
			// numbers one of a series by the ordinal before the noun or by the number after
			// it (第2の柱 = second pillar, Pillar 2; 第1段階 = Phase 1)
			c.num = jaNumber(units[a+1].Surface)
		}
		if c.kata {
			c.sound, c.sim = s, r.soundsLike(s)
		} else if best == a+1 && !c.known && isName(units[a]) {
			// a name the lexicon lacks is transliterated by its reading; a generic tail the
			// lexicon knows is translated (尖閣|諸島 = Senkaku Islands)
			if head, tail, ok := r.splitName(units[a]); ok {
				out = append(out, head, tail)
				a = best
				continue
			}
			c.sound, c.sim = units[a].Reading, r.soundsLike(units[a].Reading)
		}
		out = append(out, c)
		a = best
	}
	markHeads(out)
	r.adjectivalGlosses(out)
	r.participleForms(out)
	locativePlace(out)
	return countByParties(out)
}

// partEntries returns the lexicon's entries for the text of a part, written with a middle
// dot between kanji or without it (see dotless).
func (r *run) partEntries(s string) []lexicon.Entry {
	es := r.lx.Lookup(s)
	if d, ok := dotless(s); ok && len(es) == 0 {
		es = r.lx.Lookup(d)
	}
	return es
}

// kanjiOrdinal returns an ordinal written in digits, 第 and a number of either width (第1,
// 第２), in kanji numerals (第一), and whether s was one. Japanese writes the same ordinal
// either way, horizontal text mostly in digits, and a dictionary lists it in kanji: 第1 is
// 第一, "first", as in 第1列島線 = First Island Chain. Numbers of 100 and more are left as
// they are, and so is an ordinal before a counter (第5条 = Article 5: see numbered).
func kanjiOrdinal(s string) (string, bool) {
	rest, ok := strings.CutPrefix(s, "第")
	if !ok || rest == "" {
		return s, false
	}
	rest = width.Narrow.String(rest)
	for _, c := range rest {
		if c < '0' || c > '9' {
			return s, false
		}
	}
	n, err := strconv.Atoi(rest)
	if err != nil || n < 1 || n > 99 {
		return s, false
	}
	const digits = "〇一二三四五六七八九"
	digit := func(d int) string { return string([]rune(digits)[d]) }
	k := ""
	if n >= 10 {
		if n >= 20 {
			k = digit(n / 10)
		}
		k += "十"
	}
	if n%10 > 0 {
		k += digit(n % 10)
	}
	return "第" + k, true
}

// dotless returns s without the middle dots that stand between two kanji (中・東欧 →
// 中東欧), and whether there was one. A dot between kanji members abbreviates the
// coordination that the compound written without it names: 中・東欧 is 中東欧, "Central
// and Eastern Europe", the first member borrowing the head of the second (中欧 and 東欧),
// which neither member says alone. Beside kana or Latin letters the dot separates the
// words of a name or a list, which no dictionary writes as one word.
func dotless(s string) (string, bool) {
	if !strings.Contains(s, "・") {
		return s, false
	}
	rs := []rune(s)
	out := make([]rune, 0, len(rs))
	for i, c := range rs {
		if c == '・' {
			if i == 0 || i+1 == len(rs) || !unicode.Is(unicode.Han, rs[i-1]) || !unicode.Is(unicode.Han, rs[i+1]) {
				return s, false
			}
			continue
		}
		out = append(out, c)
	}
	return string(out), true
}

// commonWord reports whether a unit is a common word written in kanji or katakana (核,
// ミサイル): no name, no Latin letters or digits.
func commonWord(u morph.Token) bool {
	if isName(u) {
		return false
	}
	for _, r := range u.Surface {
		if !unicode.Is(unicode.Han, r) && !unicode.Is(unicode.Katakana, r) && r != 'ー' {
			return false
		}
	}
	return u.Surface != ""
}

// quantifierPart reads a quantifying determiner at units[a] (jaterm.IsQuantifier) as the
// English determiner before the phrase: いかなる = any, あらゆる = all, every, any, すべて
// = all. A determiner is a function word: it is no gloss to meet among the content words,
// and rateWith asks the English to open with it (or the rendering is partial). あらゆる
// 種類 is English's "full range" (of), "wide range", "all kinds" (of): the count of kinds
// is the range, so the two units are one part. It returns the part and how many units it
// spans.
func quantifierPart(units []morph.Token, a int) (constituent, int, bool) {
	if len(units) < 2 || !jaterm.IsQuantifier(units[a]) || a+1 >= len(units) {
		return constituent{}, 0, false
	}
	c := constituent{text: units[a].Surface, affix: true, units: units[a : a+1]}
	switch units[a].Surface {
	case "いかなる", "如何なる":
		c.quant = []string{"any"}
	case "あらゆる":
		c.quant, c.words = []string{"all", "every", "any"}, []string{lexicon.Norm("every")}
		if units[a+1].Surface == "種類" && a+2 < len(units) {
			c.text, c.units = c.text+units[a+1].Surface, units[a:a+2]
			for _, g := range []string{"full range", "wide range", "kind", "type", "form"} {
				n, h := glossWords(g)
				c.words = append(c.words, n...)
				c.glosses, c.gheads = append(c.glosses, n), append(c.gheads, h)
			}
			c.known = true
			return c, 2, true
		}
	default:
		c.quant = []string{"all"}
	}
	return c, 1, true
}

// quantifierDetail says what renders a quantifier, for evidence: its determiners and
// glosses (any/all/every/full range).
func quantifierDetail(c constituent) string {
	g := strings.Join(c.quant, "/")
	for _, gl := range c.glosses {
		g += "/" + strings.Join(gl, " ")
	}
	return g
}

// quantifierOf returns the quantifier among a term's parts, or nil.
func quantifierOf(cs []constituent) *constituent {
	for i := range cs {
		if cs[i].quant != nil {
			return &cs[i]
		}
	}
	return nil
}

// locativePlace gives a country abbreviation after the prefix 在 the country's English
// names: 在 + place + noun is the noun "in" the place (在韓米軍 = U.S. forces in Korea, in
// the ROK), and the place is the country itself, where the dictionary reads the one kanji
// as something else (韓 "China", archaic) or not at all.
func locativePlace(cs []constituent) {
	for i := 1; i < len(cs); i++ {
		p := cs[i-1]
		if len(p.units) != 1 || p.units[0].Surface != "在" || !jaterm.IsPrefix(p.units[0]) || len(countryNames[cs[i].text]) == 0 {
			continue
		}
		c := &cs[i]
		for _, n := range countryNames[c.text] {
			c.addGloss(n, "")
		}
		c.known = true
	}
}

// participleForms lets a verbal noun followed by する in a term (構築|さ|れ|た 関係, 主導|
// する 取組) meet the irregular participles of the verbs its glosses are made from: the
// English of such a term is the participle before the head, and "building" gives "built",
// "holding" "held" (WordNet's verb.exc; a regular participle meets the gloss already,
// shared = sharing).
func (r *run) participleForms(cs []constituent) {
	if r.wn == nil {
		return
	}
	for i := range cs {
		c := &cs[i]
		if i+1 >= len(cs) || !verbalNoun(*c) || len(cs[i+1].units) == 0 || cs[i+1].units[0].Base != "する" {
			continue
		}
		if r.irregular == nil {
			r.irregular = map[string][]string{}
			r.wn.EachForm(func(verb string, forms []string) {
				if strings.Contains(verb, "_") {
					return
				}
				k := lexicon.Norm(verb)
				for _, f := range forms {
					if n := lexicon.Norm(f); n != k {
						r.irregular[k] = append(r.irregular[k], n)
					}
				}
			})
		}
		var add []string
		for _, g := range c.glosses {
			if len(g) == 1 {
				add = append(add, r.irregular[g[0]]...)
			}
		}
		if len(add) > 0 {
			c.words = append(c.words[:len(c.words):len(c.words)], add...)
			c.glosses, c.gheads = c.glosses[:len(c.glosses):len(c.glosses)], c.gheads[:len(c.gheads):len(c.gheads)]
			for _, w := range add {
				c.glosses, c.gheads = append(c.glosses, []string{w}), append(c.gheads, 0)
			}
		}
	}
}

// postCountry reports whether units[a] is a country's one-kanji abbreviation that kagome
// reads as a suffix of the person's name before it and that opens the post after it
// (ギルベルト・テオドロ|比|国防大臣): the state the post belongs to, a word the English
// writes ("the Philippines Secretary of National Defense"), not an ending of the name.
func postCountry(units []morph.Token, a int) bool {
	return a > 0 && a+1 < len(units) && countryAbbrev[units[a].Surface] && personStart(units[a-1]) &&
		units[a-1].End == units[a].Start && units[a].End == units[a+1].Start && units[a+1].POSAt(0) == "名詞"
}

// countryAbbrev holds the one-kanji abbreviations of country names that Japanese compounds
// into a list of parties (日米, 日米韓, 日米豪印): a closed class, Japan and its usual partners
// in official statements. kagome tags most of them proper nouns of countries, but not all in
// every context (印 of 日米豪印 is a common noun), so the class is listed.
var countryAbbrev = map[string]bool{"日": true, "米": true, "韓": true, "豪": true, "印": true, "比": true, "英": true,
	"中": true, "露": true, "仏": true, "独": true, "加": true, "伊": true, "蘭": true, "越": true, "尼": true, "泰": true}

// partyWords are the English adjectives that name a relation by the number of its parties.
var partyWords = map[int]string{2: "bilateral", 3: "trilateral", 4: "quadrilateral"}

// countByParties gives a part made of two to four country abbreviations (日米, 日米韓) the
// English adjective of its number of parties as a gloss: 日米韓パートナーシップ = trilateral
// partnership, 日米の協力 = bilateral cooperation. English names a relation by its parties'
// count where Japanese lists them. A list the dictionary splits into words (日米|豪) is made
// one part, with the glosses of its pieces; one read unit by unit as bound morphemes (日|米
// of 日米安全保障条約, where the dictionary has a longer word) is left as it is. The count that Japanese may add (日米韓三か国の関係 =
// trilateral relationship) is then said twice, and needs no English word of its own when a
// head follows it (日米韓三か国 alone is "the three countries", no adjective).
func countByParties(cs []constituent) []constituent {
	for i := 0; i < len(cs); i++ {
		// A number of countries with its counter (3か国, 三カ国) before a head counts the
		// parties as a list of them does: 3か国協力 = trilateral cooperation.
		if i+2 < len(cs) && countedAt(cs, i) {
			w := partyWords[jaNumber(cs[i].text)]
			c := &cs[i]
			c.words = append(c.words[:len(c.words):len(c.words)], lexicon.Norm(w))
			c.glosses = append(c.glosses[:len(c.glosses):len(c.glosses)], []string{lexicon.Norm(w)})
			c.gheads = append(c.gheads[:len(c.gheads):len(c.gheads)], 0)
			c.known = true
			cs[i+1].affix, cs[i+1].required = true, false
			markHeads(cs)
			i++
			continue
		}
		// the longest run of parts from i that is a list of parties
		j, units := i, []morph.Token(nil)
		for k := i; k < len(cs) && !cs[k].kata && (k == i || !cs[k].affix && !cs[i].affix); k++ {
			us := append(units[:len(units):len(units)], cs[k].units...)
			if len(us) > 4 || !countryUnits(us) {
				break
			}
			j, units = k+1, us
		}
		if j == i || !partyList(units) {
			continue
		}
		if j > i+1 {
			m := constituent{units: units, known: true}
			for _, c := range cs[i:j] {
				m.text += c.text
				m.words = append(m.words, c.words...)
				m.glosses = append(m.glosses, c.glosses...)
				m.gheads = append(m.gheads, c.gheads...)
			}
			cs = slices.Concat(cs[:i], []constituent{m}, cs[j:])
			markHeads(cs)
		}
		c := &cs[i]
		namedParties(c)
		if c.head {
			continue
		}
		n := len(c.units)
		c.words = append(c.words[:len(c.words):len(c.words)], lexicon.Norm(partyWords[n]))
		c.known = true
		if i+3 < len(cs) && jaNumber(cs[i+1].text) == n && countryCounter(cs[i+2].text) {
			for _, k := range []int{i + 1, i + 2} {
				cs[k].affix, cs[k].required = true, false
			}
			markHeads(cs)
		}
	}
	return cs
}

// stemTaken reports whether the word units[a:b] would take the stem of a suffix written
// after it: units[b] is a suffix (観, 性) that makes a lexicon word with units[b-1]
// (価値|観 = values), and the units before that stem are a lexicon word of their own. A
// suffix binds to the noun it is written against, so the compound nests to the right:
// 共通|価値観 (common values), not 共通価値|観.
func (r *run) stemTaken(units []morph.Token, a, b int) bool {
	if b-a < 2 || b >= len(units) || !jaterm.IsSuffix(units[b]) || units[b-1].End != units[b].Start ||
		!r.lx.Has(units[b-1].Surface+units[b].Surface) {
		return false
	}
	return len(r.partEntries(unitsText(units[a:b-1]))) > 0
}

// zaiPlace reports whether units[a] is the prefix 在 before a country's abbreviation with
// more of the term after it (在|韓|米|軍): 在 and the country are the place where what follows
// is stationed, which English writes after the noun as "in" and the country's name (U.S.
// forces in the ROK). The place is one part, glossed by the country's names, and no
// dictionary word runs across it into the noun, whose reading part by part the English
// follows.
func zaiPlace(units []morph.Token, a int) bool {
	return a+2 < len(units) && units[a].Surface == "在" && jaterm.IsPrefix(units[a]) && countryAbbrev[units[a+1].Surface] &&
		units[a].End == units[a+1].Start
}

// countryNames holds the English names of the countries of countryAbbrev, the usual one
// first: official English writes the parties of a relation by name as often as by their
// count (日韓関係 = relations between Japan and the ROK, Japan-ROK relations).
var countryNames = map[string][]string{"日": {"Japan"}, "米": {"United States", "U.S.", "America"},
	"韓": {"ROK", "Republic of Korea", "South Korea", "Korea"}, "豪": {"Australia"}, "印": {"India"}, "比": {"Philippines"},
	"英": {"United Kingdom", "U.K.", "Britain"}, "中": {"China", "PRC"}, "露": {"Russia"}, "仏": {"France"},
	"独": {"Germany"}, "加": {"Canada"}, "伊": {"Italy"}, "蘭": {"Netherlands"}, "越": {"Vietnam", "Viet Nam"},
	"尼": {"Indonesia"}, "泰": {"Thailand"}}

// maxPartyGlosses bounds the glosses namedParties adds to one list of parties.
const maxPartyGlosses = 16

// namedParties gives a list of parties (日韓, 日米豪) the glosses that name each party in
// English, joined by "and", in the list's order: "Japan and the ROK", "Japan, the United
// States and Australia". A dictionary that has the compound glosses it with one name of
// each party ("Japan and South Korea"), where a statement writes the name it uses (the
// ROK, the Republic of Korea); each party is named, so "relations between Japan" is still
// a partial rendering of 日韓関係.
func namedParties(c *constituent) {
	combos := [][]string{nil}
	for _, u := range c.units {
		names := countryNames[u.Surface]
		if len(names) == 0 {
			return
		}
		var next [][]string
		for _, p := range combos {
			for _, n := range names {
				if len(next) < maxPartyGlosses {
					next = append(next, append(p[:len(p):len(p)], n))
				}
			}
		}
		combos = next
	}
	for _, p := range combos {
		c.addGloss(strings.Join(p[:len(p)-1], ", ")+" and "+p[len(p)-1], "and")
	}
}

// addGloss adds the English g to c's glosses, and its words but skip to c's words; the
// slices may be shared with other constituents, so they are copied when they grow.
func (c *constituent) addGloss(g, skip string) {
	ws, h := glossWords(g)
	if len(ws) == 0 {
		return
	}
	c.glosses = append(c.glosses[:len(c.glosses):len(c.glosses)], ws)
	c.gheads = append(c.gheads[:len(c.gheads):len(c.gheads)], h)
	for _, w := range ws {
		if w != skip && !slices.Contains(c.words, w) {
			c.words = append(c.words[:len(c.words):len(c.words)], w)
		}
	}
}

// partyList reports whether units are two to four country abbreviations, each a unit of its
// own, written together.
func partyList(units []morph.Token) bool {
	return len(units) >= 2 && len(units) <= 4 && countryUnits(units)
}

// countryUnits reports whether every unit is a country abbreviation, written together.
func countryUnits(units []morph.Token) bool {
	for k, u := range units {
		if !countryAbbrev[u.Surface] || k > 0 && units[k-1].End != u.Start {
			return false
		}
	}
	return len(units) > 0
}

// countryCounter reports whether s counts countries after a number: a counter of
// countries (三か国, 三カ国, jaterm.IsCountryCounter) or 国 alone.
func countryCounter(s string) bool { return jaterm.IsCountryCounter(s) || s == "国" }

// adjectivalGlosses gives a noun that modifies the next part of a term, through の or inside
// the compound, the glosses of its adjective in 的 as well: English often writes the
// modifier as an adjective (地域の安定 = regional stability, 世界の平和 = global peace,
// 経済協力 = economic cooperation), which the dictionary lists under X的 (世界的 global),
// not under the noun (世界 world). The head keeps the noun's glosses only: a noun is no
// adjective at the end of a term.
//
// A noun the dictionary glosses only by adjectives of X的 (国内 "internal; domestic", 国内的
// "internal; home; national; domestic") has its attributive rendering: X的 is then a word
// of its own, whose further glosses are senses the derived adjective took on (国内的
// "national", as in national rather than foreign), not the noun's, and the noun does not
// borrow them (国内防衛 is homeland or domestic defense, not "national defense").
func (r *run) adjectivalGlosses(cs []constituent) {
	for i := range cs {
		c := &cs[i]
		if c.head || c.affix || c.kata || i == len(cs)-1 || len(c.units) == 0 || !modifierNoun(c.units[len(c.units)-1]) ||
			cs[i+1].affix && !cs[i+1].required {
			continue
		}
		es := r.lx.Lookup(c.text + "的")
		if glossedByAdjective(*c, es) {
			continue
		}
		for _, e := range es {
			c.words = append(c.words[:len(c.words):len(c.words)], e.Words...)
			if n, h := glossWords(e.Gloss); len(n) > 0 && len(n) <= 6 {
				c.glosses = append(c.glosses[:len(c.glosses):len(c.glosses)], n)
				c.gheads = append(c.gheads[:len(c.gheads):len(c.gheads)], h)
			}
			c.known = true
		}
	}
}

// glossedByAdjective reports whether every gloss of the noun c is a gloss of its adjective in
// 的 as well, or that gloss's head (国内 "internal" for 国内的 "internal (to a country)"):
// the dictionary gives the noun no sense of its own but the attributive one (see
// adjectivalGlosses). A noun with a noun sense (世界 "world", also "world-famous" like
// 世界的) borrows.
func glossedByAdjective(c constituent, adj []lexicon.Entry) bool {
	if len(c.glosses) == 0 || len(adj) == 0 {
		return false
	}
	var as [][]string
	var heads []string
	for _, e := range adj {
		if n, h := glossWords(e.Gloss); len(n) > 0 {
			as, heads = append(as, n), append(heads, n[h])
		}
	}
	for _, g := range c.glosses {
		if !slices.ContainsFunc(as, func(a []string) bool { return slices.Equal(a, g) }) &&
			(len(g) != 1 || !slices.Contains(heads, g[0])) {
			return false
		}
	}
	return true
}

// modifierNoun reports whether a unit ends a common noun that may have an adjective in 的
// (地域, 世界, 経済, 安定): not a name (日本的 is "Japanese-style", no "Japanese"), and not
// a stem that is an adjective already (形容動詞語幹, see adjectiveOf).
func modifierNoun(u morph.Token) bool {
	return len(u.POS) > 1 && u.POS[0] == "名詞" && (u.POS[1] == "一般" || u.POS[1] == "サ変接続")
}

// wholeWord returns the term read as one lexicon word when it is one but longer than the
// words constituents reads (新型|コロナ|ウイルス|感染|症 = COVID-19), or nil. The dictionary
// translates such a term whole; the reading part by part stays the first one tried, since
// an official name is often rendered by its full title where the dictionary gives a short
// one (日米安全保障条約 "US-Japan Security Treaty").
func (r *run) wholeWord(units []morph.Token) []constituent {
	if len(units) <= 4 || !r.lx.Has(unitsText(units)) {
		return nil
	}
	return r.segmentParts(units, len(units))
}

// unitsText returns the units' surfaces written together.
func unitsText(units []morph.Token) string {
	var b strings.Builder
	for _, u := range units {
		b.WriteString(u.Surface)
	}
	return b.String()
}

// inJapanese reports whether some unit is written in Japanese script (kanji or kana).
func inJapanese(units []morph.Token) bool {
	for _, u := range units {
		for _, r := range u.Surface {
			if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
				return true
			}
		}
	}
	return false
}

// adjectiveOf returns the adjective a one-word noun gloss of an adjectival noun
// (形容動詞語幹) is derived from, normalized, or "": the stem is an adjective that takes な
// or で, and the dictionary glosses it by the abstract noun (自由 "freedom" = free, 公正
// "fairness" = fair, 安定 "stability" = stable: 自由で開かれた = free and open).
func adjectiveOf(gloss string) string {
	ws := lexicon.Words(gloss)
	if len(ws) != 1 {
		return ""
	}
	w := ws[0]
	for _, d := range [][2]string{{"bility", "ble"}, {"ness", ""}, {"dom", ""}} {
		if stem, ok := strings.CutSuffix(w, d[0]); ok && len(stem) >= 3 {
			return lexicon.Norm(stem + d[1])
		}
	}
	return ""
}

// isName reports whether a unit is a proper noun with a reading, other than a country
// (米, 日, 韓 abbreviate names: they are translated, not read aloud).
func isName(t morph.Token) bool {
	return len(t.POS) > 3 && t.POS[0] == "名詞" && t.POS[1] == "固有名詞" && t.POS[3] != "国" && t.Reading != ""
}

// nameTails returns the tails of a name that the lexicon may translate: 諸島 of 尖閣諸島.
func nameTails(t morph.Token) []string {
	rs := []rune(t.Surface)
	var out []string
	for k := 1; k < len(rs); k++ {
		out = append(out, string(rs[k:]))
	}
	return out
}

// splitName splits a name the lexicon lacks into a head read aloud and the longest tail
// the lexicon knows whose reading ends the name's reading.
func (r *run) splitName(t morph.Token) (head, tail constituent, ok bool) {
	rs := []rune(t.Surface)
	for k := 1; k < len(rs); k++ {
		tx := string(rs[k:])
		es := r.lx.Lookup(tx)
		if len(es) == 0 {
			continue
		}
		tr := ""
		for _, u := range morph.Tokenize(tx) {
			tr += u.Reading
		}
		if tr == "" || !strings.HasSuffix(t.Reading, tr) || len(t.Reading) == len(tr) {
			continue
		}
		units := []morph.Token{t}
		sound := strings.TrimSuffix(t.Reading, tr)
		head = constituent{text: string(rs[:k]), sound: sound, sim: r.soundsLike(sound), units: units}
		tail = constituent{text: tx, known: true, units: units}
		for _, e := range es {
			tail.words = append(tail.words, e.Words...)
			if n, h := glossWords(e.Gloss); len(n) > 0 && len(n) <= 6 {
				tail.glosses = append(tail.glosses, n)
				tail.gheads = append(tail.gheads, h)
			}
		}
		return head, tail, true
	}
	return head, tail, false
}

// markHeads marks the heads of a segmentation: the last constituent that is not an affix,
// and a final suffix with a meaning of its own.
func markHeads(out []constituent) {
	for i := range out {
		out[i].head = false
	}
	// the head: the last constituent that is not an affix; a final suffix with a meaning
	// of its own is a head too, the head of the Japanese compound (中国海警|法 = China Coast
	// Guard law, 米|軍 = U.S. forces), while 的, 性 and 化 only derive
	for i := len(out) - 1; i >= 0; i-- {
		if !out[i].affix {
			out[i].head = true
			break
		}
	}
	if n := len(out); n > 1 && out[n-1].affix && len(out[n-1].words) > 0 {
		out[n-1].head = true
	}
}

// resplit replaces each constituent of several units whose glosses the English words do
// not complete by the literal reading of its units: EDICT's 相互協力 is "bilateral
// cooperation", the statement's "mutual cooperation" is 相互|協力. It returns nil when no
// constituent is replaced.
func (r *run) resplit(cs []constituent, words, raw []string) []constituent {
	var out []constituent
	changed := false
	for _, c := range cs {
		if len(c.units) > 1 && !c.affix {
			if !wholeGloss([]constituent{c}, words, raw) {
				out = append(out, r.fine(c)...)
				changed = true
				continue
			}
		}
		out = append(out, c)
	}
	if !changed {
		return nil
	}
	markHeads(out)
	return out
}

// fine returns the literal reading of a constituent of several units, one unit a part.
func (r *run) fine(c constituent) []constituent {
	fine, ok := r.fineParts[c.text]
	if !ok {
		fine = r.segmentParts(c.units, 1)
		r.fineParts[c.text] = fine
	}
	return fine
}

// rendersSome reports whether constituent c can render one of the English words.
func rendersSome(c constituent, words, raw []string) bool {
	for i, w := range words {
		if covers(c, w, raw[i]) {
			return true
		}
	}
	return false
}

// renderedBy reports whether one of the constituents cs can render the English word raw
// (normalized w).
func renderedBy(cs []constituent, w, raw string) bool {
	for _, c := range cs {
		if covers(c, w, raw) {
			return true
		}
	}
	return false
}

// covers reports whether constituent c can render the English word raw (normalized w).
func covers(c constituent, w, raw string) bool {
	for _, g := range c.words {
		if strings.HasPrefix(g, "-") {
			// an English suffix of a bound morpheme: 可能 is the -able of manageable, 者 the
			// -er of researchers
			r := strings.TrimPrefix(raw, "^")
			if len(r) > len(g)+2 && (strings.HasSuffix(r, g[1:]) || strings.HasSuffix(r, g[1:]+"s")) {
				return true
			}
			continue
		}
		if strings.HasPrefix(g, "^") {
			// initials meet only an acronym of the sources: "^us" = U.S., not "us"
			if strings.HasPrefix(raw, "^") && g[1:] == strings.ReplaceAll(raw[1:], ".", "") {
				return true
			}
			continue
		}
		if strings.HasPrefix(raw, "^") {
			// an acronym of the sources is never folded into a word: "LAWS" is not "law";
			// only a gloss spelling its very letters meets it (米 "us" = U.S.)
			if g == strings.ReplaceAll(raw[1:], ".", "") {
				return true
			}
			continue
		}
		if glossWord(g, strings.TrimPrefix(w, "^")) || rDerivative(g, strings.TrimPrefix(w, "^")) || ionalDerivative(g, raw) || ionDerivative(&c, g, raw) {
			return true
		}
	}
	if c.num > 0 && (enNumber(strings.TrimPrefix(raw, "^")) == c.num || enOrdinal(strings.ToLower(strings.TrimPrefix(raw, "^"))) == c.num) {
		// 第5条 = Article V, Article 5; a number the English writes as an ordinal: 30周年 =
		// 30th anniversary, 第10回 = Tenth
		return true
	}
	if c.sound != "" {
		// a name is heard without its possessive ending: Russia's is Russia
		raw = strings.TrimPrefix(raw, "^")
		for _, e := range []string{"'s", "’s", "'", "’"} {
			if b, ok := strings.CutSuffix(raw, e); ok && b != "" {
				raw = b
				break
			}
		}
		if c.sim == nil {
			return translit.Similarity(c.sound, raw) >= translit.Threshold
		}
		ok, seen := c.sim[raw]
		if !seen {
			ok = translit.Similarity(c.sound, raw) >= translit.Threshold
			c.sim[raw] = ok
		}
		return ok
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

// gerundHead reports whether English word i heads its phrase as a gerund with its object
// after it: a Japanese verbal noun with an の dependent (北朝鮮の抑止, 民主主義の再活性化) is
// written "deterring North Korea", "revitalizing democracy".
func gerundHead(raw []string, i int) bool {
	return i == 0 && len(raw) >= 2 && len(raw[0]) > 5 && strings.HasSuffix(raw[0], "ing")
}

// verbalNoun reports whether a constituent ends in a verbal noun (抑止, 再活性化): a noun
// that takes する, or one made with 化.
func verbalNoun(c constituent) bool {
	if len(c.units) == 0 {
		return false
	}
	u := c.units[len(c.units)-1]
	return len(u.POS) > 1 && u.POS[0] == "名詞" && (u.POS[1] == "サ変接続" || u.Surface == "化")
}

// closedCompound reports whether the English word raw is a closed compound that renders the
// Japanese compound a|b: written together in the text, neither an affix nor katakana, b
// glossed by a word of at least four letters that ends raw after a part of at least two
// letters ("over" + "flight" for 上空|飛行).
func closedCompound(a, b constituent, raw string) bool {
	if a.affix || b.affix || a.kata || b.kata || !a.known || !b.known || len(a.units) == 0 || len(b.units) == 0 ||
		a.units[len(a.units)-1].End != b.units[0].Start || strings.HasPrefix(raw, "^") {
		return false
	}
	for _, g := range b.glosses {
		if len(g) != 1 {
			continue
		}
		if w := g[0]; len(w) >= 4 && len(raw) >= len(w)+2 && strings.HasSuffix(raw, w) {
			return true
		}
	}
	return false
}

// isHeadMatched reports whether the head word h of a gloss of c is among the English words
// (glossMeets).
func isHeadMatched(c *constituent, h string, words, raw []string) bool {
	for i, w := range words {
		if glossMeets(c, h, w, raw[i]) {
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
	"to": true, "against": true, "from": true, "with": true, "at": true, "between": true}

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

// hyphenated reports whether a word is a compound of words joined by hyphens
// (people-to-people, long-range).
func hyphenated(f string) bool {
	f = strings.Trim(f, "-.,;:'’\"“”()")
	i := strings.IndexByte(f, '-')
	return i > 0 && i < len(f)-1
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
		if ci >= 0 && !inStop && len(heads) == 0 && participlePreposition(w) {
			heads = append(heads, ci) // Agreement concerning the Transfer
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

// ordinalPart reports whether units[a:a+2] is an ordinal with no counter after it: 第 and
// a number written next to it (第2 of 第2の柱, 第一 of 第一列島線).
func ordinalPart(units []morph.Token, a int) bool {
	return a+1 < len(units) && units[a].Surface == "第" && units[a].POSAt(1) == "数接続" && units[a+1].POSAt(1) == "数" &&
		units[a].End == units[a+1].Start && !numbered(units, a+1) && sessionOrdinal(units, a+1) == nil
}

// numbered reports whether units[a] is the number of a numbered part: 第, the number, a
// counter (第5条). Other numbers are dates and counts (7月1日, 3つ), not names.
func numbered(units []morph.Token, a int) bool {
	return a > 0 && a+1 < len(units) && units[a-1].Surface == "第" && len(units[a].POS) > 1 && units[a].POS[1] == "数" &&
		jaterm.IsCounter(units[a+1])
}

// counted reports whether units[a] is a number with its counter after it, inside a term
// (外交関係樹立|30|周年 = 30th anniversary of …): the English writes the same number, in
// digits or as an ordinal.
func counted(units []morph.Token, a int) bool {
	return a > 0 && a+1 < len(units) && len(units[a].POS) > 1 && units[a].POS[1] == "数" &&
		units[a+1].POSAt(0) == "名詞" && units[a+1].POSAt(2) == "助数詞" && units[a].End == units[a+1].Start
}

// jaNumber returns the value of a Japanese numeral written in digits of either width (5,
// ５) or in kanji up to 99 (五, 十二, 二十), or 0.
func jaNumber(s string) int {
	s = textnorm.Key(s)
	if n, err := strconv.Atoi(s); err == nil && n > 0 {
		return n
	}
	const digits = "〇一二三四五六七八九"
	n, cur := 0, 0
	for _, r := range s {
		switch d := strings.IndexRune(digits, r); {
		case d >= 0:
			cur = d / len("一")
		case r == '十':
			n += max(cur, 1) * 10
			cur = 0
		default:
			return 0
		}
	}
	return n + cur
}

// enNumber returns the value of an English number written in digits (5) or in lower-case
// roman numerals (v, xii), or 0. Articles of treaties are numbered either way (Article V
// of the Japan–U.S. Security Treaty, Article 5 of the North Atlantic Treaty).
func enNumber(w string) int {
	if n, err := strconv.Atoi(w); err == nil && n > 0 {
		return n
	}
	val := map[byte]int{'i': 1, 'v': 5, 'x': 10, 'l': 50, 'c': 100}
	n := 0
	for i := 0; i < len(w); i++ {
		v := val[w[i]]
		if v == 0 {
			return 0
		}
		if i+1 < len(w) && val[w[i+1]] > v {
			n -= v
		} else {
			n += v
		}
	}
	return n
}

// rDerivative reports whether one normalized word is the stem of an English noun in -er or
// -re and the other a word derived from it, which drops the e before the suffix: center,
// centre → central, centrality; filter → filtration; hinder → hindrance. The stem the
// light stemmer leaves of such a noun (cent, filt) is too short for lexicon.SameWord to
// meet the derived word's (centr, filtr); an r written next is the noun's own.
func rDerivative(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= 4 && len(a) <= 5 && len(b) > len(a) && b[len(a)] == 'r' && strings.HasPrefix(b, a)
}

// ionalDerivative reports whether the English word raw is the relational adjective in
// -ional of an English noun in -ion whose normalized form is the gloss word g: operation
// (oper) → operational, tradition (trad) → traditional. English premodifies with the
// adjective where Japanese compounds the noun (作戦計画 = operational plans); the light
// stemmer leaves the noun a stem too short for lexicon.SameWord to meet the adjective's
// (operation). The English word must be the adjective itself: the stem "stat" of
// "stationing" does not make "States" a rendering of it.
func ionalDerivative(g, raw string) bool {
	w := strings.ToLower(strings.TrimPrefix(raw, "^"))
	base, ok := strings.CutSuffix(w, "al")
	if !ok || !strings.HasSuffix(base, "ion") || len(base) < 6 {
		return false
	}
	return lexicon.Norm(base) == g
}

// ionDerivative reports whether the English word raw is the noun in -ion, singular or
// plural, that English makes of a gloss word of the verbal noun c by the suffix alone: act →
// action, actions; adopt → adoption. A verbal noun (verbalNoun: 名詞,サ変接続 or made with 化) names a deed or a
// process, which a dictionary often glosses by the bare verb (行為 → act) where English
// names it by the noun; the light stemmer leaves the noun a stem (action) that
// lexicon.SameWord does not meet with the verb's. Only a verbal noun: the stem of a
// participle gloss of a prefix (在 → situated) is no verb the noun is made of.
func ionDerivative(c *constituent, g, raw string) bool {
	w := strings.TrimSuffix(raw, "s")
	if len(w) != len(g)+3 || len(g) < 3 || !strings.HasSuffix(w, "ion") || !strings.EqualFold(w[:len(g)], g) {
		return false // (no allocation: covers calls it for every part and English word)
	}
	return verbalNoun(*c)
}

// placeName reports whether kagome tags a unit as the name of a place (名詞,固有名詞,地域):
// two of them joined by ・ (東シナ海・南シナ海) are a coordination, where the words of one
// person's name are joined by it too (ロイド・オースティン).
func placeName(u morph.Token) bool {
	return len(u.POS) > 2 && u.POS[0] == "名詞" && u.POS[1] == "固有名詞" && u.POS[2] == "地域"
}
