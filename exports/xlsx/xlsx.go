package xlsx

import (
	"archive/zip"
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/glossterm/gloss"
	"github.com/glossterm/gloss/exports"
	"github.com/glossterm/gloss/exports/internal/columns"
	"github.com/glossterm/gloss/exports/internal/table"
	"github.com/glossterm/gloss/exports/internal/xmlx"
	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/textfile"
)

// Profiles are the spreadsheet layouts Write knows.
var Profiles = []string{"generic", "memoq", "trados", "phrase", "crowdin"}

// Font is the font of every cell: one that shows Japanese on Windows and macOS (Excel
// substitutes where it is missing).
const Font = "Yu Gothic"

// Limits on what Read unzips, so that a zip bomb cannot fill memory or disk. A workbook may
// unzip to MaxUnzipped, or to MaxRatio times its own size when that is more (a workbook
// of a million rows unzips to over 512 MiB), but never to more than MaxUnzippedAll. Text
// XML compresses some 5 to 30 times; a zip bomb, a thousand times or more. A sheet larger
// than MaxUnzippedXML is not held in memory: excelize spools it to a temporary file and
// reads the rows from there, so that a sheet of a million rows (some 300 MB of XML) costs
// disk, not memory; the strings of a shared string table of more than MaxUnzippedXML are
// spooled the same way, 4 bytes of offset each staying in memory.
const (
	MaxUnzipped    = 512 << 20
	MaxRatio       = 100
	MaxUnzippedAll = 4 << 30
	MaxUnzippedXML = 16 << 20
)

// unzipLimit is the most a workbook of size bytes may unzip to.
func unzipLimit(size int) int64 {
	return min(max(MaxUnzipped, MaxRatio*int64(size)), MaxUnzippedAll)
}

// sheet is what a profile lays out: a header, rows of cells, and column widths.
type sheet struct {
	header []string
	rows   [][]any
	stream iter.Seq2[[]any, error] // the rows, as they are written
	widths []float64
}

// Write writes the selected concepts as an XLSX workbook in opt.Profile's layout (generic
// when empty) with a streaming writer. Every text cell is an inline string cell, so a
// value that starts with = + - @ is text, never a formula; booleans are real boolean cells.
func Write(w io.Writer, g *glossary.Glossary, opt exports.Options) (*exports.Report, error) {
	return WriteSource(w, exports.FromGlossary(g), opt)
}

