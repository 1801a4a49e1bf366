package delim

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"github.com/glossterm/gloss/exports"
	"github.com/glossterm/gloss/exports/internal/table"
	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/textfile"
	"github.com/glossterm/gloss/internal/textnorm"
)

// SafeCell returns s as a spreadsheet reads it as text: a value that starts with = + - @
// (or a tab or carriage return), or with their full-width forms ＝ ＋ － ＠ (which Excel
// on Japanese systems turns into the ASCII ones), gets a leading apostrophe, so no
// spreadsheet runs it as a formula. [UnsafeCell] undoes it.
func SafeCell(s string) string {
	if formulaStart(s) {
		return "'" + s
	}
	return s
}

// UnsafeCell removes the apostrophe SafeCell adds.
func UnsafeCell(s string) string {
	if len(s) >= 2 && s[0] == '\'' && formulaStart(s[1:]) {
		return s[1:]
	}
	return s
}

// formulaStart reports whether s starts with a character a spreadsheet may read as the
// start of a formula.
func formulaStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return s != "" && strings.ContainsRune("=+-@\t\r＝＋－＠", r)
}

// WriteCSV writes the selected concepts as RFC 4180 CSV (CRLF line ends, quotes where
// needed) in the generic layout, with a UTF-8 byte-order mark when opt.BOM is set.
func WriteCSV(w io.Writer, g *glossary.Glossary, opt exports.Options) (*exports.Report, error) {
	return WriteCSVSource(w, exports.FromGlossary(g), opt)
}

// WriteTSV writes the generic layout tab-separated.
func WriteTSV(w io.Writer, g *glossary.Glossary, opt exports.Options) (*exports.Report, error) {
	return WriteTSVSource(w, exports.FromGlossary(g), opt)
}

// WriteCSVSource is WriteCSV for a Source, which may stream its concepts.
func WriteCSVSource(w io.Writer, src exports.Source, opt exports.Options) (*exports.Report, error) {
	return writeTable(w, src, opt, ',', "csv")
}

// WriteTSVSource is WriteTSV for a Source.
func WriteTSVSource(w io.Writer, src exports.Source, opt exports.Options) (*exports.Report, error) {
	return writeTable(w, src, opt, '\t', "tsv")
}

func writeTable(w io.Writer, src exports.Source, opt exports.Options, comma rune, format string) (*exports.Report, error) {
	rep := &exports.Report{Format: format}
	langs := opt.Order(src.Languages)
	header := table.GenericHeader(langs, opt)
	bw := bufio.NewWriterSize(w, 64<<10)
	if opt.BOM {
		bw.WriteString("\uFEFF")
	}
	cw := csv.NewWriter(bw)
	cw.Comma = comma
	cw.UseCRLF = comma == ','
	if err := cw.Write(header); err != nil {
		return nil, err
	}
	for c, err := range src.Concepts {
		if err != nil {
			return rep, err
		}
		if !opt.Selected(c) {
			continue
		}
		row := table.GenericRow(c, langs, rep)
		for i, cell := range row {
			if comma == '\t' && strings.ContainsAny(cell, "\t") {
				rep.Drop("tabs inside cells (written as spaces)", 1)
				cell = strings.ReplaceAll(cell, "\t", " ")
			}
			row[i] = SafeCell(cell)
		}
		if err := cw.Write(row); err != nil {
			return nil, err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return nil, err
	}
	return rep, bw.Flush()
}

// flat makes a value fit one TSV field: tabs and line breaks become spaces.
func flat(s string, rep *exports.Report) string {
	if strings.ContainsAny(s, "\t\r\n") {
		rep.Drop("line breaks and tabs inside fields (written as spaces)", 1)
		s = strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '\t' || r == '\r' || r == '\n' }), " ")
	}
	return s
}

// WriteOmegaT writes an OmegaT glossary: UTF-8 without a BOM, LF line ends, one
// "source<TAB>target<TAB>comment" line per pair. Every allowed source term is paired with
// the main target term; admitted target terms get their own lines; deprecated and
// forbidden target terms get lines whose comment starts with "DO NOT USE", since OmegaT has
// no forbidden flag. The comment carries the status, the definition and the first source,
// joined with " | ".
func WriteOmegaT(w io.Writer, g *glossary.Glossary, opt exports.Options) (*exports.Report, error) {
	return WriteOmegaTSource(w, exports.FromGlossary(g), opt)
}

