package xlsx

import (
	"archive/zip"
	"bufio"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"regexp"
	"strconv"
	"strings"
)

// sharedStrings is a workbook's shared string table held compactly: the decoded strings one
// after another, string i being bytes off[i] to off[i+1], in blob or, for a large table, in
// a temporary file. excelize keeps each string as a struct of some 150 bytes (or, for a
// large table, 40 bytes of index beside a temporary file); here a string costs 4 bytes of
// memory, and its bytes, in memory or on disk.
type sharedStrings struct {
	blob  []byte
	spool *os.File // the strings, when not in blob
	off   []uint32
}

func (s *sharedStrings) len() int { return len(s.off) - 1 }

// get returns string i, and false when the table has no such string.
func (s *sharedStrings) get(i int) (string, bool, error) {
	if i < 0 || i >= s.len() {
		return "", false, nil
	}
	from, to := s.off[i], s.off[i+1]
	if s.spool == nil {
		return string(s.blob[from:to]), true, nil
	}
	b := make([]byte, to-from)
	if _, err := s.spool.ReadAt(b, int64(from)); err != nil {
		return "", false, err
	}
	return string(b), true, nil
}

// close removes the temporary file.
func (s *sharedStrings) close() {
	if s != nil && s.spool != nil {
		s.spool.Close()
		os.Remove(s.spool.Name())
	}
}

// Namespaces of the shared string table's root element <sst>, transitional and strict.
const (
	nsMain       = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	nsMainStrict = "http://purl.oclc.org/ooxml/spreadsheetml/main"
)

// readSharedStrings reads the shared string table xl/sharedStrings.xml as excelize decodes
// it: each <si> child of <sst> is its <t> followed by the <t> of each rich text run <r>, in
// that order (a second <t> at one level replaces the first), phonetic runs <rPh> and any
// other element left out, the character data of a <t> taken as it is whatever its
// xml:space, and _xHHHH_ escapes decoded in the joined string.
// A table of more than spoolOver bytes of XML has its strings written to a temporary
// file in dir, which close removes.
func readSharedStrings(r io.Reader, size uint64, dir string, spoolOver int64) (s *sharedStrings, err error) {
	d := xml.NewDecoder(r)
	// some 10 bytes of XML a string at the least (<si><t/></si>), a million at first
	s = &sharedStrings{off: make([]uint32, 1, min(size/10, 1<<20)+1)}
	var w *bufio.Writer
	if size > uint64(spoolOver) {
		if s.spool, err = os.CreateTemp(dir, "gloss-sst-"); err != nil {
			return nil, err
		}
		defer func() {
			if err != nil {
				s.close()
			}
		}()
		w = bufio.NewWriterSize(s.spool, 64<<10)
	}
	var n uint64
	root := false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if !root {
			if se.Name.Local != "sst" || se.Name.Space != nsMain && se.Name.Space != nsMainStrict {
				return nil, fmt.Errorf("the root element is <%s>, not <sst> in the namespace %s", se.Name.Local, nsMain)
			}
			root = true
			continue
		}
		if se.Name.Local != "si" {
			if err := d.Skip(); err != nil {
				return nil, err
			}
			continue
		}
		v, err := readItem(d)
		if err != nil {
			return nil, err
		}
		if n += uint64(len(v)); n > math.MaxUint32 {
			return nil, errors.New("the shared strings are over 4 GiB")
		}
		if w != nil {
			if _, err := w.WriteString(v); err != nil {
				return nil, err
			}
		} else {
			s.blob = append(s.blob, v...)
		}
		s.off = append(s.off, uint32(n))
	}
	if !root {
		return nil, errors.New("no <sst> element")
	}
	if w != nil {
		if err := w.Flush(); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// readItem reads an <si> element, its start tag read, and returns its string.
func readItem(d *xml.Decoder) (string, error) {
	var t, runs strings.Builder
	for {
		tok, err := d.Token()
		if err != nil {
			return "", err
		}
		switch e := tok.(type) {
		case xml.EndElement:
			v := t.String() + runs.String()
			return bstrUnmarshal(v), nil
		case xml.StartElement:
			switch e.Name.Local {
			case "t":
				v, err := chardata(d)
				if err != nil {
					return "", err
				}
				t.Reset()
				t.WriteString(v)
			case "r":
				v, ok, err := readRun(d)
				if err != nil {
					return "", err
				}
				if ok {
					runs.WriteString(v)
				}
			default:
				if err := d.Skip(); err != nil {
					return "", err
				}
			}
		}
	}
}

// readRun reads a rich text run <r>, its start tag read: its last <t>, if it has one.
func readRun(d *xml.Decoder) (v string, ok bool, err error) {
	for {
		tok, err := d.Token()
		if err != nil {
			return "", false, err
		}
		switch e := tok.(type) {
		case xml.EndElement:
			return v, ok, nil
		case xml.StartElement:
			if e.Name.Local != "t" {
				if err := d.Skip(); err != nil {
					return "", false, err
				}
				continue
			}
			if v, err = chardata(d); err != nil {
				return "", false, err
			}
			ok = true
		}
	}
}

// chardata reads to the end of the element whose start tag was read and returns its own
// character data (that of elements inside it left out), as encoding/xml fills a
// ",chardata" field.
func chardata(d *xml.Decoder) (string, error) {
	var b []byte
	for {
		tok, err := d.Token()
		if err != nil {
			return "", err
		}
		switch e := tok.(type) {
		case xml.CharData:
			b = append(b, e...)
		case xml.StartElement:
			if err := d.Skip(); err != nil {
				return "", err
			}
		case xml.EndElement:
			return string(b), nil
		}
	}
}

var bstrExp = regexp.MustCompile(`_x[a-fA-F\d]{4}_`)

// bstrUnmarshal decodes the _xHHHH_ escapes of a string as excelize does: _x005F_ is an
// underscore, any other the character U+HHHH, or nothing when that is not a character (a
// surrogate).
func bstrUnmarshal(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	cursor := 0
	for _, m := range bstrExp.FindAllStringIndex(s, -1) {
		b.WriteString(s[cursor:m[0]])
		cursor = m[1]
		if s[m[0]:m[1]] == "_x005F_" {
			b.WriteByte('_')
			continue
		}
		v, _ := strconv.Unquote(`"\u` + s[m[0]+2:m[1]-1] + `"`)
		b.WriteString(v)
	}
	b.WriteString(s[cursor:])
	return b.String()
}

// sharedStringsPart returns the workbook's shared string table part, as excelize finds it
// (the name xl/sharedStrings.xml in any case, with / or \), or nil.
func sharedStringsPart(zr *zip.Reader) *zip.File {
	for _, f := range zr.File {
		if strings.EqualFold(strings.ReplaceAll(f.Name, "\\", "/"), "xl/sharedStrings.xml") {
			return f
		}
	}
	return nil
}
