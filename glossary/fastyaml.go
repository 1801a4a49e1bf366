package glossary

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// A fast reader for the YAML of one concept in the layout Write produces.
//
// The YAML parser builds a token stream, events and nodes for every scalar, which is most
// of the time of a first load of a large glossary (EDICT: some 11 of 17 s). The entries Write
// prints use a small part of YAML, one line per value: block mappings and sequences, plain
// and double-quoted scalars, and flow lists and mappings of such scalars. fastItem reads
// exactly that part into the nodes the YAML parser would build, with the same kinds, tags,
// styles, values and positions, and gives up on anything else (a comment, a multi-line
// scalar, an anchor, a tab, a quoted key, a plain scalar YAML might read as a number …), so
// that the chunk is then read by the YAML parser as before. Giving up is always safe; the
// tests check that what it does read equals what the YAML parser reads.

// fastLine is one non-blank line of a chunk: its number, the column its text starts at
// (0-based, in runes, which equal bytes for the leading spaces) and the text.
type fastLine struct {
	num    int
	indent int
	text   []byte
}

// fastReader reads one chunk after another, reusing its nodes: the nodes of a chunk are
// valid until the next call of item, which is enough for a decoder that copies what it
// keeps out of them.
type fastReader struct {
	lines []fastLine
	i     int
	ok    bool
	nodes [][]yaml.Node // blocks of nodes, reused from chunk to chunk
	used  int           // nodes handed out from the blocks for this chunk
	keys  map[string]string
}

const fastBlock = 128

// newNode returns a node from the blocks, set to v but for its Content, whose array it
// keeps for reuse.
func (r *fastReader) newNode(v yaml.Node) *yaml.Node {
	b, k := r.used/fastBlock, r.used%fastBlock
	if b == len(r.nodes) {
		r.nodes = append(r.nodes, make([]yaml.Node, fastBlock))
	}
	r.used++
	n := &r.nodes[b][k]
	content := n.Content[:0]
	*n = v
	n.Content = content
	return n
}

// key returns the mapping key b, one string for each key met.
func (r *fastReader) key(b []byte) string {
	if s, ok := r.keys[string(b)]; ok {
		return s
	}
	s := string(b)
	if r.keys == nil {
		r.keys = map[string]string{}
	}
	if len(r.keys) < symCap {
		r.keys[s] = s
	}
	return s
}

// fastItem reads one chunk with a reader of its own; see [fastReader.item].
func fastItem(text []byte, first int) (*yaml.Node, bool) {
	var r fastReader
	return r.item(text, first)
}

// item reads the chunk text (one entry of a block sequence, "- " at its first line),
// whose first line is line first+1 of the file, and returns the entry's node with the
// file's line numbers; ok is false when the chunk is not in the layout it reads.
func (r *fastReader) item(text []byte, first int) (*yaml.Node, bool) {
	if !fastBytesOK(text) {
		return nil, false
	}
	r.lines, r.i, r.ok, r.used = r.lines[:0], 0, true, 0
	num := first
	for off := 0; off < len(text); num++ {
		end := bytes.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text) - off
		}
		l := text[off : off+end]
		off += end + 1
		t := bytes.TrimLeft(l, " ")
		if len(t) == 0 {
			continue
		}
		r.lines = append(r.lines, fastLine{num: num + 1, indent: len(l) - len(t), text: t})
	}
	if len(r.lines) == 0 {
		return nil, false
	}
	seq := r.blockSeq(r.lines[0].indent)
	if !r.ok || r.i != len(r.lines) || len(seq.Content) != 1 {
		return nil, false
	}
	return seq.Content[0], true
}

// fastBytesOK rejects the characters the fast reader leaves to the YAML parser: tabs,
// carriage returns and other control characters, and the Unicode line breaks and BOM
// (U+0085, U+2028, U+2029, U+FEFF), whose handling in YAML is subtle, and text that is not
// UTF-8 (which Parse has rejected before).
func fastBytesOK(text []byte) bool {
	if !utf8.Valid(text) {
		return false
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c == '\n':
		case c < 0x20 || c == 0x7F:
			return false
		case c == 0xC2 && i+1 < len(text) && text[i+1] < 0xA0: // U+0080–U+009F
			return false
		case c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0xA8 || text[i+2] == 0xA9):
			return false
		case c == 0xEF && i+2 < len(text) && text[i+1] == 0xBB && text[i+2] == 0xBF:
			return false
		}
	}
	return true
}

func (r *fastReader) fail() *yaml.Node {
	r.ok = false
	return nil
}

// node reads the block node whose first line is r.lines[r.i], at indent.
func (r *fastReader) node(indent int) *yaml.Node {
	l := r.lines[r.i]
	if l.indent != indent {
		return r.fail()
	}
	if l.text[0] == '-' {
		return r.blockSeq(indent)
	}
	if _, ok := fastKey(l.text); ok {
		return r.blockMap(indent)
	}
	return r.fail()
}

