package align

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossterm/gloss/align/internal/jaterm"
	"github.com/glossterm/gloss/align/internal/paren"
	"github.com/glossterm/gloss/internal/lexicon"
	"github.com/glossterm/gloss/internal/morph"
)

// EvPostParen is the evidence of postParens.
const EvPostParen = "paren-post" // a post after a person's name, and the post after the name and a comma in its parenthetical

// maxPersonWords bounds the words of the person's name before the comma of a post's
// parenthetical (H.E. Ms. Jane Q. Public).
const maxPersonWords = 6

// postParens pairs a post written after a person's name with the post the English
// parenthetical after it writes after the person's name and a comma: イングリダ・シモニーテ・
// リトアニア共和国首相(H.E. Ms. Ingrida ŠIMONYTĖ, Prime Minister of the Republic of
// Lithuania). Japanese writes a foreign person's name in katakana words joined by middle
// dots and then the post, a noun compound with no particle (リトアニア共和国首相); the
// English gives the name, a comma and the post, a capitalized name. The Japanese post is
// what follows the last middle dot, less a katakana name the English name before the comma
// sounds like (…・スミス米国務長官 = Smith); one of its words is glossed inside the
// English post, and the English post is a capitalized name as a whole. Review: a
// parenthesis written for the reader, and its post is found by punctuation.
func (r *run) postParens() {
	for _, s := range r.sents {
		for _, p := range paren.Find(s.text) {
			person, post, ok := personPost(p.Inner)
			if !ok {
				r.portfolioPost(s, p)
				continue
			}
			ja, toks := r.postBefore(s.text[:p.Open], person)
			if ja == "" {
				// no name before the last middle dot: the dot may join the post's
				// portfolios (…ロペス経済・海洋大臣 = Minister of Economy and Maritime
				// Affairs, two joined by "and" with no comma, which personPost reads as
				// one post)
				r.portfolioPost(s, p)
				continue
			}
			if !r.glossedIn(toks, post) {
				continue
			}
			r.add(ja, post, Evidence{Type: EvPostParen, Doc: s.doc, Line: s.line, Quote: quote(s.text),
				Detail: "the post after the name, in the parenthetical after a person's name and a comma"})
			r.statePost(s, ja, toks, post)
			r.postLessState(s, ja, toks, post)
			if bare, ok := withoutState(post); ok && !namesState(toks) {
				// a Japanese post that names no state (国防大臣, its state said before
				// with 同 or left to the context) is the English post without the of-phrase
				// of its state ("Secretary of National Defense" of the Republic of the
				// Philippines), which the whole post keeps beside it
				r.add(ja, bare, Evidence{Type: EvPostParen, Doc: s.doc, Line: s.line, Quote: quote(s.text),
					Detail: "the post after the name, in the parenthetical after a person's name and a comma, without its state"})
			}
		}
	}
}

// personPost splits a parenthetical "a person's name, a post" (H.E. Mr. John Smith,
// Secretary of State): a name of capitalized words, a comma, and a capitalized name.
func personPost(inner string) (person, post string, ok bool) {
	i := strings.LastIndex(inner, ", ")
	if i <= 0 {
		return "", "", false
	}
	person, post = strings.TrimSpace(inner[:i]), strings.TrimSpace(inner[i+2:])
	for _, g := range []string{", Jr.", ", Sr."} {
		// a generational suffix is written after the name and a comma (Gilberto C.
		// Teodoro, Jr.): it belongs to the name, the post follows the next comma
		person = strings.TrimSuffix(person, g)
	}
	ws := strings.Fields(person)
	if len(ws) < 2 || len(ws) > maxPersonWords || strings.ContainsAny(person, ",;:()") {
		return "", "", false
	}
	for _, w := range ws {
		if c, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(c) {
			return "", "", false
		}
	}
	names := capitalNames(post)
	if len(names) != 1 || names[0][0].start != 0 || names[0][len(names[0])-1].end != len(post) {
		return "", "", false
	}
	return person, post, true
}

// postBefore returns the post that ends text after a person's name in katakana words and
// Latin initials joined by middle dots (ドナルド・J・トランプ): the compound after the last
// middle dot, less a leading katakana word that a word of the English person's name sounds
// like, and its tokens; "" when text does not end so.
func (r *run) postBefore(text, person string) (string, []morph.Token) {
	dot := strings.LastIndex(text, "・")
	if dot < 0 {
		return "", nil
	}
	post := text[dot+len("・"):]
	for _, c := range post {
		if !(jaterm.IsKatakana(string(c)) || unicode.Is(unicode.Han, c) || c == 'ー') {
			return "", nil // a particle or a punctuation mark: no compound
		}
	}
	if nameBefore(text[:dot+len("・")]) == "" {
		return "", nil // the words before the dot are no name in katakana words and Latin initials
	}
	toks := morph.Tokenize(post)
	if len(toks) < 2 {
		return "", nil
	}
	if jaterm.IsKatakana(toks[0].Surface) {
		for _, w := range strings.Fields(person) {
			if soundsLikeName(strings.Trim(w, "."), toks[:1]) {
				post, toks = post[toks[0].End:], toks[1:] // the surname, which the English name holds
				break
			}
		}
	}
	if len(toks) > 1 && toks[0].Surface == "同" && jaterm.IsPrefix(toks[0]) {
		// 同 is "the same": the state named before (…フィリピン共和国外務大臣 及び
		// ギルベルト・テオドロ同国防大臣), which the post is said of but which is no part of it
		post, toks = strings.TrimPrefix(post, "同"), toks[1:]
	}
	if utf8.RuneCountInString(post) < 2 {
		return "", nil
	}
	return post, toks
}

