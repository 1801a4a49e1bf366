package align

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxFileSize bounds one input file. The Japanese commentaries gloss is built for are tens
// of kilobytes; 32 MiB is a whole book, and keeps memory bounded (the tokenizer needs about
// 300 bytes per input byte of the longest sentence, and the candidate tables grow with the
// text).
const MaxFileSize = 32 << 20

// InputError is a problem with an input file: unreadable, too large, not text, not UTF-8,
// or not in the language it was given as.
type InputError struct {
	File string
	Msg  string
	Hint string
}

func (e *InputError) Error() string {
	if e.Hint != "" {
		return fmt.Sprintf("%s: %s (%s)", e.File, e.Msg, e.Hint)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// Doc is one input text.
type Doc struct {
	Name string // the file name, as given
	Lang string // "ja" or "en"
	Text string
}

// BitextSegment is one aligned pair of a bitext file.
type BitextSegment struct {
	Doc  string
	Line int
	ID   string
	JA   string
	EN   string
	// Origin is "bitext" (or empty) for a bitext file's rows, [OriginParallel] for the
	// segments AlignParallel finds.
	Origin string
}

// ReadText reads a UTF-8 text file, refusing what is not one: a file over MaxFileSize,
// binary data, Shift_JIS or EUC-JP text, invalid UTF-8. A byte-order mark and CRLF line
// ends are accepted.
func ReadText(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return "", err
	}
	if len(data) > MaxFileSize {
		return "", &InputError{path, fmt.Sprintf("larger than %d MiB", MaxFileSize>>20), "split it into smaller files"}
	}
	return DecodeText(path, data)
}

// DecodeText checks that data is UTF-8 text and returns it with a BOM removed and CRLF
// folded to LF.
func DecodeText(name string, data []byte) (string, error) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return "", &InputError{name, fmt.Sprintf("binary data (a NUL byte at offset %d)", i), "give a plain-text file"}
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
		return "", &InputError{name, fmt.Sprintf("not valid UTF-8 (line %d)", line), hint}
	}
	controls := 0
	for _, r := range string(data) {
		if r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' {
			controls++
		}
	}
	if controls > len(data)/100+8 {
		return "", &InputError{name, "binary data (control characters)", "give a plain-text file"}
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

// CheckLanguage reports an *InputError when text is clearly not in lang: a --ja file with
// (almost) no Japanese, an --en file that is mostly Japanese, or a file with no words.
func CheckLanguage(name, text, lang string) error {
	var ja, latin int
	for _, r := range text {
		switch {
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana):
			ja++
		case r < 0x80 && unicode.IsLetter(r):
			latin++
		}
	}
	switch {
	case ja+latin == 0:
		return &InputError{name, "no text", "the file is empty or has no letters"}
	case lang == "ja" && ja*10 < ja+latin:
		return &InputError{name, "given as Japanese (--ja) but it is not Japanese", "pass English sources with --en"}
	case lang == "en" && ja*2 > ja+latin:
		return &InputError{name, "given as English (--en) but it is mostly Japanese", "pass Japanese commentaries with --ja"}
	}
	return nil
}

// ReadDoc reads and checks one input file.
func ReadDoc(path, lang string) (Doc, error) {
	text, err := ReadText(path)
	if err != nil {
		return Doc{}, err
	}
	if err := CheckLanguage(path, text, lang); err != nil {
		return Doc{}, err
	}
	return Doc{Name: path, Lang: lang, Text: text}, nil
}

// ReadBitext reads a tab-separated bitext: "ja<TAB>en" or "id<TAB>ja<TAB>en" per line; a
// first line naming the columns (id, ja, en) is a header.
func ReadBitext(path string) ([]BitextSegment, error) {
	text, err := ReadText(path)
	if err != nil {
		return nil, err
	}
	return ParseBitext(path, text)
}

// ParseBitext parses bitext text (see [ReadBitext]).
func ParseBitext(name, text string) ([]BitextSegment, error) {
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = '\t'
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	r.ReuseRecord = false
	jaCol, enCol, idCol := -1, -1, -1
	var out []BitextSegment
	for line := 1; ; line++ {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, &InputError{name, err.Error(), "a bitext is tab-separated: ja<TAB>en or id<TAB>ja<TAB>en"}
		}
		line, _ = r.FieldPos(0)
		if jaCol < 0 {
			for i, h := range rec {
				switch strings.ToLower(strings.TrimSpace(h)) {
				case "ja", "jp", "japanese", "source":
					jaCol = i
				case "en", "english", "target":
					enCol = i
				case "id":
					idCol = i
				}
			}
			if jaCol >= 0 && enCol >= 0 {
				continue // header
			}
			switch len(rec) {
			case 2:
				jaCol, enCol, idCol = 0, 1, -1
			case 3:
				jaCol, enCol, idCol = 1, 2, 0
			default:
				return nil, &InputError{fmt.Sprintf("%s:%d", name, line), fmt.Sprintf("%d columns", len(rec)), "a bitext is tab-separated: ja<TAB>en or id<TAB>ja<TAB>en"}
			}
		}
		if len(rec) <= max(jaCol, enCol) {
			if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
				continue
			}
			return nil, &InputError{fmt.Sprintf("%s:%d", name, line), fmt.Sprintf("%d columns, want at least %d", len(rec), max(jaCol, enCol)+1), "a bitext is tab-separated: ja<TAB>en or id<TAB>ja<TAB>en"}
		}
		s := BitextSegment{Doc: name, Line: line, JA: strings.TrimSpace(rec[jaCol]), EN: strings.TrimSpace(rec[enCol])}
		if idCol >= 0 && idCol < len(rec) {
			s.ID = rec[idCol]
		}
		if s.JA != "" && s.EN != "" {
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		return nil, &InputError{name, "no aligned segments", "a bitext is tab-separated: ja<TAB>en or id<TAB>ja<TAB>en"}
	}
	return out, nil
}
