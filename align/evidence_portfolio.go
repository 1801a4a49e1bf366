package align

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossterm/gloss/align/internal/jaterm"
	"github.com/glossterm/gloss/align/internal/paren"
	"github.com/glossterm/gloss/internal/morph"
)

// A post with several portfolios, and the state a Japanese post names.
//
// A minister may hold several portfolios: Japanese joins them by middle dots before the
// one head noun (外務・EU・協力大臣), English by commas and a last "and" after the one head
// ("Minister for Foreign Affairs, European Union and Cooperation"). In the parenthetical
// after a person's name (…・アルバレス・スペイン外務・EU・協力大臣(H.E. Mr. José Manuel
// ALBARES, Minister for Foreign Affairs, European Union and Cooperation)) the post is then
// what follows the first comma, not the last, and the Japanese post spans the middle dots
// after the name's last katakana word; the two sides hold as many portfolios. Two
// portfolios are joined by "and" alone (Minister of Economy and Maritime Affairs), and the
// surname may be written against the first portfolio with no middle dot (…・ロペス経済・
// 海洋大臣): a katakana word that a word of the English name sounds like opens no post.
//
// A Japanese post that opens with the name of its state (スペイン外務大臣) and a
// parenthetical that leaves the state out: the translation writes the state in an
// of-phrase after the post ("… and Cooperation of Spain"), which renders the place name
// the Japanese post opens with, and the post with it is the whole rendering of the
// Japanese post.

// portfolioPost pairs a post with portfolios joined by middle dots with the post a
// parenthetical after the person's name writes after the first comma, its portfolios
// joined by commas and "and"; at review, as postParens.
func (r *run) portfolioPost(s *sentence, p paren.Paren) {
	person, post, parts, ok := personPortfolios(p.Inner)
	if !ok {
		return
	}
	ja, chunks := portfolioBefore(s.text[:p.Open])
	if ja == "" || chunks != parts {
		return
	}
	toks := morph.Tokenize(ja)
	if _, first := personWordsHeard(person, toks); first || r.unglossedName(toks) {
		// the surname written against the first portfolio with no middle dot
		// (…・ロペス経済・海洋大臣): the name's, not the post's; the rest of that word
		// opens the post
		if len(toks) < 2 || !unicode.Is(unicode.Han, firstRune(toks[1].Surface)) {
			return
		}
		ja, toks = ja[toks[0].End:], toks[1:]
	}
	if !r.glossedIn(toks, post) {
		return
	}
	r.add(ja, post, Evidence{Type: EvPostParen, Doc: s.doc, Line: s.line, Quote: quote(s.text),
		Detail: "the post after the name, its portfolios joined by middle dots and, in the parenthetical after the name and a comma, by commas and and"})
	r.statePost(s, ja, toks, post)
	r.postLessState(s, ja, toks, post)
}

// postLessState pairs a Japanese post that opens with its state (仏外務大臣, スペイン外務大臣,
// ドイツ連邦共和国首相: a country's name and the words of its form up to 国) with the English post that ends in that state's of-phrase ("Minister
// for Foreign Affairs of the French Republic") each without its state: the state is said
// on both sides, and what is left on both is the post itself, as a post that names no state
// is rendered without the of-phrase (see postParens); at review.
func (r *run) postLessState(s *sentence, ja string, toks []morph.Token, post string) {
	if len(toks) < 2 || !oneWordState(toks[0]) {
		return
	}
	end := 1 // the state: its name and the words of its form up to 国 (ドイツ連邦共和国)
	for k := 1; k < len(toks); k++ {
		if strings.HasSuffix(toks[k].Surface, "国") {
			end = k + 1
		}
	}
	if end >= len(toks) || !unicode.Is(unicode.Han, firstRune(toks[end].Surface)) {
		return
	}
	for _, t := range toks[end:] {
		if oneWordState(t) {
			return // a second state: the post of a union or of two states
		}
	}
	bare, ok := withoutState(post)
	if !ok {
		return
	}
	// ja ends with its last token; a caller's tokens may be a slice of a longer text's, so
	// their offsets count from that text's start, and only their differences hold for ja
	rest := ja[len(ja)-(toks[len(toks)-1].End-toks[end].Start):]
	r.add(rest, bare, Evidence{Type: EvPostParen, Doc: s.doc, Line: s.line, Quote: quote(s.text),
		Detail: "the post after the name, its state left out on both sides: the word that opens the Japanese and the of-phrase that ends the English"})
}

