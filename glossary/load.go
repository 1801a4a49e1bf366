package glossary

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/glossterm/gloss"
	"github.com/glossterm/gloss/internal/textfile"
	"github.com/glossterm/gloss/internal/textpos"
	"go.yaml.in/yaml/v3"
)

// LoadFile reads and parses the glossary at path.
func LoadFile(path string) (*Glossary, error) {
	data, err := ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(data, path)
}

// ReadFile reads a glossary file's bytes, through the input gate (at most 256 MiB, see the package doc).
func ReadFile(path string) ([]byte, error) {
	data, err := textfile.ReadFile(path, textfile.Glossary)
	return data, asLoadError(path, err)
}

// ReadAll reads a glossary from r (standard input) through the same gate as [ReadFile]:
// spooled to a temporary file as it is read (textfile.ReadSpooled), so that an input over
// the limit is refused when the limit is passed, having held no more than a small buffer.
// A NUL byte stops the read where it is found (a stream of binary data is not read to the
// limit first), and is the same problem as in a file.
func ReadAll(r io.Reader, name string) ([]byte, error) {
	k := textfile.Glossary
	k.Text = true
	data, err := textfile.ReadSpooled(r, name, k)
	return data, asLoadError(name, err)
}

// asLoadError turns the input gate's errors into positioned problems: too large, or
// binary data.
func asLoadError(path string, err error) error {
	var ge *gloss.Error
	if errors.Is(err, gloss.ErrBinary) && errors.As(err, &ge) && ge.Line > 0 {
		ps := problems{file: path}
		ps.errorf(Pos{Line: ge.Line, Col: ge.Col}, "file.binary", ge.Hint, "%s", ge.Msg)
		ps.list[0].Err = ge.Err
		return &LoadError{ps.list}
	}
	if !errors.Is(err, gloss.ErrTooLarge) {
		return err
	}
	ps := problems{file: path}
	what, hint := "the file is larger", textfile.Glossary.Hint
	if path == "-" {
		what, hint = "standard input holds more", "split the glossary into files of at most that size, or check that this is the input you meant"
	}
	ps.errorf(Pos{Line: 1, Col: 1}, "file.size", hint,
		"%s than %d MiB, the most gloss reads as a glossary", what, textfile.Glossary.Limit>>20)
	ps.list[0].Err = gloss.ErrTooLarge
	return &LoadError{ps.list}
}

// Parse reads a glossary from data; file names it in positions. On failure the error is a
// *[LoadError] that lists every problem found.
func Parse(data []byte, file string) (*Glossary, error) {
	ps := &problems{file: file}
	if !checkEncoding(data, ps) {
		return nil, &LoadError{ps.list}
	}
	g, ok := parseChunked(data, ps)
	if !ok {
		ps.list = nil
		g, ok = parseWhole(data, ps)
		if !ok {
			return nil, &LoadError{ps.list}
		}
	}
	g.File = file
	if len(ps.list) > 0 {
		sortProblems(ps.list)
		return nil, &LoadError{ps.list}
	}
	return g, nil
}

// parseWhole parses data as one YAML tree and decodes it.
func parseWhole(data []byte, ps *problems) (*Glossary, bool) {
	doc, ok := parseYAML(data, ps)
	if !ok {
		return nil, false
	}
	d := decoder{ps: ps}
	return d.glossary(doc), true
}

// parseChunked decodes a large glossary one concept at a time, so that the YAML tree of the
// whole file (about 12 times the size of the file) is never in memory at once: the head of
// the file (up to "concepts:") is parsed alone, then each entry of the concepts list. It
// applies to the block layout Write produces, with no comment in the concepts list, where
// each entry's text is a YAML document of its own; for anything else, and for any YAML
// error (whose message the whole file gives best), it returns false and Parse reads the
// file whole. The result is the same glossary with the same positions.
func parseChunked(data []byte, ps *problems) (*Glossary, bool) {
	var list []*Concept
	g, ok := parseEach(data, ps, nil, func(c *Concept) { list = append(list, c) })
	if !ok {
		return nil, false
	}
	g.Concepts = list
	return g, true
}

