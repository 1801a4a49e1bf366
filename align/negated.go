package align

import (
	"regexp"
	"slices"

	"github.com/glossterm/gloss/internal/lexicon"
)

// A negated attributive: X のない Y, Y with no X (核兵器のない世界, 紛争のない地域), is English
// "Y without X" (a world without nuclear weapons). The adjective ない of the link is glossed
// "not", which no such English writes: where the English writes "without" between two
// words, ない is read as glossed by it. Elsewhere ない keeps its gloss, and a rendering must
// still write a negation: a compound adjective may render the whole link (切れ目のない =
// seamless), but an English that drops the negation ("world with nuclear weapons", "world")
// says the opposite or less. Another wording ("a world free of nuclear weapons") is no
// rendering this reads.

// withoutParts returns a copy of cs with the ない of a のない link read as rendered by
// "without", or nil when cs has none. The link's ない stands inside the term, apart from the
// part before it (the particle の between them is no unit of a term), with the head after it.
func withoutParts(cs []constituent) []constituent {
	for j := 1; j+1 < len(cs); j++ {
		c := cs[j]
		if c.without || len(c.units) != 1 || c.units[0].Base != "ない" || c.units[0].POSAt(0) != "形容詞" {
			continue
		}
		p := cs[j-1].units
		if len(p) == 0 || p[len(p)-1].End >= c.units[0].Start {
			continue
		}
		out := slices.Clone(cs)
		w := lexicon.Norm("without")
		out[j].words, out[j].glosses, out[j].gheads, out[j].without = []string{w}, [][]string{{w}}, []int{0}, true
		return out
	}
	return nil
}

// withoutRE finds "without" between two words.
var withoutRE = regexp.MustCompile(`(?i)\S\s+without\s+\S`)

// writesWithout reports whether an English phrase writes "without" between two words.
func writesWithout(s string) bool { return withoutRE.MatchString(s) }

// negationRE finds a word that negates: no, not, non, free (of), or an adjective in -less.
var negationRE = regexp.MustCompile(`(?i)\b(no|not|non|free|[a-z]+less)\b`)

// writesNegation reports whether an English phrase writes a negation (see negationRE) or
// "without".
func writesNegation(s string) bool { return negationRE.MatchString(s) || writesWithout(s) }