// WriteOmegaTSource is WriteOmegaT for a Source.
func WriteOmegaTSource(w io.Writer, source exports.Source, opt exports.Options) (*exports.Report, error) {
	rep := &exports.Report{Format: "omegat"}
	src, tgt := opt.Pair(source.Languages)
	bw := bufio.NewWriterSize(w, 64<<10)
	fmt.Fprintf(bw, "# gloss glossary %s\t%s\n", opt.Tag(src), opt.Tag(tgt))
	for p, err := range exports.TermPairs(source, opt, rep, src, tgt) {
		if err != nil {
			return rep, err
		}
		c, main, srcTerms := p.Concept, p.Target, p.Sources
		info := []string{}
		if d := c.Definition[tgt]; d != "" {
			info = append(info, d)
		} else if d := c.Definition[src]; d != "" {
			info = append(info, d)
		}
		if len(c.Sources) > 0 {
			info = append(info, "source: "+c.Sources[0].Doc)
			rep.Drop("sources after the first", len(c.Sources)-1)
		}
		if c.Subject != "" {
			rep.Drop("subjects", 1)
		}
		if c.Note != "" {
			rep.Drop("concept notes", 1)
		}
		for _, st := range srcTerms {
			for _, t := range c.Terms[tgt] {
				var comment []string
				switch {
				case t == main:
					comment = append([]string{string(c.Status)}, info...)
				case t.Status == glossary.Admitted:
					comment = []string{"admitted; prefer " + main.Text}
				case t.Status == glossary.Preferred:
					comment = []string{"preferred"}
				default:
					comment = []string{"DO NOT USE (" + string(t.Status) + "); use " + main.Text}
				}
				if t.Note != "" {
					comment = append(comment, t.Note)
				}
				fmt.Fprintf(bw, "%s\t%s\t%s\n", flat(st.Text, rep), flat(t.Text, rep), flat(strings.Join(comment, " | "), rep))
			}
		}
		for _, t := range c.Terms[src] {
			if !t.Status.Allowed() {
				rep.Drop("deprecated and forbidden source terms", 1)
			}
		}
	}
	return rep, bw.Flush()
}

// DeepL's limits.
const (
	DeepLMaxTerm  = 1024     // bytes of UTF-8 in a source or target term
	DeepLMaxBytes = 10 << 20 // bytes in one glossary
)

// WriteDeepL writes a DeepL API glossary: TSV, UTF-8 without a BOM, one "source<TAB>target"
// line per allowed source term and the main target term. It refuses, with every offending
// term listed, input DeepL would reject: a duplicate source with a different target, a term
// with control characters, U+2028/U+2029 or over 1024 bytes, an empty glossary, or one
// over 10 MiB. Nothing is written then.
func WriteDeepL(w io.Writer, g *glossary.Glossary, opt exports.Options) (*exports.Report, error) {
	return WriteDeepLSource(w, exports.FromGlossary(g), opt)
}

// WriteDeepLSource is WriteDeepL for a Source.
func WriteDeepLSource(w io.Writer, source exports.Source, opt exports.Options) (*exports.Report, error) {
	rep := &exports.Report{Format: "deepl"}
	src, tgt := opt.Pair(source.Languages)
	var b bytes.Buffer
	var problems []string
	seen := map[string]string{}
	for p, err := range exports.TermPairs(source, opt, rep, src, tgt) {
		if err != nil {
			return rep, err
		}
		c, main, srcTerms := p.Concept, p.Target, p.Sources
		for _, st := range srcTerms {
			s, t := strings.TrimSpace(st.Text), strings.TrimSpace(main.Text)
			for _, x := range []string{s, t} {
				if msg := deeplCheck(x); msg != "" {
					problems = append(problems, fmt.Sprintf("%s: %q %s", c.ID, x, msg))
				}
			}
			if prev, ok := seen[s]; ok {
				if prev != t {
					problems = append(problems, fmt.Sprintf("%s: source %q is also translated as %q; DeepL takes one target per source", c.ID, s, prev))
				} else {
					rep.Drop("duplicate pairs", 1)
				}
				continue
			}
			seen[s] = t
			b.WriteString(s)
			b.WriteByte('\t')
			b.WriteString(t)
			b.WriteByte('\n')
		}
		rep.Drop("concepts' definitions, notes, sources and statuses (DeepL takes pairs only)", 1)
	}
	if len(seen) == 0 {
		problems = append(problems, "no entries: DeepL refuses an empty glossary (check --status and the languages)")
	}
	if b.Len() > DeepLMaxBytes {
		problems = append(problems, fmt.Sprintf("the glossary is %d bytes; DeepL takes at most %d", b.Len(), DeepLMaxBytes))
	}
	if len(problems) > 0 {
		return rep, &RefusedError{Problems: problems}
	}
	_, err := w.Write(b.Bytes())
	return rep, err
}

