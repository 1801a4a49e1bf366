package lint

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/match"
)

// modifierOfCompound reports whether the source term at o modifies a longer noun compound
// that the glossary does not have: its head is followed at once by another noun of the same
// compound. 日本の防衛 in 日本の防衛計画の大綱 ("National Defense Program Guidelines"), "National
// Defense" in "National Defense Program Guidelines", "regional security" in "regional
// security cooperation": the compound is translated as a whole, often as a fixed name, and
// the term's own rendering need not appear in it, so the scope rule (missing-term fires
// only where the text uses the term itself, not a longer word containing it) exempts it.
//
// Japanese asks kagome: the morpheme right after the term is a noun that continues a
// compound (名詞 一般, サ変接続, 固有名詞 or 形容動詞語幹; not a suffix such as 的, 力 or 上,
// which makes a derived word of the term itself, nor a particle), and the term's head is
// not a proper noun: a name keeps its referent inside a compound (韓国政府 is the ROK
// government, whose translation names the ROK). English has no
// morphology to ask: the next word, after one space, continues a name when the term ends
// capitalized and the word is capitalized ("National Defense Program"), and a common noun
// compound when it is a lowercase content word that cannot be read as the verb of a
// clause whose subject is the term (see englishNounAfter), or when a possessive makes the
// term's last word, a preposition's object, the owner of a noun after it, the object
// instead (see objectPossessive).
func (l *Linter) modifierOfCompound(src string, o match.Occurrence, lang string, toks *sentences) bool {
	if o.End >= len(src) {
		return false
	}
	if isJapanese(lang) {
		next, _ := utf8.DecodeRuneInString(src[o.End:])
		if s := script(next); s != 1 && s != 3 { // a compound goes on in kanji or katakana
			return false
		}
		headName := false
		for _, t := range l.tokensAround(src, o, toks) {
			if t.End == o.End {
				headName = hasPOS(t, "名詞", "固有名詞")
			}
			if t.Start == o.End {
				return !headName && len(t.POS) > 1 && t.POS[0] == "名詞" && compoundNoun[t.POS[1]]
			}
			if t.Start > o.End {
				break
			}
		}
		return false
	}
	last := src[o.Start:o.End]
	if i := strings.LastIndexAny(last, " -"); i >= 0 {
		last = last[i+1:]
	}
	return englishNounAfter(src[o.End:], startsUpper(last)) || (startsUpper(last) && fieldOfOffice(src[o.End:])) ||
		objectPossessive(src, o, lang)
}

// fieldOfOffice reports whether rest, the English text right after a capitalized term,
// goes on with "for" and a capitalized word, the field that makes an office's name of the
// term: "Secretary of State for Defence", "Minister for Foreign Affairs". English names such
// an office by its whole name, another post than the term's ("Secretary of State", 国務長官;
// the British Secretary of State for Defence is 国防大臣), so the term is not in use there.
// A lowercase word, a possessive or initials after "for" ("for the region", "for Japan's
// efforts") leave the term as it is.
func fieldOfOffice(rest string) bool {
	after, ok := strings.CutPrefix(rest, " for ")
	if !ok {
		return false
	}
	w, _ := nextWord(after)
	return startsUpper(w) && isLetters(w)
}

// nameComplement reports whether the English source term at o, a common noun phrase that
// the glossary writes in lowercase, is the capitalized complement of a name: a capitalized
// head word and "of" or "for" before it, the head not opening a sentence ("Secretary of
// National Defense", "Department of National Defense", "Minister for Foreign Affairs").
// English capitalizes every word of an office's or an institution's name, and the
// translation renders the name as the fixed name it is (国防大臣, 国防省), not its field
// word by word, so the field is not the term in use: the scope rule exempts it as it does
// a term that modifies a longer name. A lowercase head ("the importance of National
// Defense"), a head that opens the sentence, or a term the glossary itself capitalizes (a
// name: "Government of Japan" names Japan) is still demanded.
func nameComplement(src string, o match.Occurrence, lang string) bool {
	if isJapanese(lang) || o.Term == nil || startsUpper(o.Term.Text) {
		return false
	}
	for _, w := range strings.Fields(src[o.Start:o.End]) {
		if !startsUpper(w) && !closedClass[w] {
			return false // the text writes the term as a common noun
		}
	}
	head, lead := headBefore(src, o.Start)
	if head == "" || !startsUpper(head) || !isLetters(head) {
		return false
	}
	return !opensSentence(lead) // a head that opens the text or a sentence is capitalized as any first word is
}

