package lint

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/glossterm/gloss/internal/textnorm"
	"github.com/glossterm/gloss/match"
)

// Word-order and word-choice variants of a term that official translations write, each a
// kind of variation, not a list of terms: the checks below accept them in a target only
// where the source has the concept, so they never make a source demand anything.

// classifierHeads are the nouns that turn a place name into a description of the place
// ("the Indo-Pacific region", インド太平洋地域): English and Japanese each add or drop
// one as the sentence needs, and an official translation does so independently of its
// source ("the Indo-Pacific region" for インド太平洋, インド太平洋 for "the Indo-Pacific
// region"). Keys are as textnorm keys them.
var classifierHeads = map[string]bool{"region": true, "regions": true, "area": true, "areas": true}

// jaClassifierHeads are classifierHeads in Japanese.
var jaClassifierHeads = []string{"地域"}

// classifierDropped reports whether the source term found (of the group's concepts) is a
// place name with a classifier head whose name alone is another concept's term, and the
// target has that concept: "Indo-Pacific region" is rendered by インド太平洋 (the
// concept Indo-Pacific), インド太平洋地域 by "the Indo-Pacific". The name must be the
// whole of what the source writes before the head: "regional security" or 地域協力 have
// no name before it.
func (l *Linter) classifierDropped(found, srcLang string, tgtHas, nestedHas *conceptSet) bool {
	var name string
	if isJapanese(srcLang) {
		for _, h := range jaClassifierHeads {
			if n, ok := strings.CutSuffix(found, h); ok {
				name = n
				break
			}
		}
	} else if i := strings.LastIndexByte(found, ' '); i > 0 && classifierHeads[strings.ToLower(found[i+1:])] {
		name = strings.TrimSpace(found[:i])
	}
	if utf8.RuneCountInString(name) < 2 {
		return false
	}
	for _, o := range l.m.AppendLang(nil, name, srcLang) {
		if o.Start == 0 && o.End == len(name) && (tgtHas.has(o.Concept) || nestedHas.has(o.Concept)) {
			return true
		}
	}
	return false
}

// countryAdjectives are the adjectives and possessives with which English names a
// country's institution ("the Japanese Government", "Japan's Government") where a term
// writes "the Government of Japan". Keys are as textnorm keys them.
var countryAdjectives = map[string][]string{
	"japan":                          {"japanese"},
	"the united states":              {"u.s.", "american"},
	"united states":                  {"u.s.", "american"},
	"the united states of america":   {"u.s.", "american"},
	"china":                          {"chinese"},
	"the people's republic of china": {"chinese"},
	"korea":                          {"korean"},
	"the republic of korea":          {"rok", "korean", "south korean"},
	"australia":                      {"australian"},
	"the philippines":                {"philippine"},
	"india":                          {"indian"},
	"russia":                         {"russian"},
}

// countryWords are the adjectives of countryAdjectives as paraphrased trims words ("u.s"),
// and the adjectives of two countries' alliance.
var countryWords = func() map[string]bool {
	m := map[string]bool{"u.s.-japan": true, "japan-u.s": true, "u.s.-japan-rok": true, "japan-u.s.-rok": true}
	for _, adjs := range countryAdjectives {
		for _, a := range adjs {
			if !strings.Contains(a, " ") {
				m[strings.TrimRight(a, ".")] = true
			}
		}
	}
	return m
}()

