package xlsx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/glossterm/gloss"
	"github.com/glossterm/gloss/exports/internal/exptest"
)

// book is a workbook of one sheet, sheet XML rows inside <sheetData> and a shared string
// table of the items sis (each the inside of an <si>), as Excel writes one.
func book(t testing.TB, rows, sis string, styles string) []byte {
	t.Helper()
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	parts := [][2]string{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`},
		{"xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`},
		{"xl/worksheets/sheet1.xml", `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` + rows + `</sheetData></worksheet>`},
		{"xl/sharedStrings.xml", `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` + sis + `</sst>`},
	}
	if styles != "" {
		parts = append(parts, [2]string{"xl/styles.xml", `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` + styles + `</styleSheet>`})
	}
	for _, p := range parts {
		w, err := z.Create(p[0])
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(w, p[1])
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// excelizeRows reads the first sheet's rows as excelize alone does, its shared string
// table and all: what the compact table must give.
func excelizeRows(t testing.TB, data []byte) [][]string {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.Rows(f.GetSheetList()[0])
	if err != nil {
		t.Fatal(err)
	}
	var out [][]string
	for rows.Next() {
		cols, err := rows.Columns()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, cols)
	}
	return out
}

// ourRows reads them through open, the compact table filling the cells excelize leaves out.
func ourRows(t testing.TB, data []byte) ([][]string, error) {
	t.Helper()
	sh, err := open(data, "x.xlsx")
	if err != nil {
		return nil, err
	}
	defer sh.close()
	var out [][]string
	for r, err := range sh.rows {
		if err != nil {
			return out, err
		}
		for len(out) < r.Line-1 {
			out = append(out, nil)
		}
		out = append(out, r.Cells)
	}
	return out, nil
}

func sameRows(t *testing.T, data []byte) {
	t.Helper()
	want := excelizeRows(t, data)
	got, err := ourRows(t, data)
	if err != nil {
		t.Fatal(err)
	}
	// open trims the header's trailing empty cells and skips leading empty rows
	for len(want) > 0 && len(want[0]) == 0 {
		want = want[1:]
		got = got[1:]
	}
	if len(want) > 0 {
		want[0] = trimRight(want[0])
	}
	for len(got) > 0 && len(got[0]) == 0 {
		got = got[1:]
	}
	if fmt.Sprintf("%q", want) != fmt.Sprintf("%q", got) {
		t.Errorf("rows differ from excelize's:\n got %q\nwant %q", got, want)
	}
}