// WriteSource is Write for a Source. The generic profile streams: each concept becomes a
// row as it comes, and the sheet is spooled to a temporary file past 16 MiB, so a large
// dictionary never sits in memory as a table.
func WriteSource(w io.Writer, src exports.Source, opt exports.Options) (*exports.Report, error) {
	profile := opt.Profile
	if profile == "" {
		profile = "generic"
	}
	rep := &exports.Report{Format: "xlsx " + profile}
	langs := opt.Order(src.Languages)
	var sh sheet
	if profile == "generic" {
		sh.header = table.GenericHeader(langs, opt)
		for _, h := range sh.header {
			sh.widths = append(sh.widths, width(h))
		}
		sh.stream = func(yield func([]any, error) bool) {
			for c, err := range src.Concepts {
				if err != nil {
					yield(nil, err)
					return
				}
				if opt.Selected(c) && !yield(strs(table.GenericRow(c, langs, rep)), nil) {
					return
				}
			}
		}
	} else {
		var concepts []*glossary.Concept
		for c, err := range src.Concepts {
			if err != nil {
				return rep, err
			}
			if opt.Selected(c) {
				concepts = append(concepts, c)
			}
		}
		srcLang, _ := opt.Pair(src.Languages)
		switch profile {
		case "memoq", "trados":
			sh = named(langs, concepts, opt, rep, profile)
		case "phrase":
			sh = phrase(langs, srcLang, concepts, opt, rep)
		case "crowdin":
			sh = crowdin(langs, concepts, opt, rep)
		default:
			return nil, fmt.Errorf("unknown xlsx profile %q: use %s", profile, strings.Join(Profiles, ", "))
		}
		sh.stream = func(yield func([]any, error) bool) {
			for _, r := range sh.rows {
				if !yield(r, nil) {
					return
				}
			}
		}
	}
	tmp, err := os.MkdirTemp("", "gloss-xlsx-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp) // the stream writer's spool, whatever happens
	f := excelize.NewFile(excelize.Options{TmpDir: tmp})
	defer f.Close()
	if err := f.SetDefaultFont(Font); err != nil {
		return nil, err
	}
	const name = "Glossary"
	if err := f.SetSheetName("Sheet1", name); err != nil {
		return nil, err
	}
	headStyle, err := f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true, Family: Font},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}},
		Alignment: &excelize.Alignment{Vertical: "top", WrapText: true},
	})
	if err != nil {
		return nil, err
	}
	cellStyle, err := f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Family: Font},
		Alignment: &excelize.Alignment{Vertical: "top", WrapText: true},
	})
	if err != nil {
		return nil, err
	}
	sw, err := f.NewStreamWriter(name)
	if err != nil {
		return nil, err
	}
	for i, wd := range sh.widths {
		if err := sw.SetColWidth(i+1, i+1, wd); err != nil {
			return nil, err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return nil, err
	}
	row := make([]any, len(sh.header))
	for i, h := range sh.header {
		row[i] = excelize.Cell{StyleID: headStyle, Value: h}
	}
	if err := sw.SetRow("A1", row); err != nil {
		return nil, err
	}
	nrows := 0
	for cells, err := range sh.stream {
		if err != nil {
			return rep, err
		}
		r := nrows
		nrows++
		row = row[:0]
		for _, v := range cells {
			if s, ok := v.(string); ok {
				var clean bool
				if s, clean = xmlx.Clean(s); !clean {
					rep.Drop("characters XML cannot carry", 1)
				}
				if len(s) > 32767 {
					rep.Drop("cell text over Excel's 32767 characters (cut)", 1)
					s = s[:32767]
				}
				v = s
			}
			row = append(row, excelize.Cell{StyleID: cellStyle, Value: v})
		}
		cell, _ := excelize.CoordinatesToCellName(1, r+2)
		if err := sw.SetRow(cell, row); err != nil {
			return nil, err
		}
	}
	// the filter goes into the stream's worksheet, so it is set before Flush
	last, _ := excelize.CoordinatesToCellName(len(sh.header), nrows+1)
	if err := f.AutoFilter(name, "A1:"+last, nil); err != nil {
		return nil, err
	}
	if err := sw.Flush(); err != nil {
		return nil, err
	}
	// the zip straight to w: excelize would build it whole in a buffer first (some 60 MB
	// for a million rows), only to patch the headers of parts over 4 GiB, which a sheet
	// of at most Excel's 1,048,576 rows of cells this writer cuts to 32767 characters
	// does not reach in practice
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return zip.NewWriter(w) })
	return rep, f.Write(io.Discard)
}

func width(h string) float64 {
	switch {
	case strings.Contains(h, "definition"), strings.Contains(h, "Definition"), strings.Contains(h, "description"),
		h == "note", h == "Note", h == "sources":
		return 48
	case strings.Contains(h, "variants"):
		return 32
	case strings.Contains(h, "status"), strings.Contains(h, "forbidden"), strings.Contains(h, "preferred"):
		return 12
	}
	return 24
}

func strs(row []string) []any {
	out := make([]any, len(row))
	for i, s := range row {
		out[i] = s
	}
	return out
}

// named: language names as headers (Japanese, English), as Trados Glossary Converter maps
// them and memoQ's import dialog shows them; one row per concept. memoq puts a language's
// allowed terms in one cell separated by "; " (memoQ: "split alternatives by ;"); trados
// gives each further allowed term a column of its own under the same language name (the
// Glossary Converter "separate columns" synonym layout). Deprecated and forbidden terms
// are left out: take TBX to a tool that should flag them.
func named(langs []string, concepts []*glossary.Concept, opt exports.Options, rep *exports.Report, profile string) sheet {
	cols := map[string]int{}
	for _, l := range langs {
		cols[l] = 1
		if profile == "trados" {
			for _, c := range concepts {
				cols[l] = max(cols[l], len(exports.Allowed(c, l)))
			}
		}
	}
	var sh sheet
	name := func(l string) string {
		if n := columns.Name(l); n != "" {
			return n
		}
		return opt.Tag(l)
	}
	for _, l := range langs {
		for i := 0; i < cols[l]; i++ {
			sh.header = append(sh.header, name(l))
		}
		sh.header = append(sh.header, name(l)+" definition")
	}
	sh.header = append(sh.header, "Subject", "Note", "ID")
	for _, h := range sh.header {
		sh.widths = append(sh.widths, width(h))
	}
	for _, c := range concepts {
		rep.Written++
		rep.DropConceptFields(c)
		rep.DropTermFields(c)
		var row []string
		for _, l := range langs {
			allowed := exports.Allowed(c, l)
			texts := make([]string, len(allowed))
			for i, t := range allowed {
				texts[i] = t.Text
			}
			if profile == "memoq" {
				row = append(row, strings.Join(texts, "; "))
			} else {
				for i := 0; i < cols[l]; i++ {
					if i < len(texts) {
						row = append(row, texts[i])
					} else {
						row = append(row, "")
					}
				}
			}
			row = append(row, c.Definition[l])
		}
		row = append(row, c.Subject, c.Note, c.ID)
		sh.rows = append(sh.rows, strs(row))
	}
	return sh
}

