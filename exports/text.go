package exports

import (
	"bytes"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Text is a piece of a file's text as a reader decoded it — an XLIFF source or target,
// a TMX segment, a table cell, a paragraph — with anchors back into the file: byte
// Anchors[i].Text of Value is byte Anchors[i].File of the file, and the bytes after it
// follow one for one until the next anchor (entities, CDATA, CR LF and left-out inline
// codes break that; the next anchor restores it). The first anchor is at 0.
type Text struct {
	Value   string
	Anchors []Anchor
}

// Anchor ties an offset in a Text to an offset in the file.
type Anchor struct{ Text, File int }

// At returns a Text whose Value starts at byte off of the file and is copied verbatim.
func At(value string, off int) Text { return Text{Value: value, Anchors: []Anchor{{0, off}}} }

// FileOffset maps byte i of t.Value to its byte offset in the file.
func (t Text) FileOffset(i int) int {
	if len(t.Anchors) == 0 {
		return 0
	}
	k := sort.Search(len(t.Anchors), func(k int) bool { return t.Anchors[k].Text > i }) - 1
	if k < 0 {
		k = 0
	}
	a := t.Anchors[k]
	return a.File + i - a.Text
}

// CharDataAnchors maps the decoded text of one XML character-data token to its raw bytes:
// the first anchor is {0, 0}, and one follows every entity or character reference, CDATA
// boundary and CR LF pair, after which text and raw bytes run one for one again. Offsets
// are relative to the token. If raw and text do not agree, the anchors stop where they part.
func CharDataAnchors(raw []byte, text string) []Anchor {
	out := []Anchor{{0, 0}}
	r, t := 0, 0
	mark := func() {
		if last := out[len(out)-1]; last.Text != t || last.File != r {
			if last.Text == t {
				out[len(out)-1].File = r
			} else {
				out = append(out, Anchor{Text: t, File: r})
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