// countryModified reports whether target (a textnorm key, split in words) renders a term
// "H of C", C a country, as "C's H" or "Cadj H" (the Government of Japan: Japan's
// Government, the Japanese Government), or with the adjective in a coordination that
// shares a plural head ("the Japanese and U.S. Governments", "the U.S. and Japanese
// Governments"): English puts a country before or after its institution, as the sentence
// runs, or names the institutions of two countries at once ("the Governments of Japan and
// the United States"). Another institution of the country ("the Japanese people") is not
// the term.
func countryModified(words []string, tw []string, adjectives map[string][]string) bool {
	of := -1
	for i, w := range tw {
		if w == "of" {
			of = i
			break
		}
	}
	if of < 1 || of == len(tw)-1 {
		return false
	}
	head, country := tw[:of], strings.Join(tw[of+1:], " ")
	mods := append([]string(nil), adjectives[country]...)
	name := strings.TrimPrefix(country, "the ")
	mods = append(mods, name+"'s", name+"’s")
	for i := range words {
		for _, m := range mods {
			mw := strings.Fields(strings.TrimRight(m, ".")) // as paraphrased trims words
			if !wordsAt(words, i, mw) {
				continue
			}
			at := i + len(mw)
			if wordsAt(words, at, head) || pluralAt(words, at, head) {
				return true
			}
			// A coordinated modifier between the adjective and a plural head: "and" or
			// "or" and at most three words.
			if at < len(words) && (words[at] == "and" || words[at] == "or") {
				for k := at + 2; k <= at+4 && k < len(words); k++ {
					if pluralAt(words, k, head) {
						return true
					}
				}
			}
		}
	}
	// The plural head with the country in a coordination after "of": "the Governments of
	// Japan and the United States", "the Governments of the United States and Japan".
	cw := tw[of+1:]
	if len(cw) > 1 && cw[0] == "the" {
		cw = cw[1:]
	}
	for i := range words {
		if !pluralAt(words, i, head) || i+len(head) >= len(words) || words[i+len(head)] != "of" {
			continue
		}
		at := i + len(head) + 1
		for k := at; k <= at+5 && k < len(words); k++ {
			if !wordsAt(words, k, cw) {
				continue
			}
			end := k + len(cw)
			if end < len(words) && (words[end] == "and" || words[end] == "or") || k > at && (words[k-1] == "and" || words[k-1] == "or" || k > at+1 && words[k-2] == "and" && words[k-1] == "the") {
				return true
			}
		}
	}
	return false
}

// wordsAt reports whether words has want at index i.
func wordsAt(words []string, i int, want []string) bool {
	if i+len(want) > len(words) {
		return false
	}
	for k, w := range want {
		if words[i+k] != w {
			return false
		}
	}
	return true
}

// pluralAt reports whether words has want at i with its last word in the plural.
func pluralAt(words []string, i int, want []string) bool {
	n := len(want)
	if n == 0 || i+n > len(words) || !wordsAt(words, i, want[:n-1]) {
		return false
	}
	w, h := words[i+n-1], want[n-1]
	return w == h+"s" || w == h+"es" || strings.HasSuffix(h, "y") && w == h[:len(h)-1]+"ies"
}

// reordered reports whether words has the term tw with its modifiers in another order,
// its "A-based" modifier after the head, or the members of its coordination swapped: "the
// international rules-based order" and "the international order based on rules" for
// "rules-based international order", "partners and allies" for "allies and partners",
// "attempts to unilaterally change" for "unilateral attempts to change" (the adjective
// of a noun followed by its infinitive is an adverb inside the infinitive).
// Modifiers of one head stack in either order in official English, "A-based B" is "B
// based on A" (the rule of law: "an order based on the rule of law"), and the order of
// two members joined by "and" is the writer's. Every word must be there: an order with
// another modifier ("rules-based economic order") is not the term.
func reordered(words, tw []string) bool {
	n := len(tw)
	if n < 3 {
		return false
	}
	head := tw[n-1]
	mods := tw[:n-1]
	for i := 0; i+n <= len(words); i++ {
		if words[i+n-1] != head && !pluralAt(words, i+n-1, []string{head}) {
			continue
		}
		if samePermutation(words[i:i+n-1], mods) {
			return true
		}
	}
	// "unilateral attempts to change": "attempts to unilaterally change".
	for i := 0; i+3 < n; i++ {
		if tw[i+2] != "to" {
			continue
		}
		adv := adverb(tw[i])
		if adv == "" {
			continue
		}
		moved := append(append([]string(nil), tw[:i]...), tw[i+1], "to", adv)
		moved = append(moved, tw[i+3:]...)
		for k := range words {
			if wordsAt(words, k, moved) {
				return true
			}
		}
	}
	for k, w := range tw[1 : n-1] {
		if w != "and" {
			continue
		}
		swapped := append(append(append([]string(nil), tw[k+2:]...), "and"), tw[:k+1]...)
		for i := range words {
			if wordsAt(words, i, swapped) {
				return true
			}
		}
	}
	for b, m := range mods {
		a, ok := strings.CutSuffix(m, "-based")
		if !ok || a == "" {
			continue
		}
		rest := append(append([]string(nil), mods[:b]...), mods[b+1:]...)
		rest = append(rest, head)
		for i := range words {
			if !wordsAt(words, i, rest) && !pluralAt(words, i, rest) {
				continue
			}
			at := i + len(rest)
			if !wordsAt(words, at, []string{"based", "on"}) {
				continue
			}
			at += 2
			if at < len(words) && (words[at] == "the" || words[at] == "a" || words[at] == "an") {
				at++
			}
			if at < len(words) && sameNumber(words[at], a) {
				return true
			}
		}
	}
	return false
}