// objectPossessive reports whether the English source term at o, a common noun phrase
// whose last word is the object of a preposition inside it ("support for Ukraine",
// "defense of Japan"), is followed by a possessive and a word: the possessive makes its
// last word the owner of a noun after the term, and the preposition's object that noun
// ("support for Ukraine's sovereignty" is support for the sovereignty, which the
// translation renders as ウクライナの主権への支持, not as ウクライナ支援); a word in -s takes
// the apostrophe alone ("the network of alliances' strength"). The term is not
// in use there, as a modifier of a longer compound is not. A name the glossary capitalizes
// takes the possessive as a whole ("the Secretary of Defense's visit": the Secretary's),
// and a term with no preposition before its last word ("the Alliance's strength") is the
// owner itself: both are still demanded.
func objectPossessive(src string, o match.Occurrence, lang string) bool {
	if isJapanese(lang) || o.Term == nil || startsUpper(o.Term.Text) {
		return false
	}
	words := strings.Fields(o.Term.Text)
	if len(words) < 3 || !termPrepositions[words[len(words)-2]] {
		return false
	}
	rest := src[o.End:]
	possessives := []string{"'s ", "’s "}
	if strings.HasSuffix(words[len(words)-1], "s") {
		possessives = append(possessives, "' ", "’ ") // a plural's: "alliances' strength"
	}
	for _, p := range possessives {
		if after, ok := strings.CutPrefix(rest, p); ok {
			w, _ := nextWord(after)
			return w != ""
		}
	}
	return false
}

// termPrepositions link a term's head to its object ("support for Ukraine").
var termPrepositions = setOf("of", "for", "to", "against", "with", "on", "in", "from")

// headBefore returns the word before the "of" or "for" that text[:start] ends with, after
// a space ("Secretary" of "the Secretary of " before "Defense"), and the text before that
// word; "" and "" when text[:start] ends otherwise. A post's or a body's name puts its
// head word there, and its field after it.
func headBefore(text string, start int) (head, lead string) {
	before := strings.TrimRight(text[:start], " ")
	if len(before) == start {
		return "", ""
	}
	var prep string
	for _, p := range []string{"of", "for"} {
		if strings.HasSuffix(before, " "+p) {
			prep = p
		}
	}
	if prep == "" {
		return "", ""
	}
	before = strings.TrimRight(before[:len(before)-len(prep)], " ")
	i := 0
	if k := strings.LastIndexAny(before, " \t\n\"“("); k >= 0 {
		_, n := utf8.DecodeRuneInString(before[k:])
		i = k + n
	}
	return before[i:], before[:i]
}

func isLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// compoundNoun are the second-level kagome (IPA) parts of speech of a noun that continues
// a compound: a suffix (接尾), a dependent noun (非自立), a pronoun, a number or an adverbial
// noun does not.
var compoundNoun = map[string]bool{"一般": true, "サ変接続": true, "固有名詞": true, "形容動詞語幹": true}