// RefusedError lists why a DeepL glossary was not written.
type RefusedError struct{ Problems []string }

func (e *RefusedError) Error() string {
	return fmt.Sprintf("DeepL would reject this glossary; nothing written:\n\t%s", strings.Join(e.Problems, "\n\t"))
}

func deeplCheck(s string) string {
	if s == "" {
		return "is empty"
	}
	if len(s) > DeepLMaxTerm {
		return fmt.Sprintf("is %d bytes; DeepL takes at most %d", len(s), DeepLMaxTerm)
	}
	for _, r := range s {
		if r < 0x20 || r >= 0x7F && r <= 0x9F || r == '\u2028' || r == '\u2029' {
			return fmt.Sprintf("contains the control character %U", r)
		}
	}
	return ""
}

// ReadOptions say how to read a delimited file.
type ReadOptions struct {
	// Encoding is utf-8, utf-16 (with a BOM), utf-16le, utf-16be, shift_jis (cp932) or
	// euc-jp; "" detects: a BOM, else UTF-8 when the bytes are valid UTF-8, else Shift_JIS
	// as Excel writes it on Japanese Windows.
	Encoding string
	// Comma is the delimiter; 0 detects tab, semicolon or comma from the first line.
	Comma rune
	// Pairs reads positional "source<TAB>target[<TAB>comment]" lines with no header
	// (OmegaT, DeepL), in Source and Target.
	Pairs          bool
	Source, Target string
	// Known are the glossary's languages, onto which file languages are mapped.
	Known []string
}

// Decode turns data in the given (or detected) encoding into UTF-8 and returns the name of
// the encoding it used.
func Decode(data []byte, enc, file string) ([]byte, string, error) {
	var e encoding.Encoding
	name := strings.ToLower(strings.ReplaceAll(enc, "_", "-"))
	switch name {
	case "":
		switch {
		case bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")):
			if err := textfile.CheckText(file, data[3:]); err != nil {
				return nil, "", err
			}
			return data[3:], "utf-8 with BOM", nil
		case bytes.HasPrefix(data, []byte("\xFF\xFE")), bytes.HasPrefix(data, []byte("\xFE\xFF")):
			e, name = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16"
		case utf8.Valid(data):
			if bytes.Count(data, []byte{0}) > len(data)/4 {
				return nil, "", exports.Errorf(file, 1, 1, "save it as UTF-8, or pass --encoding utf-16le", "the file looks like UTF-16 without a byte-order mark")
			}
			return data, "utf-8", nil
		case textfile.Mixed(data):
			// UTF-8 with a line in another encoding: decoding the whole file as
			// Shift_JIS would turn every UTF-8 line into mojibake
			return nil, "", textfile.CheckText(file, data)
		default:
			e, name = japanese.ShiftJIS, "shift_jis"
		}
	case "utf-8", "utf8":
		data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
		if !utf8.Valid(data) {
			return nil, "", badByte(data, file, "the file is not valid UTF-8", "pass --encoding shift_jis (Excel on Japanese Windows) or save it as UTF-8")
		}
		return data, "utf-8", nil
	case "utf-16":
		e = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)
	case "utf-16le":
		e = unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	case "utf-16be":
		e = unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
	case "shift-jis", "sjis", "cp932", "windows-31j", "ms932":
		e, name = japanese.ShiftJIS, "shift_jis"
	case "euc-jp", "eucjp":
		e, name = japanese.EUCJP, "euc-jp"
	default:
		return nil, "", fmt.Errorf("unknown encoding %q: use utf-8, utf-16, utf-16le, utf-16be, shift_jis or euc-jp", enc)
	}
	out, _, err := transform.Bytes(e.NewDecoder(), data)
	if err != nil {
		return nil, "", exports.Errorf(file, 0, 0, "pass the right --encoding, or save the file as UTF-8", "cannot decode the file as %s: %v", name, err)
	}
	if bytes.ContainsRune(out, utf8.RuneError) {
		return nil, "", badByte(out, file, "the file is not valid "+name,
			"pass the right --encoding (utf-8, utf-16, shift_jis, euc-jp), or save the file as UTF-8")
	}
	return out, name, nil
}

