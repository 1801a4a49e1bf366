package align

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossterm/gloss/align/internal/jaterm"
	"github.com/glossterm/gloss/internal/morph"
)

// EvNamedPost is the evidence of namedPosts.
const EvNamedPost = "name-post" // a post after a foreign person's name, and the post after the same name and a comma in the translation

// jaNamedPost finds a foreign person's name in katakana words joined by middle dots and
// the compound of katakana and kanji after it, ending in kanji: …・ルコルニュ・フランス共和国
// 軍事相, ペドロ・サンチェス首相 (the last word of the name then opens the compound).
var jaNamedPost = regexp.MustCompile(`((?:[ァ-ヺー]+・)+)([ァ-ヺー\p{Han}]*\p{Han})`)

// namedPosts pairs the post a Japanese sentence writes right after a foreign person's name
// with the post its aligned English writes after the same person's name and a comma:
// "…・ルコルニュ・フランス共和国軍事相" and "M. Sébastien Lecornu, Minister for the Armed
// Forces of the French Republic". The name anchors the two posts: every katakana word of
// the Japanese name sounds like a word of the English name, which is two to
// maxPersonWords capitalized words right before the comma, and the post is the one
// capitalized name after it. A post's English may differ in form from a word-for-word
// reading (首相 = "President of the Government", a head of government's title), so no
// gloss is asked. A Japanese post that opens with its state (フランス共和国軍事相) pairs
// whole with the English post, and without the state with the English post less the
// of-phrase of its state (軍事相 = "Minister for the Armed Forces"); one that names no state
// pairs with both. Review: the posts are found by the structure of the text alone.
func (r *run) namedPosts() {
	r.eachMatch(jaNamedPost, func(seg BitextSegment, m []int, sentToks []morph.Token) {
		names := strings.FieldsFunc(seg.JA[m[2]:m[3]], func(c rune) bool { return c == '・' })
		end := postEnd(sentToks, m[4], m[5], false) // the compound: its nouns and prefixes, up to a conjunction (及び, 並びに) or a verb
		if strings.HasPrefix(seg.JA[end:], "・") {
			return // one portfolio of several joined by middle dots (see portfolioPost)
		}
		post := seg.JA[m[4]:end]
		toks := morph.Tokenize(post)
		if len(toks) == 0 {
			return
		}
		var surname []morph.Token
		if jaterm.IsKatakana(toks[0].Surface) && len(toks) > 1 {
			surname = toks[:1] // the name's last word, written without a dot before the post
		}
		heard, enPost, ok := enNamedPost(seg.EN, names, surname)
		if !ok {
			return
		}
		if surname != nil && heard {
			post, toks = post[toks[0].End:], toks[1:]
		}
		if len(toks) > 1 && toks[0].Surface == "同" && jaterm.IsPrefix(toks[0]) {
			post, toks = strings.TrimPrefix(post, "同"), toks[1:] // the state said before
		}
		if utf8.RuneCountInString(post) < 2 || len(toks) == 0 {
			return
		}
		r.addNamedPost(seg, post, enPost, sentToks)
	})
}

// eachMatch calls f with each match of re in the Japanese of an aligned segment (the
// submatch indexes m) and the segment's tokens.
func (r *run) eachMatch(re *regexp.Regexp, f func(seg BitextSegment, m []int, sentToks []morph.Token)) {
	for _, sent := range r.sents {
		if sent.bitext < 0 {
			continue
		}
		seg := r.bitext[sent.bitext]
		ms := re.FindAllStringSubmatchIndex(seg.JA, -1)
		if len(ms) == 0 {
			continue
		}
		sentToks := sent.toks
		if sent.text != seg.JA || len(sentToks) == 0 {
			sentToks = morph.Tokenize(seg.JA)
		}
		for _, m := range ms {
			f(seg, m, sentToks)
		}
	}
}

