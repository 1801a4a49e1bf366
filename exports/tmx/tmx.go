package tmx

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/glossterm/gloss/exports"
	"github.com/glossterm/gloss/exports/internal/columns"
	"github.com/glossterm/gloss/exports/internal/xmlx"
	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/textfile"
	"github.com/glossterm/gloss/internal/textnorm"
)

// DateLayout is the TMX date form: ISO 8601 basic, UTC, 16 characters.
const DateLayout = "20060102T150405Z"

// MaxSeg is the segment length (in characters) above which Trados cloud refuses a
// segment; longer terms are written, and counted in the report.
const MaxSeg = 2000

// Write writes term pairs of the selected concepts as TMX 1.4: for every allowed
// (preferred or admitted) source term, one <tu> pairing it with the concept's main target
// term. Deprecated and forbidden terms are left out: a translation memory would offer them.
func Write(w io.Writer, g *glossary.Glossary, opt exports.Options) (*exports.Report, error) {
	return WriteSource(w, exports.FromGlossary(g), opt)
}

// WriteSource is Write for a Source, which may stream its concepts.
func WriteSource(w io.Writer, source exports.Source, opt exports.Options) (*exports.Report, error) {
	rep := &exports.Report{Format: "tmx"}
	if opt.Locale == "" {
		opt.Locale = "region"
	}
	src, tgt := opt.Pair(source.Languages)
	if src == "" || tgt == "" || src == tgt {
		return nil, fmt.Errorf("tmx needs two languages; the glossary has %v", source.Languages)
	}
	stag, ttag := opt.Tag(src), opt.Tag(tgt)
	date := opt.Time().Format(DateLayout)
	ver := opt.Version
	if ver == "" {
		ver = "devel"
	}
	tw := NewWriter(w, Header{CreationTool: "gloss", CreationToolVersion: ver, SegType: "phrase", OTMF: "gloss",
		AdminLang: "en-US", SrcLang: stag, DataType: "plaintext", CreationDate: date})
	seen := map[[2]string]bool{}
	for p, err := range exports.TermPairs(source, opt, rep, src, tgt) {
		if err != nil {
			return rep, err
		}
		c, tt, srcTerms := p.Concept, p.Target, p.Sources
		rep.DropTermFields(c, src, tgt)
		for _, t := range c.Terms[tgt] {
			if t.Status.Allowed() && t != tt {
				rep.Drop("target synonyms", 1)
			}
		}
		for i, st := range srcTerms {
			key := [2]string{textnorm.Key(st.Text), textnorm.Key(tt.Text)}
			if seen[key] {
				rep.Drop("duplicate term pairs", 1)
				continue
			}
			seen[key] = true
			if len([]rune(st.Text)) > MaxSeg || len([]rune(tt.Text)) > MaxSeg {
				rep.Drop(fmt.Sprintf("segments over %d characters (written anyway; Trados cloud refuses them)", MaxSeg), 1)
			}
			tu := &TU{ID: c.ID}
			if i > 0 {
				tu.ID = fmt.Sprintf("%s.%d", c.ID, i+1)
			}
			if c.Note != "" {
				tu.Notes = []string{c.Note}
			}
			tu.Props = append(tu.Props, Prop{"x-gloss-concept", c.ID})
			if c.Subject != "" {
				tu.Props = append(tu.Props, Prop{"x-Domain", c.Subject})
			}
			for _, side := range []struct {
				lang, tag string
				t         *glossary.Term
			}{{src, stag, st}, {tgt, ttag, tt}} {
				v := TUV{Lang: side.tag, Text: side.t.Text}
				if d := c.Definition[side.lang]; d != "" && i == 0 {
					v.Notes = []string{d}
				}
				tu.TUVs = append(tu.TUVs, v)
			}
			if n := tw.Write(tu); n > 0 {
				rep.Drop("characters XML cannot carry", n)
			}
		}
		for l := range c.Definition {
			if l != src && l != tgt {
				rep.Drop("definitions in other languages", 1)
			}
		}
	}
	return rep, tw.Close()
}