// phrase: language codes as headers and Excel booleans for forbidden and preferred. The
// first row of a concept holds its first term in each language; each further term gets a
// row of its own with the same id, so every term keeps its flags.
func phrase(langs []string, src string, concepts []*glossary.Concept, opt exports.Options, rep *exports.Report) sheet {
	sh := sheet{header: []string{"id", "domain", "definition"}}
	for _, l := range langs {
		tag := opt.Tag(l)
		sh.header = append(sh.header, tag, tag+" forbidden", tag+" preferred", tag+" note")
	}
	for _, h := range sh.header {
		sh.widths = append(sh.widths, width(h))
	}
	for _, c := range concepts {
		rep.Written++
		rep.DropConceptFields(c)
		if len(c.Sources) > 0 {
			rep.Drop("sources", len(c.Sources))
		}
		for l := range c.Definition {
			if l != src {
				rep.Drop("definitions in languages other than the source", 1)
			}
		}
		n := 0
		for _, l := range langs {
			n = max(n, len(c.Terms[l]))
		}
		for i := 0; i < n; i++ {
			row := []any{c.ID, "", ""}
			if i == 0 {
				row = []any{c.ID, c.Subject, c.Definition[src]}
			}
			for _, l := range langs {
				if i >= len(c.Terms[l]) {
					row = append(row, "", "", "", "")
					continue
				}
				t := c.Terms[l][i]
				if t.Status == glossary.Deprecated {
					rep.Drop("the difference between deprecated and forbidden (both written forbidden)", 1)
				}
				if t.PartOfSpeech != "" {
					rep.Drop("parts of speech", 1)
				}
				row = append(row, t.Text, !t.Status.Allowed(), t.Status == glossary.Preferred, t.Note)
			}
			sh.rows = append(sh.rows, row)
		}
	}
	return sh
}

// crowdin: term_{lang} and description_{lang} columns, the keys of Crowdin's import
// scheme; one row per concept with its main term in each language.
func crowdin(langs []string, concepts []*glossary.Concept, opt exports.Options, rep *exports.Report) sheet {
	var sh sheet
	for _, l := range langs {
		tag := opt.Tag(l)
		sh.header = append(sh.header, "term_"+tag, "description_"+tag)
	}
	for _, h := range sh.header {
		sh.widths = append(sh.widths, width(h))
	}
	for _, c := range concepts {
		rep.Written++
		rep.DropConceptFields(c)
		rep.DropTermFields(c)
		if c.Subject != "" || c.Note != "" {
			rep.Drop("subjects and notes", 1)
		}
		var row []string
		for _, l := range langs {
			main := ""
			if t := exports.MainTerm(c, l); t != nil {
				main = t.Text
			}
			if n := len(exports.Allowed(c, l)); n > 1 {
				rep.Drop("synonyms", n-1)
			}
			row = append(row, main, c.Definition[l])
		}
		sh.rows = append(sh.rows, strs(row))
	}
	return sh
}