// parseEach is parseChunked handing each concept to each as it is decoded, instead of
// keeping it; the glossary it returns has the fields of the head and no concepts, and
// start, if not nil, is given it before the first concept. A false return can come after
// some concepts were handed over.
func parseEach(data []byte, ps *problems, start func(*Glossary), each func(*Concept)) (*Glossary, bool) {
	if len(data) < chunkedMin {
		return nil, false
	}
	head, items, ok := splitConcepts(data)
	if !ok {
		return nil, false
	}
	doc, ok := parseYAML(head, ps)
	if !ok {
		return nil, false
	}
	d := decoder{ps: ps}
	g := d.glossary(doc)
	if len(ps.list) > 0 {
		return nil, false
	}
	if start != nil {
		start(g)
	}
	if len(items) < pipelineMin || runtime.GOMAXPROCS(0) < 2 {
		var fast fastReader
		for _, it := range items {
			c, ok := decodeItem(&fast, &d, it)
			if !ok {
				return nil, false
			}
			each(c)
		}
		return g, true
	}
	// Reading the entries and what each does with a concept (the compiled cache's keys
	// and record) take about as long: the entries are read on another core, a batch at a
	// time, and handed over in order. The decoder and the problems are the reader's
	// alone until it is done.
	batches := make(chan []*Concept, 4)
	failed := false
	go func() {
		defer close(batches)
		var fast fastReader
		batch := make([]*Concept, 0, pipelineBatch)
		for _, it := range items {
			c, ok := decodeItem(&fast, &d, it)
			if !ok {
				failed = true
				return
			}
			if batch = append(batch, c); len(batch) == pipelineBatch {
				batches <- batch // the caller reads every batch until the channel is closed
				batch = make([]*Concept, 0, pipelineBatch)
			}
		}
		if len(batch) > 0 {
			batches <- batch
		}
	}()
	for batch := range batches {
		for _, c := range batch {
			each(c)
		}
	}
	return g, !failed // the reader is done: batches is closed only when it returns
}

// pipelineMin is the number of entries from which parseEach reads them on another core;
// pipelineBatch the concepts handed over at a time. Variables for the tests.
var (
	pipelineMin   = 1024
	pipelineBatch = 256
)

// decodeItem reads the concepts list's entry it with the fast reader or, where that gives
// up, the YAML parser, and decodes its concept; ok is false when the entry needs the
// whole file's parse.
func decodeItem(fast *fastReader, d *decoder, it chunk) (*Concept, bool) {
	item, ok := fast.item(it.text, it.line)
	if !ok {
		if item, ok = yamlItem(it); !ok {
			return nil, false
		}
	}
	return d.concept(item), true
}

// yamlItem reads the entry of the concepts list in it with the YAML parser, its lines those
// of the file; ok is false when the entry is not a YAML document of its own or has a comment.
func yamlItem(it chunk) (*yaml.Node, bool) {
	var n yaml.Node
	if err := yaml.Unmarshal(it.text, &n); err != nil || len(n.Content) != 1 ||
		n.Content[0].Kind != yaml.SequenceNode || len(n.Content[0].Content) != 1 {
		return nil, false
	}
	if hasComment(&n) {
		return nil, false
	}
	item := n.Content[0].Content[0]
	shiftLines(item, it.line)
	return item, true
}

// chunkedMin is the size from which Parse reads a glossary one concept at a time; below it
// the whole tree is small.
var chunkedMin = 1 << 20

type chunk struct {
	line int // lines before the chunk in the file
	text []byte
}

// splitConcepts splits data into the head, up to and including a line "concepts:", and one
// chunk per entry of the concepts list: each starts at a line "- " at the list's
// indentation, every other line of the list is blank or indented deeper, and no line is a
// comment line (a "#" first). Otherwise ok is false. A comment after a value is left to
// parseChunked, which sees it in the parsed chunk: a "#" after a space may as well be part of
// a quoted term.
func splitConcepts(data []byte) (head []byte, items []chunk, ok bool) {
	return splitList(data, false)
}

