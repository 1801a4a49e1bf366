// Package xmlx holds what the XML readers and writers of exports share: escaping, a
// strict, size-limited decoder that refuses entity declarations and reports positions,
// attribute helpers, and the anchors that map decoded text back to the file's bytes.
package xmlx

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/glossterm/gloss"
	"github.com/glossterm/gloss/exports"
	"github.com/glossterm/gloss/internal/textfile"
)

// EscapeText escapes s for XML character data. Characters XML 1.0 cannot carry (most C0
// controls, U+FFFE, U+FFFF, invalid UTF-8) are left out; ok is false when one was.
func EscapeText(s string) (string, bool) { return xmlEscape(s, false) }

// EscapeAttr escapes s for a double-quoted XML attribute value.
func EscapeAttr(s string) string { out, _ := xmlEscape(s, true); return out }

func xmlEscape(s string, attr bool) (string, bool) {
	clean := true
	need := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '&' || c == '<' || c == '>' || c == '"' || c < 0x20 || c >= 0x80 {
			need = true
			break
		}
	}
	if !need {
		return s, true
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"' && attr:
			b.WriteString("&quot;")
		case r == '\n' && attr:
			b.WriteString("&#10;")
		case r == '\t' && attr:
			b.WriteString("&#9;")
		case r == '\r':
			b.WriteString("&#13;")
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r == utf8.RuneError && isBadRune(s, i):
			clean = false
		case r < 0x20 || r == 0xFFFE || r == 0xFFFF:
			clean = false
		default:
			b.WriteRune(r)
		}
	}
	return b.String(), clean
}

func isBadRune(s string, i int) bool {
	_, size := utf8.DecodeRuneInString(s[i:])
	return size == 1
}

// Decoder is a strict encoding/xml decoder over a size-limited input that refuses DOCTYPE
// declarations with an internal subset. encoding/xml never expands entities other than the
// five predefined ones and character references, so an entity-expansion ("billion laughs")
// bomb cannot grow in memory; refusing the internal subset makes it a clear error instead
// of "invalid character entity".
type Decoder struct {
	*xml.Decoder
	File string
	rec  *recorder
}

// NewDecoder returns a decoder that reads r as it goes (so a large TMX is never held
// whole), refusing input past exports.MaxInput bytes.
func NewDecoder(r io.Reader, file string) (*Decoder, error) {
	return newDecoder(bufio.NewReaderSize(textfile.Limit(r, file, exchangeKind), 64<<10), file), nil
}

// NewRecordingDecoder is NewDecoder keeping the raw bytes read since the last
// [Decoder.Forget], so that [Decoder.Raw] can map decoded text back to the file.
func NewRecordingDecoder(r io.Reader, file string) *Decoder {
	rec := &recorder{r: bufio.NewReaderSize(textfile.Limit(r, file, exchangeKind), 64<<10)}
	d := newDecoder(rec, file)
	d.rec = rec
	return d
}

// NewStreamingDecoder is NewRecordingDecoder without the limit on the input's size: for a
// reader whose caller consumes the file record by record and calls [Decoder.Forget] after
// each, so that memory stays bounded however large the file. What it holds is bounded
// instead: more than maxHeld bytes read since the last Forget (one record, or what comes
// before the first) is an error, so a hostile file with a gigabyte-long element cannot
// fill memory either. what names the record in that error ("a <tu>").
func NewStreamingDecoder(r io.Reader, file string, maxHeld int, what string) *Decoder {
	rec := &recorder{r: bufio.NewReaderSize(r, 64<<10), max: maxHeld}
	d := newDecoder(rec, file)
	rec.tooLarge = func() error {
		line, col := d.InputPos()
		return gloss.Errorf(gloss.ErrTooLarge, file, line, col, "split the element, or check that the file is not damaged",
			"%s is larger than %d MiB", what, maxHeld>>20)
	}
	d.rec = rec
	return d
}

// recorder hands the decoder its bytes one at a time (encoding/xml reads through
// io.ByteReader when it can) and keeps those from offset base on: at most max bytes when
// max > 0.
type recorder struct {
	r        *bufio.Reader
	base     int64
	buf      []byte
	max      int
	tooLarge func() error
}

func (c *recorder) ReadByte() (byte, error) {
	if c.max > 0 && len(c.buf) >= c.max {
		return 0, c.tooLarge()
	}
	b, err := c.r.ReadByte()
	if err == nil {
		c.buf = append(c.buf, b)
	}
	return b, err
}

// Read is there for io.Reader; encoding/xml calls ReadByte.
func (c *recorder) Read(p []byte) (int, error) {
	if c.max > 0 {
		if len(c.buf) >= c.max {
			return 0, c.tooLarge()
		}
		p = p[:min(len(p), c.max-len(c.buf))]
	}
	n, err := c.r.Read(p)
	c.buf = append(c.buf, p[:n]...)
	return n, err
}

// Forget drops the raw bytes before offset off (an InputOffset already read).
func (d *Decoder) Forget(off int64) {
	c := d.rec
	if c == nil || off <= c.base || off > c.base+int64(len(c.buf)) {
		return
	}
	n := copy(c.buf, c.buf[off-c.base:])
	c.buf, c.base = c.buf[:n], off
}