// Writer writes a TMX 1.4 file one unit at a time, two-space indented, one tuv a line.
// Write errors are kept and returned by Close.
type Writer struct {
	bw  *bufio.Writer
	err error
}

// NewWriter writes the XML declaration, the <tmx> root and h (its attributes in the order
// the TMX specification lists them; Version, Attrs and the position are not written) and
// opens the body.
func NewWriter(w io.Writer, h Header) *Writer {
	tw := &Writer{bw: bufio.NewWriterSize(w, 64<<10)}
	tw.out(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<tmx version="1.4">` + "\n")
	tw.out(fmt.Sprintf(`  <header creationtool="%s" creationtoolversion="%s" segtype="%s" o-tmf="%s" adminlang="%s" srclang="%s" datatype="%s" creationdate="%s"/>`+"\n",
		xmlx.EscapeAttr(h.CreationTool), xmlx.EscapeAttr(h.CreationToolVersion), xmlx.EscapeAttr(h.SegType), xmlx.EscapeAttr(h.OTMF),
		xmlx.EscapeAttr(h.AdminLang), xmlx.EscapeAttr(h.SrcLang), xmlx.EscapeAttr(h.DataType), xmlx.EscapeAttr(h.CreationDate)))
	tw.out("  <body>\n")
	return tw
}

func (tw *Writer) out(s string) {
	if tw.err == nil {
		_, tw.err = tw.bw.WriteString(s)
	}
}

// Write writes one unit: its tuid and srclang when set, its notes and props, and each tuv
// with its notes, props and segment text. It returns how many of the unit's texts held
// characters XML 1.0 cannot carry, which are left out.
func (tw *Writer) Write(tu *TU) (unclean int) {
	text := func(s string) string {
		t, ok := xmlx.EscapeText(s)
		if !ok {
			unclean++
		}
		return t
	}
	annotations := func(notes []string, props []Prop, indent, end string) {
		for _, n := range notes {
			tw.out(indent + "<note>" + text(n) + "</note>" + end)
		}
		for _, p := range props {
			tw.out(indent + `<prop type="` + xmlx.EscapeAttr(p.Type) + `">` + text(p.Value) + "</prop>" + end)
		}
	}
	tw.out("    <tu")
	if tu.ID != "" {
		tw.out(` tuid="` + xmlx.EscapeAttr(tu.ID) + `"`)
	}
	if tu.SrcLang != "" {
		tw.out(` srclang="` + xmlx.EscapeAttr(tu.SrcLang) + `"`)
	}
	for _, a := range tu.Attrs {
		tw.out(" " + a.Type + `="` + xmlx.EscapeAttr(a.Value) + `"`)
	}
	tw.out(">\n")
	annotations(tu.Notes, tu.Props, "      ", "\n")
	for _, v := range tu.TUVs {
		tw.out(`      <tuv xml:lang="` + xmlx.EscapeAttr(v.Lang) + `">`)
		annotations(v.Notes, v.Props, "", "")
		seg := v.Markup
		if seg == "" {
			seg = text(v.Text)
		}
		tw.out("<seg>" + seg + "</seg></tuv>\n")
	}
	tw.out("    </tu>\n")
	return unclean
}

// Close ends the body and the file and flushes; it returns the first write error.
func (tw *Writer) Close() error {
	tw.out("  </body>\n</tmx>\n")
	if tw.err == nil {
		tw.err = tw.bw.Flush()
	}
	return tw.err
}

// Header is a TMX header's attributes, with the position of the <header> tag.
type Header struct {
	Version                           string // the <tmx version> attribute
	CreationTool, CreationToolVersion string
	SegType, OTMF, AdminLang, SrcLang string
	DataType, CreationDate            string
	Attrs                             map[string]string // every header attribute, by local name
	Line, Col                         int
}

// TU is one translation unit. Line and Col (1-based; the column counts bytes) and Offset
// (bytes from the start of the file) give where its <tu> tag starts.
type TU struct {
	ID      string
	SrcLang string // the tu's own srclang, "" when it inherits the header's
	// Attrs are further <tu> attributes the writer writes in order after tuid and srclang
	// (creationdate, creationid, changedate, changeid); the reader leaves them empty.
	Attrs     []Prop
	Notes     []string
	Props     []Prop
	TUVs      []TUV
	Line, Col int
	Offset    int64
}

// Prop is a <prop type="…">value</prop>.
type Prop struct{ Type, Value string }

// TUV is one language variant of a unit. Text is the segment's text outside inline codes
// (bpt, ept, ph, it and ut content is left out; hi text is kept). Line, Col and Offset are
// where the <tuv> starts; SegLine, SegCol and SegOffset where the segment's text starts.
// Seg is Text with anchors to the file's bytes (after every entity, CDATA section and
// left-out inline code), the offset map exports/xliff gives its units; a writer ignores it.
type TUV struct {
	Lang string
	Text string
	// Markup, when set, is the segment as XML with its inline codes (<bpt>, <ph> …), which
	// the writer writes as it is in place of Text; the reader leaves it empty.
	Markup          string
	Seg             exports.Text
	Notes           []string
	Props           []Prop
	Line, Col       int
	Offset          int64
	SegLine, SegCol int
	SegOffset       int64
}

// Prop returns the value of the first prop of the given type, or "".
func (tu *TU) Prop(typ string) string {
	for _, p := range tu.Props {
		if p.Type == typ {
			return p.Value
		}
	}
	return ""
}

// Reader reads a TMX file one <tu> at a time.
type Reader struct {
	d      *xmlx.Decoder
	header Header
	done   bool
}

// NewReader reads the TMX root and header; [Reader.Next] then returns the units.
// A tuv without xml:lang (or the TMX 1.1 lang), an unknown root, a file that is not
// well-formed or is truncated, or a DOCTYPE with an internal subset are errors with the
// line and column.
func NewReader(r io.Reader, file string) (*Reader, error) {
	rd := &Reader{d: xmlx.NewRecordingDecoder(r, file)}
	return rd, rd.start()
}

// MaxUnit bounds what a [NewStreamReader] holds at once: one <tu> (or the header) larger
// than this is an error.
const MaxUnit = 64 << 20

// NewStreamReader is NewReader for a file of any size, such as a translation memory's
// export of several gigabytes: it holds one <tu> at a time, up to [MaxUnit] bytes, instead
// of limiting the file to exports.MaxInput. The caller keeps memory bounded by consuming
// each unit as [Reader.Next] returns it.
func NewStreamReader(r io.Reader, file string) (*Reader, error) {
	return newStreamReader(r, file, MaxUnit)
}

func newStreamReader(r io.Reader, file string, maxUnit int) (*Reader, error) {
	rd := &Reader{d: xmlx.NewStreamingDecoder(r, file, maxUnit, "a <tu> (or what precedes the first)")}
	return rd, rd.start()
}

func (rd *Reader) errAt(line, col int, hint, format string, args ...any) error {
	return exports.Errorf(rd.d.File, line, col, hint, format, args...)
}

func (rd *Reader) start() error {
	sawRoot := false
	for {
		line, col := rd.d.Pos()
		tok, err := rd.d.Token()
		if err == io.EOF {
			if !sawRoot {
				return rd.errAt(line, col, "is this a TMX file?", "no <tmx> root element")
			}
			return rd.errAt(line, col, "the file is truncated: export it again", "unexpected end of file before <body>")
		}
		if err != nil {
			return err
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch {
		case !sawRoot && se.Name.Local != "tmx":
			return rd.errAt(line, col, "a TMX file starts with <tmx version=\"1.4\">", "root element <%s> is not TMX", se.Name.Local)
		case !sawRoot:
			sawRoot = true
			rd.header.Version = xmlx.Attr(se, "version")
		case se.Name.Local == "header":
			h := &rd.header
			h.Line, h.Col = line, col
			h.Attrs = map[string]string{}
			for _, a := range se.Attr {
				h.Attrs[a.Name.Local] = a.Value
			}
			h.CreationTool, h.CreationToolVersion = h.Attrs["creationtool"], h.Attrs["creationtoolversion"]
			h.SegType, h.OTMF, h.AdminLang = h.Attrs["segtype"], h.Attrs["o-tmf"], h.Attrs["adminlang"]
			h.SrcLang, h.DataType, h.CreationDate = h.Attrs["srclang"], h.Attrs["datatype"], h.Attrs["creationdate"]
			if err := rd.d.Skip(); err != nil {
				return err
			}
		case se.Name.Local == "body":
			return nil
		default:
			if err := rd.d.Skip(); err != nil {
				return err
			}
		}
	}
}

// Header returns the header read by NewReader.
func (rd *Reader) Header() Header { return rd.header }

// Next returns the next unit, or io.EOF after the last.
func (rd *Reader) Next() (*TU, error) {
	if rd.done {
		return nil, io.EOF
	}
	for {
		off := rd.d.InputOffset()
		rd.d.Forget(off)
		tok, line, col, err := rd.d.Next("<body>")
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Local != "tu" {
				if err := rd.d.Skip(); err != nil {
					return nil, err
				}
				continue
			}
			return rd.tu(t, line, col, off)
		case xml.EndElement:
			if t.Name.Local == "body" {
				rd.done = true
				return nil, io.EOF
			}
		}
	}
}

func (rd *Reader) tu(se xml.StartElement, line, col int, off int64) (*TU, error) {
	tu := &TU{ID: xmlx.Attr(se, "tuid"), SrcLang: xmlx.Attr(se, "srclang"), Line: line, Col: col, Offset: off}
	for {
		l, c := rd.d.Pos()
		o := rd.d.InputOffset()
		tok, err := rd.d.Token()
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if ok, err := rd.annotation(t, &tu.Notes, &tu.Props); err != nil {
				return nil, err
			} else if ok {
				continue
			}
			switch t.Name.Local {
			case "tuv":
				tuv, err := rd.tuv(t, l, c, o)
				if err != nil {
					return nil, err
				}
				tu.TUVs = append(tu.TUVs, tuv)
			default:
				if err := rd.d.Skip(); err != nil {
					return nil, err
				}
			}
		case xml.EndElement:
			return tu, nil
		}
	}
}

// annotation reads t into notes or props if it is a <note> or <prop> (of a <tu> or a
// <tuv>), and reports whether it was one.
func (rd *Reader) annotation(t xml.StartElement, notes *[]string, props *[]Prop) (bool, error) {
	if t.Name.Local != "note" && t.Name.Local != "prop" {
		return false, nil
	}
	s, err := rd.d.Text()
	if err != nil {
		return true, err
	}
	if t.Name.Local == "note" {
		*notes = append(*notes, s)
	} else {
		*props = append(*props, Prop{xmlx.Attr(t, "type"), s})
	}
	return true, nil
}

func (rd *Reader) tuv(se xml.StartElement, line, col int, off int64) (TUV, error) {
	lang, ok := xmlx.Lang(se)
	if !ok || strings.TrimSpace(lang) == "" {
		return TUV{}, rd.errAt(line, col, `add xml:lang="ja-JP" (the variant's language) to every <tuv>`, "<tuv> has no xml:lang attribute")
	}
	v := TUV{Lang: lang, Line: line, Col: col, Offset: off}
	for {
		tok, err := rd.d.Token()
		if err != nil {
			return TUV{}, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if ok, err := rd.annotation(t, &v.Notes, &v.Props); err != nil {
				return TUV{}, err
			} else if ok {
				continue
			}
			switch t.Name.Local {
			case "seg":
				v.SegLine, v.SegCol = rd.d.Pos()
				v.SegOffset = rd.d.InputOffset()
				s, err := rd.seg()
				if err != nil {
					return TUV{}, err
				}
				v.Text, v.Seg = s.Value, s
			default:
				if err := rd.d.Skip(); err != nil {
					return TUV{}, err
				}
			}
		case xml.EndElement:
			return v, nil
		}
	}
}

// seg reads a segment's text, leaving out the content of inline codes, and anchors it
// to the file after every entity, CDATA section and inline code.
func (rd *Reader) seg() (exports.Text, error) {
	var out exports.Text
	depth, skip := 0, 0
	start := rd.d.InputOffset()
	for {
		off := rd.d.InputOffset()
		tok, err := rd.d.Token()
		if err != nil {
			return exports.Text{}, err
		}
		switch t := tok.(type) {
		case xml.CharData:
			if skip > 0 {
				continue
			}
			end := rd.d.InputOffset()
			for _, a := range xmlx.CharDataAnchors(rd.d.Raw(off, end), string(t)) {
				out.Anchors = append(out.Anchors, exports.Anchor{Text: len(out.Value) + a.Text, File: int(off) + a.File})
			}
			out.Value += string(t)
		case xml.StartElement:
			depth++
			switch t.Name.Local {
			case "bpt", "ept", "ph", "it", "ut":
				skip++
			}
		case xml.EndElement:
			if depth == 0 {
				if len(out.Anchors) == 0 {
					out.Anchors = []exports.Anchor{{Text: 0, File: int(start)}}
				}
				return out, nil
			}
			depth--
			switch t.Name.Local {
			case "bpt", "ept", "ph", "it", "ut":
				skip--
			}
		}
	}
}

// Read reads a TMX file of term pairs into a glossary. Units that carry the same
// x-gloss-concept prop (as gloss writes them) become one concept; any other unit is a
// concept of its own. In each language the first term is preferred and the others
// admitted; a tuv note is the definition in its language, a tu note the concept note and
// an x-Domain prop the subject.
func Read(r io.Reader, file string, known []string) (*glossary.Glossary, error) {
	rd, err := NewReader(r, file)
	if err != nil {
		return nil, err
	}
	u := units{lm: columns.Mapper{Known: known}}
	u.start(rd.Header())
	g := exports.NewGlossary()
	byID := map[string]*glossary.Concept{}
	for {
		tu, err := rd.Next()
		if err == io.EOF {
			kept := g.Concepts[:0]
			for _, c := range g.Concepts {
				if len(c.Terms) > 0 {
					kept = append(kept, c)
				}
			}
			g.Concepts = kept
			g.Languages = u.langs
			return g, nil
		}
		if err != nil {
			return nil, err
		}
		id := tu.Prop("x-gloss-concept")
		c := byID[id]
		if id == "" || c == nil {
			c = u.concept(tu, id)
			if id != "" {
				byID[id] = c
			}
			g.Concepts = append(g.Concepts, c)
		}
		if err := u.add(rd, c, tu); err != nil {
			return nil, err
		}
	}
}

// Scan is [Read] for a file of any size up to the exchange files' limit: it returns the
// concepts as a Source whose Concepts reads the units as it yields them, one concept at a
// time, and can be ranged over once. Its languages are those of the header and of every
// <tuv> tag of data, found by a look at the bytes before reading; units of one
// x-gloss-concept apart from each other, or languages other than that look found, yield
// [exports.ErrNotStreamed]: such a file is read with Read.
func Scan(data []byte, file string, known []string) (exports.Source, error) {
	if int64(len(data)) > textfile.Exchange.Limit {
		return exports.Source{}, textfile.Exchange.TooLarge(file)
	}
	rd, err := NewReader(bytes.NewReader(data), file)
	if err != nil {
		return exports.Source{}, err
	}
	u := units{lm: columns.Mapper{Known: known}}
	u.start(rd.Header())
	want := slices.Clone(u.langs)
	for _, l := range xmlx.TagLangs(data, "tuv") {
		if l = u.lm.Map(l); l != "" && !slices.Contains(want, l) {
			want = append(want, l)
		}
	}
	concepts := func(yield func(*glossary.Concept, error) bool) {
		var pending *glossary.Concept
		pendingID := ""
		seen := exports.NewIDSet()
		flush := func() bool {
			return pending == nil || len(pending.Terms) == 0 || yield(pending, nil)
		}
		for {
			tu, err := rd.Next()
			if err == io.EOF {
				if flush() && !slices.Equal(u.langs, want) {
					yield(nil, exports.ErrNotStreamed)
				}
				return
			}
			if err != nil {
				yield(nil, err)
				return
			}
			id := tu.Prop("x-gloss-concept")
			if id == "" || id != pendingID || pending == nil {
				if id != "" && !seen.Add(id) {
					yield(nil, exports.ErrNotStreamed)
					return
				}
				if !flush() {
					return
				}
				pending, pendingID = u.concept(tu, id), id
			}
			if err := u.add(rd, pending, tu); err != nil {
				yield(nil, err)
				return
			}
			if len(u.langs) > len(want) || !slices.Equal(u.langs, want[:len(u.langs)]) {
				yield(nil, exports.ErrNotStreamed)
				return
			}
		}
	}
	return exports.Source{Languages: want, Concepts: concepts}, nil
}

// units makes concepts of TMX units: the languages met, in order, and the mapping of the
// file's language tags.
type units struct {
	lm    columns.Mapper
	langs []string
}

func (u *units) addLang(l string) {
	if !slices.Contains(u.langs, l) {
		u.langs = append(u.langs, l)
	}
}

// start takes the header's source language.
func (u *units) start(h Header) {
	if s := h.SrcLang; s != "" && s != "*all*" {
		if l := u.lm.Map(s); l != "" {
			u.addLang(l)
		}
	}
}

// concept is a new concept for the unit tu of x-gloss-concept id.
func (u *units) concept(tu *TU, id string) *glossary.Concept {
	c := &glossary.Concept{ID: id}
	if id == "" {
		c.ID = tu.ID
	}
	return c
}

// add adds what the unit tu says to c.
func (u *units) add(rd *Reader, c *glossary.Concept, tu *TU) error {
	if c.Subject == "" {
		c.Subject = strings.TrimSpace(tu.Prop("x-Domain"))
	}
	if len(tu.Notes) > 0 && c.Note == "" {
		c.Note = strings.TrimSpace(strings.Join(tu.Notes, "\n"))
	}
	for _, v := range tu.TUVs {
		lang := u.lm.Map(v.Lang)
		if lang == "" {
			return rd.errAt(v.Line, v.Col, "use a BCP 47 tag such as ja-JP or en-US", "xml:lang %q is not a language tag", v.Lang)
		}
		u.addLang(lang)
		text := strings.TrimSpace(v.Text)
		if text == "" {
			continue
		}
		if len(v.Notes) > 0 {
			if c.Definition == nil {
				c.Definition = map[string]string{}
			}
			c.Definition[lang] = strings.TrimSpace(strings.Join(v.Notes, "\n"))
		}
		key := textnorm.Key(text)
		dup := false
		for _, t := range c.Terms[lang] {
			if textnorm.Key(t.Text) == key {
				dup = true
			}
		}
		if dup {
			continue
		}
		st := glossary.Admitted
		if len(c.Terms[lang]) == 0 {
			st = glossary.Preferred
		}
		c.AddTerm(lang, &glossary.Term{Text: text, Status: st})
	}
	return nil
}
