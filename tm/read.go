package tm

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/glossterm/gloss/bitext"
	"github.com/glossterm/gloss/exports"
	"github.com/glossterm/gloss/exports/tmx"
	"github.com/glossterm/gloss/exports/xliff"
	"github.com/glossterm/gloss/glossary"
	"github.com/glossterm/gloss/internal/textfile"
)

// Format names what AddFile reads.
const (
	FormatTMX    = "tmx"
	FormatXLIFF  = "xliff"
	FormatBitext = "tsv"
)

// DetectFormat names the format of a file by its extension, else by its first bytes: an
// XML file with a <tmx> root is TMX, another XML file XLIFF, anything else a TSV bitext.
func DetectFormat(path string, head []byte) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".tmx":
		return FormatTMX
	case ".xlf", ".xliff", ".sdlxliff", ".mqxliff", ".mxliff", ".xlz":
		return FormatXLIFF
	case ".tsv", ".txt", ".tab":
		return FormatBitext
	}
	h := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	if bytes.HasPrefix(h, []byte("<")) {
		if bytes.Contains(head, []byte("<tmx")) {
			return FormatTMX
		}
		return FormatXLIFF
	}
	return FormatBitext
}

// AddFile adds the units of a TMX, XLIFF or TSV bitext file (see [DetectFormat]) in one
// transaction: on any error nothing of the file is stored.
func (m *Memory) AddFile(ctx context.Context, path string) (*AddResult, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	head := make([]byte, 512)
	n, _ := io.ReadFull(f, head)
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	a, err := m.begin(ctx, path)
	if err != nil {
		return nil, err
	}
	switch DetectFormat(path, head[:n]) {
	case FormatTMX:
		err = ReadTMX(f, path, a.res, a.add)
	case FormatXLIFF:
		err = readXLIFF(f, path, a.add)
	default:
		err = readBitext(path, a.add)
	}
	return a.finish(err)
}

// AddData is [AddFile] for the bytes of a file read already (standard input, read through
// the input gate), named name in the units' origin and in errors: its format is told from
// its content (see [DetectFormat]).
func (m *Memory) AddData(ctx context.Context, name string, data []byte) (*AddResult, error) {
	a, err := m.begin(ctx, name)
	if err != nil {
		return nil, err
	}
	switch DetectFormat(name, data[:min(len(data), 512)]) {
	case FormatTMX:
		err = ReadTMX(bytes.NewReader(data), name, a.res, a.add)
	case FormatXLIFF:
		err = readXLIFF(bytes.NewReader(data), name, a.add)
	default:
		var text string
		if text, err = textfile.DecodePlain(name, data); err == nil {
			err = addBitext(name, text, a.add)
		}
	}
	return a.finish(err)
}

// AddParallel aligns a Japanese document with its English translation sentence by
// sentence (bitext.Align, anchored by g's approved terms when g is not nil) and adds
// the aligned segments. Their origin is "JA=EN", their line the Japanese line.
func (m *Memory) AddParallel(ctx context.Context, jaPath, enPath string, g *glossary.Glossary) (*AddResult, error) {
	ja, err := bitext.ReadDoc(jaPath, "ja")
	if err != nil {
		return nil, err
	}
	en, err := bitext.ReadDoc(enPath, "en")
	if err != nil {
		return nil, err
	}
	segs, err := bitext.Align(ja, en, g)
	if err != nil {
		return nil, err
	}
	origin := jaPath + "=" + enPath
	a, err := m.begin(ctx, origin)
	if err != nil {
		return nil, err
	}
	for _, s := range segs {
		if err = a.add(&Unit{JA: s.JA, EN: s.EN, JALang: "ja-JP", ENLang: "en-US", Origin: origin, Line: s.Line}); err != nil {
			break
		}
	}
	return a.finish(err)
}

func readBitext(path string, add func(*Unit) error) error {
	text, err := textfile.ReadPlain(path)
	if err != nil {
		return err
	}
	return addBitext(path, text, add)
}

// addBitext adds the segments of the bitext text, named path.
func addBitext(path, text string, add func(*Unit) error) error {
	segs, err := bitext.ParseBitext(path, text)
	if err != nil {
		return err
	}
	for _, s := range segs {
		if err := add(&Unit{JA: s.JA, EN: s.EN, JALang: "ja-JP", ENLang: "en-US", Origin: path, OriginID: s.ID, Line: s.Line}); err != nil {
			return err
		}
	}
	return nil
}

