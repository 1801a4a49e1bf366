package align

import (
	"github.com/glossterm/gloss/bitext"
)

// The reading of input texts and bitexts, sentence splitting and the alignment of
// parallel documents live in package bitext, below align and tm (bitext.ReadDoc, Read,
// Sentences, Align, CheckParallel); align names their types.

// Doc is one input text (see [bitext.Doc]).
type Doc = bitext.Doc

// BitextSegment is one aligned pair of a bitext file (see [bitext.Segment]).
type BitextSegment = bitext.Segment

// Sentence is one sentence of a text (see [bitext.Sentence]).
type Sentence = bitext.Sentence

// OriginParallel marks the segments aligned from parallel documents.
const OriginParallel = bitext.OriginParallel