// blockSeq reads the "- " lines at indent and their items.
func (r *fastReader) blockSeq(indent int) *yaml.Node {
	first := r.lines[r.i]
	seq := r.newNode(yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Line: first.num, Column: indent + 1})
	for r.ok && r.i < len(r.lines) {
		l := &r.lines[r.i]
		if l.indent < indent {
			break
		}
		if l.indent > indent || len(l.text) < 3 || l.text[0] != '-' || l.text[1] != ' ' || l.text[2] == ' ' {
			return r.fail()
		}
		// The item's text, as a line of its own two columns further in.
		l.indent += 2
		l.text = l.text[2:]
		if _, ok := fastKey(l.text); ok {
			seq.Content = append(seq.Content, r.blockMap(l.indent))
			continue
		}
		if l.text[0] == '-' {
			return r.fail()
		}
		v := r.inlineValue(*l)
		r.i++
		if !r.ok {
			return nil
		}
		seq.Content = append(seq.Content, v)
	}
	if !r.ok {
		return nil
	}
	return seq
}

// blockMap reads the "key: value" and "key:" lines at indent and their values.
func (r *fastReader) blockMap(indent int) *yaml.Node {
	first := r.lines[r.i]
	m := r.newNode(yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: first.num, Column: indent + 1})
	for r.ok && r.i < len(r.lines) {
		l := r.lines[r.i]
		if l.indent < indent {
			break
		}
		if l.indent > indent {
			return r.fail()
		}
		n, ok := fastKey(l.text)
		if !ok {
			return r.fail()
		}
		key := r.key(l.text[:n])
		for j := 0; j < len(m.Content); j += 2 {
			if m.Content[j].Value == key { // left to the YAML parser and the whole-file read
				return r.fail()
			}
		}
		k := r.newNode(yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key, Line: l.num, Column: indent + 1})
		if !plainString(key) {
			return r.fail()
		}
		rest := l.text[n+1:]
		var v *yaml.Node
		if len(bytes.TrimLeft(rest, " ")) == 0 {
			// The value is the block on the next lines, further in.
			r.i++
			if r.i >= len(r.lines) || r.lines[r.i].indent <= indent {
				return r.fail() // an empty value: left to the YAML parser
			}
			v = r.node(r.lines[r.i].indent)
		} else {
			sp := len(rest) - len(bytes.TrimLeft(rest, " "))
			col := indent + utf8.RuneCount(l.text[:n+1]) + sp
			v = r.inlineValue(fastLine{num: l.num, indent: col, text: rest[sp:]})
			r.i++
		}
		if !r.ok {
			return nil
		}
		m.Content = append(m.Content, k, v)
	}
	if !r.ok {
		return nil
	}
	return m
}

// fastKey returns the length of the plain key at the start of text when text is
// "key:" or "key: …", the key a letter then letters, digits and "_.-".
func fastKey(text []byte) (int, bool) {
	for i, c := range text {
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
		case (c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.') && i > 0:
		case c == ':' && i > 0:
			return i, i+1 == len(text) || text[i+1] == ' '
		default:
			return 0, false
		}
	}
	return 0, false
}

// inlineValue reads the value that is the whole rest of the line l: a double-quoted
// scalar, a flow list or mapping, or a plain scalar.
func (r *fastReader) inlineValue(l fastLine) *yaml.Node {
	t := l.text
	var v *yaml.Node
	var n int
	switch t[0] {
	case '"':
		v, n = r.quoted(t, l.num, l.indent)
	case '[', '{':
		v, n = r.flow(t, l.num, l.indent)
	default:
		s := bytes.TrimRight(t, " ")
		if !fastPlain(s, false) {
			return r.fail()
		}
		return r.plain(string(s), l.num, l.indent)
	}
	if !r.ok || len(bytes.TrimLeft(t[n:], " ")) != 0 {
		return r.fail()
	}
	return v
}

// fastPlain reports whether s is a plain scalar the fast reader takes: not starting with an
// indicator or a character that may make it a number, and holding nothing that would end it
// or make it a key or a comment; in flow context no flow indicator either.
func fastPlain(s []byte, flow bool) bool {
	if len(s) == 0 {
		return false
	}
	switch s[0] {
	case '-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`',
		'+', '.', '~', '<', '=', ' ', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return false
	}
	if s[len(s)-1] == ':' || bytes.Contains(s, []byte(": ")) || bytes.Contains(s, []byte(" #")) {
		return false
	}
	if flow && bytes.ContainsAny(s, ",[]{}:#") {
		return false
	}
	return true
}

// plain returns the node of a plain scalar, with the tag YAML resolves it to; only the
// boolean and null words resolve to another tag than a string among those fastPlain takes,
// and the other words YAML 1.1 reads as booleans are left to the YAML parser.
func (r *fastReader) plain(s string, line, col int) *yaml.Node {
	tag := "!!str"
	switch s {
	case "true", "True", "TRUE", "false", "False", "FALSE":
		tag = "!!bool"
	case "null", "Null", "NULL":
		tag = "!!null"
	default:
		if !plainString(s) {
			return r.fail()
		}
	}
	return r.newNode(yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: s, Line: line, Column: col + 1})
}