// splitList is [splitConcepts], or with loose [splitLoose]: comment lines let be, and the
// list ended by "..." or "---" and lines that hold nothing.
func splitList(data []byte, loose bool) (head []byte, items []chunk, ok bool) {
	if hasLoneCR(data) {
		return nil, nil, false // YAML breaks lines at a lone CR too: the lines here would not be its lines
	}
	rest := func(r []byte) bool { return len(bytes.TrimRight(r, " ")) == 0 }
	if loose {
		rest = blankOrComment
	}
	start, line := listStart(data, rest)
	if start < 0 || start >= len(data) {
		return nil, nil, false
	}
	head = data[:start]
	indent := -1
	cur := chunk{line: -1}
	curStart := 0
	tail := false // past the list: only lines that hold nothing may follow
	for off := start; off < len(data); line++ {
		end := bytes.IndexByte(data[off:], '\n')
		if end < 0 {
			end = len(data) - off
		}
		l := data[off : off+end]
		lineStart := off
		off += end + 1
		trimmed := bytes.TrimLeft(l, " ")
		if len(trimmed) == 0 {
			continue
		}
		if trimmed[0] == '#' {
			if loose {
				continue
			}
			return nil, nil, false
		}
		n := len(l) - len(trimmed)
		if tail {
			return nil, nil, false
		}
		if indent < 0 {
			indent = n
		}
		switch {
		case n == indent && (bytes.HasPrefix(trimmed, []byte("- ")) || len(trimmed) == 1 && trimmed[0] == '-'):
			if cur.line >= 0 {
				cur.text = data[curStart:lineStart]
				items = append(items, cur)
			}
			cur, curStart = chunk{line: line}, lineStart
		case n > indent && cur.line >= 0:
		case loose && n == 0 && (string(bytes.TrimRight(l, " ")) == "..." || string(bytes.TrimRight(l, " ")) == "---"):
			// the end of the document; a second one with content is not read here
			if cur.line < 0 {
				return nil, nil, false
			}
			cur.text = data[curStart:lineStart]
			items = append(items, cur)
			cur = chunk{line: -1}
			tail = true
		default:
			return nil, nil, false
		}
	}
	if cur.line >= 0 {
		cur.text = data[curStart:]
		items = append(items, cur)
	}
	if len(items) == 0 {
		return nil, nil, false
	}
	return head, items, true
}

// hasComment reports whether n or a descendant carries a comment. A comment after a value
// ("key: value # why") is only known as such to the YAML parser, and where the whole file
// would attach it is not certain in a chunk, so a chunk with one is read with the whole file.
func hasComment(n *yaml.Node) bool {
	if n.HeadComment != "" || n.LineComment != "" || n.FootComment != "" {
		return true
	}
	for _, c := range n.Content {
		if hasComment(c) {
			return true
		}
	}
	return false
}

// shiftLines moves the lines of n and its descendants down by lines.
func shiftLines(n *yaml.Node, lines int) {
	n.Line += lines
	for _, c := range n.Content {
		shiftLines(c, lines)
	}
}

// parseYAML parses the one YAML document of a glossary. A second document (after a "---"
// line) is an error: a glossary is one document, and reading only the first would let
// `gloss fmt -w` delete the rest.
func parseYAML(data []byte, ps *problems) (*yaml.Node, bool) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil && err != io.EOF {
		ps.list = append(ps.list, syntaxProblem(err, data, ps.file))
		return nil, false
	}
	for {
		var next yaml.Node
		switch err := dec.Decode(&next); {
		case err == io.EOF:
			return &doc, true
		case err != nil:
			ps.list = append(ps.list, syntaxProblem(err, data, ps.file))
		case emptyDocument(&next):
			continue // a stray "---" at the end holds nothing to lose
		default:
			ps.errorf(secondDocument(data, next.Line), "yaml.multi-document",
				"a glossary is one YAML document: merge the concepts of the second into the first and remove the \"---\" line",
				"the file holds more than one YAML document; gloss would read only the first")
			ps.list[len(ps.list)-1].Err = gloss.ErrSyntax
		}
		return nil, false
	}
}

