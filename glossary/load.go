package glossary

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/encoding/japanese"
)

// MaxFileSize bounds the glossary files gloss reads. A glossary of 100,000 concepts with
// definitions and sources takes about 50 MB, and EDICT imported whole about twice that;
// the limit keeps a stray multi-gigabyte file from taking the machine's memory.
const MaxFileSize = 256 << 20

// LoadFile reads and parses the glossary at path.
func LoadFile(path string) (*Glossary, error) {
	data, err := ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(data, path)
}

// ReadFile reads a glossary file's bytes, refusing files larger than [MaxFileSize].
func ReadFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := int64(0)
	if fi, err := f.Stat(); err == nil {
		if fi.IsDir() {
			return nil, fmt.Errorf("%s is a directory, not a glossary file", path)
		}
		size = fi.Size()
	}
	if size > MaxFileSize {
		return nil, tooLarge(path)
	}
	buf := bytes.NewBuffer(make([]byte, 0, size+512))
	if _, err := buf.ReadFrom(io.LimitReader(f, MaxFileSize+1)); err != nil {
		return nil, err
	}
	if buf.Len() > MaxFileSize {
		return nil, tooLarge(path)
	}
	return buf.Bytes(), nil
}

func tooLarge(path string) error {
	ps := problems{file: path}
	ps.errorf(Pos{1, 1}, "file.size", "split the glossary, or check that this is the file you meant",
		"the file is larger than %d MiB, the most gloss reads as a glossary", MaxFileSize>>20)
	return &LoadError{ps.list}
}

// Repair removes what [Parse] refuses but `gloss fmt` can fix without loss: a UTF-8
// byte-order mark and CRLF line endings.
func Repair(data []byte) []byte {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	return bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
}

// Parse reads a glossary from data; file names it in positions. On failure the error is a
// *[LoadError] that lists every problem found.
func Parse(data []byte, file string) (*Glossary, error) {
	ps := &problems{file: file}
	if !checkEncoding(data, ps) {
		return nil, &LoadError{ps.list}
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		ps.list = append(ps.list, syntaxProblem(err, data, file))
		return nil, &LoadError{ps.list}
	}
	d := decoder{ps: ps}
	g := d.glossary(&doc)
	g.File = file
	if len(ps.list) > 0 {
		sortProblems(ps.list)
		return nil, &LoadError{ps.list}
	}
	return g, nil
}

// checkEncoding reports what must be fixed before the YAML parser can see the text.
func checkEncoding(data []byte, ps *problems) bool {
	if len(bytes.TrimSpace(data)) == 0 {
		ps.errorf(Pos{1, 1}, "file.empty", "a glossary starts with \"gloss: 1\"; the format is in `gloss help glossary`",
			"the file is empty")
		return false
	}
	if bytes.HasPrefix(data, []byte("\uFEFF")) {
		ps.errorf(Pos{1, 1}, "file.bom", "save the file as UTF-8 without a BOM, or run `gloss fmt -w` to remove it",
			"the file starts with a UTF-8 byte-order mark")
	}
	if i := bytes.Index(data, []byte("\r\n")); i >= 0 {
		ps.errorf(posAt(data, i), "file.crlf", "convert line endings to LF (run `gloss fmt -w`, and set `*.yaml text eol=lf` in .gitattributes)",
			"the file has CRLF (Windows) line endings")
	}
	if !utf8.Valid(data) {
		i := firstInvalid(data)
		hint := "save the file as UTF-8"
		msg := fmt.Sprintf("invalid UTF-8 byte 0x%02X", data[i])
		if looksShiftJIS(data) {
			msg = "the file is not UTF-8; it looks like Shift_JIS (CP932)"
			hint = "convert it: iconv -f CP932 -t UTF-8 FILE > FILE.utf8"
		}
		ps.errorf(posAt(data, i), "file.encoding", hint, "%s", msg)
	}
	if bytes.IndexByte(data, 0) >= 0 {
		ps.errorf(posAt(data, bytes.IndexByte(data, 0)), "file.binary", "a glossary is a UTF-8 text file",
			"the file contains NUL bytes")
	}
	if len(ps.list) > 0 {
		return false
	}
	tabs := 0
	for i, line := 0, 1; i < len(data); line++ {
		end := bytes.IndexByte(data[i:], '\n')
		if end < 0 {
			end = len(data) - i
		}
		l := data[i : i+end]
		indent := len(l) - len(bytes.TrimLeft(l, " \t"))
		if j := bytes.IndexByte(l[:indent], '\t'); j >= 0 {
			if tabs++; tabs <= 20 {
				ps.errorf(Pos{line, j + 1}, "file.tab", "indent with spaces; YAML does not allow tabs in indentation",
					"tab in indentation")
			}
		}
		i += end + 1
	}
	return len(ps.list) == 0
}

