package align

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/glossterm/gloss/align/internal/enterm"
	"github.com/glossterm/gloss/align/internal/jaterm"
	"github.com/glossterm/gloss/internal/morph"
	"github.com/glossterm/gloss/internal/translit"
)

// Transliteration.

func (r *run) translits() {
	type skel struct {
		g   *enterm.NGram
		len int
	}
	var grams []*enterm.NGram
	for i := 0; i < r.en.Len(); i++ {
		g := r.en.Get(i)
		if len(g.Words) <= 3 {
			grams = append(grams, g)
		}
	}
	skels := make([]string, len(grams))
	for i, g := range grams {
		skels[i] = translit.Skeleton(g.Surface)
	}
	for _, jc := range r.ja {
		if jc.phrasal || !jaterm.IsKatakana(jc.text) || utf8.RuneCountInString(jc.text) < 3 {
			continue
		}
		var best *enterm.NGram
		bestSim := 0.0
		sound := translit.NewSound(jc.text)
		js := len(sound.Skeleton())
		for i, g := range grams {
			if abs(len(skels[i])-js) > 3 || hasInitial(g.Raw) {
				continue // the skeletons differ too much in length to be alike; "B. Asia"
			}
			sim := sound.Similarity(g.Surface, skels[i])
			if sim > bestSim || (sim == bestSim && best != nil && len(g.Words) > len(best.Words)) ||
				sim == bestSim && best != nil && len(g.Words) == len(best.Words) &&
					sound.SyllableSimilarity(g.Surface) > sound.SyllableSimilarity(best.Surface) {
				// of words that sound alike consonant for consonant, the one with as many
				// syllables: コロラリー is corollary, not Korea
				best, bestSim = g, sim
			}
		}
		if best != nil && bestSim >= translit.Threshold {
			if r.sounded == nil {
				r.sounded = map[string][]string{}
			}
			r.sounded[jc.text] = best.Words
			r.add(jc.text, best.Surface, Evidence{Type: EvTranslit, Doc: best.First.Doc, Line: best.First.Line, Quote: quote(best.First.Sentence),
				Detail: fmt.Sprintf("%s ≈ %s (%.2f)", translit.Romaji(jc.text), strings.ToLower(best.Surface), bestSim)})
			if len(best.Words) >= 2 {
				// a name of several words (キャンプ・デービッド = Camp David) sounds alike only
				// as a whole, not word by word: learned, it translates the part of a longer
				// term (キャンプ・デービッド原則 = Camp David Principles)
				r.lx.Add(jc.text, best.Surface, "translit")
			}
		}
	}
}

// deverbal reports whether a サ変 verbal noun is rendered by one English noun with a
// nominalizing suffix.
func deverbal(t morph.Token, raw []string) bool {
	if len(t.POS) < 2 || t.POS[1] != "サ変接続" || len(raw) != 1 {
		return false
	}
	w := raw[0]
	for _, suf := range []string{"ion", "ial", "al", "ence", "ance", "ment", "ity", "ness", "ure", "age", "ship", "ism", "cy"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	return false
}

func hasInitial(raw []string) bool {
	for _, w := range raw {
		if len(strings.Trim(w, "^.")) <= 1 {
			return true
		}
	}
	return false
}
