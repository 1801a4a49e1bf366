package align

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossterm/gloss/internal/english"
	"github.com/glossterm/gloss/internal/lexicon"
	"github.com/glossterm/gloss/internal/morph"
)

// The body a title belongs to, after it with "of the".
//
// English names an office or a body's paper by its title and the body it belongs to in an
// of-phrase with the article ("the President of the Board", "a Statement by the Chair of
// the Commission"); Japanese names the same thing by the title alone (議長, 議長声明)
// where the sentence names the body already, as the topic or the place of the
// clause (理事会で…議長として). The bare title is the term's rendering, and is
// proposed as it is; a translation may treat the whole phrase as the name, so the name
// with the body is proposed beside it, for review, when the segment's Japanese names that
// body outside the term: the body's head word is a gloss of a word of the segment the term
// does not hold. A body no word of the Japanese names is context the English adds, and an
// of-phrase with no article (of Japan) is a state, which dropOwner and wholeName decide.

// ownerBody returns the English of the name o renders followed by the body it belongs to
// in the English sentence of segment seg ("Statement by the President of the Security
// Council" for "Statement by the President"), or "" when the sentence writes none that the
// segment's Japanese names outside term jc.
func (r *run) ownerBody(jc *jaCand, o option, seg int) string {
	if o.g == nil {
		return ""
	}
	surf := o.g.Surface
	if !titleCase(surf) || strings.Contains(surf, " of ") {
		return "" // a name with an of-phrase already: see wholeName
	}
	if !r.post(surf) {
		return "" // a meeting or a paper of the body ("Meeting of the Board"): its own name
	}
	sentence := r.bitext[seg].EN
	for from := 0; ; {
		at := strings.Index(sentence[from:], surf)
		if at < 0 {
			return ""
		}
		at += from
		from = at + len(surf)
		if at > 0 {
			if c, _ := utf8.DecodeLastRuneInString(sentence[:at]); unicode.IsLetter(c) || c == '-' {
				continue // inside a word
			}
		}
		body := ownerWords(sentence[from:])
		if len(body) > 0 && !r.post(strings.Join(body, " ")) && r.namedOutside(seg, jc, body[len(body)-1]) {
			return surf + " of the " + strings.Join(body, " ")
		}
	}
}

// post reports whether the English name en is a post's: its last word a person's noun
// (postNoun) or the head of a post's title. Only a post belongs to a body in an of-phrase
// ("the President of the Board"); a meeting or a paper names its body in its own name
// ("Meeting of the Board"), and a post after of is a person, no body ("the Secretary of
// the President").
func (r *run) post(en string) bool {
	w := strings.Fields(en)
	return len(w) > 0 && (english.IsPostWord(w[len(w)-1]) || r.postNoun(en))
}

// ownerWords returns the words of the name in an of-phrase with the article that opens s
// (" of the United Nations Security Council, …" → United, Nations, Security, Council): its
// capitalized words up to a word in lower case or after punctuation, or up to a participle
// that a title capitalizes as a preposition ("… Council Following the Statement …"). A
// name that goes on with of or for after them ("the Commonwealth of Australia") is cut, and
// gives nil, as a possessor does ("the People’s Republic").
func ownerWords(s string) []string {
	rest, ok := strings.CutPrefix(s, " of the ")
	if !ok {
		return nil
	}
	var out []string
	fs := strings.Split(rest, " ")
	for _, f := range fs {
		w := strings.TrimRight(f, ".,;:*)”\"")
		if w == "" || w[0] < 'A' || w[0] > 'Z' || strings.ContainsAny(w, "(“\"’'") ||
			len(out) > 0 && strings.HasSuffix(w, "ing") {
			if f == "of" || f == "for" {
				return nil
			}
			break
		}
		out = append(out, w)
		if len(w) != len(f) {
			break // punctuation ends the name
		}
	}
	return out
}

// namedOutside reports whether English word w is a gloss word of a word of segment seg's
// Japanese (segGlosses) or of a candidate of it (理事会 "board", a word kagome splits)
// that term jc does not hold, and that is no place or person's name: the body the segment
// names, not a state, whose of-phrase is the country a body belongs to (see
// ownercountry.go).
func (r *run) namedOutside(seg int, jc *jaCand, w string) bool {
	w = lexicon.Norm(strings.ToLower(w))
	outside := func(ja string) bool {
		return !strings.Contains(jc.text, ja) && !strings.Contains(ja, jc.text)
	}
	var words []string // the words the body's word glosses
	for _, ja := range r.segGlosses(seg)[w] {
		if outside(ja) {
			words = append(words, ja)
		}
	}
	found := len(words) > 0
	for k := range r.bitJA[seg] {
		other := r.ja[k]
		if other == nil {
			continue
		}
		if slices.ContainsFunc(other.units, func(u morph.Token) bool {
			return slices.Contains(words, u.Surface) && (placeName(u) || u.POSAt(2) == "人名")
		}) {
			return false
		}
		if !outside(other.text) || !slices.ContainsFunc(r.lx.Lookup(other.text), func(e lexicon.Entry) bool {
			return slices.Contains(lexicon.ContentWords(e.Gloss), w)
		}) {
			continue
		}
		if slices.ContainsFunc(other.units, placeName) {
			return false
		}
		found = true
	}
	return found
}