// englishNounAfter reports whether rest, the English text right after a term, opens with
// a noun that makes the term its modifier: one space, then a word that continues a name
// (capitalized, after a capitalized term) or a lowercase content word. A closed-class word
// (preposition, conjunction, determiner, pronoun, auxiliary, common adverb), an -ly adverb,
// an -ed form, an adjective suffix (-ble, -ous, -ful, -less) and a word followed by a
// determiner (a verb and its object: "held a dialogue") are not nouns. A word in -s
// is a plural noun or the verb of the term's clause ("regional security challenges" or
// "regional security remains"): it counts as a noun only before a punctuation mark, the end
// of the text, a closed-class word that does not open an object (of, and, in, that…) or a
// participle (-ed, -ing: "challenges posed by").
func englishNounAfter(rest string, nameGoesOn bool) bool {
	if len(rest) < 2 || rest[0] != ' ' {
		return false
	}
	w, after := nextWord(rest[1:])
	if w == "" {
		return false
	}
	lower := strings.ToLower(w)
	if closedClass[lower] {
		return false
	}
	if startsUpper(w) {
		return nameGoesOn
	}
	if !isLowerWord(w) {
		return false
	}
	for _, suf := range []string{"ly", "ed", "ble", "ous", "ful", "less"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		// A past tense without -ed ("the Government of Japan held a dialogue", "met
		// the ministers") is a verb: its object follows it at once.
		return !verbObject(after)
	}
	// A plural or a verb: decided by what follows it.
	if after == "" || after[0] != ' ' {
		return true // a punctuation mark or the end
	}
	nw, _ := nextWord(after[1:])
	nl := strings.ToLower(nw)
	switch {
	case nw == "":
		return true
	case opensObject[nl]:
		return false
	case closedClass[nl]:
		return true
	case isLowerWord(nw) && (strings.HasSuffix(nw, "ed") || strings.HasSuffix(nw, "ing")):
		return true
	}
	return false
}

// nextWord returns the word that s opens (letters, digits, hyphens, apostrophes and
// periods inside it: U.S., self-defense) and what follows it.
func nextWord(s string) (word, rest string) {
	end := 0
	for end < len(s) {
		r, n := utf8.DecodeRuneInString(s[end:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || (end > 0 && (r == '-' || r == '\'' || r == '.') && end+n < len(s) && isLetterAt(s, end+n)) {
			end += n
			continue
		}
		break
	}
	return s[:end], s[end:]
}

func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isLowerWord reports whether w is written in lowercase ASCII letters and hyphens.
func isLowerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; (c < 'a' || c > 'z') && c != '-' {
			return false
		}
	}
	return w != ""
}

// closedClass are English function words and common adverbs: none continues a noun
// compound.
var closedClass = setOf(
	// prepositions and particles
	"about", "above", "across", "after", "against", "along", "amid", "among", "around", "as", "at",
	"before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "by", "despite",
	"down", "during", "except", "for", "from", "in", "including", "inside", "into", "like", "near",
	"of", "off", "on", "onto", "out", "outside", "over", "past", "per", "regarding", "since",
	"than", "through", "throughout", "to", "toward", "towards", "under", "until", "up", "upon",
	"via", "with", "within", "without",
	// conjunctions and relatives
	"and", "or", "nor", "but", "yet", "so", "if", "because", "although", "though", "while",
	"whereas", "unless", "whether", "that", "which", "who", "whom", "whose", "where", "when", "how", "why",
	// determiners and pronouns
	"the", "a", "an", "this", "these", "those", "its", "their", "our", "his", "her", "my", "your",
	"it", "they", "we", "he", "she", "them", "us", "him", "i", "you", "all", "any", "both", "each",
	"either", "every", "neither", "no", "some", "such", "other", "another", "itself", "themselves",
	// auxiliaries and modals
	"is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do",
	"does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
	// adverbs
	"not", "also", "still", "now", "then", "again", "always", "never", "ever", "often", "even",
	"only", "already", "further", "more", "most", "less", "least", "very", "too", "well",
	"together", "here", "there", "thus", "therefore", "however", "alike", "first",
)

// objectOpeners are the words that open a verb's object and never follow a noun at once as
// its modifier: articles, possessives and object pronouns.
var objectOpeners = []string{"the", "a", "an", "its", "their", "our", "his", "her", "my", "your",
	"them", "us", "him"}

// opensObject are the words that open a noun phrase after a verb: a word in -s followed by
// one of them is the verb of a clause ("regional security requires the cooperation…").
// They are objectOpeners, the demonstratives, "it", the quantifiers, and the words that
// go on with a verb phrase (not, also, to).
var opensObject = setOf(append([]string{"this", "these", "those", "it", "all", "any", "both", "each",
	"every", "no", "some", "such", "more", "not", "also", "to"}, objectOpeners...)...)