// adverb returns the adverb of an English adjective in -al, -ic, -ive, -ous, -ful, -le,
// -ent or -ant (unilateral: unilaterally), or "" for another word.
func adverb(adj string) string {
	switch {
	case strings.HasSuffix(adj, "ic"):
		return adj + "ally"
	case strings.HasSuffix(adj, "ble") || strings.HasSuffix(adj, "ple"):
		return adj[:len(adj)-1] + "y"
	case strings.HasSuffix(adj, "al") || strings.HasSuffix(adj, "ive") || strings.HasSuffix(adj, "ous") ||
		strings.HasSuffix(adj, "ful") || strings.HasSuffix(adj, "ent") || strings.HasSuffix(adj, "ant"):
		return adj + "ly"
	}
	return ""
}

// samePermutation reports whether a and b hold the same words in another order ("rule-based"
// and "rules-based" alike: sameBased).
func samePermutation(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	used := make([]bool, len(b))
	same := true
	eq := func(x, y string) bool { return x == y || sameBased(x, y) }
	for i, w := range a {
		if !eq(w, b[i]) {
			same = false
		}
		found := false
		for k, x := range b {
			if !used[k] && eq(x, w) {
				used[k], found = true, true
				break
			}
		}
		if !found {
			return false
		}
	}
	return !same
}

// sameNumber reports whether a and b are one noun, either in the singular or plural.
func sameNumber(a, b string) bool {
	return a == b || a+"s" == b || b+"s" == a || a+"es" == b || b+"es" == a
}

// sameBased reports whether a and b are one "A-based" modifier with A in either number:
// "rule-based" and "rules-based" order alike.
func sameBased(a, b string) bool {
	pa, oka := strings.CutSuffix(a, "-based")
	pb, okb := strings.CutSuffix(b, "-based")
	return oka && okb && pa != "" && sameNumber(pa, pb)
}

// jaCoordinatedTerm reports whether text has an allowed Japanese term of the group that
// coordinates two members (同盟国・パートナー国) written with another coordinator
// (同盟国及びパートナー国, 同盟国とパートナー国), or with a katakana member without its
// classifier 国 (同盟国及びパートナー), or its members in the other order (パートナー国及び
// 同盟国): the coordinator of a pair is the writer's choice,
// and a loanword that names countries (パートナー, ホスト) takes 国 or not. The member
// must end there: パートナーシップ is another word.
func jaCoordinatedTerm(text string, group []match.Occurrence, lang string) bool {
	for _, g := range group {
		for _, t := range g.Concept.Terms[lang] {
			if !t.Status.Allowed() {
				continue
			}
			a, c, b := splitCoordination(t.Text)
			if c == "" {
				continue
			}
			bs := []string{b}
			if s, ok := classifierDropped(b); ok {
				bs = append(bs, s)
			}
			for _, c2 := range jaConjunctions {
				for _, b2 := range bs {
					if (c2 != c || b2 != b) && jaPairIn(text, a+c2+b2, b2) || jaPairIn(text, b2+c2+a, a) {
						return true
					}
				}
			}
		}
	}
	return false
}

// jaPairIn reports whether text has w, a pair that ends with last, and no more of last's
// word after it (パートナーシップ is not パートナー).
func jaPairIn(text, w, last string) bool {
	for rest := text; ; {
		k := strings.Index(rest, w)
		if k < 0 {
			return false
		}
		rest = rest[k+len(w):]
		lr, _ := utf8.DecodeLastRuneInString(last)
		if next, _ := utf8.DecodeRuneInString(rest); rest == "" || !sameScript(lr, next) {
			return true
		}
	}
}

// jaConjunctions join the two members of a pair ("A and B"; not 又は, "or"). 及び and 並びに
// are the kanji of official drafting; press releases and ministers' statements often
// write them in kana (および, ならびに), the same words.
var jaConjunctions = []string{"及び", "並びに", "・", "と", "や", "および", "ならびに"}

