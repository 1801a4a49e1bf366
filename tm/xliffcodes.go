package tm

import (
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"
)

// xliffMarkup converts the content of an XLIFF <source> or <target> (its inner XML) into
// TMX segment markup, so that a unit from XLIFF keeps its inline codes as a unit from TMX
// does. It returns "" when the content has no inline code or cannot be converted.
//
// The mapping is the one of the XLIFF 1.2 and 2.x specifications' TMX notes (and of
// Okapi's converters): each code becomes a TMX code whose content is the XLIFF element as
// written, escaped, so that exporting the unit again loses nothing.
//
//   - paired codes: 1.2 <g>…</g> and 2.x <pc>…</pc> become <bpt>, the text, <ept>; 1.2
//     <bx/> and <ex/> (paired by rid, else in order), 1.2 <bpt> and <ept> (with their native
//     code) and 2.x <sc/> and <ec/> (paired by startRef) become <bpt> and <ept>;
//   - a start or end whose partner is not in the segment becomes <it pos="begin|end">;
//   - standalone codes: 1.2 <x/> and <ph>, 2.x <ph/> and <cp/> become <ph>; 1.2 <it> <it>;
//   - annotations (<mrk>, 2.x <sm/> and <em/>) keep their text and lose their markers.
//
// The pairs are numbered i="1", i="2" … in the order their start appears, and a code whose
// XLIFF id is a number keeps it as x, so the two sides of a unit compare code by code
// (gloss tm clean's tag-mismatch check) even when the translation moves them.
func xliffMarkup(inner string) string {
	if !strings.Contains(inner, "<") {
		return ""
	}
	toks, ok := xliffTokens(inner)
	if !ok {
		return ""
	}
	// count the starts and ends of each pair key, to tell pairs from isolated codes
	starts, ends := map[string]int{}, map[string]int{}
	for _, t := range toks {
		switch t.kind {
		case codeStart:
			starts[t.key]++
		case codeEnd:
			ends[t.key]++
		}
	}
	var b strings.Builder
	codes := 0
	pairNo := map[string][]int{} // open pairs by key: their i
	next := 0
	for _, t := range toks {
		switch t.kind {
		case codeText:
			s, _ := escapeText(t.text)
			b.WriteString(s)
		case codeStart, codeEnd:
			codes++
			paired := starts[t.key] > 0 && ends[t.key] > 0
			if !paired {
				pos := "begin"
				if t.kind == codeEnd {
					pos = "end"
				}
				b.WriteString(`<it pos="` + pos + `"` + xAttr(t.id) + `>` + escape(t.native) + `</it>`)
				continue
			}
			if t.kind == codeStart {
				next++
				pairNo[t.key] = append(pairNo[t.key], next)
				b.WriteString(`<bpt i="` + strconv.Itoa(next) + `"` + xAttr(t.id) + `>` + escape(t.native) + `</bpt>`)
				continue
			}
			open := pairNo[t.key]
			if len(open) == 0 { // an end before its start
				b.WriteString(`<it pos="end"` + xAttr(t.id) + `>` + escape(t.native) + `</it>`)
				continue
			}
			i := open[len(open)-1]
			pairNo[t.key] = open[:len(open)-1]
			b.WriteString(`<ept i="` + strconv.Itoa(i) + `">` + escape(t.native) + `</ept>`)
		case codeAlone:
			codes++
			b.WriteString(`<ph` + xAttr(t.id) + `>` + escape(t.native) + `</ph>`)
		case codeIsolated:
			codes++
			b.WriteString(`<it pos="` + t.pos + `"` + xAttr(t.id) + `>` + escape(t.native) + `</it>`)
		}
	}
	// a start left open (its end came first) was written as a bpt without ept: give up
	for _, open := range pairNo {
		if len(open) > 0 {
			return ""
		}
	}
	if codes == 0 {
		return ""
	}
	return b.String()
}

func escape(s string) string { e, _ := escapeText(s); return e }

// escapeText escapes s for TMX character data, as the TMX writer does.
func escapeText(s string) (string, bool) {
	var b strings.Builder
	if err := xml.EscapeText(&b, []byte(s)); err != nil {
		return "", false
	}
	// encoding/xml escapes newlines and tabs as character references; keep them as text
	out := strings.NewReplacer("&#xA;", "\n", "&#x9;", "\t").Replace(b.String())
	return out, true
}

// xAttr is the x attribute for an XLIFF id that is a number, else "".
func xAttr(id string) string {
	if n, err := strconv.Atoi(id); err == nil && n >= 0 {
		return ` x="` + id + `"`
	}
	return ""
}

type codeKind int

const (
	codeText     codeKind = iota
	codeStart             // the start of a paired code
	codeEnd               // its end
	codeAlone             // a standalone code
	codeIsolated          // a code that says itself it is half of a pair (1.2 it)
)

type codeToken struct {
	kind   codeKind
	text   string // codeText
	key    string // the pair key of a start or end
	id     string // the XLIFF id
	native string // the code as written in the XLIFF file, or its native content
	pos    string // codeIsolated: begin or end
}