// personWordsHeard reports whether the first katakana token of a post sounds like a word of
// the English person's name: the name's last word, not a portfolio.
func personWordsHeard(person string, toks []morph.Token) (string, bool) {
	if len(toks) == 0 || !jaterm.IsKatakana(toks[0].Surface) {
		return "", false
	}
	for _, w := range strings.Fields(person) {
		if soundsLikeName(strings.Trim(w, "."), toks[:1]) {
			return w, true
		}
	}
	return "", false
}

// personPortfolios splits a parenthetical "a person's name, a post with portfolios"
// (H.E. Mr. John Smith, Minister for Trade, Industry and Energy) at its first comma: a name
// of 2 to maxPersonWords capitalized words, then portfolios joined by commas and a last
// "and", or two by "and" alone, each a capitalized name or word, none a state's formal name (", the Kingdom of
// Spain" after a post names its state, not a portfolio). parts is the number of portfolios.
func personPortfolios(inner string) (person, post string, parts int, ok bool) {
	i := strings.Index(inner, ", ")
	if i <= 0 {
		return "", "", 0, false
	}
	person, post = strings.TrimSpace(inner[:i]), strings.TrimSpace(inner[i+2:])
	ws := strings.Fields(person)
	if len(ws) < 2 || len(ws) > maxPersonWords || strings.ContainsAny(person, ";:()") {
		return "", "", 0, false
	}
	for _, w := range ws {
		if c, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(c) {
			return "", "", 0, false
		}
	}
	items := strings.Split(post, ", ")
	last, tail, and := strings.Cut(items[len(items)-1], " and ")
	if !and || strings.Contains(tail, " and ") {
		return "", "", 0, false
	}
	items = append(items[:len(items)-1], last, tail)
	for k, it := range items {
		w, _, _ := strings.Cut(strings.TrimPrefix(it, "the "), " ")
		if k > 0 && (strings.HasPrefix(it, "The ") || strings.HasPrefix(it, "the ") || stateHeads[w]) {
			return "", "", 0, false
		}
		if !capitalItem(it) {
			return "", "", 0, false
		}
	}
	if len(capitalNames(items[0])) != 1 {
		return "", "", 0, false // the head and its first portfolio: a post's name
	}
	return person, post, len(items), true
}

// capitalItem reports whether s is one capitalized word of letters or a capitalized name
// as a whole (European Union, Foreign Affairs).
func capitalItem(s string) bool {
	if !strings.Contains(s, " ") {
		c, _ := utf8.DecodeRuneInString(s)
		return unicode.IsUpper(c) && strings.IndexFunc(s, func(c rune) bool { return !unicode.IsLetter(c) }) < 0
	}
	names := capitalNames(s)
	return len(names) == 1 && names[0][0].start == 0 && names[0][len(names[0])-1].end == len(s)
}

// portfolioBefore returns the post that ends text after a person's name in katakana words
// joined by middle dots, itself in words joined by middle dots (…・アルバレス・スペイン外務・
// EU・協力大臣): the words after the last word that ends in katakana (the name's, or the
// name's first when the surname opens the first portfolio's word), each of kanji, katakana and
// Latin letters, each with a letter that is no katakana (a name's words are katakana
// only), the last ending in kanji, and their number; "" when text does not end so.
func portfolioBefore(text string) (string, int) {
	words := strings.Split(text, "・")
	if len(words) < 3 {
		return "", 0
	}
	start := len(words)
	for start > 1 && !endsInKatakana(words[start-1]) {
		start--
	}
	n := len(words) - start
	if n < 2 || start < 1 || !endsInKatakana(words[start-1]) || nameBefore(strings.Join(words[:start], "・")+"・") == "" {
		return "", 0
	}
	for _, w := range words[start:] {
		if w == "" {
			return "", 0
		}
		for _, c := range w {
			if !(isKatakanaRune(c) || unicode.Is(unicode.Han, c) || isLatinLetter(c)) {
				return "", 0 // a particle or a punctuation mark: no compound
			}
		}
	}
	last, _ := utf8.DecodeLastRuneInString(words[len(words)-1])
	if !unicode.Is(unicode.Han, last) {
		return "", 0
	}
	return strings.Join(words[start:], "・"), n
}

