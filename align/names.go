package align

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossterm/gloss/align/internal/jaterm"
	"github.com/glossterm/gloss/internal/lexicon"
	"github.com/glossterm/gloss/internal/morph"
	"github.com/glossterm/gloss/internal/translit"
)

// Names in title case are one unit.
//
// A Japanese name often leaves out a word its English name writes: 防衛計画の大綱 is the
// "National Defense Program Guidelines", 日米安全保障条約 the "U.S.-Japan Treaty of Mutual
// Cooperation and Security". The parts of the Japanese then explain a piece of the English
// name only, and the best span is a cut name ("Defense Program Guidelines", "U.S.-Japan
// Treaty") that no text writes as a term. English names put the modifiers the Japanese
// leaves out before the head (National) or in a postmodifier with of or for after it; the
// head itself is what the Japanese head renders. So a rendering that stands inside a run of
// capitalized words is widened to the whole name: to the left over capitalized words that
// are neither function words nor possessors (the possessor names the owner, not the name:
// "Japan's National Defense Program Guidelines"), to the right over an of or for phrase
// whose content words are capitalized; a name that holds an of-phrase already is not
// widened over a second one, which names the state or body the office belongs to ("Minister
// of Defense" of Japan), as a possessor does on the left. A capitalized word right after the head with no
// preposition starts another head ("Strategic Dialogue Joint Statement") and ends the
// name. The widened rendering explains fewer words than the cut one, and is proposed at
// most for review, unless its parts explain every word.

// postName matches an of or for phrase of capitalized words after a name's head: " of
// Mutual Cooperation and Security".
var postName = regexp.MustCompile(`^(?: (?:of|for)(?: (?:and )?[A-Z][A-Za-z.’'-]*[A-Za-z.])+)+`)

// wholeName returns the option for the whole name of which o's rendering is a part in the
// English sentence of segment seg, or false when the rendering is no cut name.
func (r *run) wholeName(jc *jaCand, cs []constituent, nonAffix int, o option, seg int) (option, bool) {
	sentence := r.bitext[seg].EN
	surf := o.g.Surface
	if !titleCase(surf) {
		return option{}, false
	}
	at := strings.Index(sentence, surf)
	if at < 0 {
		return option{}, false
	}
	start, end := at, at+len(surf)
	if end < len(sentence) {
		if c, _ := utf8.DecodeRuneInString(sentence[end:]); unicode.IsLetter(c) || c == '-' {
			return option{}, false // inside a word
		}
	}
	before := tokensBefore(r.bitext[seg].JA, jc.text) // kagome's reading of the Japanese before the term
	titled := nameAfterTitle(before, sentence[end:])
	var persons []morph.Token // with titled: the names of the segment, which end a title to the left
	if titled {
		for _, t := range tokenize(r.bitext[seg].JA) {
			if personStart(t) {
				persons = append(persons, t)
			}
		}
	}
	for start > 1 && sentence[start-1] == ' ' && (titled || !modifiedJA(r.bitext[seg].JA, jc.text)) {
		j := strings.LastIndexAny(sentence[:start-1], " \t(“\"") + 1
		w := sentence[j : start-1]
		if countryPair(w) && !namesParties(cs) {
			// a hyphenated pair of countries before a name says the parties of the
			// meeting or the agreement, which Japanese leaves to the context: a term that
			// names no country is the name after them (外相会談 = Foreign Ministers'
			// Meeting of "a Japan-Philippines Foreign Ministers' Meeting")
			break
		}
		if titled && demonym(w) && !namesState(jc.units) {
			// a country's adjective opening a person's title says the state the post
			// belongs to ("Japanese Minister of Defense Sato" for 佐藤防衛大臣), as a
			// possessor does: Japanese names the post without it, and a term that names
			// no state is the post alone
			break
		}
		if participialCompound(w) {
			break // a reduced relative clause before the name (see participialCompound)
		}
		if !nameWord(w) || titled && soundsLikeName(w, persons) {
			// (a list of titled persons: "Minister for Foreign Affairs Kishida Minister
			// of Defense Onodera" — the name ends the title before it)
			break
		}
		start = j
	}
	if start < at && countryOwned(before) && !possessorBefore(sentence[:start]) {
		// the name's first word renders the country the Japanese names before the term
		// with の (フランスの … = the French …), a phrase outside the term
		start += strings.IndexByte(sentence[start:], ' ') + 1
	}
	if m := postName.FindString(sentence[end:]); m != "" {
		if !(strings.Contains(surf, " of ") && strings.HasPrefix(m, " of ")) {
			end += len(dateCut(m))
		} else if g := r.en.Lookup(sentence[start : end+len(dateCut(m))]); g != nil && r.bitEN[seg][g.Key] {
			// a name that holds its of-phrase already is whole: a second of-phrase names
			// the state or body the named office belongs to ("Minister of Defense" of
			// Japan), as a possessor does on the left, not a part of the name; the name
			// with it is a rendering for review beside it (the name of a post may keep
			// its country: Prime Minister of Japan)
			b := r.bitext[seg]
			r.add(jc.text, g.Surface, Evidence{Type: EvBitext, Doc: b.Doc, Line: b.Line, Quote: quote(b.EN),
				Detail: "the whole name, " + surf + " and the phrase after it"})
		}
	}
	if start == at && end == at+len(surf) {
		return option{}, false
	}
	g := r.en.Lookup(sentence[start:end])
	if g == nil || !r.bitEN[seg][g.Key] {
		return option{}, false // longer than the n-grams indexed
	}
	if w, ok := r.rate(jc, cs, nonAffix, g, true); ok {
		w.titled = titled && start < at
		return w, true
	}
	w := o
	w.g = g
	added := max(0, len(g.Words)-len(o.g.Words))
	w.full, w.ue, w.unexpl = false, o.ue+added, o.unexpl+added
	w.titled = titled && start < at
	// a full rendering widened on the left by "Japan" alone is the whole name of a Japanese
	// body ("Japan Maritime Self Defense Force" for 海上自衛隊): Japanese names its own
	// country's bodies without the country, English with it; the name is proposed, for
	// review, as it is no explained phrase. The name of one body takes the article ("the
	// Japan …"): after another word "Japan" ends a phrase of its own ("V4 plus Japan
	// Exchange Year")
	w.owned = o.full && end == at+len(surf) && sentence[start:at] == "Japan " && articleBefore(sentence[:start])
	return w, true
}

