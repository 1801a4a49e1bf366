package match

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

func isEnglish(lang string) bool { return lang == "en" || strings.HasPrefix(lang, "en-") }

// hyphenVariants returns the other spellings of an English form that English gives the
// same compound: open, hyphenated or closed (Self-Defense Forces, the Japan Self Defense
// Forces of an official text; Asia-Pacific, Asia Pacific; non-proliferation,
// nonproliferation). A hyphen between two letters is written as a space, and left out
// (all such hyphens at once). For a wrong rendering (wrong: a deprecated or forbidden
// term) a space between two letters is also hyphenated, one space at a time, as a
// compound used as a modifier hyphenates one pair ("long-range missile"): a wrong term
// must not slip through by its spelling. An approved open term gets no hyphenated
// variant: that would double the patterns of a glossary's multi-word terms, and an
// official text writes a name hyphenated where the glossary has it hyphenated. A hyphen
// or space beside anything else (U.S.-Japan, "short- and medium-range") is left alone,
// and a form with more than three hyphens and spaces between letters gets no variant.
// Compile adds the variants as inflections, unless the glossary has one as a form of its
// own.
func hyphenVariants(form string, wrong bool) []string {
	var hyphens, spaces []int
	for i := 1; i+1 < len(form); i++ {
		c := form[i]
		if c != '-' && c != ' ' {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(form[:i])
		after, _ := utf8.DecodeRuneInString(form[i+1:])
		if !latinLetter(before) || !latinLetter(after) {
			continue
		}
		if c == '-' {
			hyphens = append(hyphens, i)
		} else {
			spaces = append(spaces, i)
		}
	}
	if n := len(hyphens) + len(spaces); n == 0 || n > 3 || !wrong && len(hyphens) == 0 {
		return nil
	}
	var out []string
	if len(hyphens) > 0 {
		spaced, closed := []byte(form), make([]byte, 0, len(form))
		prev := 0
		for _, i := range hyphens {
			spaced[i] = ' '
			closed = append(closed, form[prev:i]...)
			prev = i + 1
		}
		closed = append(closed, form[prev:]...)
		out = append(out, string(spaced), string(closed))
	}
	for _, i := range spaces {
		if !wrong {
			break
		}
		out = append(out, form[:i]+"-"+form[i+1:])
	}
	return out
}

// latinLetter reports whether r is a letter of a Latin script.
func latinLetter(r rune) bool { return r < 0x250 && unicode.IsLetter(r) }

// countryNames are the English names and abbreviations of countries that form a
// hyphenated bilateral pair (U.S.-Japan, Japan-ROK).
var countryNames = map[string]bool{
	"U.S.": true, "US": true, "Japan": true, "ROK": true, "Korea": true, "Australia": true,
	"India": true, "Philippines": true, "Philippine": true, "China": true, "PRC": true,
	"UK": true, "U.K.": true, "France": true, "Germany": true, "Canada": true, "Italy": true,
	"Taiwan": true, "NZ": true,
}

// orderVariants returns an English form with its hyphenated pair of country names in the
// other order: U.S.-Japan and Japan-U.S. name the same alliance, committee or guidelines,
// each government putting its own name first ("Guidelines for U.S.-Japan Defense
// Cooperation" in a U.S. text, "Guidelines for Japan-U.S. Defense Cooperation" in
// Japan's official English). A chain of three (Japan-U.S.-ROK) is left alone.
func orderVariants(form string) []string {
	for i := 0; i < len(form); i++ {
		if form[i] != '-' {
			continue
		}
		s := strings.LastIndexAny(form[:i], " (\"") + 1
		e := strings.IndexAny(form[i+1:], " ,)\"")
		if e < 0 {
			e = len(form)
		} else {
			e += i + 1
		}
		a, b := form[s:i], form[i+1:e]
		if countryNames[a] && countryNames[b] && !strings.Contains(b, "-") && (s == 0 || form[s-1] != '-') {
			return []string{form[:s] + b + "-" + a + form[e:]}
		}
	}
	return nil
}