// xliffSegMarkup is the TMX markup of an XLIFF segment's content at span in data (see
// xliffMarkup) when it has inline codes and reads back as text; "" otherwise.
func xliffSegMarkup(data []byte, span [2]int, text string) string {
	if span[1] <= span[0] || span[1] > len(data) {
		return ""
	}
	m := xliffMarkup(string(data[span[0]:span[1]]))
	if m == "" {
		return ""
	}
	if t, ok := MarkupText(m); !ok || t != text {
		return ""
	}
	return m
}

// side returns "ja" or "en" for a language tag of either, else "".
func side(tag string) string {
	p, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(tag)), "-")
	p, _, _ = strings.Cut(p, "_")
	switch p {
	case "ja", "jp", "jpn":
		return "ja"
	case "en", "eng":
		return "en"
	}
	return ""
}

func readXLIFF(r io.Reader, path string, add func(*Unit) error) error {
	data, err := io.ReadAll(io.LimitReader(r, exports.MaxInput+1))
	if err != nil {
		return err
	}
	if len(data) > exports.MaxInput {
		return fmt.Errorf("%s: the file is larger than %d MiB; split it", path, exports.MaxInput>>20)
	}
	f, err := xliff.Parse(data, path)
	if err != nil {
		return err
	}
	src, tgt := side(f.SourceLang), side(f.TargetLang)
	if src == "" || tgt == "" || src == tgt {
		return exports.Errorf(path, 1, 1, "the memory holds Japanese and English: give an XLIFF file between ja and en",
			"XLIFF languages %q → %q are not Japanese and English", f.SourceLang, f.TargetLang)
	}
	for _, u := range f.Units {
		if !u.HasTarget || strings.TrimSpace(u.Target.Value) == "" {
			continue
		}
		tu := &Unit{Origin: path, OriginID: u.ID, Line: u.Line}
		srcMarkup, tgtMarkup := xliffSegMarkup(data, u.SourceXML, u.Source.Value), xliffSegMarkup(data, u.TargetXML, u.Target.Value)
		if src == "ja" {
			tu.JA, tu.EN, tu.JALang, tu.ENLang = u.Source.Value, u.Target.Value, f.SourceLang, f.TargetLang
			tu.JAMarkup, tu.ENMarkup = srcMarkup, tgtMarkup
		} else {
			tu.JA, tu.EN, tu.JALang, tu.ENLang = u.Target.Value, u.Source.Value, f.TargetLang, f.SourceLang
			tu.JAMarkup, tu.ENMarkup = tgtMarkup, srcMarkup
		}
		if err := add(tu); err != nil {
			return err
		}
	}
	return nil
}

// ReadTMX streams the units of a TMX file to add: for each <tu> with a Japanese and an
// English variant, their text, their inline codes (as TMX markup, when f can be read at
// the positions the reader reports), the tu's tuid, line, dates and creator. Units without
// both languages are counted in res.Ignored; a file with none that has both is an error
// naming the languages it has. The file may be of any size: the reader holds one <tu> at
// a time (see tmx.NewStreamReader), and add is given each unit as it is read.
func ReadTMX(f io.ReaderAt, path string, res *AddResult, add func(*Unit) error) error {
	rd, err := tmx.NewStreamReader(io.NewSectionReader(f, 0, 1<<62), path)
	if err != nil {
		return err
	}
	h := rd.Header()
	langs := map[string]int{}
	found := 0
	for {
		tu, err := rd.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return err
		}
		u := &Unit{Origin: path, OriginID: tu.ID, Line: tu.Line}
		for i := range tu.TUVs {
			v := &tu.TUVs[i]
			langs[v.Lang]++
			markup := segMarkup(f, v)
			switch side(v.Lang) {
			case "ja":
				if u.JALang == "" {
					u.JA, u.JALang, u.JAMarkup = v.Text, v.Lang, markup
				}
			case "en":
				if u.ENLang == "" {
					u.EN, u.ENLang, u.ENMarkup = v.Text, v.Lang, markup
				}
			}
		}
		if u.JALang == "" || u.ENLang == "" {
			res.ignore("no Japanese or no English variant")
			continue
		}
		found++
		attrs := tuAttrs(f, tu.Offset)
		u.Created, u.Changed = attrs["creationdate"], attrs["changedate"]
		u.Creator, u.Changer = attrs["creationid"], attrs["changeid"]
		if u.Created == "" {
			u.Created = h.CreationDate
		}
		if err := add(u); err != nil {
			return err
		}
	}
	if found == 0 && len(langs) > 0 {
		var ls []string
		for l := range langs {
			ls = append(ls, l)
		}
		sort.Strings(ls)
		return exports.Errorf(path, h.Line, h.Col, `the memory holds Japanese and English: give a TMX with xml:lang="ja-JP" and "en-US" variants`,
			"no unit has both a Japanese and an English variant (languages: %s)", strings.Join(ls, ", "))
	}
	return nil
}