// pastObject are the words that make the word before them a verb without -ed (a past
// tense: "held a dialogue"): objectOpeners alone. A demonstrative is not among them: this,
// these and those also open a time phrase after a noun ("a regional security framework this
// year").
var pastObject = setOf(objectOpeners...)

// timeNouns name a span of time: a determiner before one opens a time phrase, which may
// follow a noun ("the framework the following year"), not an object.
var timeNouns = setOf("year", "years", "month", "months", "week", "weeks", "day", "days", "decade",
	"decades", "century", "time", "times", "quarter", "spring", "summer", "autumn", "fall", "winter",
	"morning", "afternoon", "evening", "night")

// verbObject reports whether after, the English text after a word, opens that word's
// object, which makes the word a verb: a word of pastObject, unless a time noun comes
// as its first or second word (a time phrase: "the framework the following year") or a
// clause's verb (an -ed form or an auxiliary) as its third, which makes the determiner's
// phrase the subject of a relative clause without "that" ("the architecture the leaders
// endorsed", "the framework our leaders will build"). "held the attention of all" and
// "held a dialogue" still open objects.
func verbObject(after string) bool {
	var ws []string
	for s := after; len(ws) < 3 && len(s) > 1 && s[0] == ' '; {
		w, rest := nextWord(s[1:])
		if w == "" {
			break
		}
		ws, s = append(ws, strings.ToLower(w)), rest
	}
	if len(ws) == 0 || !pastObject[ws[0]] {
		return false
	}
	for _, w := range ws[1:] {
		if timeNouns[w] {
			return false
		}
	}
	if len(ws) == 3 && (strings.HasSuffix(ws[2], "ed") || clauseAuxiliaries[ws[2]]) {
		return false
	}
	return true
}

// clauseAuxiliaries open a clause's verb phrase after its subject.
var clauseAuxiliaries = setOf("is", "are", "was", "were", "has", "have", "had", "do", "does", "did",
	"will", "would", "shall", "should", "can", "could", "may", "might", "must")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// namesReferent reports whether an English short form, as the matcher found it with the
// word that opens its noun phrase, introduces its referent instead of referring back to
// it. "The Alliance" refers back to a mention the text must have made. Three openings
// need no antecedent and name the concept for the document as a full term does: the
// first-person possessive ("our Alliance": the speakers', whom a joint statement has as
// its authors), the indefinite article ("an Alliance that has become a cornerstone": an
// indefinite noun phrase is a first mention, which a later "the Alliance" refers back to)
// and a possessive noun ("Japan's Alliance", "our two countries' Alliance": the possessor
// names whose it is). Other possessive pronouns ("their Alliance") refer back as "the"
// does.
func namesReferent(short string) bool {
	i := strings.IndexFunc(short, unicode.IsSpace) // a space, a no-break space
	if i <= 0 {
		return false
	}
	w := strings.ToLower(short[:i])
	switch w {
	case "our", "a", "an":
		return true
	}
	for _, p := range []string{"'s", "’s", "s'", "s’"} {
		if strings.HasSuffix(w, p) && len(w) > len(p) {
			return true
		}
	}
	return false
}

// compoundedShort reports whether a Japanese short form starting at start is the head of a
// longer compound: a noun written against it (日米韓|パートナーシップ, 同盟|協力), or a Latin
// acronym or a numeral (G7|外相, EU|外相), says which one is meant, as the full term does.
// Japanese has no article to mark the short form; a bare short form follows a particle, a
// punctuation mark or the start of the text.
func compoundedShort(text string, start int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:start])
	return compounds(r) || unicode.In(r, unicode.Latin) || unicode.IsDigit(r)
}

// compoundedAfter reports whether the Japanese text goes on at end with a kanji or katakana
// word that the text before end modifies, in one compound (日米豪印|パートナー).
func compoundedAfter(text string, end int) bool {
	r, _ := utf8.DecodeRuneInString(text[end:])
	return compounds(r)
}

// compounds reports whether r, a kanji or katakana (not the middle dot), writes a word into
// one compound with the word beside it.
func compounds(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Katakana, r) && r != '・' || r == 'ー'
}