// Read reads the first sheet of a workbook, mapping its columns by the header row (any
// profile Write writes, and the usual headers of other tools) into a glossary.
func Read(r io.Reader, file string, known []string) (*glossary.Glossary, error) {
	data, err := textfile.Read(r, file, textfile.Exchange)
	if err != nil {
		return nil, err
	}
	sh, err := open(data, file)
	if err != nil {
		return nil, err
	}
	defer sh.close()
	var t table.Table
	for r, err := range sh.rows {
		if err != nil {
			return nil, err
		}
		if t.Header == nil {
			t.Header, t.HeaderLine = r.Cells, r.Line
			continue
		}
		t.Rows = append(t.Rows, r.Cells)
		t.Lines = append(t.Lines, r.Line)
	}
	if t.Header == nil {
		return nil, sh.empty()
	}
	return table.FromTable(t, sh.file, known)
}

// Scan is [Read] for a workbook of any size up to the exchange files' limit: it reads the
// header row at once, and returns the concepts as a Source whose Concepts reads the rows
// of the sheet as it yields them, one concept at a time, and can be ranged over once.
// Rows that repeat the id of a concept apart from its other rows yield
// [exports.ErrNotStreamed]: such a workbook is read with Read. The sheet is read from
// a temporary file when it is large; close removes every temporary file, and must be
// called once the concepts are read (or not), also after an error.
func Scan(data []byte, file string, known []string) (src exports.Source, close func(), err error) {
	if int64(len(data)) > textfile.Exchange.Limit {
		return exports.Source{}, func() {}, textfile.Exchange.TooLarge(file)
	}
	sh, err := open(data, file)
	if err != nil {
		return exports.Source{}, func() {}, err
	}
	next, stop := iter.Pull2(sh.rows)
	close = func() {
		stop()
		sh.close()
	}
	head, err, ok := next()
	if !ok {
		return exports.Source{}, close, sh.empty()
	}
	if err != nil {
		return exports.Source{}, close, err
	}
	rows := func(yield func(table.Row, error) bool) {
		for {
			r, err, ok := next()
			if !ok || !yield(r, err) || err != nil {
				return
			}
		}
	}
	rd, err := table.NewReader(head.Cells, head.Line, sh.file, known)
	if err != nil {
		return exports.Source{}, close, table.FirstError(rows, err)
	}
	return exports.Source{Languages: rd.Languages, Concepts: rd.Each(rows)}, close, nil
}

// workbookSheet is the first sheet of an open workbook, read row by row.
type workbookSheet struct {
	file  string // the file and the sheet, for messages
	rows  iter.Seq2[table.Row, error]
	close func() // closes the workbook and removes its temporary files
	empty func() error
}