// postEnd returns where a post written from byte from ends, up to to: before the first
// token that is no noun or prefix (a conjunction, a verb), or, with dots, no middle dot
// joining its portfolios either.
func postEnd(toks []morph.Token, from, to int, dots bool) int {
	for _, t := range toks {
		if t.End > from && t.Start < to && !(dots && t.Surface == "・") && (len(t.POS) == 0 || t.POS[0] != "名詞" && t.POS[0] != "接頭詞") {
			return max(t.Start, from)
		}
	}
	return to
}

// addNamedPost pairs the Japanese post with the English post enPost found after the same
// person's name in the aligned segment seg (of the sentence's tokens sentToks), and the
// post without its state with the English without the of-phrase of its state.
func (r *run) addNamedPost(seg BitextSegment, post, enPost string, sentToks []morph.Token) {
	toks := morph.Tokenize(post) // offsets in the post as left
	if len(toks) == 0 {
		return
	}
	if last := toks[len(toks)-1]; placeName(last) || slices.Contains(jaStateForms, last.Surface) {
		return // a state's name, no post
	}
	enPost, ok := coordinatedAs(enPost, toks)
	if !ok {
		return
	}
	ev := Evidence{Type: EvNamedPost, Doc: seg.Doc, Line: seg.Line, Quote: quote(seg.EN),
		Detail: "the post after a person's name, and the post after the same name and a comma in the translation"}
	r.add(post, enPost, ev)
	var bare string
	if c := strings.Index(enPost, ", "); c > 0 {
		bare, ok = enPost[:c], true // the state's formal name after a comma
	} else {
		bare, ok = r.stateOf(enPost, sentToks)
	}
	if !ok {
		return
	}
	if !namesState(toks) {
		r.add(post, bare, ev) // 首相 = "President of the Government" (of Spain)
	} else if rest := withoutJAState(post, toks); rest != "" {
		r.add(rest, bare, ev) // 軍事相 = "Minister for the Armed Forces"
	}
}

// enNamedPost finds in en a person's name of capitalized words, a comma and a capitalized
// name (the post): every Japanese name word in names, and the katakana token surname when
// given, sounds like a word of the person's name. surnameHeard reports whether surname
// was heard in the name; the post is returned whole.
func enNamedPost(en string, names []string, surname []morph.Token) (surnameHeard bool, post string, ok bool) {
	for from := 0; ; {
		k := strings.Index(en[from:], ", ")
		if k < 0 {
			return false, "", false
		}
		k += from
		from = k + 2
		ws := strings.Fields(en[:k])
		start := len(ws)
		for start > 0 && len(ws)-start < maxPersonWords {
			c, _ := utf8.DecodeRuneInString(ws[start-1])
			if !unicode.IsUpper(c) || strings.ContainsAny(ws[start-1], ",;:()") {
				break
			}
			start--
		}
		person := ws[start:]
		if len(person) < 2 {
			continue
		}
		heard := func(t morph.Token) bool {
			for _, w := range person {
				if soundsLikeName(strings.Trim(w, "."), []morph.Token{t}) {
					return true
				}
			}
			return false
		}
		all := true
		for _, n := range names {
			all = all && heard(morph.Token{Surface: n})
		}
		if !all {
			continue
		}
		surnameHeard = surname != nil && heard(surname[0])
		if len(names) < 2 && !surnameHeard {
			continue // one katakana word: too little of a name to anchor
		}
		if post, ok = postAfterName(en[k+2:]); ok {
			return surnameHeard, post, true
		}
	}
}

// postAfterName returns the post that rest, the English after a person's name and a comma,
// opens with: one capitalized name that opens with no determiner or preposition.
func postAfterName(rest string) (string, bool) {
	pn := capitalNames(rest)
	if len(pn) == 0 || pn[0][0].start != 0 {
		return "", false
	}
	post := rest[:pn[0][len(pn[0])-1].end]
	if c := strings.Index(post, ","); c > 0 {
		// a comma ends the post, unless the state's formal name follows it
		// ("Minister of Foreign Affairs, the Kingdom of the Netherlands")
		after := strings.TrimPrefix(post[c+1:], " ")
		w, _, _ := strings.Cut(strings.TrimPrefix(after, "the "), " ")
		if !(strings.HasPrefix(after, "the ") && stateHeads[w]) || strings.Contains(after, ",") {
			post = post[:c]
		}
	}
	return post, postHead(post)
}