func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(data)
}

func looksShiftJIS(data []byte) bool {
	out, err := japanese.ShiftJIS.NewDecoder().Bytes(data)
	return err == nil && utf8.Valid(out) && !bytes.ContainsRune(out, utf8.RuneError)
}

// posAt turns a byte offset into a line and a rune column.
func posAt(data []byte, off int) Pos {
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	start := bytes.LastIndexByte(data[:off], '\n') + 1
	return Pos{line, 1 + utf8.RuneCount(data[start:off])}
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// syntaxProblem turns a YAML parser error into a positioned problem. The parser gives a
// line only; the column is that line's first non-blank character.
func syntaxProblem(err error, data []byte, file string) Problem {
	msg := err.Error()
	pos := Pos{1, 1}
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		n, _ := strconv.Atoi(m[1])
		msg = m[2]
		pos = Pos{n, 1}
		lines := bytes.SplitN(data, []byte("\n"), n+1)
		if n-1 < len(lines) {
			l := lines[n-1]
			pos.Col = 1 + utf8.RuneCount(l[:len(l)-len(bytes.TrimLeft(l, " "))])
		}
	} else {
		msg = strings.TrimPrefix(msg, "yaml: ")
	}
	return Problem{File: file, Pos: pos, Line: pos.Line, Col: pos.Col, Severity: SevError, Rule: "yaml.syntax",
		Message: msg, Hint: "fix the YAML syntax at this line; quote values that contain \": \" or start with a special character"}
}

// decoder walks the YAML tree and builds the model, recording every problem.
type decoder struct {
	ps *problems
}

func nodePos(n *yaml.Node) Pos { return Pos{n.Line, n.Column} }

// mapping checks that n is a mapping with only allowed keys, none twice, and calls f for
// each pair in file order.
func (d *decoder) mapping(n *yaml.Node, what string, allowed []string, f func(key string, k, v *yaml.Node)) bool {
	if n.Kind != yaml.MappingNode {
		d.ps.errorf(nodePos(n), "schema.type", "see the file format: `gloss help glossary`", "%s must be a mapping, not %s", what, kindName(n))
		return false
	}
	seen := map[string]Pos{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			d.ps.errorf(nodePos(k), "schema.type", "keys are plain words", "%s has a key that is not a string", what)
			continue
		}
		if p, dup := seen[k.Value]; dup {
			d.ps.errorf(nodePos(k), "yaml.duplicate-key", "remove one of the two, or merge them",
				"duplicate key %q in %s (first at line %d)", k.Value, what, p.Line)
			continue
		}
		seen[k.Value] = nodePos(k)
		if allowed != nil && !contains(allowed, k.Value) {
			d.ps.errorf(nodePos(k), "schema.unknown-key", "allowed keys: "+strings.Join(allowed, ", ")+" (`gloss help glossary`)",
				"unknown key %q in %s", k.Value, what)
			continue
		}
		if v.Kind == yaml.AliasNode || v.Anchor != "" {
			d.ps.errorf(nodePos(v), "yaml.alias", "write the value out; gloss does not expand anchors and aliases",
				"anchors and aliases are not supported")
			continue
		}
		f(k.Value, k, v)
	}
	return true
}

func (d *decoder) str(n *yaml.Node, what string) string {
	if n.Kind != yaml.ScalarNode {
		d.ps.errorf(nodePos(n), "schema.type", "write it as a single string", "%s must be a string, not %s", what, kindName(n))
		return ""
	}
	if n.Tag == "!!null" && n.Style == 0 {
		return ""
	}
	return n.Value
}

