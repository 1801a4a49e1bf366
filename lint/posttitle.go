package lint

import (
	"strings"
	"unicode/utf8"

	"github.com/glossterm/gloss/match"
)

// A post referred to by its title. A readout names a post in full once ("the Secretary
// General of the North Atlantic Treaty Organization") and then by its title with the
// definite article ("the Secretary General", "the President"), as it refers to the meeting
// it reports by its head noun: Japanese writes the post's body or country before the
// title at each mention (ストルテンベルグNATO事務総長, NATOのストルテンベルグ事務総長).
// A Japanese source term before a post noun of postTitles, where the English segment has "the" and an
// English title of that post in title case as the whole title (see titleWithArticle), is settled at the document's end (weNamesPass): no finding where the
// English names the concept in a segment before, the full naming the title refers back
// to; a note where it names it only after, as for a meeting referred to by its head noun;
// an error where it never does.

// postTitles are Japanese post nouns, the longer first, with the English titles of the
// post that an English text writes after "the" for it.
var postTitles = []struct {
	ja string
	en []string
}{
	{"事務総長", []string{"Secretary General", "Secretary-General"}},
	{"事務局長", []string{"Director General", "Director-General", "Secretary General", "Secretary-General"}},
	{"外務大臣", []string{"Foreign Minister", "Minister", "Foreign Secretary", "Secretary"}},
	{"国防大臣", []string{"Defence Minister", "Defense Minister", "Minister", "Secretary"}},
	{"国防長官", []string{"Secretary", "Defense Secretary"}},
	{"国務長官", []string{"Secretary"}},
	{"大統領", []string{"President"}},
	{"首相", []string{"Prime Minister", "Premier", "Chancellor"}},
	{"外相", []string{"Foreign Minister", "Minister", "Foreign Secretary", "Secretary"}},
	{"国防相", []string{"Defence Minister", "Defense Minister", "Minister", "Secretary"}},
	{"委員長", []string{"President", "Chair", "Chairman", "Chairperson"}},
	{"議長", []string{"President", "Chair", "Chairman", "Speaker"}},
	{"総裁", []string{"President", "Governor"}},
	{"上級代表", []string{"High Representative"}},
}

// postByTitle reports whether the Japanese source term at o stands before a post noun of
// postTitles, right before it or with の and the holder's name between them
// (NATOのストルテンベルグ事務総長: see holderName), and the English target tgt has "the"
// and one of that post's English titles as written, as the whole title
// (titleWithArticle).
func postByTitle(src string, o match.Occurrence, tgt string) bool {
	after := src[o.End:]
	if rest, ok := strings.CutPrefix(after, "の"); ok {
		after = holderName(rest)
	}
	for _, p := range postTitles {
		if !strings.HasPrefix(after, p.ja) {
			continue
		}
		for _, en := range p.en {
			if titleWithArticle(tgt, "the "+en) || titleWithArticle(tgt, "The "+en) {
				return true
			}
		}
		return false
	}
	return false
}

// titleWithArticle reports whether text has phrase as words of their own and as the whole
// title: not followed by "of" (which would name whose post it is), nor by "for" and a
// name (the Minister for Foreign Affairs, a post named by its portfolio), nor by a
// capitalized word that makes a longer title (the Secretary General: see longerTitle). A
// capitalized word that does not, the holder's name, ends the title (the Secretary
// General Stoltenberg).
func titleWithArticle(text, phrase string) bool {
	for off := 0; off < len(text); {
		i := strings.Index(text[off:], phrase)
		if i < 0 {
			return false
		}
		at := off + i
		end := at + len(phrase)
		off = at + 1
		if at > 0 && isWordByte(text[at-1]) || end < len(text) && isWordByte(text[end]) || strings.HasPrefix(text[end:], " of ") {
			continue
		}
		if next, ok := strings.CutPrefix(text[end:], " for "); ok && startsUpper(next) || longerTitle(phrase, text[end:]) {
			continue
		}
		return true
	}
	return false
}

// longerTitle reports whether phrase ("the Secretary"), with the word that follows it in
// rest (" General Stoltenberg"), opens a longer English title of postTitles: phrase is
// then part of another title, not one of its own.
func longerTitle(phrase, rest string) bool {
	next, ok := strings.CutPrefix(rest, " ")
	if !ok || !startsUpper(next) {
		return false
	}
	n := 0
	for n < len(next) && isWordByte(next[n]) {
		n++
	}
	title := phrase[strings.IndexByte(phrase, ' ')+1:] + " " + next[:n]
	for _, p := range postTitles {
		for _, en := range p.en {
			if en == title || strings.HasPrefix(en, title+" ") {
				return true
			}
		}
	}
	return false
}

// holderName returns rest after the name of a post's holder at its start: a katakana name
// of two characters or more, its parts joined by the middle dot (ストルテンベルグ,
// イェンス・ストルテンベルグ). Where none is there it returns rest as it is, which a post
// of the body's own may open (NATOの事務総長). A kanji word is not taken for a name: it may
// be a prefix that makes another post (副大統領, the Vice President).
func holderName(rest string) string {
	i, n := 0, 0
	for i < len(rest) {
		r, w := utf8.DecodeRuneInString(rest[i:])
		if script(r) != 3 && !(r == '・' && n > 0) {
			break
		}
		i += w
		n++
	}
	if n >= 2 {
		return rest[i:]
	}
	return rest
}
