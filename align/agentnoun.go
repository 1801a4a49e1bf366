package align

import (
	"strings"

	"github.com/glossterm/gloss/internal/lexicon"
)

// glossWord reports whether the normalized English word w is the normalized gloss word
// g: lexicon.SameWord, except that an agent noun in -er never meets the noun in -ry of
// its root. The light stemmer leaves minister "minist" and ministry "ministr", which
// SameWord takes for one word; but a post is not the ministry it heads (防衛省 is no
// "Minister of Defense"), nor a registrar the registry, and official texts name both
// side by side. A doubled r is an inflection's (deter, deterred). Nor does a noun meet the
// verb English makes of it with -en (strength, strengthen; threat, threaten; length,
// lengthen): the verb says to make or give what the noun names, which Japanese writes
// with a word of its own (力 "strength" is no "strengthened", 強化 is), and official
// texts write the two side by side.
func glossWord(g, w string) bool {
	if !lexicon.SameWord(g, w) {
		return false
	}
	short, long := g, w
	if len(short) > len(long) {
		short, long = long, short
	}
	n := len(short)
	if n > 0 && long == short+"en" {
		return false
	}
	return n == 0 || len(long) == n || long[:n] != short || long[n] != 'r' || short[n-1] == 'r'
}

// glossMeets reports whether the English word raw (normalized w, acronyms marked "^")
// renders the normalized gloss word g of the constituent c: the same word (glossWord), the
// word as written, the relational adjective of a noun in -ion (ionalDerivative), or the
// noun in -ion of a verbal noun's verb gloss (ionDerivative).
func glossMeets(c *constituent, g, w, raw string) bool {
	return glossWord(g, strings.TrimPrefix(w, "^")) || raw == g || ionalDerivative(g, raw) || ionDerivative(c, g, raw)
}