// readAt reads up to n bytes of f from off.
func readAt(f io.ReaderAt, off int64, n int) []byte {
	buf := make([]byte, n)
	k, err := f.ReadAt(buf, off)
	if k == 0 && err != nil {
		return nil
	}
	return buf[:k]
}

// tuAttrs reads the attributes of the <tu> start tag at or after off.
func tuAttrs(f io.ReaderAt, off int64) map[string]string {
	d := xml.NewDecoder(bytes.NewReader(readAt(f, off, 4096)))
	for {
		tok, err := d.RawToken()
		if err != nil {
			return nil
		}
		if se, ok := tok.(xml.StartElement); ok {
			if se.Name.Local != "tu" {
				return nil
			}
			m := map[string]string{}
			for _, a := range se.Attr {
				m[a.Name.Local] = a.Value
			}
			return m
		}
	}
}

// maxMarkup bounds the bytes read back for one segment's markup.
const maxMarkup = 1 << 20

// segMarkup returns the raw XML of a segment's content when it has inline elements and
// reads back as v.Text; "" otherwise.
func segMarkup(f io.ReaderAt, v *tmx.TUV) string {
	if v.SegOffset <= 0 {
		return ""
	}
	var raw []byte
	for n := 4096; ; n *= 4 {
		b := readAt(f, v.SegOffset, n)
		if i := bytes.Index(b, []byte("</seg>")); i >= 0 {
			raw = b[:i]
			break
		}
		if len(b) < n || n >= maxMarkup {
			return ""
		}
	}
	if bytes.IndexByte(raw, '<') < 0 {
		return ""
	}
	if text, ok := MarkupText(string(raw)); !ok || text != v.Text {
		return ""
	}
	return string(raw)
}

// inline reports whether a TMX element is an inline code whose content is not text.
func inline(name string) bool {
	switch name {
	case "bpt", "ept", "ph", "it", "ut":
		return true
	}
	return false
}

// MarkupText returns the text of TMX segment markup without its inline codes, and whether
// the markup is well-formed.
func MarkupText(markup string) (string, bool) {
	d := xml.NewDecoder(strings.NewReader("<seg>" + markup + "</seg>"))
	d.Strict = true
	var b strings.Builder
	skip := 0
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return b.String(), skip == 0
		}
		if err != nil {
			return "", false
		}
		switch t := tok.(type) {
		case xml.CharData:
			if skip == 0 {
				b.Write(t)
			}
		case xml.StartElement:
			if inline(t.Name.Local) {
				skip++
			}
		case xml.EndElement:
			if inline(t.Name.Local) {
				skip--
			}
		}
	}
}

// Tags returns the inline codes of TMX segment markup, as "name" or "name:i/x", in order.
func Tags(markup string) []string {
	if markup == "" {
		return nil
	}
	d := xml.NewDecoder(strings.NewReader("<seg>" + markup + "</seg>"))
	var out []string
	for {
		tok, err := d.Token()
		if err != nil {
			return out
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local != "seg" {
			tag := se.Name.Local
			for _, a := range se.Attr {
				if a.Name.Local == "i" || a.Name.Local == "x" {
					tag += ":" + a.Name.Local + "=" + a.Value
					break
				}
			}
			out = append(out, tag)
		}
	}
}