func (d *decoder) strList(n *yaml.Node, what string) []string {
	if n.Kind == yaml.ScalarNode && n.Tag != "!!null" {
		return []string{n.Value}
	}
	if n.Kind != yaml.SequenceNode {
		if n.Tag != "!!null" {
			d.ps.errorf(nodePos(n), "schema.type", "write a list: [a, b]", "%s must be a list of strings, not %s", what, kindName(n))
		}
		return nil
	}
	var out []string // nil when empty, as when the key is absent
	for _, c := range n.Content {
		out = append(out, d.str(c, what))
	}
	return out
}

func (d *decoder) seq(n *yaml.Node, what string) []*yaml.Node {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		d.ps.errorf(nodePos(n), "schema.type", "write a list, one item per \"- \" line", "%s must be a list, not %s", what, kindName(n))
		return nil
	}
	return n.Content
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	}
	if n.Tag == "!!null" {
		return "empty"
	}
	return fmt.Sprintf("the scalar %q", n.Value)
}

var (
	topKeys     = []string{"gloss", "languages", "concepts"}
	conceptKeys = []string{"id", "subject", "status", "definition", "note", "translate", "homonyms", "related", "terms", "sources"}
	termKeys    = []string{"term", "status", "pos", "note", "case", "boundary", "except", "forms"}
	sourceKeys  = []string{"lang", "doc", "quote", "loc", "url"}
)

func (d *decoder) glossary(doc *yaml.Node) *Glossary {
	g := &Glossary{}
	if len(doc.Content) == 0 {
		d.ps.errorf(Pos{1, 1}, "file.empty", "a glossary starts with \"gloss: 1\"", "the file has no YAML document")
		return g
	}
	root := doc.Content[0]
	var sawVersion, sawConcepts bool
	ok := d.mapping(root, "the glossary", topKeys, func(key string, k, v *yaml.Node) {
		switch key {
		case "gloss":
			sawVersion = true
			n, err := strconv.Atoi(v.Value)
			if err != nil || v.Kind != yaml.ScalarNode || n != FormatVersion {
				d.ps.errorf(nodePos(v), "schema.version", "write \"gloss: 1\"", "unsupported format version %q; this gloss reads version %d", v.Value, FormatVersion)
			}
			g.Version = n
		case "languages":
			g.Languages = d.strList(v, "languages")
		case "concepts":
			sawConcepts = true
			for _, c := range d.seq(v, "concepts") {
				g.Concepts = append(g.Concepts, d.concept(c))
			}
		}
	})
	g.Comment = collectComments(doc, func(n *yaml.Node) bool { return n.Kind == yaml.MappingNode && n != root })
	if ok && !sawVersion {
		d.ps.errorf(nodePos(root), "schema.version", "add \"gloss: 1\" as the first line", "the file does not say which format version it is (gloss: 1)")
	}
	if ok && !sawConcepts {
		d.ps.errorf(nodePos(root), "schema.missing", "add \"concepts:\" with a list of entries", "the file has no concepts key")
	}
	return g
}

