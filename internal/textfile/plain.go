package textfile

// Plain text for align and the translation memory: a Japanese commentary, an English
// source, a bitext, a query. This gate is stricter than [Read] about what text is (control
// characters refuse a file) and its errors name the line only ("not valid UTF-8 (line 3)").

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/glossterm/gloss"
)

// PlainLimit bounds a file read by [ReadPlain]. The Japanese commentaries gloss is built for are tens
// of kilobytes; 32 MiB is a whole book, and keeps memory bounded (the tokenizer needs about
// 300 bytes per input byte of the longest sentence, and the candidate tables grow with the
// text).
const PlainLimit = 32 << 20

// ReadPlain reads a UTF-8 text file, refusing what is not one: a file over PlainLimit,
// binary data, Shift_JIS or EUC-JP text, invalid UTF-8. A byte-order mark and CRLF line
// ends are accepted.
func ReadPlain(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, PlainLimit+1))
	if err != nil {
		return "", err
	}
	if len(data) > PlainLimit {
		return "", plainErr(path, fmt.Sprintf("larger than %d MiB", PlainLimit>>20), "split it into smaller files")
	}
	return DecodePlain(path, data)
}

// DecodePlain checks that data is UTF-8 text and returns it with a BOM removed and CRLF
// folded to LF.
func DecodePlain(name string, data []byte) (string, error) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return "", plainErr(name, fmt.Sprintf("binary data (a NUL byte at offset %d)", i), "give a plain-text file")
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		line := bytes.Count(data[:off], []byte("\n")) + 1
		hint := "convert it to UTF-8"
		if looksShiftJIS(data) {
			hint = "it looks like Shift_JIS or EUC-JP; convert it with: iconv -f SHIFT_JIS -t UTF-8"
		}
		return "", plainErr(name, fmt.Sprintf("not valid UTF-8 (line %d)", line), hint)
	}
	controls := 0
	for _, r := range string(data) {
		if r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' {
			controls++
		}
	}
	if controls > len(data)/100+8 {
		return "", plainErr(name, "binary data (control characters)", "give a plain-text file")
	}
	return strings.ReplaceAll(string(data), "\r\n", "\n"), nil
}

func looksShiftJIS(data []byte) bool {
	lead := 0
	for i := 0; i+1 < len(data); i++ {
		c := data[i]
		if (c >= 0x81 && c <= 0x9F) || (c >= 0xE0 && c <= 0xEF) || (c >= 0xA1 && c <= 0xFE) {
			lead++
			i++
		}
	}
	return lead > 4
}

// plainErr is the error of a file ReadPlain or DecodePlain refuses; name may end in ":line".
func plainErr(name, msg, hint string) error {
	return &gloss.Error{File: name, Msg: msg + " (" + hint + ")"}
}
