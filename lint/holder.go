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
func (l *Linter) holderTitled(src, tgt string, o match.Occurrence, group []match.Occurrence, tgtLang string, s *sentences) bool {
	start := o.Start
	if c, w := utf8.DecodeLastRuneInString(src[:start]); countryInitials[c] != nil && start > w {
		// ウォレス英国防大臣, オースティン米国防長官: the country's initial between a
		// foreign name and the title says whose post it is, as English may leave to the
		// name ("Defense Secretary Austin").
		if p, _ := utf8.DecodeLastRuneInString(src[:start-w]); script(p) == 3 {
			start -= w
		}
	}
	surname := false
	if l.titleHolder(src, start) == 0 {
		if surname = l.surnameBefore(src, o, s); !surname {
			return false
		}
	}
	for _, g := range group {
		for _, t := range g.Concept.Terms[tgtLang] {
			// A title of one word has no initials that stand for it.
			if ini := initials(t.Text); t.Status.Allowed() && len(ini) >= 2 && initialsBeforeName(tgt, ini) {
				return true
			}
		}
	}
	if r, _ := utf8.DecodeLastRuneInString(src[:start]); script(r) == 1 {
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
	if surname {
		return false
	}
	i := start
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(src[:i])
		if script(r) != 3 {
			break
		}
		i -= n
	}
	name := src[i:start]
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
		// ownerWord: acronyms too, and words in -i or -an, but for a Japanese surname
		// ("Minister HAMADA", "Minister Hayashi")
		if w != "" && startsUpper(w) && isLetters(w) && (!ownerWord(w) || hepburnName(w)) {
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

// surnameBefore reports whether the Japanese source writes a surname of one kanji right
// before the title at o, after a character of another kind (林外務大臣, 森防衛大臣), as
// kagome reads it (名詞 固有名詞 人名): titleHolder leaves a single kanji out, since it is
// more often a prefix that makes another post or another time of it (前外務大臣, 副大臣,
// 新防衛大臣, 同大臣), which kagome reads as 接頭詞.
func (l *Linter) surnameBefore(src string, o match.Occurrence, s *sentences) bool {
	r, w := utf8.DecodeLastRuneInString(src[:o.Start])
	if script(r) != 1 {
		return false
	}
	if p, _ := utf8.DecodeLastRuneInString(src[:o.Start-w]); o.Start > w && script(p) == 1 {
		return false
	}
	for _, t := range l.tokensAround(src, o, s) {
		if t.End == o.Start {
			return t.Start == o.Start-w && t.POSAt(2) == "人名" && t.POSAt(1) == "固有名詞"
		}
	}
	return false
}

// hepburnName reports whether w is a capitalized word of three or more letters, in
// capitals or title case, that reads whole as Japanese syllables in Hepburn romanization
// and names no country (HAMADA, Hayashi, KISHIDA, Onodera): official English of Japan
// writes a Japanese surname so, often in capitals, which is then no acronym (MOD, IISS,
// ROK, USFJ do not read so), and a surname in -i or -an (Hayashi, Kan) no nationality.
func hepburnName(w string) bool {
	if len(w) < 3 || !startsUpper(w) || strings.ToUpper(w) != w && strings.ToLower(w[1:]) != w[1:] {
		return false
	}
	if lw := strings.ToLower(w); countryWords[lw] || countryAdjectives[lw] != nil {
		return false
	}
	s := strings.ToLower(w)
	for s != "" {
		if strings.IndexByte("aeiou", s[0]) >= 0 {
			s = s[1:]
			continue
		}
		if s[0] == 'n' && (len(s) == 1 || strings.IndexByte("aeiouy", s[1]) < 0) {
			s = s[1:] // the syllabic n (KAN, HONDA)
			continue
		}
		c := 1
		switch {
		case strings.HasPrefix(s, "ch"), strings.HasPrefix(s, "sh"), strings.HasPrefix(s, "ts"):
			c = 2
		case strings.IndexByte("kgszjtdnhbpmyrwf", s[0]) < 0:
			return false
		case len(s) > 2 && s[1] == 'y' && strings.IndexByte("kgnhbpmr", s[0]) >= 0:
			c = 2 // KYO, RYU
		case len(s) > 1 && s[1] == s[0] && s[0] != 'n':
			c = 2 // a doubled consonant (HATTORI, HOKKAIDO)
			if strings.HasPrefix(s[1:], "ch") || strings.HasPrefix(s[1:], "sh") || strings.HasPrefix(s[1:], "ts") {
				c = 3
			}
		}
		if c >= len(s) || strings.IndexByte("aeiou", s[c]) < 0 {
			return false
		}
		s = s[c+1:]
	}
	return true
}
