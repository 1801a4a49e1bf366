package align

import (
	"unicode"

	"github.com/glossterm/gloss"
	"github.com/glossterm/gloss/bitext"
	"github.com/glossterm/gloss/glossary"
)

// The reading of input texts and bitexts, sentence splitting and the alignment of
// parallel documents live in package bitext, below align and tm; these names keep
// align's API.

// Doc is one input text (see [bitext.Doc]).
type Doc = bitext.Doc

// BitextSegment is one aligned pair of a bitext file (see [bitext.Segment]).
type BitextSegment = bitext.Segment

// Sentence is one sentence of a text (see [bitext.Sentence]).
type Sentence = bitext.Sentence

// OriginParallel marks the segments aligned from parallel documents.
const OriginParallel = bitext.OriginParallel

// ReadDoc reads and checks one input file (see [bitext.ReadDoc]).
func ReadDoc(path, lang string) (Doc, error) { return bitext.ReadDoc(path, lang) }

// ReadBitext reads a tab-separated bitext (see [bitext.Read]).
func ReadBitext(path string) ([]BitextSegment, error) { return bitext.Read(path) }

// Sentences splits a text into sentences (see [bitext.Sentences]).
func Sentences(text, lang string) []Sentence { return bitext.Sentences(text, lang) }

// AlignParallel aligns a Japanese document with its English translation (see
// [bitext.Align]).
func AlignParallel(ja, en Doc, g *glossary.Glossary) ([]BitextSegment, error) {
	return bitext.Align(ja, en, g)
}

// CheckParallel reports a parallel pair whose paragraph counts differ (see
// [bitext.CheckParallel]).
func CheckParallel(ja, en Doc) error { return bitext.CheckParallel(ja, en) }

// inputErr is the error of an input file align cannot use. file may end in ":line".
func inputErr(file, msg, hint string) error {
	if hint != "" {
		msg += " (" + hint + ")"
	}
	return &gloss.Error{File: file, Msg: msg}
}

// scripts counts the letters of text in kanji or kana, and the ASCII letters.
func scripts(text string) (ja, latin int) {
	for _, r := range text {
		switch {
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana):
			ja++
		case r < 0x80 && unicode.IsLetter(r):
			latin++
		}
	}
	return ja, latin
}

// termPair is one allowed Japanese–English term pair of an approved concept.
type termPair struct{ JA, EN string }

// approvedTerms lists the allowed term pairs of the glossary's approved concepts, the pairs
// the lexicon is built from.
func approvedTerms(g *glossary.Glossary) []termPair {
	if g == nil {
		return nil
	}
	var out []termPair
	for _, c := range g.Concepts {
		if c.Status != glossary.Approved {
			continue
		}
		for _, jt := range c.Terms["ja"] {
			if !jt.Status.Allowed() {
				continue
			}
			for _, et := range c.Terms["en"] {
				if et.Status.Allowed() {
					out = append(out, termPair{JA: jt.Text, EN: et.Text})
				}
			}
		}
	}
	return out
}
