package exports

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf16"
)

// utf16LE encodes s as Excel's "Unicode Text" does: UTF-16LE with a byte-order mark.
func utf16LE(s string) []byte {
	b := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name, file string
		head       []byte
		want       string
	}{
		{name: "zip is a workbook whatever its name", file: "terms.dat", head: []byte("PK\x03\x04\x14\x00"), want: "xlsx"},
		{name: "TBX v2", file: "a.xml", head: []byte(`<?xml version="1.0"?><martif type="TBX">`), want: "tbx"},
		{name: "TBX v3 after a UTF-8 BOM", file: "a.xml", head: []byte("\xEF\xBB\xBF<tbx type=\"TBX-Basic\">"), want: "tbx"},
		{name: "TMX", file: "memory.xml", head: []byte(`<tmx version="1.4">`), want: "tmx"},
		{name: "content before extension", file: "a.csv", head: []byte(`<tmx version="1.4">`), want: "tmx"},
		{name: "CSV by extension", file: "A.CSV", head: []byte("ja,en\n"), want: "csv"},
		{name: "TSV by extension", file: "a.tsv", head: []byte("ja\ten\n"), want: "tsv"},
		{name: "OmegaT .utf8", file: "glossary.utf8", head: []byte("拡大抑止\textended deterrence\n"), want: "omegat"},
		{name: "OmegaT .tab", file: "glossary.tab", head: []byte("拡大抑止\textended deterrence\n"), want: "omegat"},
		{name: "OmegaT .txt: a term pair first", file: "glossary.txt", head: []byte("拡大抑止\textended deterrence\tcomment\n"), want: "omegat"},
		{name: "OmegaT .txt in UTF-16", file: "glossary.txt", head: utf16LE("拡大抑止\textended deterrence\r\n"), want: "omegat"},
		{name: "Excel Unicode Text: UTF-16LE TSV with a header", file: "Book1.txt", head: utf16LE("Japanese\tEnglish\r\n拡大抑止\textended deterrence\r\n"), want: "tsv"},
		{name: "Excel Unicode Text with language tags and notes", file: "terms.txt", head: utf16LE("id\tja\ten\tnote\r\nx\t抑止\tdeterrence\r\n"), want: "tsv"},
		{name: "UTF-8 .txt with a header", file: "terms.txt", head: []byte("ja-JP\ten-US\n抑止\tdeterrence\n"), want: "tsv"},
		{name: "a header cut by the head's end", file: "terms.txt", head: utf16LE("ja\ten\tdefinit"), want: "tsv"},
		{name: "a header with an unknown column is a term pair", file: "terms.txt", head: []byte("ja\tprice\n"), want: "omegat"},
		{name: "a header without languages is a term pair", file: "terms.txt", head: []byte("id\tnote\n"), want: "omegat"},
		{name: "EDICT by name", file: "/usr/share/edict/edict", head: []byte("\xA1\xA9\xA1\xA9 /EDICT/"), want: "edict"},
		{name: "unknown", file: "notes.md", head: []byte("# notes"), want: ""},
		{name: "standard input: TSV with a header", file: "-", head: []byte("ja\ten\n抑止\tdeterrence\n"), want: "tsv"},
		{name: "standard input: CSV with a header", file: "-", head: []byte("ja,en,note\n抑止,deterrence,\n"), want: "csv"},
		{name: "standard input: CSV header of quoted cells", file: "-", head: []byte("\"Japanese\",\"English\"\r\n"), want: "csv"},
		{name: "standard input: a term pair is no header", file: "-", head: []byte("抑止\tdeterrence\n"), want: ""},
		{name: "standard input: text", file: "-", head: []byte("hello, world\n"), want: ""},
		{name: "no extension, a CSV header", file: "terms", head: []byte("ja,en\n"), want: "csv"},
		{name: "a .md file with a CSV header line is not told", file: "notes.md", head: []byte("ja,en\n"), want: ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Detect(tc.file, tc.head); got != tc.want {
				t.Errorf("Detect(%q, %q) = %q, want %q", tc.file, tc.head, got, tc.want)
			}
		})
	}
}

// TestDetectLongHeader: only the first 512 bytes are looked at; a header longer than
// that is still a header.
func TestDetectLongHeader(t *testing.T) {
	cols := []string{"ja", "en"}
	for len(strings.Join(cols, "\t")) < 600 {
		cols = append(cols, "ja definition", "en definition", "ja note", "en note")
	}
	head := utf16LE(strings.Join(cols, "\t") + "\r\n")[:512]
	if got := Detect("wide.txt", head); got != "tsv" {
		t.Errorf("a 600-character header: %q", got)
	}
	if !bytes.HasPrefix(head, []byte{0xFF, 0xFE}) {
		t.Fatal("no BOM")
	}
}
