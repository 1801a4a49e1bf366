package xlsx

import (
	"archive/zip"
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"iter"
	"os"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// sharedRow is what a <row> element of the sheet holds in shared string cells: its number
// (counted as excelize counts it, its r attribute or one more than the row before) and
// each such cell's column and index into the shared string table.
type sharedRow struct {
	num   int
	cells []sharedCell
}

type sharedCell struct {
	col   int
	ref   string // the cell reference as written, or its column and row
	index string // the <v> of the cell, as written
}

// sharedCells reads the sheet XML and yields its rows' shared string cells, so that the
// rows excelize reads without the table (it leaves those cells out) get them back. It
// finds rows and cells as excelize's row iterator does: the <row> elements inside
// <sheetData>, the <c> elements inside them, a cell's <v> anywhere inside it but in its
// <f> and <is>.
func sharedCells(r io.Reader) iter.Seq2[sharedRow, error] {
	return func(yield func(sharedRow, error) bool) {
		d := xml.NewDecoder(r)
		var row *sharedRow
		cur, col := 0, 0
		for {
			tok, err := d.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				yield(sharedRow{}, err)
				return
			}
			switch e := tok.(type) {
			case xml.EndElement:
				if e.Name.Local == "sheetData" {
					if row != nil {
						yield(*row, nil)
					}
					return
				}
			case xml.StartElement:
				switch e.Name.Local {
				case "row":
					if row != nil && !yield(*row, nil) {
						return
					}
					cur++
					if n, err := strconv.Atoi(attr(e, "r")); err == nil && n != 0 {
						cur = n
					}
					if cur > excelize.TotalRows {
						return // excelize stops with ErrMaxRows
					}
					row, col = &sharedRow{num: cur}, 0
				case "c":
					if row == nil {
						continue
					}
					col++
					ref := attr(e, "r")
					if ref != "" {
						c, _, err := excelize.CellNameToCoordinates(ref)
						if err != nil {
							return // excelize reports it
						}
						col = c
					}
					v, err := cellValue(d)
					if err != nil {
						yield(sharedRow{}, err)
						return
					}
					if attr(e, "t") != "s" || v == "" {
						continue
					}
					if ref == "" {
						ref, _ = excelize.CoordinatesToCellName(col, cur)
					}
					row.cells = append(row.cells, sharedCell{col: col, ref: ref, index: v})
				}
			}
		}
		if row != nil {
			yield(*row, nil)
		}
	}
}

// cellValue reads a <c> element, its start tag read, and returns its last <v>.
func cellValue(d *xml.Decoder) (string, error) {
	v := ""
	depth := 1
	for depth > 0 {
		tok, err := d.Token()
		if err != nil {
			return "", err
		}
		switch e := tok.(type) {
		case xml.StartElement:
			switch e.Name.Local {
			case "v":
				if v, err = chardata(d); err != nil {
					return "", err
				}
			case "f", "is":
				if err := d.Skip(); err != nil {
					return "", err
				}
			default:
				depth++
			}
		case xml.EndElement:
			depth--
		}
	}
	return v, nil
}

func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// fill puts the shared strings of row into cells, as excelize would have: a cell whose
// string is empty is left out. An index the table does not have is an error naming the
// cell.
func fill(cells []string, row sharedRow, sst *sharedStrings, sheet string) ([]string, error) {
	for _, c := range row.cells {
		i, err := strconv.Atoi(strings.TrimSpace(c.index))
		if err != nil {
			return cells, fmt.Errorf("%s!%s: the shared string index %q is not a number", sheet, c.ref, c.index)
		}
		v, ok, err := sst.get(i)
		if err != nil {
			return cells, err
		}
		if !ok {
			return cells, fmt.Errorf("%s!%s: shared string %d does not exist (the table has %d)", sheet, c.ref, i, sst.len())
		}
		if v == "" {
			continue
		}
		for len(cells) < c.col {
			cells = append(cells, "")
		}
		cells[c.col-1] = v
	}
	return cells, nil
}

// writeWithout writes the zip archive zr without the part drop to the file path, its other
// parts copied as they are compressed.
func writeWithout(path string, zr *zip.Reader, drop *zip.File) error {
	out, err := os.Create(path)
	if err != nil {
		return err
	}
	defer out.Close()
	bw := bufio.NewWriterSize(out, 64<<10)
	zw := zip.NewWriter(bw)
	for _, f := range zr.File {
		if f == drop {
			continue
		}
		raw, err := f.OpenRaw()
		if err != nil {
			return err
		}
		h := f.FileHeader
		w, err := zw.CreateRaw(&h)
		if err != nil {
			return err
		}
		if _, err := io.Copy(w, raw); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return out.Close()
}

// onlySheet returns the workbook's worksheet part when it has exactly one, else nil.
func onlySheet(zr *zip.Reader) *zip.File {
	var sheet *zip.File
	for _, f := range zr.File {
		name := strings.ToLower(strings.ReplaceAll(f.Name, "\\", "/"))
		if strings.HasPrefix(name, "xl/worksheets/sheet") && strings.HasSuffix(name, ".xml") {
			if sheet != nil {
				return nil
			}
			sheet = f
		}
	}
	return sheet
}

// plainStyles reports whether no cell style of f formats a string: each has the General
// or the Text number format. A shared string in a cell of another format goes through
// excelize's number formatting, so such a workbook is read with its table in excelize.
func plainStyles(f *excelize.File) bool {
	for i := 1; ; i++ {
		st, err := f.GetStyle(i)
		if err != nil {
			return true
		}
		if st.CustomNumFmt != nil && *st.CustomNumFmt != "@" && *st.CustomNumFmt != "General" || st.NumFmt != 0 && st.NumFmt != 49 {
			return false
		}
	}
}
