package bitext

import "github.com/glossterm/gloss/internal/segment"

// Sentence is one sentence of a text, as the sentence splitter behind Align finds
// it.
type Sentence struct {
	Text       string // the sentence, without surrounding white space
	Start, End int    // byte offsets of Text in the text
	Line       int    // 1-based line of Start
}

// Sentences splits a Japanese (lang "ja") or English (any other lang) text into sentences
// with the splitter Align uses.
func Sentences(text, lang string) []Sentence {
	var ss []segment.Sentence
	if lang == "ja" {
		ss = segment.Japanese(text)
	} else {
		ss = segment.English(text)
	}
	out := make([]Sentence, len(ss))
	for i, s := range ss {
		out[i] = Sentence{Text: s.Text, Start: s.Start, End: s.End, Line: s.Line}
	}
	return out
}