// xliffTokens splits XLIFF inline content into text and codes.
func xliffTokens(inner string) ([]codeToken, bool) {
	d := xml.NewDecoder(strings.NewReader("<r>" + inner + "</r>"))
	d.Strict = true
	var out []codeToken
	// pcs are the open <g>/<pc> elements: their pair key and id, and the end they get
	var pcs []codeToken
	text := func(s string) {
		if n := len(out); n > 0 && out[n-1].kind == codeText {
			out[n-1].text += s
			return
		}
		out = append(out, codeToken{kind: codeText, text: s})
	}
	depth := 0
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return out, depth == 0
		}
		if err != nil {
			return nil, false
		}
		switch t := tok.(type) {
		case xml.CharData:
			if depth > 0 {
				text(string(t))
			}
		case xml.StartElement:
			depth++
			if depth == 1 {
				continue // the wrapper
			}
			id := attr(t, "id")
			switch t.Name.Local {
			case "g", "pc":
				key := "pc:" + id
				out = append(out, codeToken{kind: codeStart, key: key, id: id, native: startTag(t, false)})
				pcs = append(pcs, codeToken{kind: codeEnd, key: key, id: id, native: "</" + qname(t.Name) + ">"})
				continue
			case "x", "cp":
				out = append(out, codeToken{kind: codeAlone, id: id, native: startTag(t, true)})
			case "ph":
				if native, ok := content(d); !ok {
					return nil, false
				} else if native != "" { // 1.2: the native code is the content
					out = append(out, codeToken{kind: codeAlone, id: id, native: native})
				} else {
					out = append(out, codeToken{kind: codeAlone, id: id, native: startTag(t, true)})
				}
				depth--
				continue
			case "bx", "ex":
				// paired by rid; without one, an ex closes the last bx open
				kind := codeStart
				if t.Name.Local == "ex" {
					kind = codeEnd
				}
				out = append(out, codeToken{kind: kind, key: "bx:" + attr(t, "rid"), id: id, native: startTag(t, true)})
			case "sc":
				if attr(t, "isolated") == "yes" {
					out = append(out, codeToken{kind: codeIsolated, pos: "begin", id: id, native: startTag(t, true)})
				} else {
					out = append(out, codeToken{kind: codeStart, key: "sc:" + id, id: id, native: startTag(t, true)})
				}
			case "ec":
				if attr(t, "isolated") == "yes" {
					out = append(out, codeToken{kind: codeIsolated, pos: "end", id: id, native: startTag(t, true)})
				} else {
					out = append(out, codeToken{kind: codeEnd, key: "sc:" + attr(t, "startRef"), id: id, native: startTag(t, true)})
				}
			case "bpt", "ept", "it":
				native, ok := content(d)
				if !ok {
					return nil, false
				}
				depth--
				key := "bpt:" + or(attr(t, "rid"), id)
				switch t.Name.Local {
				case "bpt":
					out = append(out, codeToken{kind: codeStart, key: key, id: id, native: native})
				case "ept":
					out = append(out, codeToken{kind: codeEnd, key: key, id: id, native: native})
				default:
					pos := "begin"
					if attr(t, "pos") == "close" || attr(t, "pos") == "end" {
						pos = "end"
					}
					out = append(out, codeToken{kind: codeIsolated, pos: pos, id: id, native: native})
				}
				continue
			default:
				// mrk, sm, em and unknown elements: their text is kept, the markers dropped
				pcs = append(pcs, codeToken{kind: codeText})
				continue
			}
			// an empty code element: skip to its end
			if _, ok := content(d); !ok {
				return nil, false
			}
			depth--
		case xml.EndElement:
			depth--
			if depth == 0 {
				continue
			}
			if len(pcs) == 0 {
				return nil, false
			}
			end := pcs[len(pcs)-1]
			pcs = pcs[:len(pcs)-1]
			if end.kind == codeEnd {
				out = append(out, end)
			}
		}
	}
}

// content reads the character data of the element just opened, up to its end, and the
// content of elements inside it (1.2 <sub> in a native code) as text.
func content(d *xml.Decoder) (string, bool) {
	var b strings.Builder
	depth := 0
	for {
		tok, err := d.Token()
		if err != nil {
			return "", false
		}
		switch t := tok.(type) {
		case xml.CharData:
			b.Write(t)
		case xml.StartElement:
			depth++
		case xml.EndElement:
			if depth == 0 {
				return b.String(), true
			}
			depth--
		}
	}
}

func attr(se xml.StartElement, name string) string {
	for _, a := range se.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

func or(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func qname(n xml.Name) string { return n.Local }

var attrEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "\n", "&#10;", "\t", "&#9;", "\r", "&#13;")

// startTag writes an element's start tag (empty with empty) as XLIFF would.
func startTag(se xml.StartElement, empty bool) string {
	var b strings.Builder
	b.WriteString("<" + qname(se.Name))
	for _, a := range se.Attr {
		if a.Name.Space == "xmlns" || a.Name.Local == "xmlns" {
			continue
		}
		b.WriteString(" " + a.Name.Local + `="` + attrEscaper.Replace(a.Value) + `"`)
	}
	if empty {
		b.WriteString("/>")
	} else {
		b.WriteString(">")
	}
	return b.String()
}
