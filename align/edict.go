package align

import (
	"bytes"
	"io"
	"os"

	"github.com/glossterm/gloss"
	"github.com/glossterm/gloss/align/internal/wordnet"
	"github.com/glossterm/gloss/internal/lexicon"
	"github.com/glossterm/gloss/internal/textfile"
)

// EDICTPath is where the Debian edict package installs the dictionary.
const EDICTPath = "/usr/share/edict/edict"

// EDICTFile returns an [Options.EDICT] loader reading the EDICT file at path.
func EDICTFile(path string) func(*lexicon.Lexicon, map[string]bool) (int, error) {
	return func(lx *lexicon.Lexicon, want map[string]bool) (int, error) {
		f, err := os.Open(path)
		if err != nil {
			return 0, err
		}
		defer f.Close()
		return lx.LoadEDICT(f, want)
	}
}

// InstalledEDICT returns the path of the installed EDICT, or "" when there is none.
func InstalledEDICT() string {
	if st, err := os.Stat(EDICTPath); err == nil && st.Mode().IsRegular() {
		return EDICTPath
	}
	return ""
}

// WordNetDir is where the Debian wordnet-base package installs WordNet's files.
const WordNetDir = wordnet.Dir

// InstalledWordNet returns the directory of the installed WordNet noun files (the Debian
// package wordnet-base), or "" when there is none.
func InstalledWordNet() string { return wordnet.Installed() }

// CheckEDICT checks, from its first 64 KiB, that the file at path can be an EDICT
// dictionary: not over the dictionary limit, no NUL bytes, and a line of the EDICT form
// "HEADWORD [READING] /gloss/". A file that is not one would otherwise add no gloss to the
// lexicon without a word.
func CheckEDICT(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	if fi.IsDir() {
		return &gloss.Error{File: path, Msg: "a directory (give the EDICT file)"}
	}
	if fi.Mode().IsRegular() && fi.Size() > textfile.Dictionary.Limit {
		return textfile.Dictionary.TooLarge(path)
	}
	head := make([]byte, 64<<10)
	n, err := io.ReadFull(f, head)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return err
	}
	head = head[:n]
	if i := bytes.IndexByte(head, 0); i >= 0 {
		line, col := textfile.Pos(head, i)
		return gloss.Errorf(gloss.ErrBinary, path, line, col, "give the EDICT file (EUC-JP or UTF-8 text), or --no-dict",
			"a NUL byte: this is binary data, not an EDICT dictionary")
	}
	for _, line := range bytes.Split(head, []byte("\n")) {
		if sp := bytes.IndexByte(line, ' '); sp > 0 && bytes.Contains(line[sp:], []byte(" /")) && bytes.HasSuffix(bytes.TrimRight(line, "\r"), []byte("/")) {
			return nil
		}
	}
	return gloss.Errorf(gloss.ErrSyntax, path, 1, 1, "give the EDICT file (the Debian package edict installs "+EDICTPath+"), or --no-dict",
		"no line of the form HEADWORD [READING] /gloss/gloss/: this is not an EDICT dictionary")
}