// splitCoordination splits a Japanese term at its one coordinator, each member two
// characters or more, or returns c == "".
func splitCoordination(term string) (a, c, b string) {
	for _, co := range jaConjunctions[:3] { // と and や are also inside words (トランプ)
		i := strings.Index(term, co)
		if i < 0 || strings.Count(term, co) != 1 {
			continue
		}
		a, b = term[:i], term[i+len(co):]
		if utf8.RuneCountInString(a) >= 2 && utf8.RuneCountInString(b) >= 2 {
			return a, co, b
		}
	}
	return "", "", ""
}

// countryNames are the English names and adjectives of the countries of countryInitials,
// as textnorm keys them.
var countryNames = map[rune][]string{
	'日': {"japan", "japanese"},
	'米': {"united states", "u.s.", "america", "american"},
	'韓': {"republic of korea", "rok", "south korea", "korea", "korean"},
	'豪': {"australia", "australian"},
	'中': {"china", "chinese", "prc"},
	'英': {"united kingdom", "u.k.", "uk", "britain", "british"},
	'仏': {"france", "french"},
	'独': {"germany", "german"},
	'印': {"india", "indian"},
	'露': {"russia", "russian"},
	'比': {"philippines", "philippine"},
	'加': {"canada", "canadian"},
	'伊': {"italy", "italian"},
	'蘭': {"netherlands", "dutch"},
	'越': {"vietnam", "viet nam", "vietnamese"},
	'台': {"taiwan"},
	'朝': {"north korea", "dprk"},
}

