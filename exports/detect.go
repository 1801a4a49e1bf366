package exports

import (
	"bytes"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/glossterm/gloss/exports/internal/columns"
	"golang.org/x/text/encoding/unicode"
)

// Detect names the format of an exchange file from its name and its first bytes (512
// are plenty): "xlsx", "tbx", "tmx", "csv", "tsv", "omegat" or "edict", or "" when it
// cannot tell. The content decides before the extension: a zip is a workbook, <martif or
// <tbx a TBX, <tmx a TMX. A .txt file is an OmegaT glossary unless its first line is a
// header naming languages, as in the "Unicode Text" (UTF-16LE, tab-separated) Excel saves,
// which is TSV. A name with no extension (standard input, "-") whose first line is a header
// naming languages is TSV, or CSV with commas between its cells.
func Detect(name string, head []byte) string {
	head = bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF"))
	switch {
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		return "xlsx"
	case bytes.Contains(head, []byte("<martif")), bytes.Contains(head, []byte("<tbx")):
		return "tbx"
	case bytes.Contains(head, []byte("<tmx")):
		return "tmx"
	}
	if f := FormatByExt(name); f != "" {
		return f
	}
	if e := strings.ToLower(filepath.Ext(name)); e == ".yaml" || e == ".yml" || bytes.HasPrefix(head, []byte("gloss:")) || bytes.Contains(head, []byte("\ngloss:")) {
		return "gloss" // a gloss.yaml, such as the proposals of gloss align --format yaml
	}
	if filepath.Ext(name) == "" {
		switch {
		case isHeaderLine(head, '\t'):
			return "tsv"
		case isHeaderLine(head, ','):
			return "csv"
		}
	}
	if strings.ToLower(filepath.Ext(name)) == ".txt" {
		if isHeaderLine(head, '\t') {
			return "tsv"
		}
		return "omegat"
	}
	if strings.Contains(strings.ToLower(filepath.Base(name)), "edict") {
		return "edict"
	}
	return ""
}

// FormatByExt names a format from a file's extension alone, or "".
func FormatByExt(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".tbx":
		return "tbx"
	case ".tmx":
		return "tmx"
	case ".xlsx":
		return "xlsx"
	case ".csv":
		return "csv"
	case ".tsv":
		return "tsv"
	case ".utf8", ".tab":
		return "omegat"
	}
	return ""
}

// isHeaderLine reports whether the first line of head (UTF-8, or UTF-16 with a BOM) is a
// header row of cells separated by sep whose cells are all columns the table reader reads, at least one of
// them a language: an OmegaT glossary has no header, its first line is a term pair.
func isHeaderLine(head []byte, sep byte) bool {
	if bytes.HasPrefix(head, []byte("\xFF\xFE")) || bytes.HasPrefix(head, []byte("\xFE\xFF")) {
		out, err := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder().Bytes(head[:len(head)&^1])
		if err != nil {
			return false
		}
		head = out
	}
	line, _, whole := bytes.Cut(head, []byte("\n"))
	if !whole {
		// The head ends inside the first line: its last cell may be cut.
		if i := bytes.LastIndexByte(line, sep); i >= 0 {
			line = line[:i]
		}
	}
	line = bytes.TrimSuffix(line, []byte("\r"))
	if !utf8.Valid(line) || !whole && len(line) == 0 || whole && bytes.IndexByte(line, sep) < 0 {
		return false
	}
	langs := 0
	for _, cell := range strings.Split(string(line), string(sep)) {
		col, ok := columns.Mapper{}.Header(strings.Trim(cell, `"`))
		if !ok {
			return false
		}
		if col.Kind == columns.ColTerm {
			langs++
		}
	}
	return langs > 0
}