// plainString reports whether YAML reads the plain scalar s as a string for certain: it is
// none of the words nonString lists.
func plainString(s string) bool {
	if len(s) > 5 {
		return true
	}
	switch strings.ToLower(s) {
	case "null", "true", "false", "yes", "no", "on", "off", "y", "n":
		return false
	}
	return true
}

// quoted reads the double-quoted scalar at the start of t (at 0-based column col of line)
// and returns its node and its length in bytes.
func (r *fastReader) quoted(t []byte, line, col int) (*yaml.Node, int) {
	var b []byte
	i := 1
	for ; ; i++ {
		if i >= len(t) {
			return r.fail(), 0
		}
		c := t[i]
		if c == '"' {
			break
		}
		if c != '\\' {
			if b != nil {
				b = append(b, c)
			}
			continue
		}
		if b == nil {
			b = append(make([]byte, 0, len(t)), t[1:i]...)
		}
		if i+1 >= len(t) {
			return r.fail(), 0
		}
		i++
		switch t[i] {
		case '"', '\\':
			b = append(b, t[i])
		case 'n':
			b = append(b, '\n')
		case 't':
			b = append(b, '\t')
		case 'r':
			b = append(b, '\r')
		case 'x', 'u':
			n := 2
			if t[i] == 'u' {
				n = 4
			}
			if i+n >= len(t) {
				return r.fail(), 0
			}
			v, err := strconv.ParseUint(string(t[i+1:i+1+n]), 16, 32)
			if err != nil || v >= 0xD800 && v <= 0xDFFF {
				return r.fail(), 0
			}
			b = utf8.AppendRune(b, rune(v))
			i += n
		default:
			return r.fail(), 0
		}
	}
	s := string(t[1:i])
	if b != nil {
		s = string(b)
	}
	return r.newNode(yaml.Node{Kind: yaml.ScalarNode, Style: yaml.DoubleQuotedStyle, Tag: "!!str", Value: s, Line: line, Column: col + 1}), i + 1
}

// flow reads the flow list or mapping at the start of t, of scalars and (in a mapping)
// lists, and returns its node and its length in bytes.
func (r *fastReader) flow(t []byte, line, col int) (*yaml.Node, int) {
	open := t[0]
	n := r.newNode(yaml.Node{Style: yaml.FlowStyle, Line: line, Column: col + 1})
	closer := byte(']')
	if open == '{' {
		n.Kind, n.Tag, closer = yaml.MappingNode, "!!map", '}'
	} else {
		n.Kind, n.Tag = yaml.SequenceNode, "!!seq"
	}
	i := 1
	c := col + 1
	skip := func() {
		for i < len(t) && t[i] == ' ' {
			i++
			c++
		}
	}
	// value reads a scalar (or, where lists may be, a list) ending before ',' or closer.
	value := func(lists bool) *yaml.Node {
		switch {
		case i >= len(t):
			return r.fail()
		case t[i] == '"':
			v, k := r.quoted(t[i:], line, c)
			if r.ok {
				c += utf8.RuneCount(t[i : i+k])
				i += k
			}
			return v
		case t[i] == '[' && lists:
			v, k := r.flow(t[i:], line, c)
			if r.ok {
				c += utf8.RuneCount(t[i : i+k])
				i += k
			}
			return v
		}
		j := i
		for j < len(t) && t[j] != ',' && t[j] != closer {
			j++
		}
		s := bytes.TrimRight(t[i:j], " ")
		if !fastPlain(s, true) {
			return r.fail()
		}
		v := r.plain(string(s), line, c)
		c += utf8.RuneCount(t[i:j])
		i = j
		return v
	}
	skip()
	if i < len(t) && t[i] == closer {
		return n, i + 1
	}
	for r.ok {
		if open == '{' {
			k, ok := fastKey(t[i:])
			if !ok || i+k+1 >= len(t) {
				return r.fail(), 0
			}
			key := r.key(t[i : i+k])
			if !plainString(key) {
				return r.fail(), 0
			}
			for j := 0; j < len(n.Content); j += 2 {
				if n.Content[j].Value == key {
					return r.fail(), 0
				}
			}
			n.Content = append(n.Content, r.newNode(yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key, Line: line, Column: c + 1}))
			i += k + 1
			c += k + 1
			skip()
		}
		v := value(open == '{')
		if !r.ok {
			return nil, 0
		}
		n.Content = append(n.Content, v)
		skip()
		switch {
		case i < len(t) && t[i] == closer:
			return n, i + 1
		case i < len(t) && t[i] == ',':
			i++
			c++
			skip()
		default:
			return r.fail(), 0
		}
	}
	return nil, 0
}
