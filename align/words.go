package align

import (
	"os"
	"sync"

	"github.com/glossterm/gloss/align/internal/lexicon"
	"github.com/glossterm/gloss/align/internal/translit"
)

// The word-level evidence align translates by, for other packages that check a rendering
// (lint's paraphrased terms): English word identity, katakana loanwords by sound, and a
// lazily read EDICT.

// EnglishWords returns the normalized content words of English text (stop words dropped,
// plurals singular, British spelling American, a light stem), to compare with [SameWord].
func EnglishWords(s string) []string {
	var out []string
	for _, w := range lexicon.Words(s) {
		if !lexicon.IsStop(w) {
			out = append(out, lexicon.Norm(w))
		}
	}
	return out
}

// SameWord reports whether two words of [EnglishWords] are one word in two forms: equal,
// or sharing a stem that covers most of the shorter one (extension/extend, deter/deterrence).
func SameWord(a, b string) bool { return lexicon.SameWord(a, b) }

// SoundsLike reports whether a katakana word is the English text's loanword (ピボット,
// pivot; ゴールデンドーム, Golden Dome).
func SoundsLike(katakana, english string) bool {
	return translit.Similarity(katakana, english) >= translit.Threshold
}

// EDICTGlosses returns a lookup of the English glosses of Japanese words in the EDICT file
// at path. Nothing is read until it is called; then one pass over the file reads the
// glosses of all the words of a call that no earlier call asked for, and they are kept.
// A file that cannot be read gives no glosses. It is safe for concurrent use.
func EDICTGlosses(path string) func(words []string) map[string][]string {
	var mu sync.Mutex
	known := map[string][]string{} // every word asked for, nil when EDICT lacks it
	broken := false
	return func(words []string) map[string][]string {
		mu.Lock()
		defer mu.Unlock()
		want := map[string]bool{}
		for _, w := range words {
			if _, ok := known[w]; !ok && w != "" {
				want[w] = true
			}
		}
		if len(want) > 0 && !broken {
			lx := lexicon.New()
			if f, err := os.Open(path); err == nil {
				if _, err := lx.LoadEDICT(f, want); err != nil {
					broken = true
				}
				f.Close()
			} else {
				broken = true
			}
			for w := range want {
				var gs []string
				for _, e := range lx.Lookup(w) {
					gs = append(gs, e.Gloss)
				}
				known[w] = gs
			}
		}
		out := make(map[string][]string, len(words))
		for _, w := range words {
			if gs := known[w]; len(gs) > 0 {
				out[w] = gs
			}
		}
		return out
	}
}