// articleBefore reports whether an English text ends in the definite article and a space.
func articleBefore(s string) bool {
	return strings.HasSuffix(s, " the ") || s == "the " || strings.HasSuffix(s, " The ") || s == "The "
}

// calendarWords are the capitalized words of a date: a name's postmodifier never holds one.
var calendarWords = map[string]bool{"January": true, "February": true, "March": true, "April": true, "May": true,
	"June": true, "July": true, "August": true, "September": true, "October": true, "November": true, "December": true,
	"Jan.": true, "Feb.": true, "Mar.": true, "Apr.": true, "Jun.": true, "Jul.": true, "Aug.": true, "Sep.": true,
	"Sept.": true, "Oct.": true, "Nov.": true, "Dec.": true, "Monday": true, "Tuesday": true, "Wednesday": true,
	"Thursday": true, "Friday": true, "Saturday": true, "Sunday": true}

// dateCut returns the of/for phrases of m (a match of postName) before the first that
// names a month or a day of the week: English capitalizes them, but "of March 16" dates
// what the name's head did ("the order of the International Court of Justice of March
// 16"), it does not name the body, so the name ends before it.
func dateCut(m string) string {
	end := 0
	for end < len(m) {
		next := len(m)
		for _, p := range []string{" of ", " for "} {
			if k := strings.Index(m[end+1:], p); k >= 0 && end+1+k < next {
				next = end + 1 + k
			}
		}
		phrase := m[end:next]
		for _, w := range strings.Fields(phrase) {
			if calendarWords[w] {
				return m[:end]
			}
		}
		end = next
	}
	return m
}

// modifiedJA reports whether the Japanese term is written right after a noun in the
// segment (日米豪閣僚級戦略対話 共同ステートメント): the capitalized words before its English
// render that noun, a name of its own ("Trilateral Strategic Dialogue Joint Statement"),
// not a word the term leaves out. After a particle (日本の防衛計画の大綱) or at the start,
// nothing renders them, but for a country's adjective after its name and の (see
// countryOwned).
func modifiedJA(ja, term string) bool {
	at := strings.Index(ja, term)
	if at < 0 {
		return true
	}
	before := strings.TrimRight(ja[:at], " 　")
	c, _ := utf8.DecodeLastRuneInString(before)
	// (a katakana noun may end in the long-vowel mark ー, which Unicode files under no script)
	// (a quotation closed right before the term, 「V4+日本」交流年, is a noun phrase that
	// modifies it too: "V4 plus Japan Exchange Year")
	return before != "" && (unicode.Is(unicode.Han, c) || unicode.Is(unicode.Katakana, c) || c == 'ー' || unicode.IsLetter(c) && c < 0x3000 || unicode.IsDigit(c) || c == '」' || c == '』')
}