// glossedIn reports whether a word of the Japanese tokens toks has a gloss whose content
// words the English en holds, each a word of it. A suffix noun makes one word with the
// noun before it (共和 + 国 = 共和国, "republic"; 防衛 + 省), whose gloss the parts'
// glosses need not hold, so the word the two write is looked up too.
func (r *run) glossedIn(toks []morph.Token, en string) bool {
	words := wordSet(en)
	if slices.ContainsFunc(toks, func(t morph.Token) bool { return r.glossHeld(t.Surface, words, "") }) {
		return true
	}
	for i := 1; i < len(toks); i++ {
		if jaterm.IsSuffix(toks[i]) && toks[i-1].End == toks[i].Start && r.glossHeld(toks[i-1].Surface+toks[i].Surface, words, "") {
			return true
		}
	}
	return false
}

// wordSet returns the normalized words of an English text.
func wordSet(en string) map[string]bool {
	words := map[string]bool{}
	for _, w := range lexicon.Words(en) {
		words[lexicon.Norm(w)] = true
	}
	return words
}

// glossHeld reports whether the Japanese word ja has a gloss whose content words are all
// in words, the words of an English text (see wordSet), the "and" of a coordination
// needing none: the English renders ja by that gloss. A gloss with the word skip is not
// counted ("" skips none).
func (r *run) glossHeld(ja string, words map[string]bool, skip string) bool {
	for _, e := range r.lx.Lookup(ja) {
		ws, _ := glossWords(e.Gloss)
		if len(ws) == 0 || skip != "" && slices.Contains(ws, skip) {
			continue
		}
		all := true
		for _, w := range ws {
			all = all && (w == "and" || words[w])
		}
		if all {
			return true
		}
	}
	return false
}

// stateHeads are the words that open the formal name of a state after "the" (the
// Republic of Lithuania, the Kingdom of Spain, the Commonwealth of Australia).
var stateHeads = map[string]bool{"Republic": true, "Kingdom": true, "Commonwealth": true, "Federation": true,
	"Federal": true, "Union": true, "State": true, "States": true, "Socialist": true, "Islamic": true,
	"People's": true, "People’s": true, "Democratic": true, "Grand": true, "Sultanate": true, "Principality": true}

// withoutState returns an English post without the of-phrase that names the state it
// belongs to, the first of-phrase whose name is a state's: "Secretary of National
// Defense" of "Secretary of National Defense of the Republic of the Philippines",
// "Minister of Defence" of "Minister of Defence of Japan".
func withoutState(post string) (string, bool) {
	for from := 0; ; {
		k := strings.Index(post[from:], " of ")
		if k < 0 {
			return "", false
		}
		k += from
		rest := post[k+len(" of "):]
		the := strings.HasPrefix(rest, "the ")
		rest = strings.TrimPrefix(rest, "the ")
		w, _, _ := strings.Cut(rest, " ")
		if the && (stateHeads[w] || adjectivalState(rest)) || englishState(rest) {
			return post[:k], k > 0
		}
		from = k + 1
	}
}

// adjectivalState reports whether s, after "the", is a state's formal name made of an
// adjective of its people and Republic or Kingdom, and nothing after it (French Republic,
// Hellenic Republic): the name of a state, where the European Union names none.
func adjectivalState(s string) bool {
	ws := strings.Fields(strings.TrimRight(s, ".,;)"))
	if len(ws) != 2 || ws[1] != "Republic" && ws[1] != "Kingdom" {
		return false
	}
	c, _ := utf8.DecodeRuneInString(ws[0])
	return unicode.IsUpper(c)
}

// englishState reports whether s opens with the English name of a country.
func englishState(s string) bool {
	for _, ns := range countryNames {
		for _, n := range ns {
			if s == n || strings.HasPrefix(s, n+" ") {
				return true
			}
		}
	}
	return false
}

// namesState reports whether the tokens of a Japanese post name a state: a country's name,
// a word in 国 (共和国, 王国) or a one-kanji abbreviation (リトアニア共和国首相, 米国務長官).
func namesState(toks []morph.Token) bool {
	for _, t := range toks {
		if placeName(t) || countryAbbrev[t.Surface] || strings.HasSuffix(t.Surface, "国") {
			return true
		}
	}
	return false
}