func (d *decoder) concept(n *yaml.Node) *Concept {
	c := &Concept{Pos: nodePos(n), FieldPos: map[string]Pos{}, Terms: map[string][]*Term{}}
	c.Comment = collectComments(n, nil)
	sawID := false
	d.mapping(n, "a concept", conceptKeys, func(key string, k, v *yaml.Node) {
		c.FieldPos[key] = nodePos(v)
		switch key {
		case "id":
			sawID = true
			c.ID = d.str(v, "id")
		case "subject":
			c.Subject = d.str(v, "subject")
		case "status":
			c.Status = ConceptStatus(d.str(v, "status"))
		case "definition":
			c.Definition = map[string]string{}
			d.mapping(v, "definition", nil, func(lang string, k, v *yaml.Node) {
				c.FieldPos["definition."+lang] = nodePos(v)
				c.Definition[lang] = d.str(v, "a definition")
			})
		case "note":
			c.Note = d.str(v, "note")
		case "translate":
			b, err := strconv.ParseBool(v.Value)
			if v.Kind != yaml.ScalarNode || err != nil || v.Tag != "!!bool" {
				d.ps.errorf(nodePos(v), "schema.type", "write translate: false (or leave it out)", "translate must be true or false, not %q", v.Value)
				return
			}
			c.Translate = &b
		case "homonyms":
			c.Homonyms = d.strList(v, "homonyms")
		case "related":
			c.Related = d.strList(v, "related")
		case "terms":
			d.mapping(v, "terms", nil, func(lang string, k, v *yaml.Node) {
				c.FieldPos["terms."+lang] = nodePos(k)
				c.LangOrder = append(c.LangOrder, lang)
				list := []*Term{}
				for _, t := range d.seq(v, "the terms of "+lang) {
					list = append(list, d.term(t))
				}
				c.Terms[lang] = list
			})
		case "sources":
			for _, s := range d.seq(v, "sources") {
				c.Sources = append(c.Sources, d.source(s))
			}
		}
	})
	if n.Kind == yaml.MappingNode && !sawID {
		d.ps.errorf(nodePos(n), "schema.missing", "give every concept an id: a short name in lowercase and hyphens", "the concept has no id")
	}
	if c.Status == "" {
		c.Status = Proposed
	}
	return c
}

func (d *decoder) term(n *yaml.Node) *Term {
	t := &Term{Pos: nodePos(n), Status: Preferred}
	if n.Kind == yaml.ScalarNode {
		t.Text = d.str(n, "a term")
		return t
	}
	t.FieldPos = map[string]Pos{}
	sawTerm := false
	d.mapping(n, "a term", termKeys, func(key string, k, v *yaml.Node) {
		t.FieldPos[key] = nodePos(v)
		switch key {
		case "term":
			sawTerm = true
			t.Text = d.str(v, "term")
			t.Pos = nodePos(v)
		case "status":
			t.Status = TermStatus(d.str(v, "status"))
		case "pos":
			t.PartOfSpeech = d.str(v, "pos")
		case "note":
			t.Note = d.str(v, "note")
		case "case":
			t.Case = d.str(v, "case")
		case "boundary":
			t.Boundary = d.str(v, "boundary")
		case "except":
			t.Except = d.strList(v, "except")
		case "forms":
			t.Forms = d.strList(v, "forms")
		}
	})
	if n.Kind == yaml.MappingNode && !sawTerm {
		d.ps.errorf(nodePos(n), "schema.missing", "write {term: TEXT, status: ...}", "the term has no \"term\" key")
	}
	return t
}

func (d *decoder) source(n *yaml.Node) *Source {
	s := &Source{Pos: nodePos(n)}
	if n.Kind == yaml.ScalarNode {
		s.Doc = d.str(n, "a source")
		return s
	}
	d.mapping(n, "a source", sourceKeys, func(key string, k, v *yaml.Node) {
		val := d.str(v, key)
		switch key {
		case "lang":
			s.Lang = val
		case "doc":
			s.Doc = val
		case "quote":
			s.Quote = val
		case "loc":
			s.Loc = val
		case "url":
			s.URL = val
		}
	})
	return s
}

// collectComments gathers every comment inside n, but for the subtrees skip selects, so
// that fmt can keep them.
func collectComments(n *yaml.Node, skip func(*yaml.Node) bool) string {
	var parts []string
	var walk func(n *yaml.Node)
	walk = func(n *yaml.Node) {
		if skip != nil && skip(n) {
			return
		}
		for _, c := range []string{n.HeadComment, n.LineComment, n.FootComment} {
			if c != "" {
				parts = append(parts, c)
			}
		}
		for _, k := range n.Content {
			walk(k)
		}
	}
	walk(n)
	return joinComments(parts...)
}

// joinComments strips the "#" markers and joins comment blocks into plain lines.
func joinComments(blocks ...string) string {
	var lines []string
	for _, b := range blocks {
		for _, l := range strings.Split(b, "\n") {
			l = strings.TrimSpace(l)
			if l == "" {
				continue
			}
			l = strings.TrimPrefix(l, "#")
			l = strings.TrimPrefix(l, " ")
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