// emptyDocument reports whether a YAML document holds no value and no comment.
func emptyDocument(doc *yaml.Node) bool {
	if doc.HeadComment != "" || doc.LineComment != "" || doc.FootComment != "" {
		return false
	}
	for _, c := range doc.Content {
		if c.Kind != yaml.ScalarNode || c.Tag != "!!null" || c.Value != "" ||
			c.HeadComment != "" || c.LineComment != "" || c.FootComment != "" {
			return false
		}
	}
	return true
}

// secondDocument finds the "---" line that starts the document whose content is at line;
// it is the last such line at or before it.
func secondDocument(data []byte, line int) Pos {
	pos := Pos{Line: line, Col: 1}
	for i, l := range bytes.SplitN(data, []byte("\n"), line+1) {
		if i >= line {
			break
		}
		if bytes.HasPrefix(l, []byte("---")) && (len(l) == 3 || l[3] == ' ' || l[3] == '\t') && i > 0 {
			pos = Pos{Line: i + 1, Col: 1}
		}
	}
	return pos
}

// checkEncoding reports what must be fixed before the YAML parser can see the text.
func checkEncoding(data []byte, ps *problems) bool {
	if len(bytes.TrimSpace(data)) == 0 {
		ps.errorf(Pos{Line: 1, Col: 1}, "file.empty", "a glossary starts with \"gloss: 1\"; the format is in `gloss help glossary`",
			"the file is empty")
		return false
	}
	if bytes.HasPrefix(data, []byte("\uFEFF")) {
		ps.errorf(Pos{Line: 1, Col: 1}, "file.bom", "save the file as UTF-8 without a BOM, or run `gloss fmt -w` to remove it",
			"the file starts with a UTF-8 byte-order mark")
	}
	if i := bytes.Index(data, []byte("\r\n")); i >= 0 {
		ps.errorf(posAt(data, i), "file.crlf", "convert line endings to LF (run `gloss fmt -w`, and set `*.yaml text eol=lf` in .gitattributes)",
			"the file has CRLF (Windows) line endings")
	}
	if err := textfile.CheckText(ps.file, data); err != nil {
		var ge *gloss.Error
		errors.As(err, &ge)
		rule := "file.encoding"
		if errors.Is(err, gloss.ErrBinary) {
			rule = "file.binary"
		}
		ps.errorf(Pos{Line: ge.Line, Col: ge.Col}, rule, ge.Hint, "%s", ge.Msg)
		ps.list[len(ps.list)-1].Err = ge.Err
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
				ps.errorf(Pos{Line: line, Col: j + 1}, "file.tab", "indent with spaces; YAML does not allow tabs in indentation",
					"tab in indentation")
			}
		}
		i += end + 1
	}
	return len(ps.list) == 0
}

// posAt turns a byte offset into a line and a rune column.
func posAt(data []byte, off int) Pos { return textpos.At(data, off) }

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// syntaxProblem turns a YAML parser error into a positioned problem. The parser gives a
// line only; the column is that line's first non-blank character.
func syntaxProblem(err error, data []byte, file string) Problem {
	msg := err.Error()
	pos := Pos{Line: 1, Col: 1}
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		n, _ := strconv.Atoi(m[1])
		msg = m[2]
		pos = Pos{Line: n, Col: 1}
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
	ps  *problems
	sym symbols // field names, language codes and statuses, held once
}

// intern returns the one copy of a short string that repeats from concept to concept.
func (d *decoder) intern(s string) string {
	if d.sym == nil {
		d.sym = symbols{}
	}
	if v, ok := d.sym[s]; ok {
		return v
	}
	if len(s) <= symMax && len(d.sym) < symCap {
		d.sym[s] = s
	}
	return s
}

func nodePos(n *yaml.Node) Pos { return Pos{Line: n.Line, Col: n.Column} }