// Raw returns the bytes of the input from offset off to end, as read (entities and
// CDATA markup included), or nil when a recording decoder no longer (or never) had them.
func (d *Decoder) Raw(off, end int64) []byte {
	c := d.rec
	if c == nil || off < c.base || end < off || end > c.base+int64(len(c.buf)) {
		return nil
	}
	return c.buf[off-c.base : end-c.base]
}

// exchangeKind is the input gate's kind for exchange files, bounded by exports.MaxInput.
var exchangeKind = textfile.Kind{Name: textfile.Exchange.Name, Plural: textfile.Exchange.Plural, Limit: exports.MaxInput, Hint: textfile.Exchange.Hint}

// NewDecoderReader returns a decoder over r without a limit on its size, for a caller
// that bounds its input itself.
func NewDecoderReader(r io.Reader, file string) *Decoder { return newDecoder(r, file) }

// NewDecoderBytes returns a decoder over data.
func NewDecoderBytes(data []byte, file string) *Decoder {
	return newDecoder(bytes.NewReader(data), file)
}

func newDecoder(r io.Reader, file string) *Decoder {
	d := xml.NewDecoder(r)
	d.Strict = true
	d.CharsetReader = func(charset string, input io.Reader) (io.Reader, error) {
		switch strings.ToLower(charset) {
		case "utf-8", "utf8", "us-ascii", "ascii":
			return input, nil
		}
		return nil, fmt.Errorf("encoding %q is not supported: save the file as UTF-8", charset)
	}
	return &Decoder{Decoder: d, File: file}
}

// Token returns the next token, turning a syntax error, an unexpected end of file or a
// DOCTYPE with an internal subset into an *Error with the line and column.
func (d *Decoder) Token() (xml.Token, error) {
	line, col := d.InputPos()
	tok, err := d.Decoder.Token()
	if err != nil {
		return nil, d.wrap(err)
	}
	if dir, ok := tok.(xml.Directive); ok {
		if bytes.HasPrefix(bytes.TrimSpace(dir), []byte("DOCTYPE")) && bytes.ContainsAny(dir, "[") {
			return nil, exports.Errorf(d.File, line, col, "remove the DOCTYPE's internal subset; gloss reads no entity declarations",
				"the DOCTYPE declares entities (an internal subset); they are refused, so entity-expansion bombs cannot run")
		}
	}
	return tok, nil
}

func (d *Decoder) wrap(err error) error {
	if err == io.EOF {
		return io.EOF
	}
	line, col := d.InputPos()
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		msg := se.Msg
		if strings.Contains(msg, "unexpected EOF") {
			return gloss.Errorf(gloss.ErrTruncated, d.File, line, col, "the file is truncated: export it again", "not well-formed XML: unexpected end of file")
		}
		return gloss.Errorf(gloss.ErrSyntax, d.File, se.Line, col, "fix the XML at that position (an editor with XML checking shows it)", "not well-formed XML: %s", msg)
	}
	if err == io.ErrUnexpectedEOF {
		return gloss.Errorf(gloss.ErrTruncated, d.File, line, col, "the file is truncated: export it again", "not well-formed XML: unexpected end of file")
	}
	var ge *gloss.Error
	if errors.As(err, &ge) { // the input gate's size limit
		return gloss.Errorf(ge.Err, d.File, line, col, ge.Hint, "%s", ge.Msg)
	}
	return exports.Errorf(d.File, line, col, "", "%v", err)
}

// Next returns the next token inside the element named by inside (as "<unit>"), and the
// line and column where it starts. The end of the file there is an *Error: the file is
// truncated.
func (d *Decoder) Next(inside string) (tok xml.Token, line, col int, err error) {
	line, col = d.InputPos()
	tok, err = d.Token()
	if err == io.EOF {
		return nil, line, col, gloss.Errorf(gloss.ErrTruncated, d.File, line, col, "the file is truncated: export it again", "unexpected end of file inside %s", inside)
	}
	return tok, line, col, err
}

// Pos returns the line and column (bytes, 1-based) where the next token starts.
func (d *Decoder) Pos() (int, int) { return d.InputPos() }

// Text reads the character data of the element whose start tag was just read, up to its
// end tag, keeping the text of nested elements.
func (d *Decoder) Text() (string, error) {
	var b strings.Builder
	depth := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return "", d.wrap(io.ErrUnexpectedEOF)
		}
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.CharData:
			b.Write(t)
		case xml.StartElement:
			depth++
		case xml.EndElement:
			if depth == 0 {
				return b.String(), nil
			}
			depth--
		}
	}
}

// Skip skips to the end of the element whose start tag was just read.
func (d *Decoder) Skip() error {
	_, err := d.Text()
	return err
}

// Attr returns the value of the attribute with the given local name (and, for "lang", the
// xml namespace), or "".
func Attr(se xml.StartElement, name string) string {
	for _, a := range se.Attr {
		if a.Name.Local == name {
			if name == "lang" && a.Name.Space != "" && a.Name.Space != "xml" && a.Name.Space != "http://www.w3.org/XML/1998/namespace" {
				continue
			}
			return a.Value
		}
	}
	return ""
}