// TestSharedStringsAsExcelize: every kind of shared string item gives the value excelize
// gives it: rich text runs joined after the item's own <t>, phonetic runs left out,
// white space kept with or without xml:space, _xHHHH_ escapes decoded in the joined
// string, entities and CDATA, a second <t> replacing the first, empty items.
func TestSharedStringsAsExcelize(t *testing.T) {
	sis := []string{
		`<t>ja</t>`, `<t>en</t>`, `<t>note</t>`,
		`<t>拡大抑止</t>`,
		`<r><rPr><b/></rPr><t>extended </t></r><r><t xml:space="preserve"> deterrence</t></r>`,
		`<t>統合抑止</t><rPh sb="0" eb="2"><t>トウゴウ</t></rPh><phoneticPr fontId="1"/>`,
		`<t xml:space="preserve">  spaced  </t>`,
		"<t>line\nbreak\r\n</t>",
		`<t>a_x000D_b_x005F_x0041_c_x0041__xD800_</t>`,
		`<r><t>_x00</t></r><r><t>41_</t></r>`,
		`<t>&lt;tag&gt; &amp; &#x62D8;</t>`,
		`<t><![CDATA[cdata <x>]]></t>`,
		`<t>first</t><t>second</t>`,
		`<r><t>run</t></r><t>own</t>`,
		`<t/>`,
		``,
		`<t>a<b>skipped</b>c</t>`,
		`<r><t>one</t><t>two</t></r><r><rPr/></r>`,
		`<t>=1+1</t>`,
	}
	var items strings.Builder
	for _, s := range sis {
		items.WriteString("<si>" + s + "</si>")
	}
	var rows strings.Builder
	rows.WriteString(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>`)
	for i := 3; i < len(sis); i++ {
		fmt.Fprintf(&rows, `<row r="%d"><c r="A%d" t="s"><v>%d</v></c><c r="B%d" t="s"><v> %d </v></c><c r="C%d"><v>%d</v></c></row>`, i-1, i-1, i, i-1, i, i-1, i)
	}
	// cells without references, numbers and inline strings among shared ones, gaps, a
	// formula cell with a shared string value. (Rows out of order or repeated are left
	// out: excelize appends their cells to the line it is at, after its own, where the
	// shared ones are put in their columns.)
	rows.WriteString(`<row><c t="s"><v>3</v></c><c/><c t="s"><v>4</v></c></row>`)
	rows.WriteString(`<row r="40"><c r="C40" t="s"><v>5</v></c><c r="E40" t="inlineStr"><is><t>inline</t></is></c><c r="F40" t="b"><v>1</v></c></row>`)
	rows.WriteString(`<row r="45"><c r="A45" t="s"><f>A1</f><v>3</v></c><c r="B45" t="s"><v></v></c><c r="C45" t="str"><v>text</v></c></row>`)
	sameRows(t, book(t, rows.String(), items.String(), ""))
}

// TestSharedStringsStyled: a cell style with the General or the Text number format leaves
// a shared string as it is, as excelize gives it; a workbook with a style that formats text
// is read by excelize with its table.
func TestSharedStringsStyled(t *testing.T) {
	sis := `<si><t>ja</t></si><si><t>en</t></si><si><t>00123</t></si><si><t>1e5</t></si><si><t>-1.50</t></si><si><t>TRUE</t></si><si><t>2024-01-02</t></si><si><t> 7 </t></si>`
	var rows strings.Builder
	rows.WriteString(`<row r="1"><c r="A1" t="s" s="1"><v>0</v></c><c r="B1" t="s" s="2"><v>1</v></c></row>`)
	for i := 2; i < 8; i++ {
		fmt.Fprintf(&rows, `<row r="%d"><c r="A%d" t="s" s="1"><v>%d</v></c><c r="B%d" t="s" s="2"><v>%d</v></c></row>`, i, i, i, i, i)
	}
	plain := `<fonts count="2"><font><sz val="11"/></font><font><b/><sz val="11"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellXfs count="3"><xf numFmtId="0" fontId="0"/><xf numFmtId="0" fontId="1" applyFont="1"/><xf numFmtId="49" fontId="0" applyNumberFormat="1"/></cellXfs>`
	sameRows(t, book(t, rows.String(), sis, plain))
	text := `<numFmts count="1"><numFmt numFmtId="164" formatCode="&quot;term: &quot;@"/></numFmts><fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellXfs count="3"><xf numFmtId="0" fontId="0"/><xf numFmtId="164" fontId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" applyNumberFormat="1"/></cellXfs>`
	data := book(t, rows.String(), sis, text)
	if got := excelizeRows(t, data); got[1][0] != "term: 00123" {
		t.Fatalf("the style formats no text (%q): the test needs another", got[1][0])
	}
	sameRows(t, data)
}

// TestSharedStringsGenerated: a workbook as Excel saves it (every text cell a shared
// string) reads as excelize reads it, and to the same glossary as gloss's own writing of
// it, with inline strings; its table large enough to be spooled to disk, too.
func TestSharedStringsGenerated(t *testing.T) {
	var items, rows strings.Builder
	items.WriteString("<si><t>ja</t></si><si><t>en</t></si>")
	rows.WriteString(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>`)
	const n = 3000
	for i := range n {
		fmt.Fprintf(&items, "<si><t>抑止用語%d</t></si><si><r><t>deterrence </t></r><r><t>term %d</t></r></si>", i, i)
		fmt.Fprintf(&rows, `<row r="%d"><c r="A%d" t="s"><v>%d</v></c><c r="B%d" t="s"><v>%d</v></c></row>`, i+2, i+2, 2+2*i, i+2, 3+2*i)
	}
	data := book(t, rows.String(), items.String(), "")
	sameRows(t, data)
	g, err := Read(bytes.NewReader(data), "x.xlsx", []string{"ja", "en"})
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Concepts) != n || g.Concepts[n-1].Terms["en"][0].Text != fmt.Sprintf("deterrence term %d", n-1) {
		t.Fatalf("%d concepts, the last %+v", len(g.Concepts), g.Concepts[len(g.Concepts)-1])
	}
	// the same table spooled to a temporary file
	zr, _ := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	part := sharedStringsPart(zr)
	rc, _ := part.Open()
	dir := t.TempDir()
	sst, err := readSharedStrings(rc, part.UncompressedSize64, dir, 0)
	rc.Close()
	if err != nil {
		t.Fatal(err)
	}
	if v, ok, err := sst.get(2*n + 1); !ok || err != nil || v != fmt.Sprintf("deterrence term %d", n-1) {
		t.Errorf("spooled string %d = %q %v %v", 2*n+1, v, ok, err)
	}
	if _, ok, _ := sst.get(2*n + 2); ok {
		t.Error("a string past the table")
	}
	sst.close()
	if left, _ := os.ReadDir(dir); len(left) != 0 {
		t.Errorf("left behind: %v", left)
	}
	// the sample glossary, written by Excel: the same concepts as from gloss's own file
	var sample bytes.Buffer
	if _, err := Write(&sample, exptest.Sample(t), exptest.All(exptest.Options())); err != nil {
		t.Fatal(err)
	}
	want, err := Read(bytes.NewReader(sample.Bytes()), "x.xlsx", []string{"ja", "en"})
	if err != nil {
		t.Fatal(err)
	}
	shared := toShared(t, sample.Bytes())
	sameRows(t, shared)
	got, err := Read(bytes.NewReader(shared), "x.xlsx", []string{"ja", "en"})
	if err != nil {
		t.Fatal(err)
	}
	exptest.Same(t, got, want)
}

// toShared rewrites a workbook with every string a shared string, as Excel saves it.
func toShared(t testing.TB, data []byte) []byte {
	t.Helper()
	rows := excelizeRows(t, data)
	var items, sheet strings.Builder
	k := 0
	for r, row := range rows {
		fmt.Fprintf(&sheet, `<row r="%d">`, r+1)
		for c, v := range row {
			if v == "" {
				continue
			}
			ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
			fmt.Fprintf(&sheet, `<c r="%s" t="s"><v>%d</v></c>`, ref, k)
			var b bytes.Buffer
			xmlEscape(&b, v)
			fmt.Fprintf(&items, `<si><t xml:space="preserve">%s</t></si>`, b.String())
			k++
		}
		sheet.WriteString("</row>")
	}
	return book(t, sheet.String(), items.String(), "")
}

func xmlEscape(b *bytes.Buffer, s string) {
	for _, r := range s {
		switch r {
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '\r':
			b.WriteString("&#13;")
		default:
			b.WriteRune(r)
		}
	}
}

// TestSharedStringsBad: an index past the table, a malformed or truncated table: an error
// naming the file and the cell, or the part, and no rows.
func TestSharedStringsBad(t *testing.T) {
	rows := `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="7"><c r="A7" t="s"><v>0</v></c><c r="B7" t="s"><v>812345</v></c></row>`
	sis := `<si><t>ja</t></si><si><t>en</t></si>`
	for _, tc := range []struct {
		name, rows, sis, want string
		truncated             bool
	}{
		{"index", rows, sis, "x.xlsx:7: Sheet1!B7: shared string 812345 does not exist", false},
		{"not a number", strings.Replace(rows, "812345", "x1", 1), sis, `Sheet1!B7: the shared string index "x1" is not a number`, false},
		{"malformed", rows, `<si><t>ja</si>`, "cannot read the shared strings xl/sharedStrings.xml", true},
		{"root", rows, ``, "", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := book(t, tc.rows, tc.sis, "")
			if tc.name == "root" {
				data = rezip(t, data, "xl/sharedStrings.xml", `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>ja</t></si><si><t>en</t>`)
				tc.want = "does not end with </sst>"
			}
			_, err := Read(bytes.NewReader(data), "x.xlsx", []string{"ja", "en"})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want %q", err, tc.want)
			}
			if tc.truncated && !errors.Is(err, gloss.ErrTruncated) {
				t.Errorf("%v is not ErrTruncated", err)
			}
			src, closeFn, err := Scan(data, "x.xlsx", []string{"ja", "en"})
			if err == nil {
				for _, err = range src.Concepts {
					if err != nil {
						break
					}
				}
			}
			closeFn()
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Scan: error %v, want %q", err, tc.want)
			}
		})
	}
}

// rezip replaces the part name of the workbook data by body.
func rezip(t testing.TB, data []byte, name, body string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	for _, f := range zr.File {
		w, _ := z.Create(f.Name)
		if f.Name == name {
			io.WriteString(w, body)
			continue
		}
		rc, _ := f.Open()
		io.Copy(w, rc)
		rc.Close()
	}
	z.Close()
	return b.Bytes()
}

// TestSharedNoTempFilesLeft: reading a workbook with a shared string table leaves no temporary
// file behind.
func TestSharedNoTempFilesLeft(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("TMPDIR", dir)
	data := book(t, `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>9</v></c></row>`, `<si><t>ja</t></si><si><t>en</t></si>`, "")
	Read(bytes.NewReader(data), "x.xlsx", []string{"ja", "en"})
	if left, _ := filepath.Glob(filepath.Join(dir, "*")); len(left) != 0 {
		t.Errorf("left behind: %v", left)
	}
}

// FuzzSharedStrings: any shared string table and sheet reads to rows or an error, through
// Read and Scan, without a panic and without leaving a temporary file.
func FuzzSharedStrings(f *testing.F) {
	f.Add(`<si><t>ja</t></si><si><r><t>en</t></r><rPh><t>x</t></rPh></si>`, `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row><c t="s"><v>1</v></c></row>`)
	f.Add(`<si><t>_x0041_</t></si><si><t>en</t></si>`, `<row r="2"><c r="C2" t="s"><v>0</v></c><c t="s"><v>1</v></c></row><row r="1"><c r="A1" t="s"><v>1</v></c></row>`)
	f.Fuzz(func(t *testing.T, sis, rows string) {
		data := book(t, rows, sis, "")
		g, err := Read(bytes.NewReader(data), "f.xlsx", []string{"ja", "en"})
		if err == nil && g == nil {
			t.Fatal("nil glossary without an error")
		}
		src, closeFn, err := Scan(data, "f.xlsx", []string{"ja", "en"})
		if err == nil {
			for _, err := range src.Concepts {
				if err != nil {
					break
				}
			}
		}
		closeFn()
	})
}
