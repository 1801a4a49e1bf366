package lint

import (
	"hash/fnv"
	"strings"
	"unicode/utf8"

	"github.com/glossterm/gloss/internal/translit"
	"github.com/glossterm/gloss/match"
)

// Japanese titles a person by the convention of the person's country: Japan's prime minister
// is 総理大臣 (岸田総理大臣), another country's 首相 (アルバニージー首相), and a statement of
// two leaders writes both. The title after one person's name and the title after another's
// are not two wordings of one rendering, so the consistency check compares the uses of a
// title only among those written against one name (use.src): the same person titled two
// ways (岸田総理大臣 … 岸田首相) is still reported.

// maxKanjiName is the most characters of a kanji word written against a title that
// titleHolder takes for a name: a Japanese name is a surname of one to three kanji and a
// given name of one or two (岸田, 岸田文雄), a country two or three (韓国大統領).
const maxKanjiName = 4

// titleHolder returns a number that stands for the word written just before start in the
// Japanese text, with nothing between them, that says whose the term there is: a katakana
// word of two characters or more (a foreign name: アルバニージー, ジョセフ・バイデン's
// バイデン) or a kanji word of two to maxKanjiName characters (鈴木, 岸田文雄, 韓国), which
// starts after a character of another kind. It returns 0 for none. The number is
// negative, apart from the term indexes that use.src holds otherwise. It reads the text
// alone: kagome, which lint loads only before a missing-term finding, is not asked.
func (l *Linter) titleHolder(text string, start int) int32 {
	i, kana, kanji := start, 0, 0
	for i > 0 {
		r, w := utf8.DecodeLastRuneInString(text[:i])
		s := script(r)
		if s == 3 && kanji == 0 {
			kana++
		} else if s == 1 && kana == 0 {
			kanji++
		} else {
			break
		}
		i -= w
	}
	run := text[i:start]
	switch {
	case kana >= 2 && utf8.RuneCountInString(strings.ReplaceAll(run, "・", "")) >= 2:
	case kanji >= 2 && kanji <= maxKanjiName:
	default:
		return 0
	}
	h := fnv.New32a()
	h.Write([]byte(run))
	return -1 - int32(h.Sum32()&0x3fffffff)
}

// holderTitled reports whether the Japanese source writes the title at o after a
// person's name (see titleHolder) and the English translation titles the person in its
// own way: by the initials of one of the title's English terms before a capitalized name
// ("PM Kishida" for 岸田総理大臣), or, for a katakana name, by a capitalized title word
// right before the English name the katakana transcribes ("Federal Chancellor Nehammer"
// for ネハンマー首相). Japanese titles a foreign head of government 首相 whatever the
// country calls the post, and English gives the post the country's own title, so the
// name titled is the title rendered. An honorific ("Mr. Nehammer"), a possessive or a
// country word before the name is no title, and another name is another person.
func (l *Linter) holderTitled(src, tgt string, o match.Occurrence, group []match.Occurrence, tgtLang string) bool {
	if l.titleHolder(src, o.Start) == 0 {
		return false
	}
	for _, g := range group {
		for _, t := range g.Concept.Terms[tgtLang] {
			// A title of one word has no initials that stand for it.
			if ini := initials(t.Text); t.Status.Allowed() && len(ini) >= 2 && initialsBeforeName(tgt, ini) {
				return true
			}
		}
	}
	if r, _ := utf8.DecodeLastRuneInString(src[:o.Start]); script(r) == 1 {
		// A kanji name: English titles the person by the title's head noun alone
		// ("Minister Onodera" for 小野寺防衛大臣), the name saying which minister.
		for _, g := range group {
			for _, t := range g.Concept.Terms[tgtLang] {
				if t.Status.Allowed() && headBeforeName(tgt, titleHead(t.Text)) {
					return true
				}
			}
		}
	}
	i := o.Start
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(src[:i])
		if script(r) != 3 {
			break
		}
		i -= n
	}
	name := src[i:o.Start]
	if utf8.RuneCountInString(name) < 2 {
		return false
	}
	words := strings.Fields(tgt)
	for k := 1; k < len(words); k++ {
		w := strings.Trim(words[k], wordPunct)
		prev := words[k-1]
		if !startsUpper(w) || !startsUpper(prev) || !isLetters(prev) || ownerWord(prev) || !translit.SoundsLike(name, w) {
			continue
		}
		return true
	}
	return false
}

// titleHead returns the head noun of an English title that names its field after it: the
// word before its first preposition ("Minister" of "Minister of Defense"); "" for a title
// without one, whose last word may be the head of another title too ("Minister" of "Prime
// Minister", and of "Defense Minister").
func titleHead(title string) string {
	ws := strings.Fields(title)
	for k := 1; k < len(ws); k++ {
		if ws[k] == "of" || ws[k] == "for" || ws[k] == "on" {
			return ws[k-1]
		}
	}
	return ""
}

// headBeforeName reports whether text has head as a word that opens a title (no
// capitalized word before it: "Prime Minister Kishida" is another title) followed by a
// capitalized word of letters that is no acronym and no country's word, a name ("Minister
// Onodera").
func headBeforeName(text, head string) bool {
	if head == "" {
		return false
	}
	words := strings.Fields(text)
	for k := 0; k+1 < len(words); k++ {
		if words[k] != head || k > 0 && startsUpper(words[k-1]) && !strings.ContainsAny(words[k-1], ".,;:") {
			continue
		}
		w, _ := nextWord(words[k+1])
		if w != "" && startsUpper(w) && isLetters(w) && !ownerWord(w) { // ownerWord: acronyms too
			return true
		}
	}
	return false
}

// initialsBeforeName reports whether text has ini as a word of its own followed by a
// capitalized word of letters, a name ("PM Kishida").
func initialsBeforeName(text, ini string) bool {
	for off := 0; ; {
		i := strings.Index(text[off:], ini)
		if i < 0 {
			return false
		}
		s := off + i
		off = s + len(ini)
		if s > 0 && isLetterAt(text, s-1) || off+1 >= len(text) || text[off] != ' ' {
			continue
		}
		w, _ := nextWord(text[off+1:])
		if w != "" && startsUpper(w) && isLetters(w) && !isAcronym(w) {
			return true
		}
	}
}