// unglossedName reports whether a post opens with a katakana word that is neither a place
// nor a word the lexicon knows: a surname the English spells beyond hearing (a Romance
// name's G before e or i), not a katakana portfolio (エネルギー) or a state (スペイン).
func (r *run) unglossedName(toks []morph.Token) bool {
	return len(toks) > 0 && jaterm.IsKatakana(toks[0].Surface) && !placeName(toks[0]) && len(r.partEntries(toks[0].Surface)) == 0
}

// endsInKatakana reports whether s ends in a katakana letter: the last word of a name
// written in katakana (…約35分間、マリア), not a post (ロペス経済).
func endsInKatakana(s string) bool {
	c, _ := utf8.DecodeLastRuneInString(s)
	return isKatakanaRune(c)
}

// firstRune returns the first letter of s.
func firstRune(s string) rune {
	c, _ := utf8.DecodeRuneInString(s)
	return c
}

// statePost pairs the Japanese post ja, whose tokens toks open with a place name, with
// the English post and the of-phrase after it in the aligned English of the sentence s,
// where the parenthetical's post names no state and the of-phrase renders that place name
// (スペイン外務大臣 = "Minister for Foreign Affairs of Spain"); at review.
func (r *run) statePost(s *sentence, ja string, toks []morph.Token, post string) {
	if s.bitext < 0 || len(toks) < 2 || !placeName(toks[0]) {
		return
	}
	if _, ok := withoutState(post); ok {
		return // the parenthetical names the state already
	}
	en := r.bitext[s.bitext].EN
	k := strings.Index(en, post+" of ")
	if k < 0 {
		return
	}
	rest := en[k+len(post+" of "):]
	var ws []string
	for _, w := range strings.Fields(rest) {
		bare := strings.TrimRight(w, ",;:)")
		if strings.HasSuffix(bare, ".") && strings.Count(bare, ".") == 1 {
			bare = strings.TrimSuffix(bare, ".") // a sentence's full stop, not an abbreviation's (U.S.)
		}
		c, _ := utf8.DecodeRuneInString(bare)
		if !(unicode.IsUpper(c) || len(ws) == 0 && bare == "the") {
			break
		}
		ws = append(ws, bare)
		if bare != w {
			break // a punctuation mark ends the phrase
		}
	}
	state := strings.Join(ws, " ")
	if state == "" || state == "the" || !strings.HasPrefix(rest, state) || !r.rendersPlace(toks[0], state) {
		return
	}
	seg := r.bitext[s.bitext]
	r.add(ja, post+" of "+state, Evidence{Type: EvPostParen, Doc: seg.Doc, Line: seg.Line, Quote: quote(seg.EN),
		Detail: "the parenthetical's post, and the of-phrase of the state the Japanese post opens with in the translation"})
}

// rendersPlace reports whether the English name en renders the place name t: a gloss of t
// in its words, or a word of it that t sounds like (スペイン = Spain).
func (r *run) rendersPlace(t morph.Token, en string) bool {
	if r.glossHeld(t.Surface, wordSet(en), "") {
		return true
	}
	for _, w := range strings.Fields(en) {
		if c, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(c) && soundsLikeName(w, []morph.Token{t}) {
			return true
		}
	}
	return false
}

// oneWordState reports whether t is a state's name in one word: kagome's country (スペイン,
// 仏) or a one-letter abbreviation of a party (英, 豪), not a region (欧州).
func oneWordState(t morph.Token) bool {
	return placeName(t) && t.POSAt(3) == "国" || countryAbbrev[t.Surface]
}