func badByte(data []byte, file, msg, hint string) error {
	line, col := 1, 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError {
			break
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += size
	}
	return exports.Errorf(file, line, col, hint, "%s", msg)
}

// Read reads a delimited glossary: a table with a header row (the generic layout gloss
// writes, or the headers of memoQ, Trados, Phrase and Crowdin files), or, with
// opt.Pairs, OmegaT or DeepL pairs.
func Read(r io.Reader, file string, opt ReadOptions) (*glossary.Glossary, error) {
	data, err := textfile.Read(r, file, textfile.Exchange)
	if err != nil {
		return nil, err
	}
	text, comma, err := decodeText(data, file, opt)
	if err != nil {
		return nil, err
	}
	var t table.Table
	if opt.Pairs {
		// OmegaT reads lines split on tabs, with no quoting; so does this.
		for i, line := range strings.Split(string(text), "\n") {
			line = strings.TrimSuffix(line, "\r")
			if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
				continue
			}
			t.Rows = append(t.Rows, strings.Split(line, "\t"))
			t.Lines = append(t.Lines, i+1)
		}
		if len(t.Rows) == 0 {
			return nil, exports.Errorf(file, 1, 1, "a pair file has one pair a line: source<TAB>target<TAB>comment", "the file has no pairs")
		}
		return pairs(t, file, opt)
	}
	cr := newCSV(text, comma)
	for {
		rec, line, err := record(cr, file)
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		if t.Header == nil {
			t.Header, t.HeaderLine = rec, line
			continue
		}
		t.Rows = append(t.Rows, rec)
		t.Lines = append(t.Lines, line)
	}
	if t.Header == nil {
		return nil, emptyFile(file)
	}
	return table.FromTable(t, file, opt.Known)
}

// Scan is [Read] for a table with a header row (not opt.Pairs) of any size up to the
// exchange files' limit: it reads the header row at once, and returns the concepts as a
// Source whose Concepts reads the rows as it yields them, one concept at a time, and can
// be ranged over once. Rows that repeat the id of a concept apart from its other rows
// yield [exports.ErrNotStreamed]: such a file is read with Read.
func Scan(data []byte, file string, opt ReadOptions) (exports.Source, error) {
	if int64(len(data)) > textfile.Exchange.Limit {
		return exports.Source{}, textfile.Exchange.TooLarge(file)
	}
	if opt.Pairs {
		return exports.Source{}, exports.ErrNotStreamed
	}
	text, comma, err := decodeText(data, file, opt)
	if err != nil {
		return exports.Source{}, err
	}
	cr := newCSV(text, comma)
	header, line, err := record(cr, file)
	if err == io.EOF {
		return exports.Source{}, emptyFile(file)
	}
	if err != nil {
		return exports.Source{}, err
	}
	rows := func(yield func(table.Row, error) bool) {
		for {
			rec, line, err := record(cr, file)
			if err == io.EOF {
				return
			}
			if !yield(table.Row{Cells: rec, Line: line}, err) || err != nil {
				return
			}
		}
	}
	rd, err := table.NewReader(header, line, file, opt.Known)
	if err != nil {
		return exports.Source{}, table.FirstError(rows, err)
	}
	return exports.Source{Languages: rd.Languages, Concepts: rd.Each(rows)}, nil
}

// decodeText turns data into checked UTF-8 text and settles the delimiter.
func decodeText(data []byte, file string, opt ReadOptions) ([]byte, rune, error) {
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		return nil, 0, exports.Errorf(file, 1, 1, "read it with --format xlsx", "this is a zip file (an XLSX workbook?), not CSV")
	}
	text, _, err := Decode(data, opt.Encoding, file)
	if err != nil {
		return nil, 0, err
	}
	if err := textfile.CheckControls(file, text); err != nil {
		return nil, 0, err
	}
	comma := opt.Comma
	if comma == 0 {
		comma = detectComma(text)
	}
	return text, comma, nil
}

