// Command gensst writes a workbook as Excel saves one: every text cell a shared string
// (t="s") indexed into xl/sharedStrings.xml, which is how Excel, memoQ, Trados and Phrase
// write XLSX, unlike gloss's own streaming writer (inline strings). It is streamed to
// standard output, so a workbook of a million rows costs no memory to make.
//
//	go run ./exports/xlsx/internal/gensst -n 1000000 >shared.xlsx
//
// Columns: ja, en (each row's terms, all distinct) and subject (five values, shared by
// every row), so the table holds 2n+8 strings and the sheet 3n+3 shared cells.
package main

import (
	"archive/zip"
	"bufio"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
)

func main() {
	n := flag.Int("n", 1000, "rows below the header")
	flag.Parse()
	if err := write(os.Stdout, *n); err != nil {
		log.Fatal(err)
	}
}

var subjects = []string{"deterrence", "alliance", "nuclear", "cyber", "space"}

func write(out io.Writer, n int) error {
	z := zip.NewWriter(out)
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Glossary" sheetId="1" r:id="rId1"/></sheets></workbook>`},
		{"xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`},
	}
	for _, p := range parts {
		w, err := z.Create(p.name)
		if err != nil {
			return err
		}
		if _, err := io.WriteString(w, p.body); err != nil {
			return err
		}
	}
	// the table: ja, en, subject, the five subjects, then each row's two terms
	w, err := z.Create("xl/sharedStrings.xml")
	if err != nil {
		return err
	}
	b := bufio.NewWriterSize(w, 1<<16)
	fmt.Fprintf(b, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">`, 3*n+3, 2*n+8)
	for _, s := range append([]string{"ja", "en", "subject"}, subjects...) {
		fmt.Fprintf(b, "<si><t>%s</t></si>", s)
	}
	for i := range n {
		fmt.Fprintf(b, "<si><t>抑止用語%d</t></si><si><t>deterrence term %d</t></si>", i, i)
	}
	b.WriteString("</sst>")
	if err := b.Flush(); err != nil {
		return err
	}
	w, err = z.Create("xl/worksheets/sheet1.xml")
	if err != nil {
		return err
	}
	b = bufio.NewWriterSize(w, 1<<16)
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>`)
	for i := range n {
		r := i + 2
		fmt.Fprintf(b, `<row r="%d"><c r="A%d" t="s"><v>%d</v></c><c r="B%d" t="s"><v>%d</v></c><c r="C%d" t="s"><v>%d</v></c></row>`,
			r, r, 8+2*i, r, 9+2*i, r, 3+i%len(subjects))
	}
	b.WriteString("</sheetData></worksheet>")
	if err := b.Flush(); err != nil {
		return err
	}
	return z.Close()
}