// open opens the workbook data and its first sheet. Its rows start with the header row
// (leading empty rows are skipped, trailing empty cells of the header removed).
func open(data []byte, file string) (*workbookSheet, error) {
	if !bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		hint := "export the spreadsheet again as .xlsx"
		if len(data) > 0 && (bytes.IndexByte(data[:min(len(data), 512)], ',') >= 0 || bytes.IndexByte(data[:min(len(data), 512)], '\t') >= 0) {
			hint = "it looks like CSV renamed to .xlsx: read it with --format csv"
		}
		return nil, exports.Errorf(file, 0, 0, hint, "not an XLSX workbook (no zip signature)")
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, exports.Errorf(file, 0, 0, "the file is truncated or damaged: export it again", "not a readable XLSX workbook: %v", err)
	}
	limit := unzipLimit(len(data))
	if err := checkParts(zr, file, limit); err != nil {
		return nil, err
	}
	// A shared string table is read here, compactly, and the workbook given to excelize
	// without it: excelize holds each string in some 150 bytes of structs (35 times the
	// file for a table of short terms). The sheet's shared string cells, which excelize
	// then leaves out, are filled in from the table as the rows are read.
	var sst *sharedStrings
	var sheetPart *zip.File
	part := sharedStringsPart(zr)
	if part != nil {
		sheetPart = onlySheet(zr)
	}
	var drop *zip.File
	if sheetPart != nil {
		drop = part
	}
	f, tmp, err := openBook(data, zr, drop, file, limit)
	if err != nil {
		return nil, err
	}
	if sheetPart != nil && !plainStyles(f) {
		f.Close()
		os.RemoveAll(tmp)
		sheetPart = nil
		if f, tmp, err = openBook(data, zr, nil, file, limit); err != nil {
			return nil, err
		}
	}
	if sheetPart != nil {
		rc, err := part.Open()
		if err == nil {
			sst, err = readSharedStrings(rc, part.UncompressedSize64, tmp, MaxUnzippedXML)
			rc.Close()
		}
		if err != nil {
			f.Close()
			os.RemoveAll(tmp)
			return nil, gloss.Errorf(gloss.ErrTruncated, file, 0, 0, "the file is damaged: export it again", "cannot read the shared strings %s: %v", part.Name, err)
		}
	}
	closeFile := func() {
		f.Close()
		sst.close()
		os.RemoveAll(tmp)
	}
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		closeFile()
		return nil, exports.Errorf(file, 0, 0, "", "the workbook has no sheet")
	}
	name := sheets[0]
	rows, err := f.Rows(name)
	if err != nil {
		closeFile()
		return nil, exports.Errorf(file, 0, 0, "export the spreadsheet again as .xlsx", "cannot read sheet %q: %v", name, err)
	}
	sh := &workbookSheet{file: file + " (sheet " + name + ")"}
	sh.close = func() {
		rows.Close()
		closeFile()
	}
	sh.empty = func() error {
		return exports.Errorf(file, 1, 1, "the first row names the columns, for example: ja, en, ja definition", "sheet %q is empty", name)
	}
	sh.rows = func(yield func(table.Row, error) bool) {
		var shared func() (sharedRow, error, bool)
		var pending *sharedRow
		if sst != nil {
			rc, err := sheetPart.Open()
			if err != nil {
				yield(table.Row{}, exports.Errorf(file, 0, 0, "the file is damaged: export it again", "cannot read the part %s: %v", sheetPart.Name, err))
				return
			}
			next, stop := iter.Pull2(sharedCells(rc))
			defer func() {
				stop()
				rc.Close()
			}()
			shared = func() (sharedRow, error, bool) { return next() }
		}
		// advance takes the next row of shared string cells into pending
		advance := func() error {
			r, err, ok := shared()
			if err != nil {
				return exports.Errorf(file, 0, 0, "the file is damaged: export it again", "cannot read the part %s: %v", sheetPart.Name, err)
			}
			pending = nil
			if ok {
				pending = &r
			}
			return nil
		}
		if shared != nil {
			if err := advance(); err != nil {
				yield(table.Row{}, err)
				return
			}
		}
		n := 0
		header := false
		for rows.Next() {
			n++
			cols, err := rows.Columns()
			if err != nil {
				yield(table.Row{}, exports.Errorf(file, n, 0, "export the spreadsheet again as .xlsx", "sheet %q row %d: %v", name, n, err))
				return
			}
			// excelize takes each <row> numbered up to n into line n
			for pending != nil && pending.num <= n {
				if cols, err = fill(cols, *pending, sst, name); err != nil {
					yield(table.Row{}, exports.Errorf(file, n, 0, "export the spreadsheet again from the tool that wrote it", "%v", err))
					return
				}
				if err := advance(); err != nil {
					yield(table.Row{}, err)
					return
				}
			}
			if !header {
				if len(cols) == 0 {
					continue
				}
				header = true
				cols = trimRight(cols)
			}
			if !yield(table.Row{Cells: cols, Line: n}, nil) {
				return
			}
		}
		if err := rows.Error(); err != nil {
			yield(table.Row{}, exports.Errorf(file, n, 0, "export the spreadsheet again as .xlsx", "sheet %q: %v", name, err))
		}
	}
	return sh, nil
}

// openBook opens the workbook data, without its part drop when that is not nil, with
// excelize. The workbook is written to a temporary file for excelize to read, which it
// does in place, where from memory it would first copy it whole. Its temporary files go
// into a directory of their own (excelize spools large parts to temporary files and leaves
// them behind when it fails half-way through opening), which the caller removes after
// closing the workbook.
func openBook(data []byte, zr *zip.Reader, drop *zip.File, file string, limit int64) (*excelize.File, string, error) {
	tmp, err := os.MkdirTemp("", "gloss-xlsx-")
	if err != nil {
		return nil, "", err
	}
	path := filepath.Join(tmp, "book.xlsx")
	if drop == nil {
		err = os.WriteFile(path, data, 0o600)
	} else {
		err = writeWithout(path, zr, drop)
	}
	if err != nil {
		os.RemoveAll(tmp)
		return nil, "", err
	}
	f, err := excelize.OpenFile(path, excelize.Options{UnzipSizeLimit: limit, UnzipXMLSizeLimit: MaxUnzippedXML, TmpDir: tmp})
	os.Remove(path)
	if err != nil {
		os.RemoveAll(tmp)
		msg := err.Error()
		if strings.Contains(msg, "size") && strings.Contains(msg, "limit") || errors.Is(err, zip.ErrFormat) {
			return nil, "", exports.Errorf(file, 0, 0, fmt.Sprintf("a workbook of %d MiB unzips to at most %d MiB (%d times its size, at least %d MiB); this may be a zip bomb",
				len(data)>>20, limit>>20, MaxRatio, MaxUnzipped>>20), "the workbook unzips to more than %d MiB: %v", limit>>20, err)
		}
		return nil, "", exports.Errorf(file, 0, 0, "export the spreadsheet again as .xlsx", "not a readable XLSX workbook: %v", err)
	}
	return f, tmp, nil
}