// partiesLeftToContext reports whether a Japanese term is a compound of country initials
// followed, with or without の, by a term of another concept that the translation renders
// (日米 + 安全保障協議委員会, "the Security Consultative Committee"; 日米韓の安全保障協力,
// "U.S.-Japan-ROK security cooperation"): the initials name the parties
// of a bilateral or trilateral body or document, which an English joint statement of those
// parties leaves to its context, naming the body alone. The rest must be a whole term of
// the glossary, so the initials are all the translation leaves out.
func (l *Linter) partiesLeftToContext(term, lang string, tgtHas *conceptSet) bool {
	n, i := 0, 0
	for i < len(term) {
		r, w := utf8.DecodeRuneInString(term[i:])
		if _, ok := countryInitials[r]; !ok {
			break
		}
		i += w
		n++
	}
	rest := strings.TrimPrefix(term[i:], "の") // 日米韓の安全保障協力: U.S.-Japan-ROK security cooperation
	if n < 2 || utf8.RuneCountInString(rest) < 2 {
		return false
	}
	for _, o := range l.m.FindLang(rest, lang) {
		if o.Start == 0 && o.End == len(rest) && tgtHas.has(o.Concept) {
			return true
		}
	}
	return false
}

// partyCount is a Japanese word that counts states, with their number (0: any).
type partyCount struct {
	word string
	n    int
}

// partyCounts are the Japanese words for "between two" and "among three" states that a
// term may open with (二国間協力, "bilateral cooperation"; 三か国協力, "trilateral
// cooperation"), with the number of states each names; か, カ and small ヵ are all written
// for the counter.
var partyCounts = []partyCount{{"二国間", 2}, {"2国間", 2}, {"二か国", 2}, {"2か国", 2}, {"二カ国", 2}, {"2カ国", 2}, {"二ヵ国", 2}, {"2ヵ国", 2},
	{"三国間", 3}, {"3国間", 3}, {"三か国", 3}, {"3か国", 3}, {"三カ国", 3}, {"3カ国", 3}, {"三ヵ国", 3}, {"3ヵ国", 3}}

// postposedModifiers are the prepositions by which English writes a noun modifier after
// its head: "cooperation on security" is security cooperation, "cooperation in defense"
// defense cooperation.
var postposedModifiers = []string{" on ", " in "}

// postposedField reports whether an English source term ending in a head noun is followed
// by a preposition and one lowercase noun that, written before the head, makes a term of
// another concept the translation renders: "bilateral cooperation on security" is
// bilateral security cooperation, whose field makes "security cooperation" (安全保障協力),
// and a translation that writes 安全保障協力 renders the phrase as the compound's
// translation would, where "bilateral security cooperation" demands no 二国間協力 either:
// the compound rule reads "bilateral" there as the modifier of a longer compound.
func (l *Linter) postposedField(src string, o match.Occurrence, lang string, tgtHas *conceptSet) bool {
	if isJapanese(lang) || o.End >= len(src) {
		return false
	}
	rest := src[o.End:]
	var noun string
	for _, p := range postposedModifiers {
		if w, ok := strings.CutPrefix(rest, p); ok {
			end := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
			if end < 0 {
				end = len(w)
			}
			noun = w[:end]
			break
		}
	}
	if len(noun) < 3 || !unicode.IsLower(rune(noun[0])) {
		return false
	}
	head := src[o.Start:o.End]
	if i := strings.LastIndexByte(head, ' '); i >= 0 {
		head = head[i+1:]
	}
	compound := noun + " " + head
	for _, c := range l.m.FindLang(compound, lang) {
		if c.Start == 0 && c.End == len(compound) && c.Concept != o.Concept && tgtHas.has(c.Concept) {
			return true
		}
	}
	return false
}