func newCSV(text []byte, comma rune) *csv.Reader {
	cr := csv.NewReader(bytes.NewReader(text))
	cr.Comma = comma
	cr.FieldsPerRecord = -1
	return cr
}

// record reads the next record and the line it starts on; io.EOF after the last.
func record(cr *csv.Reader, file string) ([]string, int, error) {
	rec, err := cr.Read()
	if err == io.EOF {
		return nil, 0, err
	}
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return nil, 0, exports.Errorf(file, pe.Line, pe.Column, "quote the whole field and double the quotes inside it (\"\")", "%v", pe.Err)
		}
		return nil, 0, err
	}
	line, _ := cr.FieldPos(0)
	for i := range rec {
		rec[i] = UnsafeCell(rec[i])
	}
	return rec, line, nil
}

func emptyFile(file string) error {
	return exports.Errorf(file, 1, 1, "the first row names the columns, for example: ja,en,ja definition", "the file is empty")
}

func detectComma(text []byte) rune {
	line := text
	if i := bytes.IndexByte(text, '\n'); i >= 0 {
		line = text[:i]
	}
	switch {
	case bytes.Count(line, []byte{'\t'}) > 0:
		return '\t'
	case bytes.Count(line, []byte{';'}) > bytes.Count(line, []byte{','}):
		return ';'
	}
	return ','
}

// pairs reads OmegaT or DeepL lines. Lines with the same source term (by normalized key)
// are one concept; a target whose comment starts with DO NOT USE is forbidden (deprecated
// when the comment says so), and the main target's comment is the concept note.
func pairs(t table.Table, file string, opt ReadOptions) (*glossary.Glossary, error) {
	src, tgt := opt.Source, opt.Target
	if src == "" || tgt == "" {
		return nil, fmt.Errorf("%s: give the languages of the pairs (--source and --target)", file)
	}
	tabbed := false
	for _, rec := range t.Rows {
		tabbed = tabbed || len(rec) >= 2
	}
	if !tabbed {
		return nil, exports.Errorf(file, t.Lines[0], 1, "a pair file has one pair a line, source<TAB>target; for a table with a header say --format csv or tsv",
			"no line of the file is tab-separated: this is not an OmegaT or DeepL glossary")
	}
	g := exports.NewGlossary(src, tgt)
	byKey := map[string]*glossary.Concept{}
	for i, rec := range t.Rows {
		if len(rec) < 2 || strings.TrimSpace(rec[0]) == "" {
			continue // OmegaT skips these lines too
		}
		if len(rec) > 3 && strings.TrimSpace(strings.Join(rec[3:], "")) != "" {
			return nil, exports.Errorf(file, t.Lines[i], 4, "a pair line is source<TAB>target<TAB>comment", "more than three fields")
		}
		s, tg := strings.TrimSpace(rec[0]), strings.TrimSpace(rec[1])
		comment := ""
		if len(rec) > 2 {
			comment = strings.TrimSpace(rec[2])
		}
		key := textnorm.Key(s)
		c := byKey[key]
		if c == nil {
			c = &glossary.Concept{}
			c.AddTerm(src, &glossary.Term{Text: s, Status: glossary.Preferred})
			byKey[key] = c
			g.Concepts = append(g.Concepts, c)
		}
		if tg == "" {
			continue
		}
		st := glossary.Preferred
		switch {
		case strings.HasPrefix(comment, "DO NOT USE (deprecated)"):
			st = glossary.Deprecated
		case strings.HasPrefix(comment, "DO NOT USE"):
			st = glossary.Forbidden
		case strings.HasPrefix(comment, "admitted"):
			st = glossary.Admitted
		case len(c.Terms[tgt]) > 0:
			st = glossary.Admitted
		}
		dup := false
		for _, x := range c.Terms[tgt] {
			if textnorm.Key(x.Text) == textnorm.Key(tg) {
				dup = true
			}
		}
		if !dup {
			c.AddTerm(tgt, &glossary.Term{Text: tg, Status: st})
			if st == glossary.Preferred && comment != "" && c.Note == "" {
				c.Note = comment
			}
		}
	}
	return g, nil
}