// mapping checks that n is a mapping with only allowed keys, none twice, and calls f for
// each pair in file order.
func (d *decoder) mapping(n *yaml.Node, what string, allowed []string, f func(key string, k, v *yaml.Node)) bool {
	if n.Kind != yaml.MappingNode {
		d.ps.errorf(nodePos(n), "schema.type", "see the file format: `gloss help glossary`", "%s must be a mapping, not %s", what, kindName(n))
		return false
	}
	var seen map[string]Pos // for a large mapping; a small one looks back at its keys
	if len(n.Content) > 32 {
		seen = map[string]Pos{}
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			d.ps.errorf(nodePos(k), "schema.type", "keys are plain words", "%s has a key that is not a string", what)
			continue
		}
		if p, dup := d.seenKey(n.Content[:i], seen, k); dup {
			d.ps.errorf(nodePos(k), "yaml.duplicate-key", "remove one of the two, or merge them",
				"duplicate key %q in %s (first at line %d)", k.Value, what, p.Line)
			continue
		}
		if seen != nil {
			seen[k.Value] = nodePos(k)
		}
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
		f(d.intern(k.Value), k, v)
	}
	return true
}

// seenKey reports where the key k was seen first among the pairs before it: in seen when
// the mapping keeps one, else among the keys of before that were not reported themselves.
func (d *decoder) seenKey(before []*yaml.Node, seen map[string]Pos, k *yaml.Node) (Pos, bool) {
	if seen != nil {
		p, ok := seen[k.Value]
		return p, ok
	}
	for j := 0; j+1 < len(before); j += 2 {
		if b := before[j]; b.Kind == yaml.ScalarNode && b.Value == k.Value {
			return nodePos(b), true
		}
	}
	return Pos{}, false
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
	termKeys    = []string{"term", "status", "pos", "note", "case", "boundary", "except", "forms", "short", "verb", "adjective"}
	sourceKeys  = []string{"lang", "doc", "quote", "loc", "url"}
)

func (d *decoder) glossary(doc *yaml.Node) *Glossary {
	g := &Glossary{}
	if len(doc.Content) == 0 {
		d.ps.errorf(Pos{Line: 1, Col: 1}, "file.empty", "a glossary starts with \"gloss: 1\"", "the file has no YAML document")
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
			c.Status = ConceptStatus(d.intern(d.str(v, "status")))
		case "definition":
			c.Definition = map[string]string{}
			d.mapping(v, "definition", nil, func(lang string, k, v *yaml.Node) {
				lang = d.intern(lang)
				c.FieldPos[d.intern("definition."+lang)] = nodePos(v)
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
				lang = d.intern(lang)
				c.FieldPos[d.intern("terms."+lang)] = nodePos(k)
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
			t.Status = TermStatus(d.intern(d.str(v, "status")))
		case "pos":
			t.PartOfSpeech = d.intern(d.str(v, "pos"))
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
		case "short":
			t.Short = d.strList(v, "short")
		case "verb":
			t.Verb = d.str(v, "verb")
		case "adjective":
			t.Adjective = d.str(v, "adjective")
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

// hasLoneCR reports whether data has a carriage return that does not begin a CRLF.
func hasLoneCR(data []byte) bool {
	for i := bytes.IndexByte(data, '\r'); i >= 0; {
		if i+1 == len(data) || data[i+1] != '\n' {
			return true
		}
		j := bytes.IndexByte(data[i+1:], '\r')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// listStart returns the offset of the first line after the top-level "concepts:" line whose
// rest (what follows the key on its line) is let be by rest, and that line's number (0-based),
// or -1 when no line is.
func listStart(data []byte, rest func([]byte) bool) (start, line int) {
	for off := 0; off < len(data); line++ {
		end := bytes.IndexByte(data[off:], '\n')
		if end < 0 {
			end = len(data) - off
		}
		l := data[off : off+end]
		off += end + 1
		if r, ok := bytes.CutPrefix(l, []byte("concepts:")); ok && rest(r) {
			return off, line + 1
		}
	}
	return -1, line
}