// nameAfterTitle reports whether the noun right before the Japanese term is a person's
// name (kagome's 人名, or katakana) that the English writes right after the term's
// rendering, heard as that name (ショルツ首相 = "Federal Chancellor Scholz"): Japanese puts a
// title after the name, English before it, so the capitalized words before the rendering
// are the title's own, not the rendering of the noun before the term.
func nameAfterTitle(toks []morph.Token, after string) bool {
	k := len(toks)
	for k > 0 && (personStart(toks[k-1]) || toks[k-1].Surface == "・") {
		k--
	}
	if k == len(toks) || !namedPerson(toks[k:]) {
		return false
	}
	ws := strings.Fields(after)
	if len(ws) == 0 {
		return false
	}
	w := strings.TrimRight(ws[0], ",;:.")
	w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
	return capitalized(w) && !lexicon.IsStop(strings.ToLower(w)) && (soundsLikeName(w, toks[k:]) || sameInitial(w, toks[len(toks)-1]))
}

// sameInitial reports whether an English word opens with the letter that opens the
// romanized reading of a name's token: a name heard too loosely for soundsLikeName
// (ショルツ = Scholz, the German sch for シ), which the title before it confirms.
func sameInitial(w string, t morph.Token) bool {
	kana := t.Reading
	if jaterm.IsKatakana(t.Surface) {
		kana = t.Surface
	}
	ro := strings.TrimSpace(translit.Romaji(kana))
	return ro != "" && w != "" && strings.ToLower(w)[0] == ro[0]
}

// countryOwned reports whether the Japanese term is written right after a country's name
// and the particle の (フランスの国家戦略レビュー): English renders that phrase as a possessor
// ("France's") or as the country's adjective before the name ("the French National
// Strategic Review"), a word of the sentence that is no part of the term's rendering.
func countryOwned(toks []morph.Token) bool {
	n := len(toks)
	if n < 2 || toks[n-1].Surface != "の" || toks[n-1].POSAt(0) != "助詞" {
		return false
	}
	c := toks[n-2]
	return c.POSAt(1) == "固有名詞" && c.POSAt(2) == "地域" && c.POSAt(3) == "国"
}

// tokensBefore is kagome's reading of the Japanese text ja before the first place it
// writes term (nil where it does not write it).
func tokensBefore(ja, term string) []morph.Token {
	at := strings.Index(ja, term)
	if at < 0 {
		return nil
	}
	return tokenize(ja[:at])
}

// possessorBefore reports whether the text ends in a possessor and a space ("Japan's "):
// the possessor renders the country, and the capitalized words after it are the name's.
func possessorBefore(text string) bool {
	w := strings.TrimRight(text, " ")
	if k := strings.LastIndexAny(w, " \t(“\""); k >= 0 {
		w = w[k+1:]
	}
	lw := strings.ToLower(w)
	for _, e := range []string{"'s", "’s", "s'", "s’"} {
		if strings.HasSuffix(lw, e) {
			return true
		}
	}
	return false
}

// nameWord reports whether a written word continues a name to the left: capitalized, a
// content word, no possessor, with no punctuation after it.
func nameWord(w string) bool {
	c, _ := utf8.DecodeRuneInString(w)
	if w == "" || !unicode.IsUpper(c) || lexicon.IsStop(strings.ToLower(w)) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(w)
	if !unicode.IsLetter(last) && !(last == '.' && strings.Count(w, ".") > 1) {
		return false // a comma or a colon ends the phrase; U.S. keeps its period
	}
	lw := strings.ToLower(w)
	for _, e := range []string{"'s", "’s", "s'", "s’"} {
		if strings.HasSuffix(lw, e) {
			return false
		}
	}
	return true
}

// namesParties reports whether a part of the term names countries (日比, 米韓, 日・豪).
func namesParties(cs []constituent) bool {
	for _, c := range cs {
		if !c.affix && partyPart(c) {
			return true
		}
	}
	return false
}

// demonym reports whether an English word is the adjective of a country whose one-word
// name countryNames holds: the name's stem and an ending (Japan-ese, Australia-n, Korea-n,
// Chin-ese, German-y), or the name without its plural s (Philippine).
func demonym(w string) bool {
	if !capitalized(w) || englishCountry[w] {
		return false
	}
	for c := range englishCountry {
		if demonymOf(w, c) {
			return true
		}
	}
	return false
}

// demonymOf reports whether w, a capitalized word other than c, is the adjective of the
// one-word country name c, as demonym reads it.
func demonymOf(w, c string) bool {
	if len(c) < 4 || strings.ContainsAny(c, ". ") || strings.ToUpper(c) == c {
		return false
	}
	n := 0
	for n < len(c) && n < len(w) && c[n] == w[n] {
		n++
	}
	return n >= 4 && n >= len(c)-1
}
