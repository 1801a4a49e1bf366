package align

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/glossterm/gloss/internal/lexicon"
)

// leadAcronymCut returns the expansion exp of an acronym given in parentheses after the
// Japanese term ja, less a leading acronym that the Japanese writes right before ja, in its
// own parentheses or bare: in X(ABC)政府間機関(ABCIGO) beside "ABCIGO (ABC International
// Government Organisation)", the Japanese names the body's owner by its own term and
// acronym before the parenthesis of the whole, so the term left of the last parenthesis
// covers only the rest of the English name. before is the text up to the parenthesis
// after ja; exp is returned as it is when the Japanese does not write the acronym there,
// or when ja holds Latin letters itself.
func leadAcronymCut(before, ja, exp string) string {
	first, rest, ok := strings.Cut(exp, " ")
	rest = strings.TrimSpace(rest)
	if !ok || rest == "" || !lexicon.IsAcronym(first) || strings.IndexFunc(width.Narrow.String(ja), latinRune) >= 0 {
		return exp
	}
	prefix, ok := strings.CutSuffix(before, ja)
	if !ok {
		return exp
	}
	prefix = strings.TrimRight(width.Narrow.String(prefix), " ・")
	if p, ok := strings.CutSuffix(prefix, ")"); ok {
		if i := strings.LastIndex(p, "("); i >= 0 {
			prefix = strings.TrimSpace(p[i+1:])
		}
	} else {
		// the bare Latin run the prefix ends with
		i := len(prefix)
		for i > 0 {
			c, n := utf8.DecodeLastRuneInString(prefix[:i])
			if !latinRune(c) {
				break
			}
			i -= n
		}
		if i > 0 {
			if c, _ := utf8.DecodeLastRuneInString(prefix[:i]); c == '.' || c == '-' {
				return exp // part of a longer written form
			}
		}
		prefix = prefix[i:]
	}
	if prefix != first {
		return exp
	}
	return rest
}
