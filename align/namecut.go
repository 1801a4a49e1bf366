package align

import (
	"strings"

	"github.com/glossterm/gloss/align/internal/enterm"
	"github.com/glossterm/gloss/internal/lexicon"
)

// nameCut reports whether a span ends in a capitalized word that the next word of its
// sentence, capitalized too and with nothing between but a space, carries on, while a part
// of the term renders that next word: the span stops inside a name the term goes on
// rendering ("… Kingdom of Great" before "Northland", where the term's part is glossed
// "Great Northland"; "East China Sea and South China" before "Sea"). A name is not cut
// where the word after it is no part's rendering ("Prime Minister of Japan" before a
// holder's name) or where punctuation closes it.
func nameCut(cs []constituent, g *enterm.NGram) bool {
	sw := strings.Fields(g.Surface)
	if len(sw) == 0 || !capitalized(sw[len(sw)-1]) {
		return false
	}
	_, rest, ok := spanContext(g)
	if !ok || !strings.HasPrefix(rest, " ") {
		return false
	}
	fs := strings.Fields(rest)
	if len(fs) == 0 || !capitalized(fs[0]) {
		return false
	}
	norm, raw := lexicon.Split(strings.TrimRight(fs[0], ",.;:)"))
	return len(norm) > 0 && partRenders(cs, norm[:1], raw[:1])
}