// Lang returns the xml:lang attribute (or, for old TMX, lang), and whether it was there.
func Lang(se xml.StartElement) (string, bool) {
	for _, a := range se.Attr {
		if a.Name.Local == "lang" && (a.Name.Space == "xml" || a.Name.Space == "http://www.w3.org/XML/1998/namespace" || a.Name.Space == "") {
			return a.Value, true
		}
	}
	return "", false
}

// TagLangs returns the language of each start tag named one of names in data, as
// written (xml:lang, else lang), each once, in the order of the file: a look at the bytes,
// not a parse, for a streaming reader that must name a file's languages before it reads
// the file (a tag in a comment counts; an entity in the value is left as it is).
func TagLangs(data []byte, names ...string) []string {
	var out []string
	for len(data) > 0 {
		i := bytes.IndexByte(data, '<')
		if i < 0 {
			break
		}
		data = data[i+1:]
		name := ""
		for _, n := range names {
			if len(data) > len(n) && bytes.HasPrefix(data, []byte(n)) && isSpace(data[len(n)]) {
				name = n
				break
			}
		}
		if name == "" {
			continue
		}
		end := bytes.IndexByte(data, '>')
		if end < 0 {
			break
		}
		tag := data[len(name):end]
		for _, attr := range []string{"xml:lang", "lang"} {
			if v, ok := attrValue(tag, attr); ok {
				if !slices.Contains(out, v) {
					out = append(out, v)
				}
				break
			}
		}
		data = data[end:]
	}
	return out
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// attrValue finds name="value" (or 'value') among the attributes of a tag.
func attrValue(tag []byte, name string) (string, bool) {
	for off := 0; ; {
		i := bytes.Index(tag[off:], []byte(name))
		if i < 0 {
			return "", false
		}
		i += off
		off = i + len(name)
		if i > 0 && !isSpace(tag[i-1]) {
			continue
		}
		rest := bytes.TrimLeft(tag[off:], " \t\r\n")
		if len(rest) == 0 || rest[0] != '=' {
			continue
		}
		rest = bytes.TrimLeft(rest[1:], " \t\r\n")
		if len(rest) == 0 || rest[0] != '"' && rest[0] != '\'' {
			continue
		}
		if j := bytes.IndexByte(rest[1:], rest[0]); j >= 0 {
			return string(rest[1 : 1+j]), true
		}
		return "", false
	}
}

// Clean removes the characters XML 1.0 cannot carry; ok is false when there were any.
func Clean(s string) (string, bool) {
	ok := true
	for i, r := range s {
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0xFFFE || r == 0xFFFF || r == utf8.RuneError && isBadRune(s, i) {
			ok = false
			break
		}
	}
	if ok {
		return s, true
	}
	var b strings.Builder
	for i, r := range s {
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0xFFFE || r == 0xFFFF || r == utf8.RuneError && isBadRune(s, i) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String(), false
}

// CharDataAnchors maps the decoded text of one XML character-data token to its raw bytes:
// the first anchor is {0, 0}, and one follows every entity or character reference, CDATA
// boundary and CR LF pair, after which text and raw bytes run one for one again. Offsets
// are relative to the token. If raw and text do not agree, the anchors stop where they part.
func CharDataAnchors(raw []byte, text string) []exports.Anchor {
	out := []exports.Anchor{{Text: 0, File: 0}}
	r, t := 0, 0
	mark := func() {
		if last := out[len(out)-1]; last.Text != t || last.File != r {
			if last.Text == t {
				out[len(out)-1].File = r
			} else {
				out = append(out, exports.Anchor{Text: t, File: r})
			}
		}
	}
	for r < len(raw) && t <= len(text) {
		switch {
		case raw[r] == '<' && bytes.HasPrefix(raw[r:], []byte("<![CDATA[")):
			r += len("<![CDATA[")
			mark()
			k := bytes.Index(raw[r:], []byte("]]>"))
			if k < 0 {
				return out
			}
			r += k
			t += k
			r += len("]]>")
			mark()
		case raw[r] == '&':
			k := bytes.IndexByte(raw[r:], ';')
			if k < 0 {
				return out
			}
			name := string(raw[r+1 : r+k])
			n := 1
			if strings.HasPrefix(name, "#") {
				v, err := strconv.ParseInt(strings.TrimPrefix(strings.TrimPrefix(name, "#x"), "#"), map[bool]int{true: 16, false: 10}[strings.HasPrefix(name, "#x")], 32)
				if err != nil {
					return out
				}
				n = utf8.RuneLen(rune(v))
				if n < 0 {
					n = 3 // U+FFFD
				}
			}
			r += k + 1
			t += n
			mark()
		case raw[r] == '\r':
			if r+1 < len(raw) && raw[r+1] == '\n' {
				r++ // CR LF reads as LF
			} else {
				r++
				t++ // a lone CR reads as LF
			}
			mark()
		default:
			if t >= len(text) || raw[r] != text[t] {
				return out
			}
			r++
			t++
		}
	}
	return out
}
