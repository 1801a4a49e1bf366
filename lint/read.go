package lint

import (
	"path/filepath"
	"strings"
)

// ReadOptions say how to read a file.
type ReadOptions struct {
	Source, Target string // languages; "" takes them from the file, or detects them
	// Langs are the glossary's languages in its order, the first the one it translates
	// from; a TMX file's direction is taken from them, its tuvs and its header.
	Langs []string
	Lang  string // the language of a monolingual text; "" means Target, else detected
	// AllSegments checks every segment of an XLIFF file, not only translated-or-later,
	// unlocked ones.
	AllSegments bool
}

// Kind names the reader for a file from its extension: tsv, csv, xliff, tmx, po or text.
func Kind(file string) string {
	switch strings.ToLower(filepath.Ext(file)) {
	case ".tsv", ".tab":
		return "tsv"
	case ".csv":
		return "csv"
	case ".xlf", ".xliff", ".sdlxliff", ".mqxliff", ".mxliff":
		return "xliff"
	case ".tmx":
		return "tmx"
	case ".po", ".pot":
		return "po"
	}
	return "text"
}

// Read reads one file for linting, choosing the reader by extension; plain text and
// Markdown are read as monolingual. Pairs of text files go through [ReadPaired].
func Read(file string, content []byte, o ReadOptions) (*Doc, error) {
	switch Kind(file) {
	case "tsv":
		return readDelimited(file, content, '\t', o.Source, o.Target)
	case "csv":
		return readDelimited(file, content, ',', o.Source, o.Target)
	case "xliff":
		return readXLIFF(file, content, o)
	case "tmx":
		return readTMX(file, content, o)
	case "po":
		return readPO(file, content, o)
	}
	lang := o.Lang
	if lang == "" {
		lang = o.Target // a monolingual text is in the language translations go into
	}
	return readMonolingual(file, content, lang)
}
