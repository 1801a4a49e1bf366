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
	sent := g.First.Sentence
	k := indexFold(sent, g.Surface)
	if k < 0 {
		return false
	}
	rest := sent[k+len(g.Surface):]
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	fs := strings.Fields(rest)
	if len(fs) == 0 || !capitalized(fs[0]) {
		return false
	}
	norm, raw := lexicon.Split(strings.TrimRight(fs[0], ",.;:)"))
	if len(norm) == 0 {
		return false
	}
	for _, c := range cs {
		if !c.affix && covers(c, norm[0], raw[0]) {
			return true
		}
	}
	return false
}