// countriesNamed reports whether a Japanese source term made only of two or more country
// initials (日米豪印, the Quad) is rendered by an English target that names each of its
// countries ("Australia, India, Japan, and the United States"): each kanji of the
// compound stands for its country, and an official translation may list them where the
// glossary has a name for the group. tgtKey is the target's textnorm key.
func countriesNamed(term, tgtKey string) bool {
	n := 0
	for _, r := range term {
		if _, ok := countryNames[r]; !ok {
			return false
		}
		n++
	}
	if n < 2 {
		return false
	}
	words := " " + strings.Join(strings.FieldsFunc(tgtKey, func(r rune) bool {
		return r == ' ' || r == ',' || r == ';' || r == ':' || r == '(' || r == ')' || r == '"' || r == '“' || r == '”'
	}), " ") + " "
	for _, r := range term {
		found := false
		for _, name := range countryNames[r] {
			if strings.Contains(words, " "+name+" ") || strings.Contains(words, " "+name+". ") || strings.Contains(words, " "+name+"'s ") || strings.Contains(words, " "+name+"’s ") {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// insideModifiedTerm reports whether the Japanese source term at o is the X of a longer
// term XのY of another concept with an adjective between の and Y (軍事力の急速な増強: the
// term 軍事力の増強, "military buildup") and the target has that concept: the source then
// names the longer concept, as modifiedHead reads a target, and X is part of it.
func (l *Linter) insideModifiedTerm(src string, o match.Occurrence, lang string, tgtHas, nestedHas *conceptSet) bool {
	rest, ok := strings.CutPrefix(src[o.End:], "の")
	if !ok {
		return false
	}
	n := 0
	for i, r := range rest {
		if (r == 'な' || r == 'の') && n >= 1 {
			rest = rest[i+utf8.RuneLen(r):]
			break
		}
		if n >= 4 || script(r) != 1 {
			return false
		}
		n++
	}
	if n == 0 || len(rest) == 0 {
		return false
	}
	if len(rest) > 60 {
		k := 60
		for k > 0 && !utf8.RuneStart(rest[k]) {
			k--
		}
		rest = rest[:k]
	}
	head := src[o.Start:o.End] + "の"
	for _, m := range l.m.FindLang(head+rest, lang) {
		if m.Start == 0 && m.End > len(head) && (tgtHas.has(m.Concept) || nestedHas.has(m.Concept)) {
			return true
		}
	}
	return false
}

// keptAsWritten reports whether the source term at o, of a concept kept as written
// (translate: false), is written the same in the target language: the concept's
// acronym or Latin name (NPT), which the translation must contain. A term in the source
// language's own words (核兵器不拡散条約) is translated like any other, by any term of
// the concept in the target language.
func keptAsWritten(o match.Occurrence, targetLang string) bool {
	key := ""
	for _, t := range o.Concept.Terms[targetLang] {
		if t.Text == o.Term.Text {
			return true
		}
		if key == "" {
			key = textnorm.Key(o.Term.Text)
		}
		if textnorm.Key(t.Text) == key {
			return true
		}
	}
	return false
}

// crossedByTerm reports whether another glossary term starts inside the Japanese source
// term at o and ends after it (防衛力 across the end of 日本の防衛 in 日本の防衛力): the
// term's last characters then begin another word, which the translation renders
// ("Japan's defense capabilities"), and the source does not use the term.
func (l *Linter) crossedByTerm(src string, o match.Occurrence, lang string, tgtHas, nestedHas *conceptSet) bool {
	end := o.End + 48
	if end > len(src) {
		end = len(src)
	}
	for end < len(src) && !utf8.RuneStart(src[end]) {
		end++
	}
	if end == o.End {
		return false
	}
	n := o.End - o.Start
	for _, m := range l.m.AppendNested(nil, src[o.Start:end], lang) {
		if m.Start > 0 && m.Start < n && m.End > n && (tgtHas.has(m.Concept) || nestedHas.has(m.Concept)) {
			return true
		}
	}
	return false
}

// romanNumerals are the Roman numerals of 1 to 20, as textnorm keys them.
var romanNumerals = []string{"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
	"xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"}

// sameNumeral reports whether a and b are one number, one in Roman and one in Arabic
// numerals: "Article 5" is "Article V" (official English numbers a treaty's articles
// either way).
func sameNumeral(a, b string) bool {
	n, err := strconv.Atoi(a)
	if err != nil {
		if n, err = strconv.Atoi(b); err != nil {
			return false
		}
		a, b = b, a
	}
	return n >= 1 && n <= len(romanNumerals) && b == romanNumerals[n-1] && a != b
}

// partyCountWords are the English adjectives that count the parties of a compound of
// country names ("Japan-ROK bilateral relations", "U.S.-Japan-ROK trilateral
// cooperation"), by the number of names.
var partyCountWords = map[int]string{2: "bilateral", 3: "trilateral"}

// partyCountAdded reports whether the English target, a textnorm key, renders an allowed
// term of the group that opens with a compound of country names ("Japan-ROK relations")
// for a Japanese source term that opens with as many country initials (日韓関係), with the
// adjective that counts the parties between the compound and the rest: "Japan-ROK
// bilateral relations". English may restate the number of states the compound names, as
// Japanese may write 日米二国間の; the adjective adds nothing the compound does not say. A
// count that differs from the compound's ("Japan-ROK trilateral relations") is not the
// term, nor is the adjective without the compound.
func partyCountAdded(found, tgtKey string, group []match.Occurrence, lang string) bool {
	n := utf8.RuneCountInString(leadingInitials(found))
	adj := partyCountWords[n]
	if adj == "" {
		return false
	}
	words := strings.Fields(tgtKey)
	for i, w := range words {
		words[i] = strings.Trim(w, wordPunct)
	}
	return termWords(group, lang, func(tw []string) bool {
		if len(tw) < 2 || strings.Count(tw[0], "-")+1 != n {
			return false
		}
		want := append([]string{tw[0], adj}, tw[1:]...)
		for i := range words {
			if wordsAt(words, i, want) || pluralAt(words, i, want) {
				return true
			}
		}
		return false
	})
}

// countryAdjectiveInCompound reports whether the Japanese source term found at o, a
// country's name, modifies the noun written against it in one compound (韓国国民,
// 豪州政府) and the English target, a textnorm key, has the country's adjective
// (countryAdjectives) as a word of its own: "Korean citizens" for 韓国国民. English
// names a country's people or things by the adjective where Japanese compounds the name.
// The name standing alone (韓国は) needs the name, and an adjective after "north" or
// "south" of another country ("North Korean") is not this country's.
func countryAdjectiveInCompound(src string, o match.Occurrence, tgtKey string, group []match.Occurrence, lang string) bool {
	if o.End >= len(src) || !compoundedAfter(src, o.End) {
		return false
	}
	words := strings.Fields(tgtKey)
	for i, w := range words {
		words[i] = strings.Trim(w, wordPunct)
	}
	return termWords(group, lang, func(tw []string) bool {
		name := strings.Join(tw, " ")
		adjs := countryAdjectives[name]
		if adjs == nil {
			adjs = countryAdjectives["the "+name]
		}
		for _, a := range adjs {
			aw := strings.Fields(strings.TrimRight(a, "."))
			for i := range words {
				if wordsAt(words, i, aw) && (i == 0 || words[i-1] != "north" && words[i-1] != "south" || len(aw) > 1) {
					return true
				}
			}
		}
		return false
	})
}
