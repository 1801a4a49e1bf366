package bitext

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/glossterm/gloss"
	"github.com/glossterm/gloss/internal/textfile"
	"github.com/glossterm/gloss/internal/textnorm"
)

// inputErr is the error of an input file that cannot be used: unreadable, too large, not
// text, not UTF-8, or not in the language it was given as. file may end in ":line".
func inputErr(file, msg, hint string) error {
	if hint != "" {
		msg += " (" + hint + ")"
	}
	return &gloss.Error{File: file, Msg: msg}
}

// Doc is one input text.
type Doc struct {
	Name string // the file name, as given
	Lang string // "ja" or "en"
	Text string
}

// Segment is one aligned pair of a bitext file.
type Segment struct {
	Doc  string
	Line int
	ID   string
	JA   string
	EN   string
	// Origin is "bitext" (or empty) for a bitext file's rows, [OriginParallel] for the
	// segments Align finds.
	Origin string
}

// checkLanguage reports a *gloss.Error when text is clearly not in lang: a --ja file with
// (almost) no Japanese, an --en file that is mostly Japanese, or a file with no words.
func checkLanguage(name, text, lang string) error {
	ja, latin := textnorm.Scripts(text)
	switch {
	case ja+latin == 0:
		return inputErr(name, "no text", "the file is empty or has no letters")
	case lang == "ja" && ja*10 < ja+latin:
		return inputErr(name, "given as Japanese (--ja) but it is not Japanese", "pass English sources with --en")
	case lang == "en" && ja*2 > ja+latin:
		return inputErr(name, "given as English (--en) but it is mostly Japanese", "pass Japanese commentaries with --ja")
	}
	return nil
}

// ReadDoc reads and checks one input file.
func ReadDoc(path, lang string) (Doc, error) {
	text, err := textfile.ReadPlain(path)
	if err != nil {
		return Doc{}, err
	}
	return TextDoc(path, text, lang)
}

// TextDoc checks text read already (standard input, through textfile.DecodePlain), named
// name, as [ReadDoc] checks a file.
func TextDoc(name, text, lang string) (Doc, error) {
	if err := checkLanguage(name, text, lang); err != nil {
		return Doc{}, err
	}
	return Doc{Name: name, Lang: lang, Text: text}, nil
}

// Read reads a tab-separated bitext: "ja<TAB>en" or "id<TAB>ja<TAB>en" per line; a
// first line naming the columns (id, ja, en) is a header.
func Read(path string) ([]Segment, error) {
	text, err := textfile.ReadPlain(path)
	if err != nil {
		return nil, err
	}
	return parseBitext(path, text)
}

// ParseBitext parses a bitext read already (standard input, through
// textfile.DecodePlain), named name, as [Read] parses a file.
func ParseBitext(name, text string) ([]Segment, error) { return parseBitext(name, text) }

// parseBitext parses bitext text (see [Read]).
func parseBitext(name, text string) ([]Segment, error) {
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = '\t'
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	r.ReuseRecord = false
	jaCol, enCol, idCol := -1, -1, -1
	var out []Segment
	for line := 1; ; line++ {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, inputErr(name, err.Error(), "a bitext is tab-separated: ja<TAB>en or id<TAB>ja<TAB>en")
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
				return nil, inputErr(fmt.Sprintf("%s:%d", name, line), fmt.Sprintf("%d columns", len(rec)), "a bitext is tab-separated: ja<TAB>en or id<TAB>ja<TAB>en")
			}
		}
		if len(rec) <= max(jaCol, enCol) {
			if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
				continue
			}
			return nil, inputErr(fmt.Sprintf("%s:%d", name, line), fmt.Sprintf("%d columns, want at least %d", len(rec), max(jaCol, enCol)+1), "a bitext is tab-separated: ja<TAB>en or id<TAB>ja<TAB>en")
		}
		s := Segment{Doc: name, Line: line, JA: strings.TrimSpace(rec[jaCol]), EN: strings.TrimSpace(rec[enCol])}
		if idCol >= 0 && idCol < len(rec) {
			s.ID = rec[idCol]
		}
		if s.JA != "" && s.EN != "" {
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		return nil, inputErr(name, "no aligned segments", "a bitext is tab-separated: ja<TAB>en or id<TAB>ja<TAB>en")
	}
	return out, nil
}