func trimRight(cols []string) []string {
	for len(cols) > 0 && strings.TrimSpace(cols[len(cols)-1]) == "" {
		cols = cols[:len(cols)-1]
	}
	return cols
}

// checkParts checks that each XML part the reader uses (the workbook, the sheets, the
// shared strings) is complete: excelize reads rows as a stream and takes a sheet cut off in
// the middle of a row for its end, so a truncated workbook would read as fewer rows, or
// none, without an error. A complete part ends with the end tag of its root element.
func checkParts(zr *zip.Reader, file string, limit int64) error {
	for _, f := range zr.File {
		name := f.Name
		if !strings.HasSuffix(name, ".xml") || !(name == "xl/workbook.xml" || name == "xl/sharedStrings.xml" ||
			strings.HasPrefix(name, "xl/worksheets/")) {
			continue
		}
		if f.UncompressedSize64 > uint64(limit) {
			continue // excelize refuses it with its own message
		}
		rc, err := f.Open()
		if err != nil {
			return exports.Errorf(file, 0, 0, "the file is damaged: export it again", "cannot read the part %s: %v", name, err)
		}
		root, complete, err := partEnds(rc)
		rc.Close()
		if err != nil {
			return gloss.Errorf(gloss.ErrTruncated, file, 0, 0, "the file is damaged: export it again", "cannot read the part %s: %v", name, err)
		}
		if !complete {
			return gloss.Errorf(gloss.ErrTruncated, file, 0, 0, "the workbook is truncated or damaged: export it again",
				"the part %s is cut off: it does not end with </%s>", name, root)
		}
	}
	return nil
}

// partEnds reads an XML part to its end and reports its root element's name and whether the
// part ends with that element's end tag (after optional white space).
func partEnds(r io.Reader) (root string, complete bool, err error) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(4096)
	root = rootName(head)
	var tail []byte
	buf := make([]byte, 64<<10)
	for {
		n, err := br.Read(buf)
		if n > 0 {
			tail = append(tail[:0], lastBytes(tail, buf[:n], 256)...)
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return root, false, err
		}
	}
	tail = bytes.TrimRight(tail, " \t\r\n")
	if root == "" || !bytes.HasSuffix(tail, []byte(">")) {
		return root, false, nil
	}
	i := bytes.LastIndex(tail, []byte("</"))
	if i < 0 {
		return root, false, nil
	}
	end := strings.TrimSpace(string(tail[i+2 : len(tail)-1]))
	if j := strings.IndexByte(end, ':'); j >= 0 {
		end = end[j+1:]
	}
	return root, end == root, nil
}

// rootName returns the local name of the first element in head.
func rootName(head []byte) string {
	for i := 0; i+1 < len(head); i++ {
		if head[i] != '<' || head[i+1] == '?' || head[i+1] == '!' || head[i+1] == '/' {
			continue
		}
		j := i + 1
		for j < len(head) && !strings.ContainsRune(" \t\r\n/>", rune(head[j])) {
			j++
		}
		name := string(head[i+1 : j])
		if k := strings.IndexByte(name, ':'); k >= 0 {
			name = name[k+1:]
		}
		return name
	}
	return ""
}

// lastBytes returns the last n bytes of prev followed by next.
func lastBytes(prev, next []byte, n int) []byte {
	if len(next) >= n {
		return next[len(next)-n:]
	}
	keep := n - len(next)
	if keep > len(prev) {
		keep = len(prev)
	}
	out := make([]byte, 0, keep+len(next))
	out = append(out, prev[len(prev)-keep:]...)
	return append(out, next...)
}