// postHead reports whether the English name en opens with no determiner or preposition:
// a post's name (Minister for …, President of …), not a clause.
func postHead(en string) bool {
	w, _, _ := strings.Cut(en, " ")
	switch strings.ToLower(w) {
	case "the", "a", "an", "in", "on", "at", "of", "for", "and", "with", "to", "from", "by", "who", "which", "that", "mr.", "ms.", "mrs.", "h.e.", "dr.":
		return false
	}
	return true
}

// stateOf returns the English post en without the of-phrase that names its state, and
// whether it has one: a formal name withoutState knows, an adjective before a word that
// opens a state's formal name (the French Republic), or words that each render a place
// the Japanese sentence of tokens toks names or join them (the Government "of Spain" after
// スペインを訪問中の…).
func (r *run) stateOf(en string, toks []morph.Token) (string, bool) {
	if bare, ok := withoutState(en); ok {
		return bare, true
	}
	var places []morph.Token
	for _, t := range toks {
		if placeName(t) {
			places = append(places, t)
		}
	}
	for from := 0; ; {
		k := strings.Index(en[from:], " of ")
		if k < 0 {
			return "", false
		}
		k += from
		from = k + 1
		ws := strings.Fields(strings.TrimPrefix(en[k+len(" of "):], "the "))
		if len(ws) == 2 && stateHeads[ws[1]] {
			return en[:k], k > 0
		}
		rendered, all := false, true
		for _, w := range ws {
			if w == "of" || w == "the" || w == "and" || stateHeads[w] {
				continue
			}
			heard := false
			for _, p := range places {
				heard = heard || r.rendersPlace(p, w)
			}
			rendered = rendered || heard
			all = all && heard
		}
		if all && rendered {
			return en[:k], k > 0
		}
	}
}

// jaStateForms are the words that follow a state's name in its formal name (フランス共和国,
// オランダ王国, ロシア連邦).
var jaStateForms = []string{"共和国", "王国", "連邦"}

// withoutJAState returns the Japanese post less the state it opens with: the place name
// of its first token and a word of a state's formal name after it (フランス共和国軍事相 →
// 軍事相; 米国国務長官 → 国務長官, the place name ending in 国 already), "" when it opens
// with no place name or leaves fewer than two characters.
func withoutJAState(post string, toks []morph.Token) string {
	if len(toks) < 2 || !placeName(toks[0]) {
		return ""
	}
	rest := post[toks[0].End:]
	for _, f := range jaStateForms {
		if !strings.HasSuffix(toks[0].Surface, "国") && strings.HasPrefix(rest, f) {
			rest = rest[len(f):]
			break
		}
	}
	if utf8.RuneCountInString(rest) < 2 {
		return ""
	}
	return rest
}

// coordinatedAs returns the English post en coordinating no more posts than the Japanese
// post's tokens toks (兼, kagome's 名詞・接続詞的, and middle dots join posts): an "and"
// beyond them opens another person's name and post ("… of the Commonwealth of Australia
// and Senator the Hon."), cut off when the post before it ends in the of-phrase of its
// state; ok is false when it does not.
func coordinatedAs(en string, toks []morph.Token) (string, bool) {
	n := 0
	for _, t := range toks {
		if t.Surface == "・" || len(t.POS) > 1 && t.POS[1] == "接続詞的" {
			n++
		}
	}
	parts := strings.Split(en, " and ")
	if len(parts) <= n+1 {
		return en, true
	}
	cut := strings.Join(parts[:n+1], " and ")
	if _, ok := withoutState(cut); !ok {
		return "", false
	}
	return cut, true
}