// partOfLongerName reports whether the English term found at [start, end) of text, written
// capitalized, is a proper part of a longer capitalized name: the word right before it,
// after one space, is a capitalized word that makes another name of it ("Deputy Assistant
// Secretary of Defense" is another post than the Secretary of Defense, "Maritime
// Self-Defense Force" one force of the Self-Defense Forces). English writes a post or an
// institution as one capitalized name, and a capitalized word before a name's first word
// belongs to the name. Such a match is not the term: the source does not demand it, and a
// translation does not render the term by it. A word that says whose the post is leaves
// it the term: a country, its adjective or initials, an organization's acronym or a
// possessive ("U.S. Secretary of Defense", "Japan's Minister of Defense", "NATO Secretary
// General"; see ownerWord); so does a word that opens the sentence, capitalized as any
// first word is, and a capital letter alone, which labels an item of a list ("B Peace and
// Security").
func partOfLongerName(text string, start, end int) bool {
	if start < 2 || !startsUpper(text[start:end]) || text[start-1] != ' ' {
		return false
	}
	before := text[:start-1]
	i := len(before)
	for i > 0 {
		c := before[i-1]
		if c == ' ' || c == '\t' || c == '\n' || c == '"' || c == '(' {
			break
		}
		i--
	}
	w := strings.TrimPrefix(before[i:], "“")
	if len(w) < 2 || !startsUpper(w) {
		// A capital letter alone is no word of a name but the label of a list's item
		// ("E Climate Change and Disasters"): a name writes an initial with its period.
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			// "2+2", "Defense,", "Mr.": no word of a name; "U.S.", "Japan's": whose
			return false
		}
	}
	return !ownerWord(w) && !opensSentence(before[:len(before)-len(w)])
}

// namedBefore reports whether the Japanese source writes a term of c after a name (see
// titleHolder): ヘーゲル国防長官, 岸田外務大臣, ウォーレン空軍基地. English writes such a name
// before the post or the classifier too ("F.E. Warren Air Force Base", or in a list of
// delegates "Secretary of State Kerry Secretary of Defense Hagel"), and a name says whose
// post or which base it is, as a country does: the capitalized word before the English
// term is then no part of another name, and the term is still the term. lint cannot tell
// every name from a word of a post's name, so a Japanese term after a name leaves the
// English term alone.
func (l *Linter) namedBefore(src string, occ []match.Occurrence, c *glossary.Concept) bool {
	for _, o := range occ {
		if o.Concept == c && l.titleHolder(src, o.Start) != 0 {
			return true
		}
	}
	return false
}

// ownerWord reports whether w, a capitalized word of letters before a post or an
// institution, says whose it is rather than which: a country's name or adjective (Japan,
// Japanese, Australian, Israeli), an acronym (ROK, NATO), or a hyphenated compound of
// such words (Japan-Australia). Its callers take a word with other than letters (U.S.,
// Japan's) for the owner's before they ask.
func ownerWord(w string) bool {
	if strings.Contains(w, "-") {
		for rest := w; rest != ""; {
			var p string
			p, rest, _ = strings.Cut(rest, "-")
			if p != "" && ownerWord(p) {
				return true
			}
		}
		return false
	}
	if isAcronym(w) {
		return true
	}
	// Adjectives of nationality end so (American, Korean, Indonesian, Japanese, British,
	// Israeli), as the names of many countries do (Australia, India).
	for _, suf := range nationalityEndings {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	var buf [24]byte
	if len(w) > len(buf) {
		return false
	}
	lower := buf[:len(w)]
	for k := range len(w) {
		c := w[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower[k] = c
	}
	return countryWords[string(lower)] || countryAdjectives[string(lower)] != nil
}

// nationalityEndings are the endings of adjectives of nationality and names of countries.
var nationalityEndings = []string{"an", "ese", "ish", "i", "ia"}

// opensSentence reports whether a word after lead opens a sentence: lead is empty or ends
// with a sentence's final punctuation, a line break or an opening quote, and a period is a
// sentence's only after a word that is no abbreviation (U.S., Mr.).
func opensSentence(lead string) bool {
	lead = strings.TrimRight(lead, " \t")
	if lead == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(lead)
	switch r {
	case '!', '?', '\n', ':', ';', '"', '“':
		return true
	case '.':
		w := lead[strings.LastIndexAny(lead, " \t\n")+1:]
		switch {
		case strings.Count(w, ".") > 1, w == "Mr.", w == "Ms.", w == "Mrs.", w == "Dr.":
			return false
		}
		return true
	}
	return false
}
