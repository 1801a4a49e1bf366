package textfile

// Plain text for align and the translation memory: a Japanese commentary, an English
// source, a bitext, a query. It goes through the same gate as every other text (a NUL
// byte stops the read at once; an error names the line and column and tells Shift_JIS
// from a file that mixes UTF-8 with another encoding), with a limit of its own, and is
// stricter about what text is: many control characters refuse a file.

import (
	"bytes"
	"strings"

	"github.com/glossterm/gloss"
)

// PlainLimit bounds a file read by [ReadPlain]. The Japanese commentaries gloss is built for are tens
// of kilobytes; 32 MiB is a whole book, and keeps memory bounded (the tokenizer needs about
// 300 bytes per input byte of the longest sentence, and the candidate tables grow with the
// text).
const PlainLimit = 32 << 20

// Plain is the kind of a text read by [ReadPlain]: a document to align or to match
// against the translation memory.
var Plain = Kind{"text", "texts to align or match", PlainLimit, "split it into smaller files", true}

// ReadPlain reads a UTF-8 text file, refusing what is not one: a file over PlainLimit,
// binary data, Shift_JIS or EUC-JP text, invalid UTF-8. A byte-order mark and CRLF line
// ends are accepted.
func ReadPlain(path string) (string, error) {
	data, err := ReadFile(path, Plain)
	if err != nil {
		return "", err
	}
	return DecodePlain(path, data)
}

// DecodePlain checks that data is UTF-8 text and returns it with a BOM removed and CRLF
// folded to LF.
func DecodePlain(name string, data []byte) (string, error) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if err := CheckText(name, data); err != nil {
		return "", err
	}
	controls, first := 0, -1
	for i, b := range data {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
			if controls++; first < 0 {
				first = i
			}
		}
	}
	if controls > len(data)/100+8 {
		line, col := Pos(data, first)
		return "", gloss.Errorf(gloss.ErrBinary, name, line, col, "give a plain-text file",
			"%d control characters, the first U+%04X: this is binary data, not text", controls, data[first])
	}
	return strings.ReplaceAll(string(data), "\r\n", "\n"), nil
}
