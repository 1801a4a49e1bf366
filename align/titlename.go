package align

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glossterm/gloss/internal/lexicon"
)

// A post after a surname, the title before the name.
//
// Japanese writes a person's post after the surname, in one compound (林外務大臣), and
// English writes the post as a title before the name ("Foreign Minister Hayashi"): the
// post is the term, and the surname is no part of it. A one-kanji surname is a common
// noun for kagome (林, wood), so the post is not free-standing in the compound; it stands
// as a term where the kanji before it are a short run of one or two opening the compound
// (nothing written in a compound before them) and the English writes the premodified form
// of the post right before a capitalized word that is no function word: a title before a
// name. The form is taken only where the English writes it so.

// surnameBefore reports whether ja writes term once at least right after one or two kanji
// that open the compound, with nothing of a compound after the term (林外務大臣は).
func surnameBefore(ja, term string) bool {
	return anyIndex(ja, term, func(i int) bool {
		if after, _ := utf8.DecodeRuneInString(ja[i+len(term):]); compoundRune(after) {
			return false
		}
		n, k := 0, i
		for k > 0 {
			r, size := utf8.DecodeLastRuneInString(ja[:k])
			if !unicode.Is(unicode.Han, r) {
				break
			}
			n++
			k -= size
		}
		if n == 0 || n > 2 {
			return false
		}
		before, _ := utf8.DecodeLastRuneInString(ja[:k])
		return k == 0 || !compoundRune(before)
	})
}

// titleBeforeName reports whether en writes the span v right before a capitalized word
// that is no function word: a title before a name ("Foreign Minister Hayashi").
func titleBeforeName(en, v string) bool {
	return anyIndex(en, v, func(i int) bool {
		rest := en[i+len(v):]
		f := strings.Fields(rest)
		if !strings.HasPrefix(rest, " ") || len(f) == 0 {
			return false
		}
		w := strings.TrimRight(f[0], ",.;:)”’\"'")
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r) && !lexicon.IsStop(strings.ToLower(w)) && !strings.ContainsAny(w, ".")
	})
}
